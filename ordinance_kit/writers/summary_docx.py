"""The one-page summary as a Word document, on the project's base template (its fonts and page
size), so it sits in a council packet beside the draft. One page: compact type and spacing,
tested through LibreOffice for every example."""
from __future__ import annotations

import datetime as _dt
import io
from importlib import resources

from ..dates import long_date
from ..summary_model import Summary
from . import ooxml

AUTHOR = "ordinance-kit"
BODY_PT = 10


def _template():
    import docx

    data = resources.files("ordinance_kit.writers").joinpath("base.docx").read_bytes()
    return docx.Document(io.BytesIO(data))


def _format(p, *, size: float = BODY_PT, bold: bool = False, italic: bool = False,
            before: float = 0, after: float = 4, keep_next: bool = False):
    from docx.shared import Pt, RGBColor

    pf = p.paragraph_format
    pf.space_before, pf.space_after = Pt(before), Pt(after)
    pf.keep_with_next = keep_next or None
    for run in p.runs:
        run.font.size = Pt(size)
        run.font.bold = bold or None
        run.font.italic = italic or None
        run.font.color.rgb = RGBColor(0, 0, 0)
    return p


def render_summary_docx(summary: Summary) -> bytes:
    from docx.shared import Inches

    doc = _template()
    sec = doc.sections[0]
    sec.top_margin = sec.bottom_margin = Inches(0.6)
    sec.left_margin = sec.right_margin = Inches(0.75)
    add = doc.add_paragraph
    clean = ooxml.clean_text
    _format(add(clean(summary.title), style="Title"), size=15, bold=True, after=4)
    _format(add(clean(" ".join(summary.intro))), size=10.5, after=4)
    for heading, items in ((summary.protections_heading, summary.protections),
                           (summary.residents_heading, summary.residents)):
        if not items:
            continue
        _format(add(clean(heading), style="Heading 2"), size=11.5, bold=True, before=3, after=2,
                keep_next=True)
        for item in items:
            _format(add(clean(item), style="List Bullet"), after=1)
    if summary.follows:
        _format(add(clean(summary.follows_heading), style="Heading 2"), size=11.5, bold=True,
                before=3, after=2, keep_next=True)
        _format(add(clean(summary.follows)), after=4)
    _format(add(clean(summary.footer)), size=9, italic=True, before=4, after=0)
    _properties(doc, summary)
    return ooxml.save_reproducible(doc)


def _properties(doc, summary: Summary) -> None:
    cp = doc.core_properties
    cp.title = summary.title[:255]
    cp.subject = ("Summary of the surveillance technology ordinance for the "
                  f"{summary.jurisdiction}")[:255]
    cp.author = cp.last_modified_by = AUTHOR
    cp.category = "Summary"
    cp.content_status = "Draft" if summary.draft else "Final"
    cp.comments = f"Summary dated {long_date(summary.draft_date)}"
    when = _dt.datetime.combine(summary.draft_date, _dt.time(12, 0))
    cp.created = cp.modified = when
    cp.revision = 1
