"""Build ordinance-kit's own Word template, `ordinance_kit/writers/base.docx`.

Run `python -m ordinance_kit.writers.make_template` after changing anything here and commit the
result; a test checks the committed file is what this script builds (the build is
byte-reproducible). The template starts from python-docx's default and fixes its known
problems (docx-tech.md §1): stale stylesWithEffects.xml, a thumbnail of another document, a
customXml item, `w:zoom` without percent, "python-docx" core properties, missing comment styles.

The style names are the contract with city staff (they reuse them in Word) and with
docx_writer (which refers to them by the fixed styleIds in STYLE_IDS).
"""
from __future__ import annotations

import datetime as _dt
import io
from pathlib import Path

from . import ooxml

TEMPLATE_PATH = Path(__file__).with_name("base.docx")
FONT = "Times New Roman"
LIST_NAME = "Ordinance Sections"

# style name -> styleId. Word derives the id from the name (spaces removed); built-in styles
# keep Word's ids (CommentText etc.) so Word maps them to its own.
STYLE_IDS = {
    "Ordinance Number": "OrdinanceNumber",
    "Ordinance Caption": "OrdinanceCaption",
    "Recital": "Recital",
    "Enacting Clause": "EnactingClause",
    "Section Heading": "SectionHeading",
    "Subsection": "Subsection",
    "Paragraph": "Paragraph",
    "Subparagraph": "Subparagraph",
    "Clause": "Clause",
    "Section Text": "SectionText",
    "Signature Line": "SignatureLine",
    "Closing Text": "ClosingText",
    "annotation text": "CommentText",
    "annotation reference": "CommentReference",
    "header": "Header",
    "footer": "Footer",
    "Defined Term": "DefinedTerm",
    "Blank": "Blank",
    "Subdivision Heading": "SubdivisionHeading",
}

# Numbered styles, by list level. Level 0 prints "Section 1." and a tab to 1 inch; levels 1-4
# hang their label half an inch left of the text, each level half an inch deeper (the usual
# municipal-code look: (a) / (1) / (A) / (i)).
NUMBERED_LEVELS = (
    dict(style="Section Heading", fmt="decimal", text="Section %1.", left=0, hanging=0,
         suff="tab", tab=1440),
    dict(style="Subsection", fmt="lowerLetter", text="(%2)", left=720, hanging=720),
    dict(style="Paragraph", fmt="decimal", text="(%3)", left=1440, hanging=720),
    dict(style="Subparagraph", fmt="upperLetter", text="(%4)", left=2160, hanging=720),
    dict(style="Clause", fmt="lowerRoman", text="(%5)", left=2880, hanging=720),
)

_TEMPLATE_DATE = _dt.datetime(2026, 1, 1, 0, 0, 0)

_APP_XML = (
    "<?xml version='1.0' encoding='UTF-8' standalone='yes'?>\n"
    '<Properties xmlns="http://schemas.openxmlformats.org/officeDocument/2006/extended-properties"'
    ' xmlns:vt="http://schemas.openxmlformats.org/officeDocument/2006/docPropsVTypes">'
    "<Template>Normal.dotm</Template><Application>ordinance-kit</Application>"
    "<DocSecurity>0</DocSecurity><ScaleCrop>false</ScaleCrop><LinksUpToDate>false</LinksUpToDate>"
    "<SharedDoc>false</SharedDoc><HyperlinksChanged>false</HyperlinksChanged></Properties>"
).encode()


def _drop_rels(source, reltypes: tuple[str, ...]) -> None:
    """Remove relationships (and so the parts, which save() reaches only through rels)."""
    for rId, rel in list(source.rels.items()):
        if rel.reltype.rsplit("/", 1)[-1] in reltypes:
            del source.rels[rId]
            source.rels._target_parts_by_rId.pop(rId, None)


def _set_fonts(doc) -> None:
    """Times New Roman 12 everywhere: docDefaults use theme fonts (Calibri/Cambria) by default."""
    from docx.oxml import parse_xml
    from docx.oxml.ns import nsdecls, qn
    rPr = doc.styles.element.find(qn("w:docDefaults")).find(qn("w:rPrDefault")).find(qn("w:rPr"))
    for tag in ("w:rFonts", "w:sz", "w:szCs"):
        for old in rPr.findall(qn(tag)):
            rPr.remove(old)
    rPr.insert(0, parse_xml(f'<w:rFonts {nsdecls("w")} w:ascii="{FONT}" w:hAnsi="{FONT}" '
                            f'w:eastAsia="{FONT}" w:cs="{FONT}"/>'))
    rPr.append(parse_xml(f'<w:sz {nsdecls("w")} w:val="24"/>'))
    rPr.append(parse_xml(f'<w:szCs {nsdecls("w")} w:val="24"/>'))
    normal = doc.styles["Normal"]
    normal.font.name = FONT
    normal.font.size = _pt(12)
    normal.paragraph_format.space_after = 0
    normal.paragraph_format.space_before = 0
    normal.paragraph_format.line_spacing = 1.0


def _pt(v):
    from docx.shared import Pt
    return Pt(v)


def _twips(v):
    from docx.shared import Twips
    return Twips(v)


def _para_style(doc, name, *, align=None, bold=False, caps=False, italic=False,
                before=0, after=12, first=None, left=None, right=None, keep_next=False,
                keep_lines=False, size=None, base="Normal", next_style=None, no_lines=False):
    from docx.enum.style import WD_STYLE_TYPE
    st = doc.styles.add_style(name, WD_STYLE_TYPE.PARAGRAPH)
    st.style_id = STYLE_IDS[name]
    st.base_style = doc.styles[base]
    st.quick_style = True
    pf = st.paragraph_format
    if align is not None:
        pf.alignment = align
    pf.space_before = _pt(before)
    pf.space_after = _pt(after)
    if first is not None:
        pf.first_line_indent = _twips(first)
    if left is not None:
        pf.left_indent = _twips(left)
    if right is not None:
        pf.right_indent = _twips(right)
    pf.keep_with_next = keep_next or None
    pf.keep_together = keep_lines or None
    st.font.bold = bold or None
    st.font.all_caps = caps or None
    st.font.italic = italic or None
    if size:
        st.font.size = _pt(size)
    if no_lines:
        ooxml.suppress_line_numbers(st.element.get_or_add_pPr())
    if next_style:
        st.next_paragraph_style = doc.styles[next_style]
    return st


def _char_style(doc, name, *, bold=False, italic=False, highlight=None, size=None):
    from docx.enum.style import WD_STYLE_TYPE
    st = doc.styles.add_style(name, WD_STYLE_TYPE.CHARACTER)
    st.style_id = STYLE_IDS[name]
    st.quick_style = True
    st.font.bold = bold or None
    st.font.italic = italic or None
    if highlight is not None:
        st.font.highlight_color = highlight
        ooxml.set_run_shading(st.element.get_or_add_rPr(), "FFFF00")
    if size:
        st.font.size = _pt(size)
    return st


def _add_styles(doc) -> None:
    from docx.enum.text import WD_ALIGN_PARAGRAPH as AL, WD_COLOR_INDEX
    J, C = AL.JUSTIFY, AL.CENTER
    _para_style(doc, "Ordinance Number", align=C, bold=True, caps=True, after=12,
                keep_next=True, no_lines=True)
    _para_style(doc, "Ordinance Caption", align=C, bold=True, caps=True, after=12,
                left=720, right=720, keep_next=True, no_lines=True)
    _para_style(doc, "Recital", align=J, first=720, after=12)
    _para_style(doc, "Enacting Clause", align=J, first=720, after=12, keep_next=True)
    _para_style(doc, "Section Text", align=J, first=720, after=12)
    _para_style(doc, "Section Heading", bold=True, before=6, after=12, keep_next=True,
                keep_lines=True, next_style="Section Text")
    for name in ("Subsection", "Paragraph", "Subparagraph", "Clause"):
        _para_style(doc, name, align=J, after=12)
    _para_style(doc, "Signature Line", before=36, after=12, left=4320, keep_lines=True)
    # left-aligned: the fill-in lines of the adoption record would stretch a justified line
    # keep-with-next: "ATTEST:" and "APPROVED AS TO FORM:" stay on the page of the line they
    # introduce, and the vote record stays with the first signature
    _para_style(doc, "Closing Text", align=AL.LEFT, first=720, after=12, keep_next=True)
    _para_style(doc, "annotation text", after=0, size=10)
    for name in ("header", "footer"):
        st = doc.styles[name]
        st.font.size = _pt(10)
    _char_style(doc, "annotation reference", size=8)
    _char_style(doc, "Defined Term", bold=True)
    _char_style(doc, "Blank", bold=True, highlight=WD_COLOR_INDEX.YELLOW)
    _char_style(doc, "Subdivision Heading", italic=True)


def _add_numbering(doc) -> int:
    levels = [dict(lv, style_id=STYLE_IDS[lv["style"]]) for lv in NUMBERED_LEVELS]
    return ooxml.add_multilevel_list(doc.part.numbering_part.element, doc.styles.element,
                                     LIST_NAME, levels)


def _page_setup(doc) -> None:
    from docx.shared import Inches
    sec = doc.sections[0]
    sec.page_width, sec.page_height = Inches(8.5), Inches(11)
    sec.left_margin = sec.right_margin = Inches(1)
    sec.top_margin = sec.bottom_margin = Inches(1)
    sec.header_distance = sec.footer_distance = Inches(0.5)


def _core_properties(doc) -> None:
    cp = doc.core_properties
    cp.author = "ordinance-kit"
    cp.last_modified_by = "ordinance-kit"
    cp.comments = ""
    cp.title = "Ordinance template"
    cp.created = cp.modified = _TEMPLATE_DATE
    cp.revision = 1


def build_template() -> bytes:
    """The template's bytes (identical on every build)."""
    import docx
    doc = docx.Document()
    _drop_rels(doc.part, ("stylesWithEffects", "customXml"))
    _drop_rels(doc.part.package, ("thumbnail",))
    for part in doc.part.package.iter_parts():
        if part.partname == "/docProps/app.xml":
            part._blob = _APP_XML   # claims "Microsoft Macintosh Word" otherwise
    ooxml.fix_zoom(doc.settings.element)
    _set_fonts(doc)
    _add_styles(doc)
    _add_numbering(doc)
    _page_setup(doc)
    _core_properties(doc)
    buf = io.BytesIO()
    doc.save(buf)
    return ooxml.repack_reproducible(buf.getvalue())


def main() -> None:
    TEMPLATE_PATH.write_bytes(build_template())
    print(f"wrote {TEMPLATE_PATH}")


if __name__ == "__main__":
    main()
