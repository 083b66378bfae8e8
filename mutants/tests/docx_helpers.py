"""Hand-made Ordinance fixtures for the DOCX writer tests (no engine or clause library needed)."""
from __future__ import annotations

import dataclasses
import datetime as dt
import sys
from pathlib import Path

# Make the package importable when pytest is run as `pytest` (not `python -m pytest`).
_ROOT = str(Path(__file__).resolve().parents[1])
if _ROOT not in sys.path:
    sys.path.insert(0, _ROOT)

from ordinance_kit.model import (Blank, Block, DefinedTerm, Emphasis, Meta, Note, Ordinance,
                                 Ref, Section, TermUse, Text)

DRAFT_DATE = dt.date(2026, 11, 28)


def meta(**changes) -> Meta:
    m = Meta(
        title="Surveillance Technology Oversight Ordinance",
        subject="Surveillance technology oversight",
        keywords=("surveillance", "oversight", "ordinance"),
        jurisdiction="City of Riverside",
        header_text="City of Riverside, California",
        draft=True,
        draft_date=DRAFT_DATE,
        generator="ordinance-kit 0.1.0",
        library_hash="sha256:" + "a" * 64,
        answers_hash="sha256:" + "b" * 64,
    )
    return dataclasses.replace(m, **changes)


def T(s):
    return Text(s)


def num(level, label, *inlines, anchor=None, note=None):
    return Block("numbered", tuple(inlines), level=level, label=label, anchor=anchor, note=note)


def text(*inlines, anchor=None, note=None):
    return Block("text", tuple(inlines), anchor=anchor, note=note)


SECTION_NOTE = Note(
    clause_id="approval", title="Why council approval first",
    text="Most adopted ordinances require approval before acquisition.\n\n"
         "Some cities allow emergency use with later review.",
    sources=("Oakland Mun. Code 9.64.030", "Seattle Mun. Code 14.18.020"))
CLOSING_NOTE = Note(clause_id="adoption", title="Adoption mechanics",
                    text="Check the charter for the number of readings.")


def sample_ordinance(**meta_changes) -> Ordinance:
    """Seven sections (so a "Section 7(b)" reference exists), levels 1-4, definitions,
    references forwards and backwards, a blank, notes and signatures."""
    council = TermUse("city_council", "City Council")
    tech = TermUse("surveillance_technology", "surveillance technology")
    sections = [
        Section(1, "Title.", "title", (
            text(T("This ordinance shall be known as the "), Emphasis("Surveillance Technology "
                 "Oversight Ordinance"), T(".")),)),
        Section(2, "Definitions.", "definitions", (
            text(T("For the purposes of this ordinance:")),
            num(1, "(a)", DefinedTerm("City Council"), T(" means the City Council of the "
                "City of Riverside."), anchor="definitions.city_council"),
            num(1, "(b)", DefinedTerm("Surveillance technology"), T(" means any electronic "
                "device or software used to monitor individuals, except as provided in "),
                Ref("approval.exemptions", "Section 7(b)"), T("."),
                anchor="definitions.surveillance_technology"),
        )),
        Section(3, "Approval required.", "approval_required", (
            num(1, "(a)", T("A City department must obtain approval of the "), council,
                T(" before it:"), anchor="approval_required.a"),
            num(2, "(1)", T("acquires new "), tech, T(";"), anchor="approval_required.a.1"),
            num(2, "(2)", T("uses "), tech, T(" for a purpose not previously approved, "
                "including:")),
            num(3, "(A)", Emphasis("Sharing."), T(" sharing data with another agency;")),
            num(4, "(i)", T("including a federal agency; or")),
            num(4, "(ii)", T("a state agency; and"), anchor="approval_required.a.2.A.ii"),
            num(3, "(B)", T("any other new use.")),
            num(1, "(b)", T("The approval under "), Ref("approval_required.a", "Section 3(a)"),
                T(" shall be by resolution after a public hearing held within "),
                Blank("number of days"), T(" days.")),
        ), note=SECTION_NOTE),
        Section(4, "Surveillance impact report.", "impact_report", (
            text(T("Each request under "), Ref("approval_required", "Section 3"),
                 T(" shall include a surveillance impact report.")),)),
        Section(5, "Annual report.", "annual_report", (
            text(T("The Chief of Police shall file an annual report by "), Blank("date"),
                 T(".")),)),
        Section(6, "Enforcement.", "enforcement", (
            text(T("A violation of "), Ref("approval_required.a.2.A.ii",
                 "Section 3(a)(2)(A)(ii)"), T(" is an infraction.")),)),
        Section(7, "Exemptions.", "approval", (
            num(1, "(a)", T("Body-worn cameras are subject to this ordinance.")),
            num(1, "(b)", T("Nothing in this ordinance applies to standard office "
                "equipment."), anchor="approval.exemptions"),
        )),
    ]
    return Ordinance(
        meta=meta(**meta_changes),
        number_line=(T("ORDINANCE NO. "), Blank("ordinance number")),
        caption=(text(T("An ordinance of the City of Riverside adding Chapter 2.90 to the "
                        "Municipal Code concerning surveillance technology")),),
        recitals=(
            text(T("WHEREAS, the "), council, T(" finds that surveillance technology may "
                   "threaten civil liberties; and")),
            text(T("WHEREAS, public oversight builds trust; now, therefore,")),
        ),
        enacting=(text(T("THE CITY COUNCIL OF THE CITY OF RIVERSIDE DOES ORDAIN AS "
                         "FOLLOWS:")),),
        sections=tuple(sections),
        closing=(
            text(T("PASSED AND ADOPTED this "), Blank("day"), T(" day of "), Blank("month"),
                 T(", 2027."), note=CLOSING_NOTE),
            Block("signature", (T("Mayor"),)),
            Block("signature", (T("City Clerk"),)),
        ),
        blanks=(Blank("ordinance number"), Blank("number of days"), Blank("date"),
                Blank("day"), Blank("month")),
    )


def big_ordinance(n_sections: int = 40) -> Ordinance:
    """About 10 paragraphs per section: 40 sections -> ~400 paragraphs."""
    base = sample_ordinance()
    sections = []
    for i in range(1, n_sections + 1):
        blocks = [text(T(f"Text of section {i}. " * 8))]
        for j, letter in enumerate("abcd"):
            blocks.append(num(1, f"({letter})", T("Subsection text with a reference to "),
                              Ref(f"s{i}", f"Section {i}"), T(" and more words " * 6),
                              anchor=f"s{i}.{letter}"))
            if j < 2:
                blocks.append(num(2, "(1)", T("Paragraph text. " * 5)))
                blocks.append(num(2, "(2)", T("Paragraph text. " * 5)))
        sections.append(Section(i, f"Heading {i}.", f"s{i}", tuple(blocks[:9])))
    return dataclasses.replace(base, sections=tuple(sections))
