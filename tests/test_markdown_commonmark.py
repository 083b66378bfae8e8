"""The Markdown preview renders correctly in any CommonMark renderer.

Each example's .md is rendered with markdown-it-py's strict "commonmark" preset (the reference
behaviour GitHub, GitLab and most editors follow) and the HTML is checked for what a reader
sees: no code blocks, no anchor markup shown as text, every section a heading, every
subdivision label followed by its own text in one paragraph, every cross-reference link landing
on an element that exists, every drafter's note a block quote.
"""
from __future__ import annotations

import re
from functools import lru_cache
from pathlib import Path

import pytest
from lxml import html as lxml_html
from markdown_it import MarkdownIt

from ordinance_kit.engine import build, prepare

ROOT = Path(__file__).resolve().parents[1]
EXAMPLES = sorted((ROOT / "examples").glob("*.yaml"))
QUOTES = str.maketrans("", "", "\u201c\u201d\"")


@lru_cache(maxsize=None)
def rendered(example: Path, notes: bool = True):
    result = build(*prepare(example), "md", notes=notes)
    source = result.data.decode("utf-8")
    page = MarkdownIt("commonmark").render(source)
    return result.ordinance, source, lxml_html.fromstring(f"<div>{page}</div>")


def flat(text: str) -> str:
    return re.sub(r"\s+", " ", text.translate(QUOTES)).strip()


@pytest.mark.parametrize("example", EXAMPLES, ids=lambda p: p.stem)
def test_no_code_blocks_and_no_markup_shown_as_text(example):
    _, _, page = rendered(example)
    assert page.xpath("//pre | //code") == []
    text = page.text_content()
    for visible in ("<a", "</a>", "id=\"", "<!--", "\\"):
        assert visible not in text, visible


@pytest.mark.parametrize("example", EXAMPLES, ids=lambda p: p.stem)
def test_each_section_is_a_heading_with_its_anchor(example):
    ordinance, _, page = rendered(example)
    headings = page.xpath("//h2")
    assert [flat(h.text_content()) for h in headings] == [
        flat(f"{s.label} {s.heading}.") for s in ordinance.sections]
    for heading, section in zip(headings, ordinance.sections):
        assert heading.xpath(".//a/@id") == [section.anchor]
    assert len(page.xpath("//h1")) == 1


@pytest.mark.parametrize("example", EXAMPLES, ids=lambda p: p.stem)
def test_each_label_is_followed_by_its_own_text(example):
    ordinance, _, page = rendered(example)
    paragraphs = [flat(p.text_content()) for p in page.xpath("//p | //li")]
    assert page.xpath("//ol | //ul") == []        # a label is text, never a list's own number
    at = 0
    for section in ordinance.sections:
        for block in section.blocks:
            if block.kind != "numbered":
                continue
            expected = flat(f"{block.label} {block.text}")[:80]
            while at < len(paragraphs) and not paragraphs[at].startswith(expected):
                at += 1
            assert at < len(paragraphs), f"{section.label} {block.label}: not found in order"
            at += 1


@pytest.mark.parametrize("example", EXAMPLES, ids=lambda p: p.stem)
def test_cross_references_land_on_an_element(example):
    ordinance, _, page = rendered(example)
    ids = set(page.xpath("//@id"))
    links = page.xpath("//a[starts-with(@href, '#')]/@href")
    refs = sum(1 for b in ordinance.all_blocks() for i in b.inlines
               if type(i).__name__ == "Ref")
    assert len(links) == refs > 0 or refs == 0
    missing = sorted({h[1:] for h in links} - ids)
    assert missing == []


@pytest.mark.parametrize("example", EXAMPLES[:3], ids=lambda p: p.stem)
def test_each_note_is_a_block_quote_and_goes_with_no_notes(example):
    ordinance, _, page = rendered(example)
    notes = sum(1 for b in [*ordinance.all_blocks(), *ordinance.sections] if b.note)
    quotes = page.xpath("./blockquote")
    assert len(quotes) == notes > 0
    assert all(q.xpath("./p[1]/strong")[0].text.startswith("Drafter's note: ") for q in quotes)
    _, _, bare = rendered(example, notes=False)
    assert bare.xpath("//blockquote") == []


# --- any text a drafter or an answer can put in a paragraph ---------------------------------------

from hypothesis import given, settings, strategies as st  # noqa: E402

from docx_helpers import T, num, sample_ordinance, text  # noqa: E402
from ordinance_kit.model import Section  # noqa: E402
from ordinance_kit.writers.markdown import render_markdown  # noqa: E402

# Markdown's own characters, weighted so that every construct gets tried at a line start
MARKUP = st.sampled_from(list("\\`*_{}[]()<>#+-.!|~=&;:\"' 0123456789") +
                         ["    ", "\t", "&copy;", "&#169;", "<div>", "</a>", "<!--", "```",
                          "1.", "1)", "- ", "* ", "> ", "# ", "===", "---", "***", "[x](#y)",
                          "<http://a.b>", "![i](j)", "\u00a0"])
WORDS = st.lists(st.one_of(MARKUP, st.text(st.characters(min_codepoint=32, max_codepoint=0x2FF,
                                                        blacklist_categories=("Cc", "Cs")),
                                           max_size=4)), min_size=1, max_size=12).map("".join)


@settings(max_examples=150, deadline=None)
@given(body=WORDS.filter(lambda s: s.strip()), level=st.integers(1, 4),
       heading=WORDS.filter(lambda s: s.strip()))
def test_any_text_renders_as_itself(body, level, heading):
    base = sample_ordinance()
    extra = Section(8, heading, "extra", (text(T(body)), num(level, "(a)", T(body), anchor="x.a")))
    ordinance = base.__class__(**{**base.__dict__, "sections": (*base.sections, extra)})
    page = lxml_html.fromstring("<div>" + MarkdownIt("commonmark").render(
        render_markdown(ordinance)) + "</div>")
    assert page.xpath("//pre | //code | //ol | //ul | //hr | //img") == []
    assert flat(page.xpath("//h2")[-1].text_content()) == flat(f"Section 8. {heading}.")
    paragraphs = [flat(p.text_content()) for p in page.xpath("//p")]
    assert flat(body) in paragraphs
    assert flat(f"(a) {body}") in paragraphs


# Clause markup marks whole words: a term, an emphasis or a reference starts and ends with a
# letter or digit and stands between spaces (what it holds in between is anything).
MARKED = st.builds(lambda a, mid, b: a + mid + b, st.sampled_from("aZ09\u00e9"), WORDS,
                   st.sampled_from("aZ09\u00e9"))
PIECE = st.one_of(st.tuples(st.just("text"), WORDS.filter(lambda s: s.strip())),
                  st.tuples(st.sampled_from(["term", "emphasis", "ref"]), MARKED))


@settings(max_examples=150, deadline=None)
@given(pieces=st.lists(PIECE, min_size=1, max_size=5))
def test_terms_emphasis_and_links_render_as_their_words(pieces):
    from ordinance_kit.model import DefinedTerm, Emphasis, Ref

    make = {"text": T, "term": DefinedTerm, "emphasis": Emphasis,
            "ref": lambda s: Ref("approval_required", s)}
    inlines = sum(((make[kind](words), T(" ")) for kind, words in pieces), ())[:-1]
    base = sample_ordinance()
    extra = Section(8, "Extra.", "extra", (text(*inlines), num(2, "(1)", *inlines)))
    ordinance = base.__class__(**{**base.__dict__, "sections": (*base.sections, extra)})
    page = lxml_html.fromstring("<div>" + MarkdownIt("commonmark").render(
        render_markdown(ordinance)) + "</div>")
    last = page.xpath("//h2")[-1].xpath("following-sibling::p")[:2]
    words = flat(" ".join(w for _, w in pieces))
    assert [flat(p.text_content()) for p in last] == [words, flat("(1) " + words)]
    for p in last:
        assert len(p.xpath(".//a[@href='#approval_required']")) == sum(
            k == "ref" for k, _ in pieces)
        assert len(p.xpath(".//strong")) == sum(k == "term" for k, _ in pieces)
        assert len(p.xpath(".//em")) == sum(k == "emphasis" for k, _ in pieces)
