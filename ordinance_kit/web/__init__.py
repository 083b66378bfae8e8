"""The web interview (`ordinance-kit serve`): a Flask face over the question set, the answers,
the engine and the writers. Nothing else in ordinance_kit imports this package.

    create_app()                      # local use: a random secret for this process
    create_app({"SECRET_KEY": ...})   # hosting: one secret shared by every instance

Hosting: `waitress-serve --call ordinance_kit.web:create_app` (the secret from the environment
variable ORDINANCE_KIT_SECRET; see docs/web.md).
"""
from __future__ import annotations

import os
import secrets
from typing import Any

DEFAULTS: dict[str, Any] = {
    "MAX_CONTENT_LENGTH": 1_100_000,      # an answers file may be 1 MB; a page is a few KB
    "MAX_FORM_MEMORY_SIZE": 300_000,      # one form field (the signed state is the largest)
    "MAX_FORM_PARTS": 400,                # fields in one form: a page has at most ~60
    "BUILD_SECONDS": 60.0,                # a build takes under a second; then it is stopped
    "BUILD_MEMORY_MB": 1536,              # address space for one build process, where the OS can
    "BUILD_WORKERS": os.cpu_count() or 2, # builds at once; others wait their turn
    "BUILD_WAIT_SECONDS": 30.0,           # ... this long, then "busy, try again"
    "BUILD_ISOLATION": True,              # each build in its own process (where fork exists)
    "SECURE_COOKIES": False,              # set True behind HTTPS
}


def create_app(config: dict[str, Any] | None = None):
    """The Flask app. The secret comes from `config`, else the ORDINANCE_KIT_SECRET
    environment variable, else a random one (answers in an open page then stop working when
    the process restarts; a downloaded answers file always works)."""
    from flask import Flask

    from .builds import Builder
    from .routes import bp, setup

    app = Flask(__name__, static_folder="static", template_folder="templates")
    app.config.update(DEFAULTS)
    app.config["SECRET_KEY"] = os.environ.get("ORDINANCE_KIT_SECRET") or secrets.token_hex(32)
    app.config.update(config or {})
    app.builder = Builder(seconds=float(app.config["BUILD_SECONDS"]),
                          memory_mb=int(app.config["BUILD_MEMORY_MB"]),
                          workers=int(app.config["BUILD_WORKERS"]),
                          wait_seconds=float(app.config["BUILD_WAIT_SECONDS"]),
                          isolate=bool(app.config["BUILD_ISOLATION"]))
    setup(app)
    app.register_blueprint(bp)
    return app
