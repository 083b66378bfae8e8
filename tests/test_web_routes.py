"""The web interview through Flask's test client: every route, the way through the pages, the
messages `check` gives, and what a hostile request gets (an error page, never a 500)."""
from __future__ import annotations

import io
import re
from html import unescape
from pathlib import Path

import pytest

flask = pytest.importorskip("flask")

from ordinance_kit.web import create_app  # noqa: E402
from ordinance_kit.web import security  # noqa: E402

ROOT = Path(__file__).resolve().parents[1]
RIVERBEND = ROOT / "examples" / "riverbend-ca.yaml"


@pytest.fixture(scope="module")
def app():
    return create_app({"TESTING": True, "BUILD_ISOLATION": False, "SECRET_KEY": "test-secret"})


@pytest.fixture()
def client(app):
    return app.test_client()


def hidden(html: str) -> dict:
    """The hidden fields of the page's first form that carries the state."""
    out = {}
    for name in ("state", "csrf_token", "page"):
        m = re.search(rf'name="{name}" value="([^"]*)"', html)
        if m:
            out[name] = m.group(1)
    return out


def post(client, html, **fields):
    data = dict(hidden(html))
    data.update({k.replace("__", "."): v for k, v in fields.items()})
    r = client.post("/interview", data=data)
    return r, r.get_data(as_text=True)


def to_review(client):
    html = client.get("/interview").get_data(as_text=True)
    r, html = post(client, html, action="next", jurisdiction__name="Riverbend",
                   jurisdiction__state="CA")
    r, html = post(client, html, action="next")                 # the document
    assert hidden(html)["page"] == "path"
    r, html = post(client, html, action="recommended")
    assert r.status_code == 200 and hidden(html)["page"] == "review"
    return html


def test_welcome_and_first_page(client):
    r = client.get("/")
    assert r.status_code == 200 and b"Start the interview" in r.data
    r = client.get("/interview")
    html = r.get_data(as_text=True)
    assert hidden(html)["page"] == "jurisdiction"
    assert "Step 1 of" in html
    # a long pick list is a plain select, with full state names so 'Ohio' finds OH
    assert '<option value="OH">Ohio (OH)</option>' in html
    assert 'name="jurisdiction.name"' in html and 'for="q-jurisdiction-name"' in html


def test_security_headers_on_every_kind_of_response(client):
    for r in (client.get("/"), client.get("/interview"), client.get("/nowhere"),
              client.post("/interview", data={}), client.get("/static/site.css")):
        h = r.headers
        assert "default-src 'self'" in h["Content-Security-Policy"]
        assert "frame-ancestors 'none'" in h["Content-Security-Policy"]
        assert "unsafe-inline" not in h["Content-Security-Policy"]
        assert h["X-Content-Type-Options"] == "nosniff"
        assert h["Referrer-Policy"] == "no-referrer"


def test_no_inline_script_or_style_in_any_page(client):
    html = to_review(client)
    for page in (client.get("/").get_data(as_text=True), html):
        assert not re.search(r"<script(?![^>]*\bsrc=)", page)
        assert "style=" not in page and "<style" not in page
        assert not re.search(r"\bon[a-z]+=", page)


def test_the_short_path_reaches_the_review_and_every_download(client):
    html = to_review(client)
    assert "Review your answers" in html and "Change: Name of the city" in html
    assert "What is in the draft, and why" in html and "Facial recognition prohibited" in html
    state = hidden(html)
    for item, sig in (("docx", b"PK"), ("docx-clean", b"PK"), ("md", b"<!--")):
        r = client.post("/download", data={"state": state["state"],
                                           "csrf_token": state["csrf_token"], "item": item})
        assert r.status_code == 200, r.get_data(as_text=True)[:500]
        assert r.data.startswith(sig)
        assert "riverbend-city-ca" in r.headers["Content-Disposition"]
    clean = client.post("/download", data={"state": state["state"], "item": "docx-clean",
                                           "csrf_token": state["csrf_token"]}).data
    noted = client.post("/download", data={"state": state["state"], "item": "docx",
                                           "csrf_token": state["csrf_token"]}).data
    assert b"word/comments.xml" in noted and b"word/comments.xml" not in clean


def test_the_review_offers_the_web_page_summary_and_scorecard(client):
    """Every output the CLI makes for the public is one click away at the end."""
    import io
    import zipfile

    html = to_review(client)
    for label in ("Web page", "One-page summary", "Scorecard against enacted laws"):
        assert label in html
    state = hidden(html)

    def fetch(item):
        r = client.post("/download", data={"state": state["state"],
                                           "csrf_token": state["csrf_token"], "item": item})
        assert r.status_code == 200, r.get_data(as_text=True)[:500]
        return r

    page = fetch("html").get_data(as_text=True)
    assert page.startswith("<!DOCTYPE html>") and "Riverbend" in page and "<details" in page
    summary = fetch("summary")
    assert "riverbend-city-ca-summary.docx" in summary.headers["Content-Disposition"]
    with zipfile.ZipFile(io.BytesIO(summary.data)) as z:
        body = z.read("word/document.xml").decode()
    assert "What the" in body and "does" in body
    card = fetch("scorecard").get_data(as_text=True)
    assert "Oakland" in card and "This draft" in card and "CCOPS" in card


def test_pdf_is_offered_only_where_libreoffice_is(client, monkeypatch):
    from ordinance_kit import pdf

    monkeypatch.setattr(pdf, "pdf_unavailable", lambda: "no LibreOffice here")
    html = to_review(client)
    assert 'value="pdf"' not in html
    r = client.post("/download", data=dict(hidden(html), item="pdf"))
    assert r.status_code == 400


def test_validation_gives_the_messages_of_check(client):
    html = client.get("/interview").get_data(as_text=True)
    r, html = post(client, html, action="next", jurisdiction__name="Riverbend",
                   jurisdiction__state="CA", jurisdiction__governing_body_members="x" * 600)
    assert r.status_code == 422
    assert "is 600 characters long; the limit is" in html
    assert 'href="#q-jurisdiction-governing-body-members"' in html      # summary links field
    assert 'aria-invalid="true"' in html
    assert hidden(html)["page"] == "jurisdiction"
    # a number: the same words as `check` for an answers file
    html = client.get("/interview").get_data(as_text=True)
    r, html = post(client, html, action="next", jurisdiction__name="Riverbend",
                   jurisdiction__state="CA")
    r, html = post(client, html, action="next")
    r, html = post(client, html, action="every")
    while hidden(html)["page"] != "timelines":
        r, html = post(client, html, action="next")
    r, html = post(client, html, action="next", timelines__notice_days="4,5")
    assert "'4,5' has a comma that does not separate thousands" in unescape(html)
    r = client.post("/check", json={"key": "timelines.notice_days", "value": "4,5"},
                    headers={"X-CSRF-Token": hidden(html)["csrf_token"]})
    assert "does not separate thousands" in r.get_json()["message"]


def test_back_and_change_from_the_review(client):
    html = to_review(client)
    r, html = post(client, html, action="change:options.facial_recognition_ban")
    assert hidden(html)["page"] == "facial-recognition-ban"
    r, html = post(client, html, action="next", options__facial_recognition_ban="false")
    assert hidden(html)["page"] == "review"
    assert re.search(r"Ban government facial recognition</dt>\s*<dd><span class=\"value\">no", html)
    r, html = post(client, html, action="back")
    assert hidden(html)["page"] == "roles"


def test_an_answer_that_brings_up_a_question_shows_it(client):
    html = to_review(client)
    r, html = post(client, html, action="change:oversight.body")
    r, html = post(client, html, action="next", oversight__body="existing")
    assert hidden(html)["page"] == "oversight"
    assert "brought up more questions" in html and 'name="oversight.existing_body"' in html


def test_answers_file_round_trip(client, tmp_path):
    html = to_review(client)
    r = client.post("/interview", data=dict(hidden(html), action="save"))
    assert r.status_code == 200 and r.mimetype == "application/yaml"
    text = r.get_data(as_text=True)
    assert "name: Riverbend" in text
    r = client.post("/upload", data={"csrf_token": hidden(html)["csrf_token"],
                                     "answers": (io.BytesIO(text.encode()), "mine.yaml")},
                    content_type="multipart/form-data")
    assert r.status_code == 200 and hidden(r.get_data(as_text=True))["page"] == "review"


def test_upload_of_an_example_goes_to_the_review(client):
    html = client.get("/").get_data(as_text=True)
    r = client.post("/upload", data={"csrf_token": hidden(html)["csrf_token"],
                                     "answers": (RIVERBEND.open("rb"), "riverbend-ca.yaml")},
                    content_type="multipart/form-data")
    page = r.get_data(as_text=True)
    assert r.status_code == 200 and "Read " in page and "riverbend-ca.yaml" in page
    assert "Doorbell" in page or "Ring" in page or "Riverbend" in page


BOMB = ("a: &a [x, x, x, x, x, x, x, x, x]\n" + "".join(
    f"{chr(98 + i)}: &{chr(98 + i)} [*{chr(97 + i)}, *{chr(97 + i)}, *{chr(97 + i)}, "
    f"*{chr(97 + i)}, *{chr(97 + i)}, *{chr(97 + i)}, *{chr(97 + i)}, *{chr(97 + i)}]\n"
    for i in range(8))).encode()


@pytest.mark.parametrize("body,expected", [
    (b"jurisdiction: [unclosed\n", "not valid YAML"),
    (BOMB, "more than 50,000 values"),
    (b"jurisdiction:\n  name: \xff\xfe\n", "is not valid UTF-8"),
    (b"jurisdiction:\n  nmae: Riverbend\n  state: CA\n", "unknown question"),
    (b"jurisdiction:\n  name: !!python/object:os.system x\n", "Tags are not allowed"),
    (b"- just\n- a list\n", "holds a list instead"),
    (b"jurisdiction:\n  name: Riverbend\n  state: ZZ\n", "is not one of the choices"),
])
def test_hostile_uploads_get_an_error_page_not_a_500(client, body, expected):
    html = client.get("/").get_data(as_text=True)
    r = client.post("/upload", data={"csrf_token": hidden(html)["csrf_token"],
                                     "answers": (io.BytesIO(body), "../../etc/passwd")},
                    content_type="multipart/form-data")
    page = r.get_data(as_text=True)
    assert r.status_code == 422, page[:400]
    assert expected in page
    assert "../" not in page and "passwd" in page            # the name is shown, inert


def test_oversized_upload_is_refused(client):
    html = client.get("/").get_data(as_text=True)
    r = client.post("/upload", data={"csrf_token": hidden(html)["csrf_token"],
                                     "answers": (io.BytesIO(b"#" * 1_200_000), "big.yaml")},
                    content_type="multipart/form-data")
    assert r.status_code == 413 and b"too large" in r.data


def test_posts_without_the_csrf_token_are_refused(client):
    html = client.get("/interview").get_data(as_text=True)
    data = dict(hidden(html), action="next")
    data["csrf_token"] = "0" * 64
    for url in ("/interview", "/download", "/upload"):
        r = client.post(url, data=data)
        assert r.status_code == 400 and b"security token" in r.data
    other = create_app({"TESTING": True, "BUILD_ISOLATION": False,
                        "SECRET_KEY": "test-secret"}).test_client()     # no cookie yet
    r = other.post("/interview", data=dict(hidden(html), action="next"))
    assert r.status_code == 400
    r = client.post("/check", json={"key": "timelines.notice_days", "value": "1"})
    assert r.status_code == 400


def test_tampered_or_foreign_state_is_refused(client):
    html = to_review(client)
    data = dict(hidden(html), item="docx")
    state = data["state"]
    data["state"] = state[:-3] + ("AAA" if not state.endswith("AAA") else "BBB")
    r = client.post("/download", data=data)
    assert r.status_code == 400 and b"could not be trusted" in r.data
    forged = security.sign_state("another-secret", {"a": {"jurisdiction.name": "X"}})
    r = client.post("/interview", data=dict(hidden(html), state=forged, action="next"))
    assert r.status_code == 400


def test_path_like_and_markup_values_are_inert(client):
    html = client.get("/interview").get_data(as_text=True)
    r, html = post(client, html, action="next", jurisdiction__name="../../etc/passwd",
                   jurisdiction__state="CA")
    assert r.status_code == 200
    r, html = post(client, html, action="next", ordinance__short_title="<script>x()</script>")
    assert "<script>x()" not in html
    r, html = post(client, html, action="recommended")
    assert "../../etc/passwd" in html
    r = client.post("/download", data=dict(hidden(html), item="md"))
    assert r.status_code == 200
    assert 'filename="etc-passwd-city-ca.md"' in r.headers["Content-Disposition"]
    r = client.post("/download", data=dict(hidden(html), item="../../etc/passwd"))
    assert r.status_code == 400
    r = client.post("/interview", data=dict(hidden(html), page="/etc/passwd", action="next"))
    assert r.status_code == 400


def test_oversized_field_and_unknown_action_are_handled(client):
    html = client.get("/interview").get_data(as_text=True)
    r, page = post(client, html, action="next", jurisdiction__name="R" * 5000,
                   jurisdiction__state="CA")
    assert r.status_code == 422 and "more than 2,000 characters" in page
    r, page = post(client, html, action="change:nothing.here", jurisdiction__name="R",
                   jurisdiction__state="CA")
    assert r.status_code == 400


def test_a_build_over_its_time_is_stopped():
    slow = create_app({"TESTING": True, "BUILD_SECONDS": 0.001, "SECRET_KEY": "s"})
    c = slow.test_client()
    html = to_review(c)
    r = c.post("/download", data=dict(hidden(html), item="docx"))
    assert r.status_code == 422 and b"was stopped" in r.data


def test_an_isolated_build_returns_the_same_document():
    iso = create_app({"TESTING": True, "SECRET_KEY": "s"})
    c = iso.test_client()
    html = to_review(c)
    r = c.post("/download", data=dict(hidden(html), item="md"))
    assert r.status_code == 200 and b"Riverbend" in r.data


# --- the serve command -----------------------------------------------------------------------

def _env():
    import os

    return dict(os.environ, PYTHONPATH=str(ROOT))


def test_serve_without_flask_says_how_to_install_it():
    import subprocess
    import sys

    code = ("import sys; sys.modules['flask'] = None; sys.argv = ['ordinance-kit', 'serve']; "
            "from ordinance_kit.cli import main; main()")
    run = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                         timeout=60, cwd=ROOT, env=_env())
    assert run.returncode == 2
    assert "pip install 'ordinance-kit[web]'" in run.stderr
    assert "Traceback" not in run.stderr


def test_serve_starts_a_server_that_answers():
    import subprocess
    import sys
    import urllib.request

    proc = subprocess.Popen([sys.executable, "-m", "ordinance_kit", "serve", "--port", "0"],
                            stderr=subprocess.PIPE, text=True, cwd=ROOT, env=_env())
    try:
        line = proc.stderr.readline()
        url = re.search(r"http://\S+/", line).group(0)
        with urllib.request.urlopen(url, timeout=30) as r:
            assert r.status == 200 and b"Start the interview" in r.read()
            assert r.headers["X-Content-Type-Options"] == "nosniff"
    finally:
        proc.terminate()
        proc.wait(10)


def hog(answers_data, job):
    """A build that wants far more memory than its limit (run in the child)."""
    blocks = [bytearray(50 * 1024 * 1024) for _ in range(40)]      # 2 GB
    return len(blocks)


def test_a_build_over_its_memory_is_stopped():
    from ordinance_kit.web.builds import Builder

    outcome = Builder(memory_mb=800).run({}, ("build", "docx", True), work=hog)
    assert not outcome.ok and "more memory than this server allows" in outcome.message


def test_an_unexpected_failure_is_a_page_without_a_traceback(monkeypatch):
    app = create_app({"TESTING": True, "BUILD_ISOLATION": False, "SECRET_KEY": "s"})
    c = app.test_client()
    html = c.get("/interview").get_data(as_text=True)

    def broken(*a, **kw):
        raise RuntimeError("secret internals")
    monkeypatch.setattr(app.flow, "resolve", broken)
    r = c.post("/interview", data=dict(hidden(html), action="next"))
    assert r.status_code == 500
    assert b"unexpected problem" in r.data and b"secret internals" not in r.data
    assert b"Traceback" not in r.data
    assert r.headers["X-Content-Type-Options"] == "nosniff"


def test_a_module_page_speaks_plainly_and_offers_its_sources():
    """Issue 13's rule holds on the web too: two or three plain sentences, citations on request
    (a closed <details>), and choices by their label with the value the help text names."""
    from ordinance_kit.library import load_library
    from ordinance_kit.web.flow import plan_pages
    from ordinance_kit.web.forms import choice_label

    lib = load_library()
    page = next(p for p in plan_pages(lib) if p.id == "facial-recognition-ban")
    assert page.intro == lib.questions.module_intros["facial-recognition-ban"]
    assert "type ?" not in page.intro and "§" not in page.intro
    assert page.sources and any("Boston" in s for s in page.sources)
    q = lib.questions.by_key["options.private_partnerships"]
    assert choice_label(q, "regulate", {}) == "Allow only after a public vote, with rules (regulate)"
    kind = lib.questions.by_key["jurisdiction.kind"]
    assert choice_label(kind, "city", {}) == "City"
