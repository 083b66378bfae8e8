"""Render NEW with Word tracked changes against OLD: the redline lawyers and clerks negotiate in.

The document is NEW's draft (its template, styles, numbering, header, footer, properties and
cross-reference bookmarks); every difference from OLD is a revision by one fixed author at one
fixed date, so the same inputs give the same bytes. Accepting every change gives NEW's text,
rejecting every change gives OLD's (tests/test_redline.py checks both through LibreOffice).

Paragraph marks, the two rules that make that true (research: after-the-draft.md §1):
  * an inserted paragraph marks the PRECEDING paragraph's mark as inserted (marking its own
    leaves an empty paragraph after reject-all);
  * a deletion and an insertion at the same spot share one paragraph (redline_diff `merged`).
A deleted paragraph's own mark is deleted. A style change (which is also a numbering change:
the list is linked to the styles) is a w:pPrChange holding the old style.

Drafter's notes are left out: a redline is about the text, and LibreOffice's UNO (the test
oracle) aborts on documents with comments in the packages CI installs.
"""
from __future__ import annotations

import datetime as _dt

from ..model import (Blank, Block, DefinedTerm, Emphasis, Meta, Ordinance, Text,
                     WriterOptions)
from . import ooxml, revisions
from .docx_writer import _LEVEL_STYLE, _S, REF_SWITCHES, _Renderer
from .redline_diff import Atom, Change, Para, atoms, pair_paragraphs, word_ops

AUTHOR = "ordinance-kit"
_W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"

# Character style of each kind of inline (the same choices as docx_writer._inline).
_CHAR_STYLES = {DefinedTerm: _S["Defined Term"], Emphasis: _S["Subdivision Heading"],
                Blank: _S["Blank"]}


# --- the ordinance tree as paragraphs ---------------------------------------------------------

def _block_para(block: Block, text_style: str) -> Para:
    if block.kind == "numbered":
        return Para(_LEVEL_STYLE[block.level], block.inlines, block.anchor)
    if block.kind == "signature":
        # as docx_writer: the line, then the signer's title on the line beneath
        return Para(_S["Signature Line"], (Text("_" * 36 + "\n"),) + block.inlines,
                    block.anchor)
    return Para(text_style, block.inlines, block.anchor)


def paragraphs(o: Ordinance) -> list[Para]:
    """Every body paragraph of the DOCX the writer makes for `o`, in order, with its style."""
    out = [Para(_S["Ordinance Number"], o.number_line)]
    for blocks, style in ((o.caption, _S["Ordinance Caption"]), (o.recitals, _S["Recital"]),
                          (o.enacting, _S["Enacting Clause"])):
        out.extend(_block_para(b, style) for b in blocks)
    for section in o.sections:
        out.append(Para(_S["Section Heading"], (Text(section.heading),), section.anchor))
        out.extend(_block_para(b, _S["Section Text"]) for b in section.blocks)
    out.extend(_block_para(b, _S["Closing Text"]) for b in o.closing)
    return out


# --- rendering --------------------------------------------------------------------------------

class _Redline(_Renderer):
    """NEW's document frame (template, header, footer, properties, bookmark names) from the
    DOCX writer; the body written here, one Change at a time."""

    def __init__(self, new: Ordinance, ids: revisions.RevisionIds):
        super().__init__(new, WriterOptions(notes=False))
        self.ids = ids
        self.last = None          # the previous output paragraph element
        self._lists: dict[str, tuple[int, int] | None] = {}

    # one paragraph ---------------------------------------------------------------------------

    def change(self, ch: Change) -> None:
        para = ch.new if ch.new is not None else ch.old
        p = self._para(para.style)
        if ch.kind == "same" and ch.old.inlines == ch.new.inlines:
            self._inlines(p, ch.new.inlines)       # unchanged: exactly as the DOCX writer
        elif ch.kind == "same":
            self._diff_runs(p, atoms(ch.old.inlines, _CHAR_STYLES),
                            atoms(ch.new.inlines, _CHAR_STYLES))
        if ch.kind in ("merged", "deleted"):
            self._atoms(p, atoms(ch.old.inlines, _CHAR_STYLES), "del")
        if ch.kind in ("merged", "inserted"):
            self._atoms(p, atoms(ch.new.inlines, _CHAR_STYLES), "ins")
        if ch.kind == "deleted":
            revisions.mark_paragraph_mark(p, self.ids, deleted=True)
        if ch.kind == "inserted":
            # the preceding mark is the new one; the first paragraph of all has only its own
            revisions.mark_paragraph_mark(self.last if self.last is not None else p, self.ids,
                                      deleted=False)
        if ch.old is not None and ch.new is not None and ch.old.style != ch.new.style:
            revisions.record_style_change(p, ch.old.style, self.ids,
                                      numbering=self._list_of(ch.new.style),
                                      old_numbering=self._list_of(ch.old.style))
        if ch.new is not None:
            self._bookmark_shared(p, ch.new.anchor)
        self.last = p

    def _list_of(self, style_id: str) -> tuple[int, int] | None:
        """(numId, ilvl) of the list the template links paragraph style `style_id` to."""
        if style_id not in self._lists:
            found = None
            for style in self.doc.styles.element.findall(_W + "style"):
                if style.get(_W + "styleId") == style_id:
                    num_id = style.find(f"{_W}pPr/{_W}numPr/{_W}numId")
                    ilvl = style.find(f"{_W}pPr/{_W}numPr/{_W}ilvl")
                    if num_id is not None:
                        found = (int(num_id.get(_W + "val")),
                                 int(ilvl.get(_W + "val")) if ilvl is not None else 0)
            self._lists[style_id] = found
        return self._lists[style_id]

    def _bookmark_shared(self, p, anchor: str | None) -> None:
        # as _Renderer._bookmark, with the id from the counter revisions share
        if anchor and anchor in self.bookmarks and anchor not in self._placed:
            self._placed.add(anchor)
            ooxml.add_bookmark(p, self.bookmarks[anchor], self.ids.next())

    # runs ------------------------------------------------------------------------------------

    def _diff_runs(self, p, old: list[Atom], new: list[Atom]) -> None:
        for op, i1, i2, j1, j2 in word_ops(old, new):
            if op == "equal":
                same: list[Atom] = []
                for a, b in zip(old[i1:i2], new[j1:j2]):
                    if a.rstyle != b.rstyle and b.ref is None:
                        self._plain(p, same)
                        same = []
                        revisions.add_restyled_run(p, b.text, b.rstyle, a.rstyle, self.ids)
                    else:
                        same.append(b)
                self._plain(p, same)
                continue
            if i2 > i1:
                self._atoms(p, old[i1:i2], "del")
            if j2 > j1:
                self._atoms(p, new[j1:j2], "ins")

    def _plain(self, p, run: list[Atom]) -> None:
        for group in _groups(run):
            head = group[0]
            if head.ref is not None and head.ref in self.bookmarks:
                ooxml.add_field(p, f"REF {self.bookmarks[head.ref]} {REF_SWITCHES}", head.text)
            else:
                ooxml.add_run(p, "".join(a.text for a in group), head.rstyle)

    def _atoms(self, p, run: list[Atom], how: str) -> None:
        """Atoms as one tracked insertion ("ins") or deletion ("del") each group."""
        for group in _groups(run):
            head = group[0]
            text = "".join(a.text for a in group)
            if how == "ins" and head.ref is not None and head.ref in self.bookmarks:
                revisions.add_tracked_field(p, f"REF {self.bookmarks[head.ref]} {REF_SWITCHES}",
                                        head.text, self.ids, deleted=False)
            elif how == "ins":
                revisions.add_inserted_run(p, text, self.ids, head.rstyle)
            else:
                # a deleted reference is deleted text: its target may not exist in NEW
                revisions.add_deleted_run(p, text, self.ids, head.rstyle)

    # whole document --------------------------------------------------------------------------

    def render_changes(self, changes: list[Change]) -> bytes:
        for p in list(self.body.p_lst):      # the template's single empty paragraph
            self.body.remove(p)
        placed = []
        for ch in changes:
            self.change(ch)
            placed.append((ch, self.last))
        kept = len(placed) - 1
        while kept >= 0 and placed[kept][0].kind == "deleted":
            kept -= 1
        if 0 <= kept < len(placed) - 1:
            ch, last = placed[-1]
            revisions.end_of_document_deletion(placed[kept][1], last, self.ids, ch.old.style)
        self._header_footer()
        self._properties()
        cp = self.doc.core_properties
        cp.content_status = "Redline"
        revisions.set_track_revisions(self.doc.settings.element)
        return ooxml.save_reproducible(self.doc)


def _groups(run: list[Atom]) -> list[list[Atom]]:
    """Consecutive text atoms of one character style form one run; a reference stands alone."""
    out: list[list[Atom]] = []
    for a in run:
        if out and a.ref is None and out[-1][0].ref is None and out[-1][0].rstyle == a.rstyle:
            out[-1].append(a)
        else:
            out.append([a])
    return out


def fixed_time(meta: Meta, when: _dt.date | None = None) -> _dt.datetime:
    d = when or meta.draft_date
    return _dt.datetime(d.year, d.month, d.day, tzinfo=_dt.timezone.utc)


def render_redline(old: Ordinance, new: Ordinance, *, author: str = AUTHOR,
                   when: _dt.date | None = None) -> bytes:
    """The .docx bytes of NEW with tracked changes against OLD (dated `when`, default NEW's
    draft date)."""
    return render_pairs(pair_paragraphs(paragraphs(old), paragraphs(new)), new,
                        author=author, when=when)


# --- paragraphs read back from a DOCX -----------------------------------------------------------

def paragraphs_read(document) -> list[Para]:
    """A DOCX read back (review.model.ReadDocument, every tracked change accepted) as Paras:
    its text as one run, its style by name when the kit's template has it (staff's own styles
    fall back to Section Text), its anchor when the kit's bookmark or manifest survived."""
    from .make_template import STYLE_IDS

    return [Para(STYLE_IDS.get(p.style, _S["Section Text"]), (Text(p.text),), p.anchor)
            for p in document.paragraphs]


def frame(meta: Meta) -> Ordinance:
    """An empty NEW tree that carries only the document frame (header, footer, properties):
    for a NEW that is a DOCX, whose paragraphs come from paragraphs_read."""
    return Ordinance(meta=meta, number_line=(), caption=(), recitals=(), enacting=(),
                     sections=(), closing=())


def render_pairs(changes: list[Change], new: Ordinance, *, author: str = AUTHOR,
                 when: _dt.date | None = None) -> bytes:
    """Render already-paired paragraphs in NEW's frame (the entry point for paragraphs that
    come from elsewhere, such as a DOCX read back)."""
    ids = revisions.RevisionIds(ooxml.clean_text(author), fixed_time(new.meta, when))
    return _Redline(new, ids).render_changes(changes)
