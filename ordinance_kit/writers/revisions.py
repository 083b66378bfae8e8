"""Tracked changes (w:ins, w:del, paragraph-mark and style revisions) for the redline writer.

The rest of the raw OOXML lives in ooxml.py; this part is used only by writers/redline.py.
"""
from __future__ import annotations

import datetime as _dt
import re

from docx.oxml import OxmlElement
from docx.oxml.ns import qn

from .ooxml import (_SubElement, _W_INSTR, _W_PPR, _W_PSTYLE, _W_R, _W_RPR, _W_RSTYLE,  # noqa: F401
                    _W_T, _W_VAL, _WNS, _XML_SPACE, _fld_char, clean_text)

# --- tracked changes (redline) --------------------------------------------------------------------
# ECMA-376 part 1 §17.13.5. Every revision carries w:id, w:author and w:date; ids come from one
# RevisionIds counter that bookmarks (and comments, when a redline carries them) share, because
# colliding ids are reported to make Word reject a file. No move markup (w:moveFrom/w:moveTo):
# moved text is written as a deletion plus an insertion.

_W_INS, _W_DEL, _W_DELTEXT = _WNS + "ins", _WNS + "del", _WNS + "delText"
_W_DELINSTR = _WNS + "delInstrText"
_W_ID, _W_AUTHOR, _W_DATE = _WNS + "id", _WNS + "author", _WNS + "date"
_W_BR, _W_TAB = _WNS + "br", _WNS + "tab"

# Children of w:pPr that may follow w:rPr (schema order): rPr sits before these.
_PPR_AFTER_RPR = (_WNS + "sectPr", _WNS + "pPrChange")


class RevisionIds:
    """One id counter for bookmarks, comments and revisions, and the fixed author and date
    every revision carries (fixed so the same inputs give the same bytes)."""

    def __init__(self, author: str, when: _dt.datetime, start: int = 0):
        self.author = author
        self.date = when.strftime("%Y-%m-%dT%H:%M:%SZ")
        self._last = start

    def next(self) -> int:
        self._last += 1
        return self._last

    def stamp(self, el) -> None:
        """Give revision element `el` its id, author and date."""
        el.set(_W_ID, str(self.next()))
        el.set(_W_AUTHOR, self.author)
        el.set(_W_DATE, self.date)


def _revision(parent, tag: str, ids: RevisionIds):
    el = _SubElement(parent, tag)
    ids.stamp(el)
    return el


def _tracked_run(parent, text: str, rstyle: str | None, deleted: bool,
                 old_rstyle: str | None = None, ids: RevisionIds | None = None):
    """A w:r under `parent` holding `text`: w:delText when deleted, w:t otherwise; tabs and
    line breaks become w:tab / w:br (python-docx's r.text knows only w:t). `old_rstyle` (with
    `ids`) records a character-style change as w:rPrChange."""
    r = _SubElement(parent, _W_R)
    if rstyle or (ids is not None and old_rstyle != rstyle):
        rpr = _SubElement(r, _W_RPR)
        if rstyle:
            _SubElement(rpr, _W_RSTYLE).set(_W_VAL, rstyle)
        if ids is not None and old_rstyle != rstyle:
            change = _revision(rpr, _WNS + "rPrChange", ids)
            old = _SubElement(change, _W_RPR)
            if old_rstyle:
                _SubElement(old, _W_RSTYLE).set(_W_VAL, old_rstyle)
    tag = _W_DELTEXT if deleted else _W_T
    for piece in re.split(r"([\t\n])", clean_text(text).replace("\r", "")):
        if piece == "\t":
            _SubElement(r, _W_TAB)
        elif piece == "\n":
            _SubElement(r, _W_BR)
        elif piece:
            t = _SubElement(r, tag)
            t.text = piece
            if len(piece.strip()) < len(piece):
                t.set(_XML_SPACE, "preserve")
    return r


def add_inserted_run(p, text: str, ids: RevisionIds, rstyle: str | None = None):
    """Append `text` to paragraph `p` as a tracked insertion (w:ins around a run)."""
    ins = _revision(p, _W_INS, ids)
    _tracked_run(ins, text, rstyle, deleted=False)
    return ins


def add_deleted_run(p, text: str, ids: RevisionIds, rstyle: str | None = None):
    """Append `text` to paragraph `p` as a tracked deletion (w:del around a run of
    w:delText)."""
    dele = _revision(p, _W_DEL, ids)
    _tracked_run(dele, text, rstyle, deleted=True)
    return dele


def add_restyled_run(p, text: str, rstyle: str | None, old_rstyle: str | None,
                     ids: RevisionIds):
    """Append unchanged `text` whose character style changed (w:rPrChange)."""
    return _tracked_run(p, text, rstyle, deleted=False, old_rstyle=old_rstyle, ids=ids)


def add_tracked_field(p, instr: str, cached: str, ids: RevisionIds, *, deleted: bool,
                      rstyle: str | None = None):
    """A whole complex field inserted or deleted: every run of it inside one w:ins / w:del
    (a deleted field's code is w:delInstrText)."""
    wrap = _revision(p, _W_DEL if deleted else _W_INS, ids)
    _fld_char(wrap, "begin")
    it = _SubElement(_SubElement(wrap, _W_R), _W_DELINSTR if deleted else _W_INSTR)
    it.set(_XML_SPACE, "preserve")
    it.text = f" {instr} "
    _fld_char(wrap, "separate")
    _tracked_run(wrap, cached, rstyle, deleted=deleted)
    _fld_char(wrap, "end")
    return wrap


def _paragraph_rpr(p):
    """The paragraph mark's properties (w:pPr/w:rPr), created at its schema position."""
    pPr = p.find(_W_PPR)
    if pPr is None:
        pPr = p.makeelement(_W_PPR)
        p.insert(0, pPr)
    rpr = pPr.find(_W_RPR)
    if rpr is None:
        rpr = pPr.makeelement(_W_RPR)
        later = [c for c in pPr if c.tag in _PPR_AFTER_RPR]
        if later:
            later[0].addprevious(rpr)
        else:
            pPr.append(rpr)
    return rpr


def mark_paragraph_mark(p, ids: RevisionIds, *, deleted: bool) -> None:
    """Record paragraph `p`'s mark as inserted or deleted (w:pPr/w:rPr/w:ins|w:del; these
    come first in the mark's rPr). Accepting a deleted mark, or rejecting an inserted one,
    joins the paragraph with the next."""
    rpr = _paragraph_rpr(p)
    tag = _W_DEL if deleted else _W_INS
    if rpr.find(tag) is not None:
        return
    el = rpr.makeelement(tag)
    ids.stamp(el)
    rpr.insert(0, el)


def _num_pr(pPr, numbering: tuple[int, int] | None) -> None:
    """w:numPr (ilvl, numId) right after w:pStyle, its schema position."""
    if numbering is None:
        return
    num_id, ilvl = numbering
    numPr = pPr.makeelement(_WNS + "numPr")
    _SubElement(numPr, _WNS + "ilvl").set(_W_VAL, str(ilvl))
    _SubElement(numPr, _WNS + "numId").set(_W_VAL, str(num_id))
    style = pPr.find(_W_PSTYLE)
    if style is not None:
        style.addnext(numPr)
    else:
        pPr.insert(0, numPr)


def record_style_change(p, old_style_id: str, ids: RevisionIds, *,
                        numbering: tuple[int, int] | None = None,
                        old_numbering: tuple[int, int] | None = None) -> None:
    """Record that paragraph `p`'s style (and with it its list level and number) was
    `old_style_id` before: w:pPrChange, the last child of w:pPr, holding the old w:pStyle.

    `numbering` / `old_numbering` are (numId, ilvl) of a list-linked style, written out as
    w:numPr on both sides: LibreOffice restores the style on reject but keeps the list level
    unless the level itself is part of the recorded change."""
    pPr = p.find(_W_PPR)
    if pPr is None:
        pPr = p.makeelement(_W_PPR)
        p.insert(0, pPr)
    _num_pr(pPr, numbering)
    change = _revision(pPr, _WNS + "pPrChange", ids)
    old = _SubElement(change, _W_PPR)
    _SubElement(old, _W_PSTYLE).set(_W_VAL, old_style_id)
    _num_pr(old, old_numbering)


def set_track_revisions(settings) -> None:
    """Turn on Track Changes in settings.xml so staff's later edits are tracked as well."""
    if settings.find(qn("w:trackRevisions")) is not None:
        return
    el = OxmlElement("w:trackRevisions")
    settings.insert_element_before(
        el, "w:doNotTrackMoves", "w:doNotTrackFormatting", "w:documentProtection",
        "w:autoFormatOverride", "w:styleLockTheme", "w:styleLockQFSet", "w:defaultTabStop",
        "w:autoHyphenation", "w:consecutiveHyphenLimit", "w:hyphenationZone",
        "w:doNotHyphenateCaps", "w:showEnvelope", "w:summaryLength", "w:clickAndTypeStyle",
        "w:defaultTableStyle", "w:evenAndOddHeaders", "w:bookFoldRevPrinting", "w:bookFoldPrinting",
        "w:bookFoldPrintingSheets", "w:drawingGridHorizontalSpacing",
        "w:drawingGridVerticalSpacing", "w:displayHorizontalDrawingGridEvery",
        "w:displayVerticalDrawingGridEvery", "w:doNotUseMarginsForDrawingGridOrigin",
        "w:drawingGridHorizontalOrigin", "w:drawingGridVerticalOrigin", "w:doNotShadeFormData",
        "w:noPunctuationKerning", "w:characterSpacingControl", "w:printTwoOnOne",
        "w:strictFirstAndLastChars", "w:noLineBreaksAfter", "w:noLineBreaksBefore",
        "w:savePreviewPicture", "w:doNotValidateAgainstSchema", "w:saveInvalidXml",
        "w:ignoreMixedContent", "w:alwaysShowPlaceholderText", "w:doNotDemarcateInvalidXml",
        "w:saveXmlDataOnly", "w:useXSLTWhenSaving", "w:saveThroughXslt", "w:showXMLTags",
        "w:alwaysMergeEmptyNamespace", "w:updateFields", "w:hdrShapeDefaults", "w:footnotePr",
        "w:endnotePr", "w:compat", "w:docVars", "w:rsids", "m:mathPr", "w:attachedSchema",
        "w:themeFontLang", "w:clrSchemeMapping", "w:doNotIncludeSubdocsInStats",
        "w:doNotAutoCompressPictures", "w:forceUpgrade", "w:captions", "w:readModeInkLockDown",
        "w:smartTagType", "sl:schemaLibrary", "w:shapeDefaults", "w:doNotEmbedSmartTags",
        "w:decimalSymbol", "w:listSeparator")


def end_of_document_deletion(kept, last, ids: RevisionIds, last_old_style: str) -> None:
    """The document's last paragraph mark cannot go, so when the last paragraphs are deleted,
    the mark that goes is the one of `kept` (the paragraph before them) and `last` keeps its
    mark, taking `kept`'s style, with its own recorded as the style before (w:pPrChange).
    Accept-all: kept's text in kept's style; reject-all: everything as it was."""
    rpr = last.find(f"{_W_PPR}/{_W_RPR}")
    if rpr is not None:
        for el in rpr.findall(_W_DEL):
            rpr.remove(el)
    mark_paragraph_mark(kept, ids, deleted=True)
    style = kept.find(f"{_W_PPR}/{_W_PSTYLE}")
    last.find(f"{_W_PPR}/{_W_PSTYLE}").set(_W_VAL, style.get(_W_VAL))
    record_style_change(last, last_old_style, ids)
