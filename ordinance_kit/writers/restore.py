"""The advocate's counter-draft: staff's edited DOCX with each weakening reverted as Word
tracked changes on top of staff's version, each revert carrying a comment with the reason.

Staff's file is kept as it is (styles, numbering, formatting, staff's own pending changes and
comments); only the paragraphs review flagged change:
  * Reword: staff's paragraph turned back into the original's words, word by word: staff's
    words in w:del, the original's in w:ins, the runs split where a change starts or ends so
    every untouched word keeps its formatting;
  * Reinsert: paragraphs staff deleted, put back as inserted paragraphs at their place (each
    inserted paragraph marks the preceding paragraph's mark as inserted, as the redline does);
  * Drop: a paragraph staff added that weakens, deleted whole (its text and its mark).
Reject all and you have staff's text; accept all and you have staff's text with every flagged
paragraph back to the original's (tests/test_review_restore.py checks both in LibreOffice).

Paragraphs are named by their position among the body's w:p elements (review.document counts
them the same way), so this module takes plain values and never reads a review record.
"""
from __future__ import annotations

import copy
import datetime as _dt
import io
from dataclasses import dataclass

from docx.oxml.ns import qn

from . import ooxml, revisions

_W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
_R, _T, _P, _PPR = _W + "r", _W + "t", _W + "p", _W + "pPr"
# What the reader leaves out of a paragraph's text (review/document.py _SKIP, at the level of
# the run's containers): deleted and moved-away text, properties, content-control settings.
_NOT_TEXT = {_W + t for t in ("del", "moveFrom", "pPr", "rPr", "sdtPr", "sdtEndPr")}
_FALLBACK = "{http://schemas.openxmlformats.org/markup-compatibility/2006}Fallback"
_ONE_CHAR = {_W + "tab", _W + "cr", _W + "noBreakHyphen"}
_WRAPPERS = {_W + "ins", _W + "del", _W + "moveTo"}     # tracked-change containers of runs


@dataclass(frozen=True)
class Reword:
    parts: tuple[int, ...]              # the paragraph's w:p positions (review.model.Paragraph)
    ops: tuple[tuple[str, str], ...]    # word_diff(staff's text, original text)
    comment: str


@dataclass(frozen=True)
class Reinsert:
    after: int | None                   # the w:p position it goes after (None: the start)
    paragraphs: tuple[tuple[str, str], ...]   # (style name, text) of each, in order
    comment: str


@dataclass(frozen=True)
class Drop:
    parts: tuple[int, ...]
    comment: str


def restore(data: bytes, edits: list, *, author: str, initials: str,
            when: _dt.datetime | None = None) -> bytes:
    """`data` (staff's DOCX) with every edit applied as tracked changes and commented. Every
    revision and comment is dated `when`, by default the day staff's file was last saved (its
    own property), so the same two files always give the same counter-draft."""
    import docx

    document = docx.Document(io.BytesIO(data))
    if when is None:
        saved = document.core_properties.modified or document.core_properties.created
        day = saved.date() if saved else _dt.date(2000, 1, 1)
        when = _dt.datetime(day.year, day.month, day.day, tzinfo=_dt.timezone.utc)
    body = document.element.body
    paras = list(body.iter(_P))
    ids = revisions.RevisionIds(ooxml.clean_text(author), when, start=_last_id(document))
    notes: list[tuple[object, str]] = []
    for edit in edits:
        if isinstance(edit, Reword):
            targets = [paras[k] for k in edit.parts]
            _reword(targets, list(edit.ops), ids)
            notes.append((targets[0], edit.comment))
        elif isinstance(edit, Drop):
            targets = [paras[k] for k in edit.parts]
            for p in targets:
                _delete_runs(_visible_runs(p), ids)
                if p is not paras[-1]:
                    revisions.mark_paragraph_mark(p, ids, deleted=True)
            notes.append((targets[0], edit.comment))
        else:
            added = _reinsert(document, paras, edit, ids)
            notes.append((added[0], edit.comment))
    comments = document.part._comments_part.element     # made when staff's file has none
    for p, text in notes:
        inside = [c for c in p if c.tag != _PPR]
        ooxml.add_comment(comments, ids.next(), inside[0], inside[-1], ooxml.clean_text(text),
                          ids.author, initials, when)
    revisions.set_track_revisions(document.settings.element)
    return ooxml.save_reproducible(document)


def _last_id(document) -> int:
    """The highest w:id already used (bookmarks, comments, staff's revisions): the counter
    goes on from there so no id is used twice."""
    seen = [0]
    for root in (document.element, document.part._comments_part.element):
        for el in root.iter():
            value = el.get(qn("w:id")) if isinstance(el.tag, str) else None
            if value is not None and value.lstrip("-").isdigit():
                seen.append(int(value))
    return max(seen)


# --- runs as the reader sees them -------------------------------------------------------------

def _visible_runs(el) -> list:
    """The runs whose text the reader reads, in order (staff's deletions left out)."""
    out = []
    for child in el:
        if not isinstance(child.tag, str) or child.tag in _NOT_TEXT or child.tag == _FALLBACK:
            continue
        if child.tag == _R:
            out.append(child)
        else:
            out.extend(_visible_runs(child))
    return out


def _length(r) -> int:
    """Characters the run adds to staff's text (the reader's count). Text this module has
    just deleted still counts: positions are staff's, from the start of the paragraph."""
    n = 0
    for item in r:
        if item.tag in (_T, _W + "delText"):
            n += len(item.text or "")
        elif item.tag in _ONE_CHAR or (item.tag == _W + "br" and
                                       item.get(_W + "type") in (None, "textWrapping")):
            n += 1
    return n


def _atomize(runs: list) -> list:
    """Each run split into runs of one content element each (same properties), so a change
    can start or end between any two of them."""
    out = []
    for r in runs:
        content = [c for c in r if c.tag != _W + "rPr"]
        if len(content) <= 1:
            out.append(r)
            continue
        rpr = r.find(_W + "rPr")
        for c in content:
            piece = r.makeelement(_R, r.attrib)
            if rpr is not None:
                piece.append(copy.deepcopy(rpr))
            piece.append(c)
            r.addprevious(piece)
            out.append(piece)
        r.getparent().remove(r)
    return out


def _split(runs: list, at: int) -> list:
    """Split the text run that spans offset `at` in two, so a run boundary lies at `at`."""
    pos = 0
    for k, r in enumerate(runs):
        n = _length(r)
        if pos < at < pos + n:
            t = r.find(_T)
            head = copy.deepcopy(r)
            head.find(_T).text = t.text[:at - pos]
            t.text = t.text[at - pos:]
            for el in (head.find(_T), t):
                if el.text != el.text.strip():
                    el.set(qn("xml:space"), "preserve")
            r.addprevious(head)
            return runs[:k] + [head] + runs[k:]
        pos += n
    return runs


def _spans(runs: list) -> list[tuple[object, int, int]]:
    out, pos = [], 0
    for r in runs:
        n = _length(r)
        out.append((r, pos, pos + n))
        pos += n
    return out


def _outer(r):
    """The element to put new text beside: the run, or staff's ins/del around it."""
    while r.getparent() is not None and r.getparent().tag in _WRAPPERS:
        r = r.getparent()
    return r


def _delete_runs(runs: list, ids: revisions.RevisionIds):
    """Wrap runs in w:del (one per group of adjacent siblings), text becoming w:delText;
    returns the last w:del made (None when there was nothing)."""
    last = None
    for r in runs:
        for item in r:
            if item.tag == _T:
                item.tag = _W + "delText"
            elif item.tag == _W + "instrText":
                item.tag = _W + "delInstrText"
        prev = r.getprevious()
        if last is not None and prev is last and last.getparent() is r.getparent():
            last.append(r)
            continue
        wrap = r.makeelement(_W + "del", {})
        ids.stamp(wrap)
        r.addprevious(wrap)
        wrap.append(r)
        last = wrap
    return last


def _inserted(beside, text: str, ids: revisions.RevisionIds, rpr):
    """A w:ins holding `text`, in the formatting `rpr` (the neighbouring run's)."""
    ins = beside.makeelement(_W + "ins", {})
    ids.stamp(ins)
    r = revisions._tracked_run(ins, text, None, deleted=False)
    if rpr is not None:
        rpr = copy.deepcopy(rpr)
        for change in rpr.findall(_W + "rPrChange"):
            rpr.remove(change)
        r.insert(0, rpr)
    return ins


def _reword(targets: list, ops: list[tuple[str, str]], ids: revisions.RevisionIds) -> None:
    runs = _atomize([r for p in targets for r in _visible_runs(p)])
    staff = "".join(text for op, text in ops if op != "insert")
    if sum(_length(r) for r in runs) != len(staff):
        # the text is not the one review judged (cannot happen for a file read by review):
        # replace the paragraph whole rather than misplace words
        ops = [("delete", staff), ("insert", "".join(t for o, t in ops if o != "delete"))]
    pos, after = 0, None         # `after`: the w:del just made, where an insertion follows
    for op, text in ops:
        if op == "equal":
            pos, after = pos + len(text), None
        elif op == "delete":
            runs = _split(_split(runs, pos), pos + len(text))
            inside = [r for r, a, b in _spans(runs) if pos <= a and b <= pos + len(text)
                      and (b > a or pos < a < pos + len(text))]
            after = _delete_runs(inside, ids)
            pos += len(text)
        else:
            runs = _split(runs, pos)
            spans = _spans(runs)
            before = [r for r, a, b in spans if b <= pos and b > a]
            later = [r for r, a, b in spans if a >= pos and b > a]
            model = (before or later or [None])[-1 if before else 0]
            rpr = model.find(_W + "rPr") if model is not None else None
            ins = _inserted(targets[0], text, ids, rpr)
            if after is not None:
                after.addnext(ins)
            elif before:
                _outer(before[-1]).addnext(ins)
            elif later:
                _outer(later[0]).addprevious(ins)
            else:
                targets[0].append(ins)
            after = ins


def _reinsert(document, paras: list, edit: Reinsert, ids: revisions.RevisionIds) -> list:
    """The original's paragraphs put back after paragraph `edit.after` as inserted ones."""
    style_ids = {s.name: s.style_id for s in document.styles}
    prev = paras[edit.after] if edit.after is not None else None
    first = paras[0]
    added = []
    for style, text in edit.paragraphs:
        p = first.makeelement(_P, {})
        ppr = p.makeelement(_PPR, {})
        p.append(ppr)
        if style in style_ids:
            revisions._SubElement(ppr, revisions._W_PSTYLE).set(revisions._W_VAL,
                                                                style_ids[style])
        revisions.add_inserted_run(p, text, ids)
        if prev is None:
            first.addprevious(p)
            revisions.mark_paragraph_mark(p, ids, deleted=False)
        else:
            # rejecting it joins the preceding paragraph with this one's mark, which is theirs
            prev.addnext(p)
            revisions.mark_paragraph_mark(prev, ids, deleted=False)
        prev = p
        added.append(p)
    return added
