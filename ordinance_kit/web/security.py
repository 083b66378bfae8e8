"""What makes the web interview safe to host: signed state, CSRF tokens, response headers.

The server keeps nothing between requests. The interview's state travels in the page as one
signed field (itsdangerous, with the app's secret), so a person can neither read another's
answers off the server nor hand the server state it did not sign. Each POST also carries a
CSRF token: an HMAC of a random cookie (double submit), so another site cannot post a form
in the person's name.
"""
from __future__ import annotations

import hashlib
import hmac
import secrets

from itsdangerous import BadSignature, URLSafeSerializer

CSRF_COOKIE = "ok_csrf"
STATE_LIMIT = 200_000        # characters in the signed state field: a full interview is ~6,000

# No inline script or style anywhere, so the policy can forbid both.
HEADERS = {
    "Content-Security-Policy": ("default-src 'self'; script-src 'self'; style-src 'self'; "
                                "img-src 'self'; connect-src 'self'; form-action 'self'; "
                                "frame-ancestors 'none'; base-uri 'none'; object-src 'none'"),
    "X-Content-Type-Options": "nosniff",
    "X-Frame-Options": "DENY",
    "Referrer-Policy": "no-referrer",
    "Cross-Origin-Opener-Policy": "same-origin",
    "Permissions-Policy": "camera=(), microphone=(), geolocation=()",
}


class BadState(Exception):
    """The state field is missing, too long, or not signed by this server."""


def serializer(secret: str) -> URLSafeSerializer:
    return URLSafeSerializer(secret, salt="ordinance-kit interview state")


def sign_state(secret: str, data: dict) -> str:
    return serializer(secret).dumps(data)


def load_state(secret: str, text: str | None) -> dict:
    if not text:
        return {}
    if len(text) > STATE_LIMIT:
        raise BadState("the interview state is too long")
    try:
        data = serializer(secret).loads(text)
    except BadSignature:
        raise BadState("the interview state was changed outside this site") from None
    if not isinstance(data, dict):
        raise BadState("the interview state is not in the expected shape")
    return data


def new_csrf_cookie() -> str:
    return secrets.token_urlsafe(32)


def csrf_token(secret: str, cookie: str) -> str:
    return hmac.new(secret.encode(), b"csrf:" + cookie.encode(), hashlib.sha256).hexdigest()


def csrf_ok(secret: str, cookie: str | None, token: str | None) -> bool:
    if not cookie or not token or len(cookie) > 100 or len(token) > 100:
        return False
    return hmac.compare_digest(csrf_token(secret, cookie), token)
