"""A real browser for the tests: Debian's chromium driven by Playwright.

Playwright's own browser download is not available on CI machines, so the tests launch the
system chromium (`apt install chromium`, done by .ci/run) through `executable_path`. The flags
keep chromium off the network (this machine refuses outside connections, and chromium would
otherwise retry them at every start) and let it run as root in a container.

    from tests.browser import browser_unavailable, chromium_page
    pytestmark = pytest.mark.skipif(browser_unavailable(), reason=browser_unavailable() or "")

    with chromium_page() as page:
        page.goto(url)
"""
from __future__ import annotations

import contextlib
import shutil
import tempfile

CHROMIUM = "/usr/bin/chromium"
FLAGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
         "--disable-background-networking", "--disable-component-update", "--disable-sync"]


def browser_unavailable() -> str | None:
    """Why no browser test can run here (None when one can)."""
    try:
        import playwright.sync_api  # noqa: F401
    except ImportError:
        return "Playwright is not installed (pip install -e '.[test]')"
    if shutil.which(CHROMIUM) is None and shutil.which("chromium") is None:
        return "chromium is not installed (apt install chromium; .ci/run does it)"
    return None


@contextlib.contextmanager
def chromium_page(*, width: int = 1000, height: int = 1400, console_errors: list | None = None):
    """A fresh page in a fresh headless chromium with an empty profile; closed on the way out.
    Console errors and page errors are appended to `console_errors` when a list is given."""
    from playwright.sync_api import sync_playwright

    exe = CHROMIUM if shutil.which(CHROMIUM) else shutil.which("chromium")
    with tempfile.TemporaryDirectory(prefix="ok-chromium-") as profile, sync_playwright() as p:
        context = p.chromium.launch_persistent_context(
            profile, executable_path=exe, args=FLAGS, headless=True,
            viewport={"width": width, "height": height})
        try:
            page = context.new_page()
            if console_errors is not None:
                page.on("console", lambda m: m.type == "error" and console_errors.append(m.text))
                page.on("pageerror", lambda e: console_errors.append(str(e)))
            yield page
        finally:
            context.close()
