"""The web page in a real browser: Debian's chromium, driven by Playwright (tests/browser.py).

The fullest example (the one with the most sections) is built as HTML and opened over file://.
Checked: the heading outline, that every in-page link has its target and that clicking
cross-references and defined terms scrolls their target into view, that drafter's notes open
and close, that --no-notes has none, that the page logs no console errors, and that the print
style hides the screen-only parts; axe-core (vendored in tests/vendor/) finds no accessibility
violations. Screenshots go to out/html/ for a person to look at.
"""
from __future__ import annotations

from pathlib import Path

import pytest

from browser import browser_unavailable, chromium_page
from ordinance_kit.engine import build, check, prepare
from ordinance_kit.model import Ref

pytestmark = pytest.mark.skipif(browser_unavailable() is not None,
                                reason=browser_unavailable() or "")

ROOT = Path(__file__).resolve().parents[1]
SHOTS = ROOT / "out" / "html"


def fullest_example() -> Path:
    def sections(path: Path) -> int:
        lib, ans = prepare(path)
        return len(check(lib, ans).ordinance.sections)
    return max(sorted((ROOT / "examples").glob("*.yaml")), key=sections)


@pytest.fixture(scope="module")
def pages(tmp_path_factory):
    """(ordinance, page with notes, page without) for the fullest example."""
    folder = tmp_path_factory.mktemp("html")
    lib, ans = prepare(fullest_example())
    with_notes = build(lib, ans, "html")
    without = build(lib, ans, "html", notes=False)
    (folder / "notes.html").write_bytes(with_notes.data)
    (folder / "bare.html").write_bytes(without.data)
    return with_notes.ordinance, folder / "notes.html", folder / "bare.html"


IN_VIEW = """id => {
  const r = document.getElementById(id).getBoundingClientRect();
  return r.top >= -1 && r.top < window.innerHeight && r.bottom > 0;
}"""


def test_outline_links_terms_and_notes(pages):
    ordinance, with_notes, _ = pages
    errors: list[str] = []
    SHOTS.mkdir(parents=True, exist_ok=True)
    with chromium_page(console_errors=errors) as page:
        page.goto(with_notes.as_uri())
        page.screenshot(path=str(SHOTS / "top.png"))

        # The heading outline: one h1, then one h2 per section, in the tree's order.
        assert page.locator("h1").count() == 1
        h2 = page.locator("main h2").all_inner_texts()
        assert len(h2) == len(ordinance.sections)
        assert [" ".join(t.split()) for t in h2] == \
            [f"{s.label} {s.heading}." for s in ordinance.sections]
        assert page.locator("h3, h4, h5, h6").count() == 0
        assert page.title().startswith("DRAFT: ")

        # Every in-page link has exactly one target.
        missing = page.evaluate("""() => [...document.querySelectorAll('a[href^="#"]')]
            .map(a => a.getAttribute('href').slice(1))
            .filter(id => document.querySelectorAll('[id="' + id + '"]').length !== 1)""")
        assert missing == []

        # Clicking a cross-reference scrolls its target into view (a sample across the page).
        refs = page.locator("a.ref")
        count = refs.count()
        assert count == sum(isinstance(i, Ref) for b in ordinance.all_blocks() for i in b.inlines)
        for n in sorted({0, count // 3, count // 2, count - 1}):
            link = refs.nth(n)
            target = link.get_attribute("href")[1:]
            page.evaluate("window.scrollTo(0, 0)")
            link.scroll_into_view_if_needed()
            link.click()
            assert page.evaluate("location.hash") == "#" + target
            assert page.evaluate(IN_VIEW, target), target
            # the target is the section the reference names
            number = link.inner_text().split()[1].split("(")[0]
            heading = page.evaluate("""id => { const e = document.getElementById(id);
                return (e.closest('section') || e).querySelector('h2').innerText }""", target)
            assert heading.startswith(f"Section {number}."), (link.inner_text(), heading)
        page.screenshot(path=str(SHOTS / "after-reference.png"))

        # A defined term lands on its definition.
        terms = page.locator("main section a.term")
        assert terms.count() > 50
        for n in (5, terms.count() - 1):
            link = terms.nth(n)
            target = link.get_attribute("href")[1:]
            page.evaluate("window.scrollTo(0, 0)")
            link.scroll_into_view_if_needed()
            link.click()
            assert page.evaluate(IN_VIEW, target), target
            dfn = page.evaluate("id => document.getElementById(id).querySelector('dfn').innerText",
                                target)
            said = link.inner_text().lower()
            assert dfn.strip("\u201c\u201d").lower()[:5] == said[:5], (dfn, said)

        # Drafter's notes: closed, open on a click on the summary, close again.
        notes = page.locator("aside details")
        assert notes.count() > 20
        assert page.locator("aside details[open]").count() == 0
        first = notes.nth(0)
        body = first.locator("p").first
        assert not body.is_visible()
        first.locator("summary").click()
        assert first.get_attribute("open") is not None and body.is_visible()
        page.evaluate("window.scrollTo(0, 0)")
        note_section = page.locator("main section").nth(4)
        note_section.locator("aside summary").click()
        note_section.scroll_into_view_if_needed()
        page.screenshot(path=str(SHOTS / "note-open.png"))
        first.locator("summary").click()
        assert first.get_attribute("open") is None and not body.is_visible()

        # Print: no contents list or skip link, links in the text colour, closed notes hidden.
        page.emulate_media(media="print")
        assert not page.locator("nav.contents").is_visible()
        assert page.locator("aside:has(details:not([open]))").first.is_hidden()
        colours = page.evaluate("""() => [getComputedStyle(document.querySelector('a.ref')).color,
                                          getComputedStyle(document.querySelector('main p')).color]""")
        assert colours[0] == colours[1]
        # One page break forced: before the adoption record and signatures.
        breaks = page.evaluate("""() => [...document.querySelectorAll('body *')]
            .filter(e => getComputedStyle(e).breakBefore === 'page')
            .map(e => e.innerText.trim().split('\\n')[0])""")
        assert len(breaks) == 1 and breaks[0] == ordinance.closing[0].text
    assert errors == []


def test_no_notes_page_has_none(pages):
    _, _, bare = pages
    errors: list[str] = []
    with chromium_page(console_errors=errors) as page:
        page.goto(bare.as_uri())
        assert page.locator("aside, details").count() == 0
        assert page.locator("main h2").count() > 20
        # Keyboard: the first Tab reaches the skip link, shown while it has focus; Enter
        # moves to the text of the ordinance.
        page.keyboard.press("Tab")
        assert page.evaluate("document.activeElement.className") == "skip"
        assert page.evaluate("document.activeElement.getBoundingClientRect().left") >= 0
        page.keyboard.press("Enter")
        assert page.evaluate("location.hash") == "#text"
        assert page.evaluate(IN_VIEW, "text")
    assert errors == []


AXE = ROOT / "tests" / "vendor" / "axe-core" / "axe.min.js"


@pytest.mark.skipif(not AXE.exists(), reason="axe-core is not vendored in tests/vendor/")
def test_axe_finds_no_accessibility_violations(pages):
    """axe-core's WCAG 2 A/AA and best-practice rules, with every note opened so their
    contents are checked too."""
    _, with_notes, _ = pages
    with chromium_page() as page:
        page.goto(with_notes.as_uri())
        page.add_script_tag(path=str(AXE))
        page.evaluate("document.querySelectorAll('details').forEach(d => d.open = true)")
        result = page.evaluate("axe.run(document, {resultTypes: ['violations']})")
        found = [(v["id"], v["impact"], [n["target"] for n in v["nodes"][:3]])
                 for v in result["violations"]]
        assert found == []
        assert len(result["passes"]) > 20      # the rules did run
