"""The web page writer (writers/html.py), without a browser: the page's structure read back with
a strict tag-balance reader and lxml, checked against the ordinance tree it came from; ids and
in-page links; escaping of hostile answers; determinism; the CLI's html format.
(tests/test_html_browser.py opens the page in chromium.)"""
from __future__ import annotations

import re
from collections import Counter
from functools import lru_cache
from html.parser import HTMLParser
from pathlib import Path

import lxml.html
import pytest

from docx_helpers import T, meta, num, text
from ordinance_kit.engine import build, check, prepare
from ordinance_kit.model import (Blank, Block, DefinedTerm, Note, Ordinance, Ref, Section,
                                 TermUse, WriterOptions, plain_text)
from ordinance_kit.writers.html import render_html, term_key

ROOT = Path(__file__).resolve().parents[1]
EXAMPLES = sorted((ROOT / "examples").glob("*.yaml"))

VOID = {"meta", "br", "hr", "img", "link", "input", "wbr"}
# Flow elements that may not sit inside a <p> (the parser would close the <p> silently).
BLOCKS = {"p", "ol", "ul", "li", "section", "aside", "details", "div", "h1", "h2", "h3",
          "header", "main", "nav"}
KNOWN = VOID | BLOCKS | {"html", "head", "title", "style", "body", "a", "span", "strong", "em",
                         "dfn", "mark", "summary"}


class StrictReader(HTMLParser):
    """Reads the page as written (no repairs, unlike a browser or lxml): every element known,
    closed in order, lists hold only items, no block inside a paragraph, a summary first in
    each details."""

    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.stack: list[str] = []
        self.problems: list[str] = []
        self.doctype = None
        self.last_child: dict[int, str | None] = {}

    def handle_decl(self, decl):
        self.doctype = decl

    def handle_starttag(self, tag, attrs):
        where = "/".join(self.stack)
        if tag not in KNOWN:
            self.problems.append(f"unknown <{tag}> in {where}")
        parent = self.stack[-1] if self.stack else None
        if parent == "ol" and tag != "li":
            self.problems.append(f"<{tag}> directly in <ol> ({where})")
        if tag == "li" and parent != "ol":
            self.problems.append(f"<li> outside <ol> ({where})")
        if "p" in self.stack and tag in BLOCKS:
            self.problems.append(f"<{tag}> inside <p> ({where})")
        if parent == "details" and self.last_child.get(len(self.stack)) is None and tag != "summary":
            self.problems.append(f"<details> starts with <{tag}>")
        self.last_child[len(self.stack)] = tag
        if tag not in VOID:
            self.stack.append(tag)
            self.last_child[len(self.stack)] = None

    def handle_endtag(self, tag):
        if not self.stack or self.stack[-1] != tag:
            self.problems.append(f"</{tag}> closes <{self.stack[-1] if self.stack else None}>")
            if tag in self.stack:
                while self.stack.pop() != tag:
                    pass
        else:
            self.stack.pop()


def strict_problems(page: str) -> list[str]:
    reader = StrictReader()
    reader.feed(page)
    reader.close()
    if reader.doctype != "DOCTYPE html":
        reader.problems.append(f"doctype {reader.doctype!r}")
    if reader.stack:
        reader.problems.append(f"unclosed {reader.stack}")
    return reader.problems


@lru_cache(maxsize=None)
def built(name: str, sets: tuple[str, ...] = (), notes: bool = True) -> tuple[Ordinance, str]:
    lib, ans = prepare(ROOT / "examples" / f"{name}.yaml", list(sets))
    result = build(lib, ans, "html", notes=notes)
    return result.ordinance, result.data.decode("utf-8")


def tree(page: str):
    return lxml.html.document_fromstring(page)


def links(doc, cls: str | None = None) -> list:
    return [a for a in doc.iter("a") if (a.get("href") or "").startswith("#")
            and (cls is None or a.get("class") == cls)]


def words(s: str) -> str:
    return " ".join(s.split())


# --- every example: structure checked against its tree -----------------------------------------

@pytest.mark.parametrize("path", EXAMPLES, ids=[p.stem for p in EXAMPLES])
def test_page_is_well_formed_and_matches_the_tree(path):
    o, page = built(path.stem)
    assert strict_problems(page) == []
    doc = tree(page)
    assert doc.get("lang") == "en"
    assert doc.findtext(".//title").strip()
    assert len(doc.findall(".//h1")) == 1
    h2 = doc.findall(".//main//h2")
    assert [words(h.text_content()) for h in h2] == \
        [f"{s.label} {s.heading}." for s in o.sections]
    assert len(doc.findall(".//main/section")) == len(o.sections)
    # Every subdivision label, in order, exactly as the tree (and so the DOCX) has it.
    assert [s.text for s in doc.findall(".//main//li/p/span[@class='label']")] == \
        [b.label for s in o.sections for b in s.blocks if b.kind == "numbered"]
    # Every paragraph's words are there, in reading order.
    shown = words(doc.find(".//main").text_content())
    at = 0
    for block in o.all_blocks():
        want = words(block.text)
        found = shown.find(want, at)
        assert found >= 0, want[:80]
        at = found + len(want)


@pytest.mark.parametrize("path", EXAMPLES, ids=[p.stem for p in EXAMPLES])
def test_ids_are_unique_and_every_link_has_its_target(path):
    o, page = built(path.stem)
    doc = tree(page)
    ids = [e.get("id") for e in doc.iter() if e.get("id")]
    assert len(ids) == len(set(ids))
    for a in links(doc):
        assert a.get("href")[1:] in ids, a.get("href")
    # Each reference in the tree is a link; it lands on the element for its anchor.
    refs = [i for b in o.all_blocks() for i in b.inlines if isinstance(i, Ref)]
    ref_links = links(doc, "ref")
    assert [a.text for a in ref_links] == [r.text for r in refs]
    by_id = {e.get("id"): e for e in doc.iter() if e.get("id")}
    for a in ref_links:
        target = by_id[a.get("href")[1:]]
        number = re.match(r"Section (\d+)", a.text).group(1)
        section = target if target.tag == "section" else next(
            t for t in target.iterancestors() if t.tag == "section")
        assert section.find("h2").text_content().startswith(f"Section {number}.")
        label = re.search(r"(\([^)]+\))$", a.text)
        if label:      # a subdivision: its own label is the last one in the reference
            assert target.find("p/span").text == label.group(1)


@pytest.mark.parametrize("path", EXAMPLES[:3] + EXAMPLES[-1:], ids=lambda p: p.stem)
def test_defined_terms_link_to_their_definitions(path):
    o, page = built(path.stem)
    doc = tree(page)
    dfns = {term_key(d.text_content().strip("\u201c\u201d")): d for d in doc.iter("dfn")}
    defined = {term_key(i.text) for b in o.all_blocks() for i in b.inlines
               if isinstance(i, DefinedTerm)}
    assert set(dfns) == defined and defined
    by_id = {e.get("id"): e for e in doc.iter() if e.get("id")}
    term_links = links(doc, "term")
    # every use of a defined term outside its own definition is a link to that definition
    uses = [i.key for b in o.all_blocks() for i in b.inlines
            if isinstance(i, TermUse) and i.key in defined
            and not any(isinstance(j, DefinedTerm) and term_key(j.text) == i.key
                        for j in b.inlines)]
    landed = [term_key(by_id[a.get("href")[1:]].find("p/dfn").text_content().strip("\u201c\u201d"))
              for a in term_links]
    assert landed == uses and len(uses) > 50


def test_notes_are_collapsible_asides_and_no_notes_leaves_them_out():
    o, page = built("riverbend-ca")
    doc = tree(page)
    asides = doc.findall(".//aside")
    notes = [b.note for b in o.all_blocks() if b.note] + [s.note for s in o.sections if s.note]
    assert len(asides) == len(notes) > 20
    for aside in asides:
        details = aside.find("details")
        assert details is not None and details.get("open") is None
        assert details[0].tag == "summary"
        assert details[0].text.startswith("Drafter's note: ")
    _, bare = built("riverbend-ca", notes=False)
    assert "<aside" not in bare and "<details" not in bare and "Drafter" not in bare
    assert strict_problems(bare) == []


def test_draft_marking_and_final():
    _, page = built("riverbend-ca")
    doc = tree(page)
    assert doc.findtext(".//title").startswith("DRAFT: ")
    assert doc.find(".//header[@class='running-head']//strong").text == "DRAFT"
    assert doc.find(".//div[@class='watermark']").text == "DRAFT"
    lib, ans = prepare(ROOT / "examples" / "riverbend-ca.yaml")
    final = build(lib, ans, "html", final=True).data.decode("utf-8")
    assert "DRAFT" not in final
    assert strict_problems(final) == []


def test_blanks_are_marked():
    o, page = built("millbrook-ma")
    inlines = list(o.number_line) + [i for b in o.all_blocks() for i in b.inlines]
    blanks = [i for i in inlines if isinstance(i, Blank)]
    marks = tree(page).findall(".//mark[@class='blank']")
    assert len(marks) == len(blanks) > 0
    assert [m.text for m in marks] == [b.text for b in blanks]


def test_same_tree_same_bytes_and_nothing_loaded_from_elsewhere():
    lib, ans = prepare(ROOT / "examples" / "riverbend-ca.yaml")
    first = build(lib, ans, "html").data
    second = build(lib, ans, "html").data
    assert first == second
    page = first.decode("utf-8")
    # Self-contained: no script, no external style sheet, font, image or link.
    assert "<script" not in page and "<link" not in page and "<img" not in page
    assert "@import" not in page and "url(" not in page
    assert not re.search(r'(href|src)="(?!#)', page)
    assert "@media print" in page


# --- the writer on hand-made trees ------------------------------------------------------------

def small(*sections, **meta_changes) -> Ordinance:
    return Ordinance(meta=meta(**meta_changes), number_line=(T("ORDINANCE NO. 7"),),
                     caption=(text(T("AN ORDINANCE")),), recitals=(),
                     enacting=(text(T("THE COUNCIL ORDAINS:")),), sections=tuple(sections),
                     closing=(Block("signature", (T("Mayor"),)),))


def test_lists_nest_by_level_and_a_skipped_level_still_nests():
    o = small(Section(1, "Rules", "s1", (
        num(1, "(a)", T("first"), anchor="a"),
        num(2, "(1)", T("inner")),
        num(3, "(A)", T("deeper")),
        num(1, "(b)", T("second")),
        text(T("Between.")),
        num(2, "(1)", T("under nothing")),
        num(4, "(i)", T("deepest")))))
    page = render_html(o)
    assert strict_problems(page) == []
    doc = tree(page)
    sec = doc.find(".//section")
    top = sec.findall("ol")
    assert [ol.get("class") for ol in top] == ["l1", "l1"]
    assert [li.find("p/span").text for li in top[0].findall("li")] == ["(a)", "(b)"]
    assert top[0].find("li/ol/li/ol/li/p/span").text == "(A)"
    # after the unnumbered paragraph, the (1) sits in an unlabelled level-1 item
    gap = top[1].find("li")
    assert gap.get("class") == "gap" and gap.find("p") is None
    assert gap.find("ol/li/p/span").text == "(1)"
    assert gap.find("ol/li/ol/li[@class='gap']/ol/li/p/span").text == "(i)"


def test_a_repeated_anchor_gets_one_id_and_a_missing_target_is_plain_text():
    o = small(Section(1, "Rules", "s1", (
        num(1, "(a)", T("one"), anchor="dup"),
        num(1, "(b)", T("two"), anchor="dup"),
        num(1, "(c)", Ref("dup", "Section 1(a)"), T(" and "), Ref("gone", "Section 9")))))
    doc = tree(render_html(o))
    assert [li.get("id") for li in doc.find(".//main").iter("li")] == ["dup", None, None]
    assert [a.get("href") for a in links(doc, "ref")] == ["#dup"]
    assert "Section 9" in doc.find(".//section").text_content()


def test_a_definitions_own_term_is_not_linked_to_itself():
    o = small(Section(1, "Definitions", "s1", (
        num(1, "(a)", DefinedTerm("Data"), T(" means data; "), TermUse("data", "Data"),
            T(" includes copies."), anchor="d"),
        num(1, "(b)", T("Keep "), TermUse("data", "Data"), T(" safe.")))))
    doc = tree(render_html(o))
    assert [a.get("href") for a in links(doc, "term")] == ["#d"]
    assert doc.find(".//li[@id='d']//a") is None


HOSTILE = ['</p><script>alert("x")</script>', "AT&amp;T & <b>bold</b>",
           "O'Brien \"quoted\" <!-- x -->", "]]> &copy; &#169; {{x}}"]


@pytest.mark.parametrize("name", HOSTILE)
def test_hostile_answers_render_literally(name):
    _, plain = built("riverbend-ca")
    _, page = built("riverbend-ca", (f"jurisdiction.name={name}",
                                     f"jurisdiction.signer=Mayor {name}"))
    assert strict_problems(page) == []
    doc = tree(page)
    assert doc.find(".//script") is None and doc.find(".//b") is None
    assert f"The City Council of the City of {name} does ordain as follows" in \
        words(doc.find(".//main").text_content())
    assert f"Mayor {name}" in [p.text_content() for p in doc.findall(".//p[@class='signature']")]
    assert f"City of {name}" in doc.findtext(".//title")
    tags = lambda p: Counter(e.tag for e in tree(p).iter() if isinstance(e.tag, str))  # noqa: E731
    assert tags(page) == tags(plain)


def test_text_html_cannot_hold_is_replaced_not_passed_through():
    note = Note("c", "A <note>", "Bad \x01 char and a lone \ud800 surrogate & more")
    o = small(Section(1, "Rules & <more>", "s 1\"x", (
        num(1, "(a)", T("x\x0by"), anchor='q"><b'),), note=note))
    page = render_html(o, WriterOptions())
    page.encode("utf-8")                         # would raise on a lone surrogate
    assert strict_problems(page) == []
    assert "\x01" not in page and "\x0b" not in page
    doc = tree(page)
    assert doc.find(".//h2").text_content() == "Section 1. Rules & <more>."
    assert doc.find(".//summary").text == "Drafter's note: A <note>"
    ids = [e.get("id") for e in doc.iter() if e.get("id")]
    assert all(re.fullmatch(r"[A-Za-z][A-Za-z0-9_-]*", i) for i in ids), ids


# --- the command line --------------------------------------------------------------------------

def test_cli_builds_html_from_the_name_or_the_format(cli, tmp_path):
    src = ROOT / "examples" / "north-prairie-il.yaml"
    for name, extra in (("a.html", ()), ("b.htm", ()), ("c.html", ("--format", "html"))):
        code, _, err = cli("build", src, "-o", tmp_path / name, *extra)
        assert code == 0, err
        assert (tmp_path / name).read_bytes().startswith(b"<!DOCTYPE html>\n<html lang=\"en\">")
    assert (tmp_path / "a.html").read_bytes() == (tmp_path / "b.htm").read_bytes()
    code, _, err = cli("build", src, "-o", tmp_path / "d.docx", "--format", "html")
    assert code == 2 and "web page" in err and not (tmp_path / "d.docx").exists()


def test_writer_option_no_notes_drops_every_note():
    note = Note("c", "Why", "Because.")
    o = small(Section(1, "Rules", "s1", (num(1, "(a)", T("x"), note=note),), note=note))
    assert render_html(o).count("<aside") == 2
    assert "<aside" not in render_html(o, WriterOptions(notes=False))


def test_batch_writes_web_pages(cli, tmp_path):
    rows = tmp_path / "rows.csv"
    rows.write_text("jurisdiction.name,jurisdiction.state\nAlder Falls,CA\nBirch <&> Bay,OR\n",
                    encoding="utf-8")
    code, _, err = cli("batch", rows, "--base", ROOT / "examples" / "campaign" / "base.yaml",
                       "-o", tmp_path / "out", "--jobs", "1", "--format", "html")
    assert code == 0, err
    pages = sorted((tmp_path / "out").glob("*.html"))
    assert len(pages) == 2
    for page in pages:
        assert strict_problems(page.read_text("utf-8")) == []
    assert any("City of Birch &lt;&amp;&gt; Bay" in p.read_text("utf-8") for p in pages)
