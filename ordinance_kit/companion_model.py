"""The companion forms' tree: what a department fills in to meet the ordinance.

A form (impact report, use policy, annual report) is built from the assembled ordinance by
companion.py and printed by writers/companion_docx.py. Like model.Ordinance, everything here is
final when a writer sees it: the guidance is the ordinance's own words (its inlines, cross-
references already printed as "Section 7(b)"), and `required_by` names the subdivision that
asks for the item.
"""
from __future__ import annotations

import datetime as _dt
from dataclasses import dataclass

from .model import Inline, plain_text


@dataclass(frozen=True)
class FormItem:
    """One thing the form asks for: a heading, the ordinance's words, and space to answer."""
    number: str                          # "1", "2", ... within the form
    heading: str
    guidance: tuple[Inline, ...]         # the subdivision's own words
    required_by: str                     # "Section 6(a)(3)"
    key: str                             # "clause-id#sub-id" of the subdivision it comes from
    details: tuple[tuple[Inline, ...], ...] = ()   # its own subdivisions, in order
    answer_lines: int = 5                # empty lines in the answer box

    @property
    def text(self) -> str:
        return plain_text(self.guidance)


@dataclass(frozen=True)
class FormPart:
    """A run of items under one heading, with the ordinance sentence that introduces them."""
    heading: str
    lead: tuple[Inline, ...]             # e.g. "The Department shall include ... the following"
    required_by: str
    items: tuple[FormItem, ...]


@dataclass(frozen=True)
class Instruction:
    """A rule about the whole document (deadline, plain language, what may be left out)."""
    text: tuple[Inline, ...]
    required_by: str


@dataclass(frozen=True)
class Form:
    kind: str                            # "impact-report" | "use-policy" | "annual-report"
    title: str                           # "Surveillance Impact Report"
    jurisdiction: str                    # "City of Riverbend"
    header_text: str                     # "City of Riverbend, California"
    subtitle: tuple[str, ...]            # who prepares it, for whom, under which law
    law_noun: str                        # "ordinance", "bylaw", "local law", "order"
    cover: tuple[str, ...]               # the labels of the cover table (Department, ...)
    instructions: tuple[Instruction, ...]
    parts: tuple[FormPart, ...]
    signers: tuple[str, ...]             # the titles that sign it
    draft: bool
    draft_date: _dt.date
    generator: str
    library_hash: str
    answers_hash: str

    def items(self):
        for part in self.parts:
            yield from part.items
