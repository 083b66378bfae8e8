"""The scorecard: each protection in tags.yaml (rows) in this draft, in chosen enacted laws and
in the CCOPS model (columns), as present / partial / absent with its key number.

This draft's column is read from what the draft contains, never from its printed words: the
paragraphs the clauses produced (clause id and subdivision id, from the tree or, for an edited
Word file, from its bookmarks and manifest) and the answer values they used. A protection is
present when an operative section that carries its tag is in the draft (and, where one
subdivision does the work, that subdivision is there); partial when only the findings or the
purpose state it, or a narrower form of it is in; absent otherwise. The laws' columns come from
clauses/benchmarks (benchmarks.py).
"""
from __future__ import annotations

from dataclasses import dataclass
from typing import Any, Callable, Iterable

from .benchmarks import MODEL_ID, Benchmark, Cell
from .clause import Library
from .errors import UserError
from .suggest import nearest

# The laws compared when --with is not given: four of the best-documented, of different shapes
# (a commission and damages; an IT committee and a fee award; a board and suppression; the
# publication model without a vote). Four, so the text table fits 80 columns.
DEFAULT_LAWS = ("oakland", "san-francisco", "boston", "new-york-city")
DRAFT = "draft"


@dataclass(frozen=True)
class Row:
    tag: str
    label: str                   # the protection in words (tags.yaml)
    cells: tuple[Cell, ...]      # one per column, the draft first


@dataclass(frozen=True)
class Scorecard:
    title: str                   # "City of Riverbend draft"
    columns: tuple[tuple[str, str], ...]    # (id, heading): the draft, the laws, the model
    rows: tuple[Row, ...]
    notes: tuple[str, ...]       # what the columns are, and that unverified cells are marked

    def as_dict(self) -> dict:
        return {"title": self.title,
                "columns": [{"id": i, "heading": h} for i, h in self.columns],
                "rows": [{"protection": r.tag, "label": r.label,
                          "cells": {cid: c.as_dict() for (cid, _), c in zip(self.columns, r.cells)}}
                         for r in self.rows],
                "notes": list(self.notes)}


def _v(values: dict, key: str) -> Any:
    value = values.get(key)
    return None if value is None or type(value).__name__ == "Unanswered" else value


def _days(n: Any) -> str:
    return f"{n} day" if str(n) == "1" else f"{n} days"


def _money(n: Any) -> str:
    amount = float(n)
    return f"${int(amount):,}" if amount.is_integer() else f"${amount:,.2f}"


def _notice(v: dict) -> str:
    days = _v(v, "timelines.notice_days")
    if days is None:
        return ""
    if _v(v, "oversight.model") == "publication":
        comment = _v(v, "timelines.comment_days")
        return f"{_days(days)} before use" + (f"; {comment}-day comment" if comment else "")
    return f"{_days(days)} before the hearing"


def _oversight(v: dict) -> str:
    kind = {"new": "new body", "existing": "existing body", "advisory": "advisory board",
            "auditor": "auditor"}.get(_v(v, "oversight.body") or "", "")
    days = _v(v, "timelines.oversight_review_days")
    if kind and days and _v(v, "oversight.body") in ("new", "existing"):
        return f"{kind}; {days}-day review"
    return kind


def _report(v: dict) -> str:
    cadence = {"yearly": "yearly", "every-two-years": "every two years"}.get(
        _v(v, "options.report_cadence") or "", "")
    return cadence


def _exigent(v: dict) -> str:
    bits = []
    if _v(v, "options.exigent_cap") and _v(v, "timelines.exigent_max_hours"):
        bits.append(f"{_v(v, 'timelines.exigent_max_hours')} hours")
    if _v(v, "exigent.report_from") == "next-meeting":
        bits.append("report at next meeting")
    elif _v(v, "timelines.exigent_report_days"):
        bits.append(f"report in {_days(_v(v, 'timelines.exigent_report_days'))}")
    return "; ".join(bits)


def _existing(v: dict) -> str:
    submit = _v(v, "timelines.existing_submit_days")
    stop = _v(v, "timelines.existing_approval_days")
    text = f"report in {_days(submit)}" if submit else ""
    if stop and _v(v, "options.existing_stop_use"):
        text += f"; stop after {_days(stop)}"
    return text


def _damages(v: dict) -> str:
    floor, per_day = _v(v, "enforcement.damages_floor"), _v(v, "enforcement.damages_per_day")
    if floor is None:
        return ""
    return _money(floor) + (f" or {_money(per_day)}/day" if per_day else "")


def _suit(v: dict) -> str:
    if _v(v, "enforcement.cure_period") and _v(v, "enforcement.cure_days"):
        return f"after {_v(v, 'enforcement.cure_days')}-day notice"
    return "residents" if _v(v, "enforcement.plaintiffs") == "residents" else "any person"


def _retention(v: dict) -> str:
    days = _v(v, "timelines.retention_max_days")
    return f"kept at most {_days(days)}" if _v(v, "options.retention_cap") and days else ""


def _approval(v: dict) -> str:
    form = _v(v, "options.approval_form")
    return {"ordinance": "by ordinance", "resolution": "by resolution",
            "vote": "by vote"}.get(form or "", "")


def _whistle(v: dict) -> str:
    return {"own-action": "own right to sue", "state-law": "state-law remedy"}.get(
        _v(v, "options.whistleblower") or "", "")


@dataclass(frozen=True)
class Evidence:
    """What shows a protection is in the draft beyond its tag: subdivisions (clause#sub) of
    which one must be present, and the key number from the answer values."""
    subs: tuple[str, ...] = ()
    number: Callable[[dict], str] | None = None


EVIDENCE: dict[str, Evidence] = {
    "approval-before-acquisition": Evidence(("approval-required#triggers",), _approval),
    "public-notice": Evidence(("public-notice#posting",), _notice),
    "community-engagement": Evidence(("public-notice#meetings", "annual-report#meeting")),
    "oversight-body": Evidence(("oversight-body#duties",), _oversight),
    "less-invasive-alternative": Evidence(("approval-standard#alternatives",)),
    "existing-technology": Evidence((), _existing),
    "annual-report": Evidence((), _report),
    "exigent-limits": Evidence((), _exigent),
    "data-minimization": Evidence((), _retention),
    "private-right-of-action": Evidence(("enforcement#injury",), _suit),
    "damages": Evidence(("enforcement#damages",), _damages),
    "attorneys-fees": Evidence(("enforcement#fees",)),
    "suppression": Evidence(("enforcement#suppression",)),
    "discipline": Evidence(("enforcement#discipline",)),
    "criminal-penalty": Evidence(("enforcement#misdemeanor",)),
    "whistleblower": Evidence((), _whistle),
}
# Clauses that state aims, not rules: a protection only they carry is partial.
STATED_ONLY = {"purpose"}


def draft_cells(library: Library, present: Iterable[tuple[str, str | None]],
                values: dict) -> dict[str, Cell]:
    """tag -> Cell for a draft whose paragraphs come from `present` (clause id, subdivision
    id) and whose answers are `values`. Every draft cell is verified: it is what the draft says."""
    present = set(present)
    clause_ids = {cid for cid, _ in present}
    subs = {f"{cid}#{sub}" for cid, sub in present if sub}
    by_id = library.by_id
    cells: dict[str, Cell] = {}
    for tag in library.tags:
        if tag == "structure":
            continue
        # a definition is in because a section uses its term; it protects nothing by itself
        carriers = [by_id[c] for c in sorted(clause_ids)
                    if c in by_id and tag in by_id[c].tags and not by_id[c].is_definition]
        operative = [c for c in carriers if c.part == "sections" and c.id not in STATED_ONLY]
        ev = EVIDENCE.get(tag, Evidence())
        if operative and (not ev.subs or subs & set(ev.subs)):
            status, number = "present", ev.number(values) if ev.number else ""
            provision = ", ".join(c.title for c in operative[:2])
        elif operative:              # the section is in, without the part that does this
            status, number, provision = "absent", "", ""
        elif carriers:
            status, number = "partial", "stated as an aim only"
            provision = ", ".join(c.title for c in carriers[:2])
        else:
            status, number, provision = "absent", "", ""
        cells[tag] = Cell(status, number, provision, True)
    _narrower(cells, clause_ids, values)
    return cells


def _narrower(cells: dict[str, Cell], clause_ids: set[str], values: dict) -> None:
    """Forms of a protection the research counts as less than the model's."""
    approval = cells["approval-before-acquisition"]
    if "publication-required" in clause_ids and approval.status != "present":
        cells["approval-before-acquisition"] = Cell(
            "partial", "no vote; publish and comment", "Publication and public comment "
            "before use", True)
    scope = _v(values, "options.facial_recognition_scope")
    if cells["facial-recognition-ban"].status == "present" and scope in ("departments", "systems"):
        old = cells["facial-recognition-ban"]
        cells["facial-recognition-ban"] = Cell("partial", f"listed {scope} only", old.provision,
                                               True)


def choose_laws(benchmarks: dict[str, Benchmark], wanted: list[str] | None) -> list[Benchmark]:
    """The laws for the columns, in the order asked (the CCOPS model always last)."""
    laws = {k: b for k, b in benchmarks.items() if k != MODEL_ID}
    if not wanted:
        wanted = [k for k in DEFAULT_LAWS if k in laws]
    chosen = []
    for key in wanted:
        key = key.strip().lower()
        if not key:
            continue
        if key not in laws:
            raise UserError(f"--with {key}: no enacted law by that name"
                            f"{nearest(key, laws)}. Known: {', '.join(sorted(laws))}.")
        if laws[key] not in chosen:
            chosen.append(laws[key])
    return chosen + ([benchmarks[MODEL_ID]] if MODEL_ID in benchmarks else [])


def build_scorecard(library: Library, title: str, draft: dict[str, Cell],
                    laws: list[Benchmark]) -> Scorecard:
    columns = ((DRAFT, "This draft"),) + tuple((b.id, b.short) for b in laws)
    rows = tuple(Row(tag, label, (draft[tag],) + tuple(b.cell(tag) for b in laws))
                 for tag, label in library.tags.items() if tag != "structure")
    notes = ("Each cell: present, partial or absent, with the key number. * marks a fact about "
             "an enacted law that was not checked against the law's own text (unverified); "
             "unknown means it has not been looked up.",) + tuple(
        f"{b.short}: {b.citation} ({b.year})" for b in laws)
    return Scorecard(title, columns, rows, notes)
