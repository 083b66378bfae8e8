"""Tests for render_docx: schema validity, what readers see, determinism, options."""
from __future__ import annotations

import dataclasses
import datetime as dt
import io
import re
import shutil
import subprocess
import zipfile

import pytest

from docx_helpers import (CLOSING_NOTE, SECTION_NOTE, T, big_ordinance, num, sample_ordinance,
                          text)
import docx
from lxml import etree

from ooxml_validate import needs_xsd, validate_docx
from ordinance_kit.model import Ref, Section, WriterOptions
from ordinance_kit.writers import docx_writer
from ordinance_kit.writers.docx_writer import render_docx

W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
NS = {"w": W}


@pytest.fixture(scope="module")
def draft_bytes() -> bytes:
    return render_docx(sample_ordinance())


@pytest.fixture(scope="module")
def final_bytes() -> bytes:
    return render_docx(sample_ordinance(draft=False),
                       WriterOptions(line_numbers=True, notes=False))


def part(data: bytes, name: str) -> etree._Element:
    return etree.fromstring(zipfile.ZipFile(io.BytesIO(data)).read(name))


def parts_matching(data: bytes, pattern: str) -> dict[str, bytes]:
    z = zipfile.ZipFile(io.BytesIO(data))
    return {n: z.read(n) for n in z.namelist() if re.search(pattern, n)}


def open_doc(data: bytes):
    return docx.Document(io.BytesIO(data))


def body_paragraphs(data: bytes):
    return part(data, "word/document.xml").xpath("/w:document/w:body/w:p", namespaces=NS)


def ptext(p) -> str:
    return "".join(p.xpath(".//w:t/text()", namespaces=NS))


def pstyle(p) -> str:
    return p.xpath("string(./w:pPr/w:pStyle/@w:val)", namespaces=NS)


# --- validity ------------------------------------------------------------------------------------

@needs_xsd
@pytest.mark.parametrize("changes, options", [
    ({}, WriterOptions()), (dict(draft=False), WriterOptions(line_numbers=True, notes=False)),
    ({}, WriterOptions(line_numbers=True))])
def test_output_is_schema_valid_and_consistent(changes, options):
    assert validate_docx(render_docx(sample_ordinance(**changes), options)) == []


@needs_xsd
def test_large_output_is_schema_valid():
    assert validate_docx(render_docx(big_ordinance())) == []


# --- structure and styles ------------------------------------------------------------------------

def test_paragraph_styles_follow_the_model(draft_bytes):
    paras = body_paragraphs(draft_bytes)
    styles = [pstyle(p) for p in paras]
    assert styles[:5] == ["OrdinanceNumber", "OrdinanceCaption", "Recital", "Recital",
                          "EnactingClause"]
    o = sample_ordinance()
    headings = [ptext(p) for p in paras if pstyle(p) == "SectionHeading"]
    assert headings == [s.heading for s in o.sections]   # Word numbering adds "Section N."
    level_styles = {1: "Subsection", 2: "Paragraph", 3: "Subparagraph", 4: "Clause"}
    blocks = [b for s in o.sections for b in s.blocks]
    body = [p for p in paras if pstyle(p) in ("SectionText", *level_styles.values())]
    assert [pstyle(p) for p in body] == [
        level_styles[b.level] if b.kind == "numbered" else "SectionText" for b in blocks]
    assert styles[-3:] == ["ClosingText", "SignatureLine", "SignatureLine"]


def test_numbering_comes_from_styles_not_direct_formatting(draft_bytes):
    doc = part(draft_bytes, "word/document.xml")
    assert doc.xpath("//w:p/w:pPr/w:numPr", namespaces=NS) == []
    assert not any(ptext(p).startswith("Section ") for p in body_paragraphs(draft_bytes)
                   if pstyle(p) == "SectionHeading")


def test_character_styles_for_terms_blanks_and_emphasis(draft_bytes):
    doc = part(draft_bytes, "word/document.xml")

    def runs(style):
        return ["".join(r.xpath("./w:t/text()", namespaces=NS))
                for r in doc.xpath(f'//w:r[w:rPr/w:rStyle/@w:val="{style}"]', namespaces=NS)]

    assert runs("DefinedTerm") == ["\u201cCity Council\u201d",
                                   "\u201cSurveillance technology\u201d"]
    assert "[number of days]" in runs("Blank") and "[ordinance number]" in runs("Blank")
    assert runs("SubdivisionHeading")[0] == "Surveillance Technology Oversight Ordinance"


def test_references_are_ref_fields_with_exact_cached_text(draft_bytes):
    doc = part(draft_bytes, "word/document.xml")
    bookmarks = set(doc.xpath("//w:bookmarkStart/@w:name", namespaces=NS))
    o = sample_ordinance()
    refs = [i for b in o.all_blocks() for i in b.inlines if isinstance(i, Ref)]
    fields = []
    for instr in doc.xpath("//w:instrText", namespaces=NS):
        m = re.fullmatch(r" REF (\S+) \\w \\h ", instr.text)
        assert m, instr.text
        assert m.group(1) in bookmarks
        # cached result: the runs between "separate" and "end"
        run = instr.getparent().getnext().getnext()
        fields.append("".join(run.xpath("./w:t/text()", namespaces=NS)))
    assert fields == [r.text for r in refs]
    assert "Section 7(b)" in fields


def test_every_anchor_becomes_a_unique_bookmark(draft_bytes):
    names = part(draft_bytes, "word/document.xml").xpath("//w:bookmarkStart/@w:name",
                                                          namespaces=NS)
    o = sample_ordinance()
    anchors = [s.anchor for s in o.sections] + [b.anchor for b in o.all_blocks() if b.anchor]
    assert len(names) == len(set(names)) == len(anchors)
    assert all(len(n) <= 40 and n[0].isalpha() for n in names)


def test_ref_to_unknown_anchor_is_plain_text():
    o = sample_ordinance()
    extra = Section(8, "Other.", "other", (text(T("See "), Ref("nowhere", "Section 99"),
                                               T(".")),))
    data = render_docx(dataclasses.replace(o, sections=o.sections + (extra,)))
    doc = part(data, "word/document.xml")
    assert "nowhere" not in etree.tostring(doc).decode()
    assert any(ptext(p) == "See Section 99." for p in body_paragraphs(data))


def test_signature_block_has_a_line_then_the_title(draft_bytes):
    sig = [p for p in body_paragraphs(draft_bytes) if pstyle(p) == "SignatureLine"]
    assert len(sig) == 2
    first = sig[0]
    assert first.xpath("count(.//w:br)", namespaces=NS) == 1
    assert ptext(first) == "_" * 36 + "Mayor"


def test_control_characters_are_dropped():
    o = sample_ordinance()
    s = Section(8, "Odd\x0b heading.", "odd", (text(T("bad\x00 text\x1f")),))
    data = render_docx(dataclasses.replace(o, sections=o.sections + (s,)))
    texts = [ptext(p) for p in body_paragraphs(data)]
    assert "Odd heading." in texts and "bad text" in texts


def test_numbered_block_level_out_of_range_is_an_error():
    o = sample_ordinance()
    s = Section(8, "Deep.", "deep", (num(5, "(x)", T("too deep")),))
    with pytest.raises(ValueError):
        render_docx(dataclasses.replace(o, sections=o.sections + (s,)))


# --- python-docx read-back -----------------------------------------------------------------------

def test_python_docx_reads_comments_with_fixed_date(draft_bytes):
    doc = open_doc(draft_bytes)
    comments = list(doc.comments)
    assert len(comments) == 2
    when = dt.datetime(2026, 11, 28, tzinfo=dt.timezone.utc)
    for c in comments:
        assert (c.author, c.initials, c.timestamp) == ("ordinance-kit", "OK", when)
    paras = [p.text for p in comments[0].paragraphs]
    assert paras == [SECTION_NOTE.title,
                     "Most adopted ordinances require approval before acquisition.",
                     "Some cities allow emergency use with later review.",
                     "Sources: Oakland Mun. Code 9.64.030; Seattle Mun. Code 14.18.020"]
    assert [p.text for p in comments[1].paragraphs][0] == CLOSING_NOTE.title
    # comment styles exist (python-docx writes CommentText / CommentReference)
    assert doc.styles["annotation text"].style_id == "CommentText"


def test_comment_is_anchored_to_the_section_heading(draft_bytes):
    doc = part(draft_bytes, "word/document.xml")
    start = doc.xpath("//w:commentRangeStart", namespaces=NS)[0]
    p = start.getparent()
    assert pstyle(p) == "SectionHeading" and ptext(p) == "Approval required."
    closing = doc.xpath("//w:commentRangeStart", namespaces=NS)[1].getparent()
    assert pstyle(closing) == "ClosingText"


def test_python_docx_reads_core_properties(draft_bytes):
    cp = open_doc(draft_bytes).core_properties
    o = sample_ordinance()
    assert cp.title == o.meta.title and cp.subject == o.meta.subject
    assert cp.keywords == "surveillance, oversight, ordinance"
    assert cp.author == "ordinance-kit" and cp.content_status == "Draft"
    midnight = dt.datetime(2026, 11, 28, tzinfo=dt.timezone.utc)
    assert cp.created == cp.modified == midnight
    for value in (o.meta.generator, o.meta.library_hash, o.meta.answers_hash):
        assert value in cp.comments


def test_core_properties_record_library_and_answers(draft_bytes):
    cp = open_doc(draft_bytes).core_properties
    o = sample_ordinance()
    assert cp.version == o.meta.library_hash
    assert cp.identifier == o.meta.answers_hash
    assert b"docProps/custom.xml" not in draft_bytes


def test_header_and_footer_text_for_a_draft(draft_bytes):
    sec = open_doc(draft_bytes).sections[0]
    assert sec.header.paragraphs[0].text == "City of Riverside, California\t\tDRAFT"
    assert sec.footer.paragraphs[0].text == "Draft of November 28, 2026\t\tPage 1 of 1"
    instr = [t.strip() for t in sec.footer._element.xpath(".//w:instrText/text()")]
    assert instr == ["PAGE", "NUMPAGES"]
    header_xml = b"".join(parts_matching(draft_bytes, r"word/header\d*\.xml").values())
    assert b"PowerPlusWaterMarkObject" in header_xml and b'string="DRAFT"' in header_xml


def test_final_has_no_draft_marks_and_no_watermark(final_bytes):
    doc = open_doc(final_bytes)
    sec = doc.sections[0]
    assert "DRAFT" not in sec.header.paragraphs[0].text
    assert sec.footer.paragraphs[0].text == "\tPage 1 of 1"
    assert doc.core_properties.content_status == "Final"
    for blob in parts_matching(final_bytes, r"word/(header|footer)\d*\.xml").values():
        assert b"PowerPlusWaterMarkObject" not in blob and b"<v:" not in blob


def test_no_notes_gives_no_comments(final_bytes):
    assert list(open_doc(final_bytes).comments) == []
    for blob in parts_matching(final_bytes, r"word/(comments|document)\.xml").values():
        assert b"<w:comment " not in blob and b"commentRangeStart" not in blob


def test_notes_option_alone_removes_comments():
    data = render_docx(sample_ordinance(), WriterOptions(notes=False))
    assert b"commentReference" not in parts_matching(data, r"word/document\.xml")[
        "word/document.xml"]
    assert list(open_doc(data).comments) == []


def test_line_numbering_only_when_asked(draft_bytes, final_bytes):
    def ln(data):
        return open_doc(data).sections[0]._sectPr.xpath("./w:lnNumType")
    assert ln(draft_bytes) == []
    (el,) = ln(final_bytes)
    assert el.get(f"{{{W}}}countBy") == "1" and el.get(f"{{{W}}}restart") == "newPage"


def test_title_lines_suppress_line_numbers(final_bytes):
    styles = part(final_bytes, "word/styles.xml")
    for sid in ("OrdinanceNumber", "OrdinanceCaption"):
        assert styles.xpath(f'//w:style[@w:styleId="{sid}"]/w:pPr/w:suppressLineNumbers',
                            namespaces=NS)


# --- other readers -------------------------------------------------------------------------------

def test_mammoth_sees_text_refs_blanks_numbering_and_comments(draft_bytes):
    mammoth = pytest.importorskip("mammoth")
    result = mammoth.convert_to_html(io.BytesIO(draft_bytes),
                                     style_map="comment-reference => sup")
    html = result.value
    for needle in ("Section 7(b)", "Section 3(a)(2)(A)(ii)", "[number of days]",
                   "\u201cCity Council\u201d", "Why council approval first",
                   "Sources: Oakland Mun. Code 9.64.030"):
        assert needle in html, needle
    assert "<ol>" in html   # style-linked numbering is resolved into lists
    # only "unrecognised style" notices for our own styles, never a missing style
    for message in result.messages:
        assert message.message.startswith("Unrecognised"), message.message


def test_docx2python_sees_text_comments_and_properties(draft_bytes):
    docx2python = pytest.importorskip("docx2python").docx2python
    with docx2python(io.BytesIO(draft_bytes)) as d:
        body = d.text
        comments = d.comments
        props = d.core_properties
    assert "except as provided in Section 7(b)." in body
    assert "A violation of Section 3(a)(2)(A)(ii) is an infraction." in body
    assert "[date]" in body and "Page 1 of 1" in body
    assert comments[0][:3] == ("Approval required.", "ordinance-kit", "2026-11-28T00:00:00Z")
    assert comments[0][3].startswith("Why council approval first")
    assert props["contentStatus"] == "Draft"


# --- determinism and performance -----------------------------------------------------------------

def test_same_ordinance_gives_identical_bytes(draft_bytes):
    assert render_docx(sample_ordinance()) == draft_bytes
    z = zipfile.ZipFile(io.BytesIO(draft_bytes))
    assert z.namelist()[0] == "[Content_Types].xml"
    assert {i.date_time for i in z.infolist()} == {(1980, 1, 1, 0, 0, 0)}


def test_no_python_docx_in_doc_props(draft_bytes, final_bytes):
    for data in (draft_bytes, final_bytes):
        for name, blob in parts_matching(data, r"^docProps/").items():
            assert b"python-docx" not in blob, name


def test_render_is_pure_and_the_template_is_package_data(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    render_docx(sample_ordinance())
    assert list(tmp_path.iterdir()) == []


def test_four_hundred_paragraphs_all_reach_the_document():
    # Its speed is measured in bench/bench_render.py, never asserted here.
    big = big_ordinance()
    expected = (1 + len(big.caption) + len(big.recitals) + len(big.enacting)
                + sum(1 + len(s.blocks) for s in big.sections) + len(big.closing))
    paragraphs = body_paragraphs(render_docx(big))
    assert len(paragraphs) >= 400
    assert len(paragraphs) == expected


# --- LibreOffice (optional) ----------------------------------------------------------------------

@pytest.mark.skipif(not (shutil.which("soffice") and shutil.which("pdftotext")),
                    reason="LibreOffice (soffice) or poppler-utils not installed")
def test_libreoffice_renders_numbering_header_and_footer(tmp_path, draft_bytes):
    src = tmp_path / "ord.docx"
    src.write_bytes(draft_bytes)
    subprocess.run(["soffice", f"-env:UserInstallation=file://{tmp_path}/lo_profile",
                    "--headless", "--convert-to", "pdf", "--outdir", str(tmp_path), str(src)],
                   check=True, capture_output=True, timeout=120)
    out = subprocess.run(["pdftotext", "-layout", str(tmp_path / "ord.pdf"), "-"],
                         check=True, capture_output=True, text=True).stdout
    assert re.search(r"Section 3\.\s+Approval required\.", out)
    assert re.search(r"\(a\)\s+A City department", out)
    assert "Page 1 of 2" in out and "Draft of November 28, 2026" in out
    # LibreOffice recomputes REF \w: see docx_writer.REF_SWITCHES for this known difference
    assert "Section 7.(b)" in out and "Section 3 shall include" in out
    assert docx_writer.REF_SWITCHES == r"\w \h"


# --- numbering consistency ------------------------------------------------------------------------

def test_fixture_labels_agree_with_word_numbering():
    assert docx_writer.numbering_mismatches(sample_ordinance()) == []
    assert docx_writer.numbering_mismatches(big_ordinance()) == []


def test_numbering_mismatch_is_reported():
    o = sample_ordinance()
    skipped = Section(8, "Gap.", "gap", (num(1, "(a)", T("a")), num(1, "(c)", T("c")),
                                         num(2, "(1)", T("1")), num(1, "(d)", T("d"))))
    wrong = dataclasses.replace(o, sections=o.sections + (dataclasses.replace(skipped,
                                                                              number=9),))
    found = docx_writer.numbering_mismatches(wrong)
    assert any("Word shows Section 8." in f for f in found)
    assert any("Word shows (b), model says (c)" in f for f in found)
    assert any("Word shows (c), model says (d)" in f for f in found)


def test_word_label_formats():
    assert [docx_writer._WORD_LABEL[4](n) for n in (1, 4, 9, 14)] == [
        "(i)", "(iv)", "(ix)", "(xiv)"]
    assert docx_writer._WORD_LABEL[1](27) == "(aa)"
    assert docx_writer._WORD_LABEL[3](2) == "(B)"


def test_duplicate_anchor_gets_one_bookmark():
    o = sample_ordinance()
    s = Section(8, "Twice.", "twice", (text(T("one"), anchor="dup"), text(T("two"),
                                                                       anchor="dup")))
    data = render_docx(dataclasses.replace(o, sections=o.sections + (s,)))
    names = part(data, "word/document.xml").xpath("//w:bookmarkStart/@w:name", namespaces=NS)
    assert names.count("dup") == 1
