"""Unit tests for the raw OOXML helpers (ordinance_kit/writers/ooxml.py) and the base template.

Each helper is exercised on a tiny document that is then schema-validated with
tests/ooxml_validate.py (skipped when ../shared/ooxml-xsd is absent)."""
from __future__ import annotations

import datetime as dt
import io
import zipfile

import pytest

import docx_helpers  # noqa: F401  (puts the repo root on sys.path)
import docx
from docx.oxml.ns import qn
from lxml import etree

from ooxml_validate import needs_xsd, validate_docx
from ordinance_kit.writers import make_template, ooxml

W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
NS = {"w": W}


def xp(el, path):
    """XPath with the w prefix on any element (python-docx and plain lxml ones alike)."""
    return etree.XPath(path, namespaces=NS)(el)


def base_doc():
    return docx.Document(str(make_template.TEMPLATE_PATH))


def save(doc) -> bytes:
    buf = io.BytesIO()
    doc.save(buf)
    return buf.getvalue()


def body_p(doc, style="SectionText"):
    p = doc.element.body.add_p()
    p.style = style
    return p


# --- text ----------------------------------------------------------------------------------------

def test_clean_text_strips_control_characters_but_keeps_tab_and_newline():
    assert ooxml.clean_text("a\x00b\x0bc\x1fd\ufffe") == "abcd"
    assert ooxml.clean_text("a\tb\nc") == "a\tb\nc"


def test_add_run_sets_text_and_character_style():
    doc = base_doc()
    p = body_p(doc)
    r = ooxml.add_run(p, "Blank\x07 text", "Blank")
    assert r.style == "Blank" and r.text == "Blank text"


# --- bookmarks -----------------------------------------------------------------------------------

@pytest.mark.parametrize("anchor", [
    "approval_required.a.2", "1st-section", "x" * 80, "with space", "_hidden"])
def test_bookmark_name_is_valid_for_word(anchor):
    name = ooxml.bookmark_name(anchor)
    assert name[0].isalpha() and len(name) <= 40
    assert all(c.isalnum() or c == "_" for c in name)


def test_long_bookmark_names_stay_distinct():
    a, b = "s" * 50 + ".a", "s" * 50 + ".b"
    assert ooxml.bookmark_name(a) != ooxml.bookmark_name(b)
    # The suffix is a content hash (sha1 of the anchor), not Python's per-process hash(), so
    # the same anchor gives the same name in every run: output bytes depend on it.
    assert ooxml.bookmark_name(a) == "s" * 31 + "_73dc6e07"
    assert ooxml.bookmark_name("short_one") == "short_one"


def test_add_bookmark_wraps_paragraph_and_rejects_bad_names():
    doc = base_doc()
    p = body_p(doc)
    ooxml.add_run(p, "text")
    ooxml.add_bookmark(p, "sec_1", 7)
    kids = [etree.QName(c).localname for c in p]
    assert kids == ["pPr", "bookmarkStart", "r", "bookmarkEnd"]
    assert p[1].get(qn("w:name")) == "sec_1" and p[1].get(qn("w:id")) == "7"
    with pytest.raises(ValueError):
        ooxml.add_bookmark(p, "has space", 8)
    with pytest.raises(ValueError):
        ooxml.add_bookmark(p, "1digit", 9)


# --- fields --------------------------------------------------------------------------------------

def test_add_field_writes_complex_field_with_cached_result():
    doc = base_doc()
    p = body_p(doc)
    ooxml.add_field(p, "PAGE", "3", "Blank")
    kinds = [r.find(qn("w:fldChar")).get(qn("w:fldCharType"))
             for r in p.r_lst if r.find(qn("w:fldChar")) is not None]
    assert kinds == ["begin", "separate", "end"]
    assert p.xpath("string(.//w:instrText)") == " PAGE "
    assert p.r_lst[3].text == "3" and p.r_lst[3].style == "Blank"


@needs_xsd
def test_fields_and_bookmarks_validate_and_ref_targets_are_checked():
    doc = base_doc()
    target = body_p(doc, "Subsection")
    ooxml.add_run(target, "target")
    ooxml.add_bookmark(target, "target_a", 1)
    p = body_p(doc)
    ooxml.add_field(p, "REF target_a \\w \\h", "Section 1(a)")
    assert validate_docx(save(doc)) == []
    ooxml.add_field(p, "REF nowhere \\w \\h", "Section 9")
    ooxml.add_bookmark(p, "target_a", 2)
    findings = validate_docx(save(doc))
    assert any("missing bookmark 'nowhere'" in f for f in findings)
    assert any("duplicate bookmark name" in f for f in findings)


# --- numbering -----------------------------------------------------------------------------------

def test_multilevel_list_is_linked_to_styles_both_ways():
    doc = docx.Document()
    from docx.enum.style import WD_STYLE_TYPE
    for sid in ("L0", "L1"):
        doc.styles.add_style(sid, WD_STYLE_TYPE.PARAGRAPH)
    numbering = doc.part.numbering_part.element
    num_id = ooxml.add_multilevel_list(numbering, doc.styles.element, "Test List", [
        dict(fmt="decimal", text="Section %1.", style_id="L0", left=0, hanging=0),
        dict(fmt="lowerLetter", text="(%2)", style_id="L1", left=720, hanging=720)])
    children = [etree.QName(c).localname for c in numbering]
    assert children.index("num") > max(i for i, c in enumerate(children) if c == "abstractNum")
    abstract = numbering.xpath('./w:abstractNum[w:name/@w:val="Test List"]')[0]
    assert xp(abstract, "./w:lvl/w:pStyle/@w:val") == ["L0", "L1"]
    assert xp(abstract, "./w:lvl/w:lvlText/@w:val") == ["Section %1.", "(%2)"]
    l0, l1 = (doc.styles.element.xpath(f'./w:style[@w:styleId="{s}"]')[0] for s in ("L0", "L1"))
    assert l0.xpath("string(./w:pPr/w:numPr/w:numId/@w:val)") == str(num_id)
    assert l0.xpath("./w:pPr/w:numPr/w:ilvl") == []
    assert l1.xpath("string(./w:pPr/w:numPr/w:ilvl/@w:val)") == "1"
    abs_id = abstract.get(qn("w:abstractNumId"))
    assert numbering.xpath(f'string(./w:num[@w:numId="{num_id}"]/w:abstractNumId/@w:val)') \
        == abs_id


@needs_xsd
def test_multilevel_list_validates_and_bad_numid_is_caught():
    doc = base_doc()
    p = body_p(doc, "Subsection")
    ooxml.add_run(p, "x")
    assert validate_docx(save(doc)) == []
    numPr = p.get_or_add_pPr().get_or_add_numPr()
    numPr.get_or_add_numId().val = 99
    assert any("numId 99" in f for f in validate_docx(save(doc)))


# --- line numbering and paragraph properties -----------------------------------------------------

def test_line_numbering_goes_before_pgNumType_and_cols_and_replaces_old():
    doc = base_doc()
    sectPr = doc.sections[0]._sectPr
    ooxml.set_line_numbering(sectPr)
    ooxml.set_line_numbering(sectPr, count_by=5)
    names = [etree.QName(c).localname for c in sectPr]
    assert names.count("lnNumType") == 1
    assert names.index("lnNumType") > names.index("pgMar")
    assert names.index("lnNumType") < names.index("cols")
    assert sectPr.find(qn("w:lnNumType")).get(qn("w:countBy")) == "5"


def test_suppress_line_numbers_respects_pPr_order():
    doc = base_doc()
    p = body_p(doc)
    pPr = p.get_or_add_pPr()
    from docx.enum.text import WD_ALIGN_PARAGRAPH
    pPr.jc_val = WD_ALIGN_PARAGRAPH.CENTER  # jc comes after suppressLineNumbers in CT_PPr
    ooxml.suppress_line_numbers(pPr)
    ooxml.suppress_line_numbers(pPr)
    names = [etree.QName(c).localname for c in pPr]
    assert names == ["pStyle", "suppressLineNumbers", "jc"]


@needs_xsd
def test_line_numbering_validates_and_misplaced_lnNumType_is_caught():
    doc = base_doc()
    ooxml.set_line_numbering(doc.sections[0]._sectPr)
    ooxml.suppress_line_numbers(body_p(doc).get_or_add_pPr())
    assert validate_docx(save(doc)) == []
    sectPr = doc.sections[0]._sectPr
    sectPr.append(sectPr.find(qn("w:lnNumType")))  # wrong place: after cols/docGrid
    assert any("lnNumType" in f for f in validate_docx(save(doc)))


# --- watermark, settings -------------------------------------------------------------------------

@needs_xsd
def test_watermark_vml_validates():
    doc = base_doc()
    hp = doc.sections[0].header.paragraphs[0]._p
    ooxml.add_watermark(hp, "DRAFT")
    data = save(doc)
    assert validate_docx(data) == []
    header = next(n for n in zipfile.ZipFile(io.BytesIO(data)).namelist() if "header" in n)
    xml = zipfile.ZipFile(io.BytesIO(data)).read(header).decode()
    assert 'string="DRAFT"' in xml and "PowerPlusWaterMarkObject" in xml


@needs_xsd
def test_watermark_with_bad_vml_attribute_is_caught():
    doc = base_doc()
    hp = doc.sections[0].header.paragraphs[0]._p
    ooxml.add_watermark(hp, "DRAFT")
    shape = hp.find(".//{urn:schemas-microsoft-com:vml}shape")
    shape.set("stroked", "maybe")
    assert validate_docx(save(doc)) != []


def test_fix_zoom_adds_required_percent():
    doc = docx.Document()
    settings = doc.settings.element
    assert settings.find(qn("w:zoom")).get(qn("w:percent")) is None
    ooxml.fix_zoom(settings)
    assert settings.find(qn("w:zoom")).get(qn("w:percent")) == "100"


@needs_xsd
def test_plain_python_docx_zoom_is_caught_by_the_validator():
    doc = docx.Document()
    assert any("percent" in f for f in validate_docx(save(doc)))


# --- comments ------------------------------------------------------------------------------------

def _commented(use_ooxml: bool, title: str, runs: int) -> tuple[bytes, bytes]:
    """document.xml and comments.xml of two notes on paragraphs of `runs` runs each."""
    doc = base_doc()
    when = dt.datetime(2026, 11, 28, tzinfo=dt.timezone.utc)
    for n in range(2):
        p = doc.add_paragraph()
        for i in range(runs):
            p.add_run(f"run {n}.{i} ")
        if use_ooxml:
            comments = doc.part._comments_part.element
            ooxml.add_comment(comments, n, p.runs[0]._r, p.runs[-1]._r, title, "ordinance-kit",
                              "OK", when)
        else:      # python-docx's own way, then the fixed date (what the writer did before)
            c = doc.add_comment(p.runs, text=title, author="ordinance-kit", initials="OK")
            c._comment_elm.date = when
    data = save(doc)
    z = zipfile.ZipFile(io.BytesIO(data))
    return z.read("word/document.xml"), z.read("word/comments.xml")


@pytest.mark.parametrize("title, runs", [("Why approval first", 1), ("  spaced  ", 3), ("", 2)])
def test_add_comment_writes_what_python_docx_writes(title, runs):
    assert _commented(True, title, runs) == _commented(False, title, runs)


def test_add_comment_date_and_range_read_back():
    document_xml, comments_xml = _commented(True, "Note title", 2)
    assert b'w:date="2026-11-28T00:00:00Z"' in comments_xml
    assert document_xml.count(b"<w:commentRangeStart") == 2
    assert document_xml.count(b"<w:commentReference") == 2


def rewrite_part(data: bytes, name: str, fn) -> bytes:
    src = zipfile.ZipFile(io.BytesIO(data))
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w") as dst:
        for n in src.namelist():
            blob = src.read(n)
            dst.writestr(n, fn(blob) if n == name else blob)
    return out.getvalue()


# --- reproducible zip ----------------------------------------------------------------------------

def test_repack_is_reproducible_and_preserves_content():
    doc = base_doc()
    doc.add_paragraph("hello")
    one, two = ooxml.repack_reproducible(save(doc)), ooxml.repack_reproducible(save(doc))
    assert one == two
    z = zipfile.ZipFile(io.BytesIO(one))
    infos = z.infolist()
    assert infos[0].filename == "[Content_Types].xml"
    assert {i.date_time for i in infos} == {(1980, 1, 1, 0, 0, 0)}
    original = zipfile.ZipFile(io.BytesIO(save(doc)))
    assert sorted(z.namelist()) == sorted(original.namelist())
    for name in z.namelist():
        assert z.read(name) == original.read(name)


def test_repack_moves_content_types_first():
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w") as z:
        z.writestr("b.xml", "<b/>")
        z.writestr("[Content_Types].xml", "<Types/>")
        z.writestr("a.xml", "<a/>")
    names = zipfile.ZipFile(io.BytesIO(ooxml.repack_reproducible(out.getvalue()))).namelist()
    assert names == ["[Content_Types].xml", "b.xml", "a.xml"]


# --- the base template ---------------------------------------------------------------------------

def test_committed_template_is_up_to_date_and_reproducible():
    built = make_template.build_template()
    assert built == make_template.build_template()
    # Compare entries, not zip bytes: another zlib version may deflate differently.
    new = zipfile.ZipFile(io.BytesIO(built))
    old = zipfile.ZipFile(make_template.TEMPLATE_PATH)
    assert new.namelist() == old.namelist()
    stale = [n for n in new.namelist() if new.read(n) != old.read(n)]
    assert not stale, (f"base.docx is stale ({stale}): run "
                       "python -m ordinance_kit.writers.make_template and commit it")


def test_template_parts_and_properties():
    z = zipfile.ZipFile(make_template.TEMPLATE_PATH)
    names = z.namelist()
    assert not [n for n in names if "stylesWithEffects" in n or "thumbnail" in n
                or n.startswith("customXml")]
    for n in names:
        if n.startswith("docProps/"):
            assert b"python-docx" not in z.read(n), n
    settings = etree.fromstring(z.read("word/settings.xml"))
    assert settings.find(qn("w:zoom")).get(qn("w:percent")) == "100"
    doc = base_doc()
    assert doc.core_properties.created == dt.datetime(2026, 1, 1, tzinfo=dt.timezone.utc)
    sec = doc.sections[0]
    assert (sec.page_width.inches, sec.page_height.inches) == (8.5, 11)
    assert {sec.left_margin.inches, sec.right_margin.inches, sec.top_margin.inches,
            sec.bottom_margin.inches} == {1.0}


def test_template_styles_have_fixed_ids():
    doc = base_doc()
    for name, sid in make_template.STYLE_IDS.items():
        assert doc.styles[name].style_id == sid, name
    assert doc.styles["Defined Term"].font.bold
    assert doc.styles["Subdivision Heading"].font.italic
    assert doc.styles["Blank"].font.highlight_color is not None
    normal = doc.styles["Normal"]
    assert normal.font.name == "Times New Roman" and normal.font.size.pt == 12


def test_template_list_is_linked_to_the_five_numbered_styles():
    doc = base_doc()
    numbering = doc.part.numbering_part.element
    abstract = numbering.xpath('./w:abstractNum[w:name/@w:val="Ordinance Sections"]')[0]
    lvl = lambda path: xp(abstract, f"./w:lvl/{path}/@w:val")  # noqa: E731
    assert lvl("w:pStyle") == [
        "SectionHeading", "Subsection", "Paragraph", "Subparagraph", "Clause"]
    assert lvl("w:lvlText") == ["Section %1.", "(%2)", "(%3)", "(%4)", "(%5)"]
    assert lvl("w:numFmt") == [
        "decimal", "lowerLetter", "decimal", "upperLetter", "lowerRoman"]
    num_ids = set()
    for ilvl, sid in enumerate(["SectionHeading", "Subsection", "Paragraph", "Subparagraph",
                                "Clause"]):
        style = doc.styles.element.xpath(f'./w:style[@w:styleId="{sid}"]')[0]
        num_ids.add(style.xpath("string(./w:pPr/w:numPr/w:numId/@w:val)"))
        assert style.xpath("string(./w:pPr/w:numPr/w:ilvl/@w:val)") == (str(ilvl) if ilvl
                                                                          else "")
    assert len(num_ids) == 1


@needs_xsd
def test_template_validates():
    assert validate_docx(make_template.TEMPLATE_PATH.read_bytes()) == []


@needs_xsd
def test_run_shading_validates_in_schema_order():
    doc = base_doc()
    p = body_p(doc)
    r = ooxml.add_run(p, "blank", "Blank")
    rPr = r.get_or_add_rPr()
    rPr.get_or_add_b()
    ooxml.set_run_shading(rPr, "FFFF00")
    ooxml.set_run_shading(rPr, "FFFF00")
    assert [etree.QName(c).localname for c in rPr] == ["rStyle", "b", "shd"]
    assert validate_docx(save(doc)) == []


def test_blank_style_is_highlighted_and_shaded():
    style = base_doc().styles["Blank"].element
    assert xp(style, "./w:rPr/w:highlight/@w:val") == ["yellow"]
    assert xp(style, "./w:rPr/w:shd/@w:fill") == ["FFFF00"]
