"""Render a companion form (companion_model.Form) as a .docx on the ordinance's own template.

The form uses base.docx and its styles, so it looks like the ordinance it comes from: the title
in the Ordinance Number style, item headings in the Section Heading style (with the list number
switched off: a form item is not a section of the law), the ordinance's words in Section Text
with the requiring section in the italic Subdivision Heading style, and an answer box (the
template's Table Grid) under each item. Output is deterministic, like the ordinance's.
"""
from __future__ import annotations

import datetime as _dt
import io

from ..companion_model import Form, FormItem
from ..dates import long_date
from ..model import Inline
from . import ooxml
from .docx_writer import AUTHOR, _template_bytes, add_plain_inline
from .make_template import STYLE_IDS

_S = STYLE_IDS


class _FormRenderer:
    def __init__(self, form: Form):
        import docx
        from docx.oxml.ns import qn

        self.form = form
        self.doc = docx.Document(io.BytesIO(_template_bytes()))
        self.body = self.doc.element.body
        self._sectPr = self.body.sectPr
        self._qn = qn

    # --- paragraphs ----------------------------------------------------------------------------

    def _para(self, style_id: str, *, center: bool = False, unnumbered: bool = False):
        p = ooxml.add_paragraph(self.body, style_id, self._sectPr)
        ppr = p[0]
        if unnumbered:      # the style is linked to the sections list; this paragraph is not
            num = ppr.makeelement(self._qn("w:numPr"), {})
            num.append(num.makeelement(self._qn("w:numId"), {self._qn("w:val"): "0"}))
            ppr.append(num)
        if center:
            ppr.append(ppr.makeelement(self._qn("w:jc"), {self._qn("w:val"): "center"}))
        return p

    def _inlines(self, p, inlines: tuple[Inline, ...]) -> None:
        # No bookmarks here: a cross-reference prints its final text ("Section 7(b)").
        for item in inlines:
            if not add_plain_inline(p, item):
                ooxml.add_run(p, item.text)

    def _heading(self, text: str) -> None:
        ooxml.add_run(self._para(_S["Section Heading"], unnumbered=True), text)

    def _words(self, inlines, required_by: str, lead: str = "Required by") -> None:
        p = self._para(_S["Closing Text"])
        if required_by:
            ooxml.add_run(p, f"{lead} {required_by}: ", _S["Subdivision Heading"])
        self._inlines(p, inlines)

    def _box(self, lines: int) -> None:
        """A one-cell table with `lines` empty lines to write the answer in."""
        table = self.doc.add_table(rows=1, cols=1)
        table.style = self.doc.styles["Table Grid"]
        cell = table.cell(0, 0)
        # the box stays whole on one page, with the words above it (Closing Text keeps with next)
        tr_pr = table.rows[0]._tr.get_or_add_trPr()
        tr_pr.append(tr_pr.makeelement(self._qn("w:cantSplit"), {}))
        for _ in range(lines - 1):
            cell.add_paragraph()
        self._para(_S["Closing Text"])     # space after the box (and Word needs a paragraph
        # between two tables, or it merges them)

    def _cover(self, labels: tuple[str, ...]) -> None:
        table = self.doc.add_table(rows=len(labels), cols=2)
        table.style = self.doc.styles["Table Grid"]
        for row, label in zip(table.rows, labels):
            ooxml.add_run(row.cells[0].paragraphs[0]._p, label, _S["Defined Term"])
        self._para(_S["Closing Text"])

    def _item(self, item: FormItem) -> None:
        self._heading(f"{item.number}. {item.heading}")
        self._words(item.guidance, item.required_by)
        for detail in item.details:
            p = self._para(_S["Closing Text"])
            self._inlines(p, detail)
        self._box(item.answer_lines)

    # --- whole document ------------------------------------------------------------------------

    def render(self) -> bytes:
        f = self.form
        for p in list(self.body.p_lst):
            self.body.remove(p)
        ooxml.add_run(self._para(_S["Ordinance Number"]), f.title)
        for line in f.subtitle:
            ooxml.add_run(self._para(_S["Closing Text"], center=True), line)
        self._cover(f.cover)
        if f.instructions:
            self._heading(f"What the {f.law_noun} requires of this document")
            for ins in f.instructions:
                # the requiring section goes after the words here, as in a citation; Section
                # Text, not Closing Text: a long run of rules may break across pages
                p = self._para(_S["Section Text"])
                self._inlines(p, ins.text)
                ooxml.add_run(p, f" ({ins.required_by}.)", _S["Subdivision Heading"])
        for part in f.parts:
            self._heading(part.heading.upper())
            if part.lead:
                self._words(part.lead, part.required_by)
            for item in part.items:
                self._item(item)
        self._heading("Signature")
        for title in f.signers:
            p = self._para(_S["Signature Line"])
            ooxml.add_run(p, "_" * 36 + "\n")
            ooxml.add_run(p, f"{title}\t\tDate")
        self._header_footer()
        self._properties()
        return ooxml.save_reproducible(self.doc)

    def _header_footer(self) -> None:
        f = self.form
        sec = self.doc.sections[0]
        hp = sec.header.paragraphs[0]._p
        hp.style = _S["header"]
        ooxml.add_run(hp, f"{f.header_text}\t\t{f.title}")
        fp = sec.footer.paragraphs[0]._p
        fp.style = _S["footer"]
        made = "draft" if f.draft else "ordinance"
        ooxml.add_run(fp, f"Form from the {made} of {long_date(f.draft_date)}\t\tPage ")
        ooxml.add_field(fp, "PAGE", "1")
        ooxml.add_run(fp, " of ")
        ooxml.add_field(fp, "NUMPAGES", "1")

    def _properties(self) -> None:
        f = self.form
        cp = self.doc.core_properties
        cp.title = ooxml.clean_text(f"{f.title}: {f.jurisdiction}")[:255]
        cp.subject = ooxml.clean_text(f.subtitle[-1])[:255]
        cp.keywords = "surveillance, oversight, form"
        cp.author = cp.last_modified_by = AUTHOR
        cp.category = "Form"
        cp.content_status = "Draft" if f.draft else "Final"
        cp.comments = (f"Generated by {f.generator}; clause library {f.library_hash}; "
                       f"answers {f.answers_hash}")
        when = _dt.datetime(f.draft_date.year, f.draft_date.month, f.draft_date.day)
        cp.created = cp.modified = when
        cp.revision = 1
        cp.version = f.library_hash
        cp.identifier = f.answers_hash


def render_form_docx(form: Form) -> bytes:
    """The .docx bytes for a companion form (pure: no file is written)."""
    return _FormRenderer(form).render()
