"""The web interview in a real browser (Debian's chromium through Playwright), against the app
served by waitress on a loopback port: the short path to a downloaded Word document that the
shared OOXML validator accepts, going back and changing an answer, resuming from an uploaded
answers file, keyboard-only use, and an axe-core accessibility scan. Screenshots of the first
page, a module page and the review (desktop and phone) go to $WEB_SHOTS (default: a temporary
folder), for a person to look at."""
from __future__ import annotations

import os
import subprocess
import sys
import threading
from pathlib import Path

import pytest

from tests.browser import browser_unavailable, chromium_page

pytest.importorskip("flask")
waitress = pytest.importorskip("waitress")
pytestmark = pytest.mark.skipif(browser_unavailable() is not None,
                                reason=browser_unavailable() or "")

ROOT = Path(__file__).resolve().parents[1]
AXE = ROOT / "tests" / "vendor" / "axe-core" / "axe.min.js"
VALIDATOR = ROOT.parent / "shared" / "tools" / "validate_docx.py"   # beside the checkout
PHONE = {"width": 390, "height": 844}


@pytest.fixture(scope="module")
def server():
    from ordinance_kit.web import create_app

    app = create_app({"SECRET_KEY": "browser-test", "BUILD_ISOLATION": False})
    srv = waitress.create_server(app, host="127.0.0.1", port=0, threads=4)
    thread = threading.Thread(target=srv.run, daemon=True)
    thread.start()
    yield f"http://127.0.0.1:{srv.effective_port}"
    srv.close()


@pytest.fixture(scope="module")
def shots(tmp_path_factory):
    folder = Path(os.environ.get("WEB_SHOTS") or tmp_path_factory.mktemp("web-shots"))
    folder.mkdir(parents=True, exist_ok=True)
    return folder


def start(page, url):
    page.goto(url + "/")
    page.get_by_role("link", name="Start the interview").click()
    page.get_by_label("Name of the city, county or town").fill("Riverbend")
    page.get_by_role("searchbox").fill("Ohio")          # the filter: a full state name
    assert page.locator("select[name='jurisdiction.state']").input_value() == "OH"
    page.get_by_role("searchbox").fill("californ")
    assert page.locator("select[name='jurisdiction.state']").input_value() == "CA"
    page.get_by_role("button", name="Next").click()
    assert page.locator("h1").inner_text() == "The document"
    page.get_by_role("button", name="Next").click()


def short_path_to_review(page, url):
    start(page, url)
    page.get_by_role("button", name="Take the recommended choices, then review them").click()
    assert page.locator("h1").inner_text() == "Review your answers"


def axe_violations(page) -> list[dict]:
    # The page's CSP allows no inline script, so axe is evaluated through DevTools instead
    # of an added <script> element.
    page.evaluate(AXE.read_text(encoding="utf-8"))
    result = page.evaluate("axe.run(document, {resultTypes: ['violations']})")
    assert result["testEngine"]["name"] == "axe-core" and result["passes"], "axe did not run"
    return [{"id": v["id"], "impact": v["impact"], "help": v["help"],
             "nodes": [n["target"] for n in v["nodes"]][:3]}
            for v in result["violations"] if v["impact"] in ("serious", "critical")]


def test_short_path_to_a_valid_word_document(server, tmp_path, shots):
    errors: list[str] = []
    with chromium_page(console_errors=errors) as page:
        page.goto(server + "/")
        page.screenshot(path=str(shots / "welcome.png"), full_page=True)
        short_path_to_review(page, server)
        assert page.get_by_text("What is in the draft, and why").is_visible()
        page.screenshot(path=str(shots / "review-desktop.png"), full_page=True)
        with page.expect_download() as info:
            page.get_by_role("button", name="Download the Word document", exact=True).click()
        target = tmp_path / info.value.suggested_filename
        info.value.save_as(target)
    assert target.name == "riverbend-city-ca.docx"
    assert errors == []
    if VALIDATOR.exists():
        run = subprocess.run([sys.executable, str(VALIDATOR), str(target)],
                             capture_output=True, text=True, timeout=120)
        assert run.returncode == 0, run.stdout + run.stderr
    from docx import Document

    text = "\n".join(p.text for p in Document(str(target)).paragraphs)
    assert "Riverbend" in text and "facial recognition" in text.lower()


def test_going_back_and_changing_an_answer(server):
    with chromium_page() as page:
        short_path_to_review(page, server)
        page.get_by_role("button", name="Change: Ban government facial recognition").click()
        assert "Facial recognition prohibited" in page.locator("h1").inner_text()
        page.get_by_role("group", name="Ban government facial recognition") \
            .get_by_label("No").check()
        page.get_by_role("button", name="Next").click()
        row = page.locator(".answer", has_text="Ban government facial recognition")
        assert row.locator(".value").inner_text() == "no"
        page.get_by_role("button", name="Back").first.click()
        assert page.locator("h1").inner_text() != "Review your answers"
        page.get_by_role("button", name="Back").click()
        page.get_by_role("button", name="Back").click()
        assert "Step" in page.locator(".progress").inner_text()


def test_resuming_from_an_uploaded_answers_file(server):
    with chromium_page() as page:
        page.goto(server + "/")
        page.locator("#answers-file").set_input_files(str(ROOT / "examples" / "riverbend-ca.yaml"))
        page.get_by_role("button", name="Upload and continue").click()
        assert page.locator("h1").inner_text() == "Review your answers"
        assert "from riverbend-ca.yaml" in page.locator(".notice").inner_text()
        row = page.locator(".answer", has_text="Name of the city, county or town")
        assert row.locator(".value").inner_text() == "Riverbend"
        # a broken file: the problem is shown in the page
        page.goto(server + "/")
        page.locator("#answers-file").set_input_files(
            files=[{"name": "broken.yaml", "mimeType": "application/yaml",
                    "buffer": b"jurisdiction:\n  nmae: Riverbend\n"}])
        page.get_by_role("button", name="Upload and continue").click()
        assert "unknown question" in page.locator(".error-summary").inner_text()


def test_keyboard_only(server):
    with chromium_page() as page:
        page.goto(server + "/interview")
        page.keyboard.press("Tab")                      # the skip link comes first
        assert page.evaluate("document.activeElement.textContent") == "Skip to the questions"
        for _ in range(10):
            page.keyboard.press("Tab")
            if page.evaluate("document.activeElement.name") == "jurisdiction.name":
                break
        page.keyboard.type("Riverbend")
        for _ in range(10):
            page.keyboard.press("Tab")
            if page.evaluate("document.activeElement.type") == "search":
                break
        page.keyboard.type("Ohio")
        page.keyboard.press("Enter")                    # to the list, with Ohio chosen
        assert page.evaluate("document.activeElement.name") == "jurisdiction.state"
        for _ in range(200):
            page.keyboard.press("Tab")
            if page.evaluate("document.activeElement.textContent") == "Next":
                break
        page.keyboard.press("Enter")
        page.wait_for_load_state()
        assert page.locator("h1").inner_text() == "The document"
        # a refused answer: focus goes to the error summary, whose link leads to the field
        page.goto(server + "/interview")
        page.get_by_role("button", name="Next").press("Enter")
        page.wait_for_load_state()
        assert page.evaluate("document.activeElement.className") == "error-summary"
        page.keyboard.press("Tab")
        page.keyboard.press("Enter")
        assert page.evaluate("location.hash").startswith("#q-jurisdiction-")


def test_accessibility_scan_and_screenshots(server, shots):
    pages = {}
    with chromium_page() as page:
        page.goto(server + "/")
        pages["welcome"] = axe_violations(page)
        page.goto(server + "/interview")
        page.screenshot(path=str(shots / "first-page-desktop.png"), full_page=True)
        pages["first page"] = axe_violations(page)
        start(page, server)
        pages["short-path offer"] = axe_violations(page)
        page.get_by_role("button", name="Go through every choice").click()
        while "About this part" not in page.locator("h1").inner_text():
            page.get_by_role("button", name="Next").click()
        page.screenshot(path=str(shots / "module-desktop.png"), full_page=True)
        pages["module page"] = axe_violations(page)
        page.get_by_role("button", name="Next").press("Enter")
        page.goto(server + "/interview")
        page.get_by_role("button", name="Next").click()              # with errors
        pages["page with errors"] = axe_violations(page)
        short_path_to_review(page, server)
        pages["review"] = axe_violations(page)
    with chromium_page(**PHONE) as phone:
        phone.goto(server + "/interview")
        phone.screenshot(path=str(shots / "first-page-phone.png"), full_page=True)
        width = phone.evaluate("document.documentElement.scrollWidth")
        assert width <= PHONE["width"], "the page scrolls sideways on a phone"
        start(phone, server)
        phone.get_by_role("button", name="Go through every choice").click()
        while "About this part" not in phone.locator("h1").inner_text():
            phone.get_by_role("button", name="Next").click()
        phone.screenshot(path=str(shots / "module-phone.png"), full_page=True)
        short_path_to_review(phone, server)
        phone.screenshot(path=str(shots / "review-phone.png"), full_page=True)
        assert phone.evaluate("document.documentElement.scrollWidth") <= PHONE["width"]
        pages["review on a phone"] = axe_violations(phone)
    assert {k: v for k, v in pages.items() if v} == {}
