"""The one module that writes raw OOXML (things python-docx 1.2 has no API for).

Everything here works on lxml elements (python-docx oxml objects) or on the saved zip bytes,
never on ordinance content, so each helper can be unit-tested and schema-validated on a tiny
document. Element order inside WordprocessingML containers is fixed by the schema, so helpers
insert children at their schema position rather than appending.
"""
from __future__ import annotations

import datetime as _dt
import hashlib
import io
import re
import zipfile
from typing import Iterable, Sequence

from docx.oxml import OxmlElement, parse_xml
from docx.oxml.ns import nsdecls, qn
from lxml import etree

_WNS = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
_W_P, _W_PPR, _W_PSTYLE = _WNS + "p", _WNS + "pPr", _WNS + "pStyle"
_W_R, _W_RPR, _W_RSTYLE, _W_T, _W_VAL = (_WNS + "r", _WNS + "rPr", _WNS + "rStyle", _WNS + "t",
                                         _WNS + "val")
_W_FLDCHAR, _W_FLDCHARTYPE, _W_INSTR = _WNS + "fldChar", _WNS + "fldCharType", _WNS + "instrText"
_XML_SPACE = "{http://www.w3.org/XML/1998/namespace}space"
_W_ID, _W_NAME = _WNS + "id", _WNS + "name"
_SubElement = etree.SubElement

# --- text -------------------------------------------------------------------------------------

# Characters XML 1.0 cannot carry; lxml refuses them when text is set, so strip at the boundary.
_XML_INVALID = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ufffe\uffff\ud800-\udfff]")


def clean_text(text: str) -> str:
    """Make `text` safe for XML: drop control characters (tab and newline are kept: python-docx
    turns them into w:tab / w:br)."""
    return _XML_INVALID.sub("", text)


def add_run(p, text: str, rstyle: str | None = None):
    """Append a `w:r` with `text` (and character style id `rstyle`) to paragraph element `p`.

    Works on the oxml element directly: going through python-docx's Paragraph/Run objects and
    style lookup by name costs ~80% of render time (see docx-tech.md §1). The elements are made
    with lxml's SubElement (same classes, same XML as p.add_r() / r.style / r.text, a third of
    the cost); text with a tab or line break goes through python-docx (w:tab / w:br)."""
    r = _SubElement(p, _W_R)
    if rstyle:
        _SubElement(_SubElement(r, _W_RPR), _W_RSTYLE).set(_W_VAL, rstyle)
    if text:
        text = clean_text(text)
        if _RUN_SPECIAL.search(text) is None:
            t = _SubElement(r, _W_T)
            t.text = text
            if len(text.strip()) < len(text):
                t.set(_XML_SPACE, "preserve")
        else:
            r.text = text
    return r


def add_paragraph(body, style_id: str, before=None):
    """A new `w:p` with paragraph style id `style_id`, inserted before `before` (the body's
    sectPr) or appended: the XML of body.add_p() + p.style = style_id, built directly."""
    p = body.makeelement(_W_P)
    _SubElement(_SubElement(p, _W_PPR), _W_PSTYLE).set(_W_VAL, style_id)
    if before is not None:
        before.addprevious(p)
    else:
        body.append(p)
    return p


_RUN_SPECIAL = re.compile("[\t\r\n]")


# --- numbering ---------------------------------------------------------------------------------

# xml.sax.saxutils has these two, but importing it pulls in urllib.request, http.client and
# email (45-55 ms CPU of every build, measured on a loaded machine); these are its exact rules.
def escape(text: str) -> str:
    return text.replace("&", "&amp;").replace(">", "&gt;").replace("<", "&lt;")


def quoteattr(text: str) -> str:
    text = escape(text).replace("\n", "&#10;").replace("\r", "&#13;").replace("\t", "&#9;")
    if '"' not in text:
        return f'"{text}"'
    if "'" not in text:
        return f"'{text}'"
    return '"' + text.replace('"', "&quot;") + '"'


def _lvl_xml(ilvl: int, fmt: str, text: str, style_id: str, left: int, hanging: int,
             suff: str, tab: int | None) -> str:
    tabs = f'<w:tabs><w:tab w:val="num" w:pos="{tab}"/></w:tabs>' if tab else ""
    return (
        f'<w:lvl w:ilvl="{ilvl}"><w:start w:val="1"/><w:numFmt w:val="{fmt}"/>'
        f'<w:pStyle w:val="{style_id}"/><w:suff w:val="{suff}"/>'
        f'<w:lvlText w:val={quoteattr(text)}/><w:lvlJc w:val="left"/>'
        f'<w:pPr>{tabs}<w:ind w:left="{left}" w:hanging="{hanging}"/></w:pPr></w:lvl>'
    )


def add_multilevel_list(numbering, styles, name: str, levels: Sequence[dict]) -> int:
    """Add a multilevel list linked to paragraph styles both ways and return its numId.

    `numbering` is the CT_Numbering root, `styles` the CT_Styles root; each level dict has
    fmt, text, style_id, left, hanging, and optionally suff ("tab"/"space") and tab. Linking
    both ways (lvl/pStyle and style/pPr/numPr) is Word's "list linked to styles": paragraphs
    carry only a style, and staff who pick the style in Word get the right number.
    """
    abs_ids = [int(x) for x in numbering.xpath("./w:abstractNum/@w:abstractNumId")]
    abs_id = max(abs_ids, default=-1) + 1
    # nsid is Word's identity for the list when pasting between documents; derive it from the
    # name so rebuilding the template gives the same bytes.
    nsid = hashlib.sha1(name.encode()).hexdigest()[:8].upper()
    lvls = "".join(
        _lvl_xml(i, lv["fmt"], lv["text"], lv["style_id"], lv["left"], lv["hanging"],
                 lv.get("suff", "tab"), lv.get("tab"))
        for i, lv in enumerate(levels))
    abstract = parse_xml(
        f'<w:abstractNum {nsdecls("w")} w:abstractNumId="{abs_id}"><w:nsid w:val="{nsid}"/>'
        f'<w:multiLevelType w:val="multilevel"/><w:name w:val={quoteattr(name)}/>{lvls}'
        f'</w:abstractNum>')
    # Schema order: every w:abstractNum precedes every w:num.
    first_num = numbering.find(qn("w:num"))
    if first_num is not None:
        first_num.addprevious(abstract)
    else:
        numbering.append(abstract)
    num_id = int(numbering.add_num(abs_id).numId)
    for ilvl, lv in enumerate(levels):
        style = styles.xpath(f'./w:style[@w:styleId="{lv["style_id"]}"]')[0]
        link_style_to_list(style, num_id, ilvl)
    return num_id


def link_style_to_list(style, num_id: int, ilvl: int) -> None:
    """Give paragraph style element `style` a numPr (numId, and ilvl when not 0)."""
    pPr = style.get_or_add_pPr()
    numPr = pPr.get_or_add_numPr()
    if ilvl:
        numPr.get_or_add_ilvl().val = ilvl
    numPr.get_or_add_numId().val = num_id


# --- fields --------------------------------------------------------------------------------------

def _fld_char(p, kind: str) -> None:
    _SubElement(_SubElement(p, _W_R), _W_FLDCHAR).set(_W_FLDCHARTYPE, kind)


def add_field(p, instr: str, cached: str, rstyle: str | None = None) -> None:
    """Append a complex field (begin / instrText / separate / cached result / end) to `p`.

    The cached result is what every reader that does not recompute fields shows (mammoth,
    docx2python, pandoc, Word until F9), so it must already be the final text."""
    _fld_char(p, "begin")
    it = _SubElement(_SubElement(p, _W_R), _W_INSTR)
    it.set(_XML_SPACE, "preserve")
    it.text = f" {instr} "
    _fld_char(p, "separate")
    add_run(p, cached, rstyle)
    _fld_char(p, "end")


# --- bookmarks -----------------------------------------------------------------------------------

_BOOKMARK_OK = re.compile(r"^[A-Za-z][A-Za-z0-9_]{0,39}$")


def bookmark_name(anchor: str) -> str:
    """A Word bookmark name for an anchor: letters, digits and `_`, starting with a letter,
    at most 40 characters (Word silently drops longer or odd names). Long names keep a hash
    suffix so two long anchors with the same prefix stay distinct."""
    name = re.sub(r"[^A-Za-z0-9_]", "_", anchor)
    if not name[:1].isalpha():
        name = "a_" + name
    if len(name) > 40:
        digest = hashlib.sha1(anchor.encode()).hexdigest()[:8]
        name = name[:31] + "_" + digest
    return name


def add_bookmark(p, name: str, bm_id: int) -> None:
    """Bookmark the whole paragraph `p` (start after pPr, end at the end): Word's numbered-item
    cross-references need the bookmark to cover the paragraph that carries the number."""
    if not _BOOKMARK_OK.match(name):
        raise ValueError(f"invalid bookmark name {name!r}")
    start = p.makeelement(_WNS + "bookmarkStart", {_W_ID: str(bm_id), _W_NAME: name})
    end = p.makeelement(_WNS + "bookmarkEnd", {_W_ID: str(bm_id)})
    pPr = p.find(_W_PPR)
    if pPr is not None:
        pPr.addnext(start)
    else:
        p.insert(0, start)
    p.append(end)


# --- custom XML -----------------------------------------------------------------------------------

def add_custom_xml(document_part, item: bytes, props: bytes, n: int = 1) -> None:
    """Add customXml/itemN.xml (`item`, any XML) with its itemPropsN.xml (`props`), related
    from the main document part: Word's data store, which Word and LibreOffice keep on save."""
    from docx.opc.constants import CONTENT_TYPE as CT, RELATIONSHIP_TYPE as RT
    from docx.opc.packuri import PackURI
    from docx.opc.part import Part

    package = document_part.package
    item_part = Part(PackURI(f"/customXml/item{n}.xml"), CT.XML, item, package)
    props_part = Part(PackURI(f"/customXml/itemProps{n}.xml"), CT.OFC_CUSTOM_XML_PROPERTIES,
                      props, package)
    item_part.relate_to(props_part, RT.CUSTOM_XML_PROPS)
    document_part.relate_to(item_part, RT.CUSTOM_XML)


# --- comments ------------------------------------------------------------------------------------

def add_comment(comments, comment_id: int, first_r, last_r, title: str, author: str,
                initials: str, when: _dt.datetime):
    """Add a `w:comment` (id, author, initials, fixed date, first paragraph `title`) to the
    comments part root `comments` and mark runs `first_r`..`last_r` as its range; returns the
    comment element. The same XML, attribute order included, as python-docx's
    `Document.add_comment(runs, text=title, ...)` with the date then fixed, built on the
    elements: python-docx scans every comment id with XPath and builds proxy objects for each
    comment, about a third of the render time of a draft with notes."""
    c = OxmlElement("w:comment", attrs={qn("w:id"): str(comment_id), qn("w:author"): ""})
    c.author = author
    c.initials = initials
    c.date = when
    p = add_paragraph(c, "CommentText")
    ref = _SubElement(p, _W_R)
    _SubElement(_SubElement(ref, _W_RPR), _W_RSTYLE).set(_W_VAL, "CommentReference")
    _SubElement(ref, _WNS + "annotationRef")
    if title:
        add_run(p, title)
    comments.append(c)
    first_r.addprevious(OxmlElement("w:commentRangeStart", attrs={qn("w:id"): str(comment_id)}))
    mark = OxmlElement("w:r")
    _SubElement(_SubElement(mark, _W_RPR), _W_RSTYLE).set(_W_VAL, "CommentReference")
    _SubElement(mark, _WNS + "commentReference").set(qn("w:id"), str(comment_id))
    last_r.addnext(mark)
    last_r.addnext(OxmlElement("w:commentRangeEnd", attrs={qn("w:id"): str(comment_id)}))
    return c


# --- paragraphs and sections ----------------------------------------------------------------------

def suppress_line_numbers(pPr) -> None:
    """Exclude a paragraph (or a style, given its pPr) from section line numbering."""
    el = pPr.find(qn("w:suppressLineNumbers"))
    if el is None:
        el = OxmlElement("w:suppressLineNumbers")
        pPr.insert_element_before(
            el, "w:pBdr", "w:shd", "w:tabs", "w:suppressAutoHyphens", "w:kinsoku",
            "w:wordWrap", "w:overflowPunct", "w:topLinePunct", "w:autoSpaceDE",
            "w:autoSpaceDN", "w:bidi", "w:adjustRightInd", "w:snapToGrid", "w:spacing",
            "w:ind", "w:contextualSpacing", "w:mirrorIndents", "w:suppressOverlap", "w:jc",
            "w:textDirection", "w:textAlignment", "w:textboxTightWrap", "w:outlineLvl",
            "w:divId", "w:cnfStyle", "w:rPr", "w:sectPr", "w:pPrChange")


def set_line_numbering(sectPr, count_by: int = 1, distance: int = 360,
                       restart: str = "newPage") -> None:
    """Turn on line numbering for a section. lnNumType must sit between pgBorders and
    pgNumType in sectPr (appending it is a schema error Word 'repairs')."""
    for old in sectPr.findall(qn("w:lnNumType")):
        sectPr.remove(old)
    el = OxmlElement("w:lnNumType")
    el.set(qn("w:countBy"), str(count_by))
    el.set(qn("w:distance"), str(distance))
    el.set(qn("w:restart"), restart)
    sectPr.insert_element_before(
        el, "w:pgNumType", "w:cols", "w:formProt", "w:vAlign", "w:noEndnote", "w:titlePg",
        "w:textDirection", "w:bidi", "w:rtlGutter", "w:docGrid", "w:printerSettings",
        "w:sectPrChange")


def set_run_shading(rPr, fill: str) -> None:
    """Background shading for runs (or a character style's rPr). Blanks carry both w:highlight
    (Word's highlighter) and this: LibreOffice ignores w:highlight in character styles but
    renders w:shd."""
    for old in rPr.findall(qn("w:shd")):
        rPr.remove(old)
    shd = OxmlElement("w:shd")
    shd.set(qn("w:val"), "clear")
    shd.set(qn("w:color"), "auto")
    shd.set(qn("w:fill"), fill)
    rPr.insert_element_before(
        shd, "w:fitText", "w:vertAlign", "w:rtl", "w:cs", "w:em", "w:lang",
        "w:eastAsianLayout", "w:specVanish", "w:oMath")


# --- watermark ------------------------------------------------------------------------------------

# Word's own text-watermark shapetype (#136, "WordArt plain text"). Using Word's exact form is
# what lets Word list it under Design > Watermark, so staff can remove it there.
_SHAPETYPE = (
    '<v:shapetype id="_x0000_t136" coordsize="21600,21600" o:spt="136" adj="10800" '
    'path="m@7,l@8,m@5,21600l@6,21600e"><v:formulas>'
    + "".join(f'<v:f eqn="{e}"/>' for e in (
        "sum #0 0 10800", "prod #0 2 1", "sum 21600 0 @1", "sum 0 0 @2", "sum 21600 0 @3",
        "if @0 @3 0", "if @0 21600 @1", "if @0 0 @2", "if @0 @4 21600", "mid @5 @6",
        "mid @8 @5", "mid @7 @8", "mid @6 @7", "sum @6 0 @5"))
    + '</v:formulas><v:path textpathok="t" o:connecttype="custom" '
    'o:connectlocs="@9,0;@10,10800;@11,21600;@12,10800" o:connectangles="270,180,90,0"/>'
    '<v:textpath on="t" fitshape="t"/><v:handles><v:h position="#0,bottomRight" '
    'xrange="6629,14971"/></v:handles><o:lock v:ext="edit" text="t" shapetype="t"/>'
    '</v:shapetype>')


_VML_NS = ('xmlns:v="urn:schemas-microsoft-com:vml" xmlns:o="urn:schemas-microsoft-com:office:office" '
           'xmlns:w10="urn:schemas-microsoft-com:office:word"')


def add_watermark(p, text: str = "DRAFT", font: str = "Times New Roman") -> None:
    """Append Word's VML text watermark (grey, diagonal, behind the text) to header paragraph
    `p`. It must go in every header the document uses."""
    style = ("position:absolute;margin-left:0;margin-top:0;width:468pt;height:156pt;"
             "rotation:315;z-index:-251657216;mso-position-horizontal:center;"
             "mso-position-horizontal-relative:margin;mso-position-vertical:center;"
             "mso-position-vertical-relative:margin")
    run = parse_xml(
        f'<w:r {nsdecls("w")} {_VML_NS}>'
        f'<w:rPr><w:noProof/></w:rPr><w:pict>{_SHAPETYPE}'
        f'<v:shape id="PowerPlusWaterMarkObject1" o:spid="_x0000_s2049" type="#_x0000_t136" '
        f'style="{style}" o:allowincell="f" fillcolor="silver" stroked="f">'
        f'<v:fill opacity=".5"/>'
        f'<v:textpath style="font-family:&quot;{escape(font)}&quot;;font-size:1pt" '
        f'string={quoteattr(text)}/><w10:wrap anchorx="margin" anchory="margin"/>'
        f'</v:shape></w:pict></w:r>')
    p.append(run)


# --- settings -------------------------------------------------------------------------------------

def fix_zoom(settings, percent: int = 100) -> None:
    """python-docx's template has `<w:zoom w:val="bestFit"/>` without the w:percent the schema
    requires; Word tolerates it, validators do not."""
    zoom = settings.find(qn("w:zoom"))
    if zoom is not None:
        zoom.set(qn("w:percent"), str(percent))


# --- reproducible package -------------------------------------------------------------------------

FIXED_ZIP_TIME = (1980, 1, 1, 0, 0, 0)


def repack_reproducible(data: bytes) -> bytes:
    """Re-pack a .docx so equal content gives equal bytes: python-docx stamps every zip entry
    with the current time. [Content_Types].xml goes first (some readers sniff it there); the
    other entries keep python-docx's order, which follows the relationship graph and is stable.
    """
    src = zipfile.ZipFile(io.BytesIO(data))
    return _zip_reproducible((name, src.read(name)) for name in src.namelist())


def _zip_reproducible(items: Iterable[tuple[str, bytes]]) -> bytes:
    items = list(items)
    items.sort(key=lambda item: item[0] != "[Content_Types].xml")  # stable: only moves that one
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as dst:
        for name, blob in items:
            info = zipfile.ZipInfo(name, date_time=FIXED_ZIP_TIME)
            info.compress_type = zipfile.ZIP_DEFLATED
            info.create_system = 3                    # "Unix", whatever OS builds it
            info.external_attr = 0o100644 << 16       # a normal -rw-r--r-- file
            dst.writestr(info, blob, compresslevel=6)
    return out.getvalue()


def save_reproducible(document) -> bytes:
    """The bytes repack_reproducible(document.save(...)) gives, zipped once instead of
    deflated, inflated and deflated again. Uses python-docx's own package writer steps (same
    parts, same order) with a collecting writer in place of its zip file."""
    from docx.opc.pkgwriter import PackageWriter

    package = document.part.package
    for part in package.parts:
        part.before_marshal()
    items: list[tuple[str, bytes]] = []

    class _Collect:
        @staticmethod
        def write(pack_uri, blob: bytes) -> None:
            items.append((pack_uri.membername, blob))

    PackageWriter._write_content_types_stream(_Collect, package.parts)
    PackageWriter._write_pkg_rels(_Collect, package.rels)
    PackageWriter._write_parts(_Collect, package.parts)
    return _zip_reproducible(items)
