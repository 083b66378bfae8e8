"""The one-page summary as a small tree, so each writer (DOCX, Markdown, HTML, and PDF through
the DOCX) only lays it out: a title, a two-sentence introduction, one bullet per protection,
what changes for residents, and the enacted laws the draft follows. Pure data: no imports of
ours, so writers may use it."""
from __future__ import annotations

import datetime as _dt
from dataclasses import dataclass


@dataclass(frozen=True)
class Summary:
    title: str                          # "What the City of Riverbend Surveillance ... does"
    intro: tuple[str, ...]              # two sentences, printed as one paragraph
    protections_heading: str
    protections: tuple[str, ...]        # one plain sentence each, with its numbers
    residents_heading: str
    residents: tuple[str, ...]          # what changes for residents
    follows_heading: str
    follows: str                        # the enacted laws it follows
    footer: str                         # draft status and date: this is not the legal text
    jurisdiction: str                   # "City of Riverbend", for file properties
    draft_date: _dt.date
    draft: bool = True
