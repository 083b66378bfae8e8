"""The Markdown writer (writers/markdown.py), read directly on hand-made ordinance trees:
document order, headings, subdivision indentation and labels, terms, references, blanks,
notes, signatures and the escaping that keeps answer text literal."""
from __future__ import annotations

import dataclasses

import pytest

from docx_helpers import CLOSING_NOTE, SECTION_NOTE, T, meta, num, text
from ordinance_kit.model import (Blank, Block, DefinedTerm, Emphasis, Note, Ordinance, Ref,
                                 Section, TermUse, Text)
from ordinance_kit.writers.markdown import render_markdown


def ordinance(sections=(), *, caption=None, recitals=(), enacting=None, closing=(),
              number_line=(T("ORDINANCE NO. "), T("2026-7")), **meta_changes) -> Ordinance:
    return Ordinance(
        meta=meta(**meta_changes), number_line=tuple(number_line),
        caption=(text(T("AN ORDINANCE ON SURVEILLANCE")),) if caption is None else caption,
        recitals=tuple(recitals),
        enacting=(text(T("THE COUNCIL ORDAINS:")),) if enacting is None else enacting,
        sections=tuple(sections), closing=tuple(closing))


def section(number, heading, *blocks, anchor=None, note=None) -> Section:
    return Section(number, heading, anchor or f"s{number}", tuple(blocks), note)


def body_of(md: str) -> list[str]:
    """The lines after the header comment, draft line and ordinance number."""
    return md.split("\n")[md.split("\n").index("# ORDINANCE NO. 2026-7") + 2:]


# --- the frame -----------------------------------------------------------------------------------

def test_whole_small_document():
    md = render_markdown(ordinance(
        [section(1, "Short title", text(T("This is the Test Ordinance.")))],
        recitals=[text(T("WHEREAS, privacy matters; and"))],
        closing=[text(T("PASSED on "), Blank("date")), Block("signature", (T("Mayor"),))]))
    assert md == (
        f"<!-- ordinance-kit 0.1.0; library sha256:{'a' * 64}; answers sha256:{'b' * 64} -->\n"
        "*DRAFT of November 28, 2026 \u2014 City of Riverside, California*\n"
        "\n"
        "# ORDINANCE NO. 2026-7\n"
        "\n"
        "**AN ORDINANCE ON SURVEILLANCE**\n"
        "\n"
        "WHEREAS, privacy matters; and\n"
        "\n"
        "**THE COUNCIL ORDAINS:**\n"
        "\n"
        '## <a id="s1"></a>Section 1. Short title.\n'
        "\n"
        "This is the Test Ordinance.\n"
        "\n"
        "PASSED on **\\[date\\]**\n"
        "\n"
        + "\\_" * 20 + "  \nMayor\n")


def test_final_has_no_draft_line_and_ends_with_one_newline():
    md = render_markdown(ordinance(draft=False))
    assert md.split("\n")[1] == "# ORDINANCE NO. 2026-7"
    assert "DRAFT" not in md
    assert md.endswith("**THE COUNCIL ORDAINS:**\n") and not md.endswith("\n\n")


def test_draft_line_uses_the_draft_date_and_escapes_the_header():
    import datetime as dt

    md = render_markdown(ordinance(draft_date=dt.date(2027, 3, 5),
                                   header_text="Town of *Star*_ville, MA"))
    assert md.split("\n")[1] == "*DRAFT of March 5, 2027 \u2014 Town of \\*Star\\*\\_ville, MA*"


def test_unfilled_ordinance_number_is_a_bold_bracketed_blank():
    md = render_markdown(ordinance(number_line=(T("ORDINANCE NO. "), Blank("ordinance number"))))
    assert "# ORDINANCE NO. **\\[ordinance number\\]**\n" in md


# --- subdivisions --------------------------------------------------------------------------------

def test_subdivision_levels_indent_and_keep_their_labels_and_anchors():
    md = render_markdown(ordinance([section(
        3, "Approval required",
        text(T("No department may:")),
        num(1, "(a)", T("seek funds;"), anchor="s3.a"),
        num(2, "(1)", T("by grant;")),
        num(3, "(A)", T("from the state;")),
        num(4, "(i)", T("in writing."), anchor="s3.a.1.A.i"),
        num(1, "(b)", T("acquire it.")))]))
    assert body_of(md)[4:] == [
        '## <a id="s3"></a>Section 3. Approval required.', "",
        "No department may:", "",
        '<a id="s3.a"></a>(a) seek funds;', "",
        "    (1) by grant;", "",
        "        (A) from the state;", "",
        '            <a id="s3.a.1.A.i"></a>(i) in writing.', "",
        "(b) acquire it.", "",
    ]


# --- inline content ------------------------------------------------------------------------------

def test_terms_emphasis_references_and_blanks():
    md = render_markdown(ordinance([section(
        2, "Definitions",
        num(1, "(a)", Emphasis("Timing."), T(" "), DefinedTerm("Surveillance Data"),
            T(" means data from "), TermUse("surveillance technology", "Surveillance Technology"),
            T(" under "), Ref("s3.a", "Section 3(a)"), T(", due "), Blank("date"), T(".")))]))
    assert ("(a) *Timing.* **\u201cSurveillance Data\u201d** means data from Surveillance "
            "Technology under [Section 3(a)](#s3.a), due **\\[date\\]**.") in md.split("\n")


@pytest.mark.parametrize("raw, shown", [
    ("a*b", "a\\*b"), ("a_b", "a\\_b"), ("`code`", "\\`code\\`"), ("[x](y)", "\\[x\\](y)"),
    ("<b>", "\\<b\\>"), ("# not a heading", "\\# not a heading"), ("back\\slash", "back\\\\slash"),
    ("plain (text), 50% & more!", "plain (text), 50% & more!"),
])
def test_special_characters_in_text_are_escaped(raw, shown):
    md = render_markdown(ordinance([section(1, "Body", text(T(raw)))]))
    assert shown in md.split("\n")


def test_special_characters_in_terms_headings_refs_and_blanks_are_escaped():
    md = render_markdown(ordinance([section(
        1, "Use_of *data*",
        text(DefinedTerm("A_B"), T(" "), Emphasis("x*y"), T(" "), Ref("s1", "Section [1]"),
             T(" "), Blank("name_of*body")))]))
    lines = md.split("\n")
    assert '## <a id="s1"></a>Section 1. Use\\_of \\*data\\*.' in lines
    assert ("**\u201cA\\_B\u201d** *x\\*y* [Section \\[1\\]](#s1) **\\[name\\_of\\*body\\]**"
            in lines)


# --- notes ---------------------------------------------------------------------------------------

def test_notes_follow_their_clause_as_block_quotes():
    md = render_markdown(ordinance(
        [section(3, "Approval required", text(T("Text.")), note=SECTION_NOTE)],
        closing=[text(T("PASSED."), note=CLOSING_NOTE)]))
    lines = md.split("\n")
    start = lines.index('## <a id="s3"></a>Section 3. Approval required.')
    assert lines[start:start + 10] == [
        '## <a id="s3"></a>Section 3. Approval required.', "",
        "> **Drafter's note: Why council approval first.**", ">",
        "> Most adopted ordinances require approval before acquisition.", ">",
        "> Some cities allow emergency use with later review.", ">",
        "> Sources: Oakland Mun. Code 9.64.030; Seattle Mun. Code 14.18.020", "",
    ]
    assert lines[start + 10] == "Text."
    # a note without sources ends after its last paragraph
    assert lines[-4:] == ["> **Drafter's note: Adoption mechanics.**", ">",
                          "> Check the charter for the number of readings.", ""]


def test_note_text_is_escaped():
    note = Note("x", "Costs_and *fees*", "Use [[Term]] and @[ref] literally.", ("A_B",))
    md = render_markdown(ordinance([section(1, "Body", text(T("x")), note=note)]))
    lines = md.split("\n")
    assert "> **Drafter's note: Costs\\_and \\*fees\\*.**" in lines
    assert "> Use \\[\\[Term\\]\\] and @\\[ref\\] literally." in lines
    assert "> Sources: A\\_B" in lines


def test_no_notes_option_drops_every_note():
    tree = ordinance([section(3, "Approval required", text(T("Text.")), note=SECTION_NOTE)],
                     caption=(text(T("CAPTION"), note=CLOSING_NOTE),), notes=False)
    md = render_markdown(tree)
    assert "Drafter's note" not in md
    assert not [line for line in md.split("\n") if line.startswith(">")]
    with_notes = render_markdown(dataclasses.replace(
        tree, meta=dataclasses.replace(tree.meta, notes=True)))
    assert with_notes.count("Drafter's note") == 2
