"""Lint rules that know state law: the draft against the facts in clauses/states/XX.yaml.

Each rule is `rule(asm) -> list[Finding]`, like the rules in checks.py, and cites the state fact
it relies on. Error where the draft as written would be unlawful in its state; warning where
the draft is drafted to yield (or the fact is unverified) and counsel must confirm.

Findings come from findings.py, not checks.py, since checks.py imports this module to register
the rules.
"""
from __future__ import annotations

from typing import Any, Iterator

from .assembly import Assembly
from .findings import Finding

# Optional modules that a state may preempt: preemption topic -> (answer key, clause id, words)
PREEMPTIBLE = {
    "immigration": ("options.immigration_limits", "immigration-data-sharing",
                    "limits on sharing data with federal immigration authorities"),
    "facial_recognition": ("options.facial_recognition_ban", "facial-recognition-ban",
                           "a facial recognition ban"),
}

# Remedies a unit without home-rule power may lack authority to create by ordinance.
REMEDIES = (
    ("enforcement.private_suit", "enforcement#injury", "a private right of action"),
    ("enforcement.damages", "enforcement#damages", "money damages"),
    ("enforcement.attorneys_fees", "enforcement#fees", "fee shifting"),
    ("enforcement.misdemeanor", "enforcement#misdemeanor", "a misdemeanour"),
)
# damages and fees exist only with a private suit (see the enforcement clause's conditions)
NEEDS_PRIVATE_SUIT = {"enforcement.damages", "enforcement.attorneys_fees"}


def _finding(level: str, where: str, message: str):
    return Finding(level, where, message)


def _state(asm: Assembly) -> dict:
    return asm.library.state(str(asm.answers.get("jurisdiction.state") or ""))


def _chosen(asm: Assembly, key: str) -> bool:
    """True only for an answer that is really true (an unanswered question is not a choice)."""
    return asm.answers.get(key) is True


def _included(asm: Assembly, clause_id: str) -> bool:
    decision = asm.decisions.get(clause_id)
    return bool(decision and decision.included)


def _fact(data: dict, *path: str) -> Any:
    for key in path:
        if not isinstance(data, dict):
            return None
        data = data.get(key)
    return data


def _citing(fact: dict) -> str:
    law = fact.get("law") or fact.get("name") or ""
    cite = fact.get("cite") or ""
    return f"{law} ({cite})" if law and cite else law or cite or "state law"


def preempted_module(asm: Assembly) -> list:
    """A module the answers ask for that the state facts record as preempted."""
    state = _state(asm)
    out = []
    for topic, (key, clause_id, words) in PREEMPTIBLE.items():
        fact = _fact(state, "preemption", topic)
        if not isinstance(fact, dict) or not fact.get("preempted") or not _chosen(asm, key):
            continue
        name = state.get("name", "this state")
        if _included(asm, clause_id):
            out.append(_finding("error", clause_id, f"{name} law preempts {words}: "
                                f"{_citing(fact)}. The draft includes them, which would be "
                                "unlawful as written; take the module out or narrow it to what "
                                "the statute leaves open."))
        else:
            out.append(_finding("warning", clause_id, f"the answers ask for {words} "
                                f"({key}: true), but {name} law preempts them: "
                                f"{_citing(fact)}. The draft leaves the section out; have "
                                "counsel confirm what, if anything, may replace it."))
    return out


def retention_below_state_minimum(asm: Assembly) -> list:
    """A retention ceiling shorter than the period state law requires records to be kept."""
    if not _included(asm, "use-policy"):
        return []
    minimum = _fact(_state(asm), "retention_minimum")
    if asm.answers.get("options.retention_cap") is False:
        return []       # no ceiling: each use policy sets its period, and the section yields
    cap = asm.answers.get("timelines.retention_max_days")
    if not isinstance(minimum, dict) or not minimum.get("days") or not isinstance(cap, int):
        return []
    if cap >= minimum["days"]:
        return []
    cite = minimum.get("cite") or "state law"
    records = minimum.get("records") or "some records"
    what = (f"the retention ceiling (timelines.retention_max_days: {cap}) is shorter than the "
            f"{minimum['days']} days that {cite} requires for {records}")
    if cite in _section_text(asm, "use-policy"):
        return [_finding("warning", "use-policy#retention-limit", f"{what}. The draft keeps those "
                         "records for the state period; confirm with counsel, or raise the "
                         "ceiling so one period covers all footage.")]
    return [_finding("error", "use-policy#retention-limit", f"{what}, and the use-policy section "
                     "does not yield to it, so the draft would order unlawful destruction. Raise "
                     "the ceiling or add the state-minimum exception.")]


def remedy_powers(asm: Assembly) -> list:
    """Remedies a place may have no power to create: home-rule status and immunity waivers."""
    if not _included(asm, "enforcement"):
        return []
    state = _state(asm)
    name = state.get("name", "this state")
    home_rule = _fact(state, "home_rule", "value")
    claims = _fact(state, "claims_act") or {}
    out = []
    for key, where, words in REMEDIES:
        if not _chosen(asm, key):
            continue
        if key in NEEDS_PRIVATE_SUIT and not _chosen(asm, "enforcement.private_suit"):
            continue
        if home_rule in ("dillon", "mixed"):
            status = "follows Dillon's Rule" if home_rule == "dillon" else \
                "gives home-rule power to some units and not others"
            out.append(_finding("warning", where, f"{name} {status}; a unit without "
                                "home-rule power may lack "
                                f"authority to create {words} by ordinance ({key}: true). "
                                "Counsel must confirm the authority before introduction."))
        if key == "enforcement.damages" and claims.get("legislature_only_waiver"):
            out.append(_finding("warning", where, f"in {name} only the Legislature can waive "
                                f"governmental immunity ({_citing(claims)}); the draft allows "
                                "damages only to the extent state law waives it. Consider "
                                "injunctive relief, discipline and contract terms instead."))
    return out


def unverified_fact_printed(asm: Assembly) -> list:
    """A state fact the draft's own text prints although the research has not verified it."""
    if asm.ordinance is None:
        return []
    out = []
    body = list(_body_texts(asm))
    notes = asm.with_notes
    for path, fact in _facts(_state(asm)):
        if fact.get("verified") is not False:
            continue
        for needle in (fact.get("cite"), fact.get("name"), fact.get("law")):
            if not needle:
                continue
            where = next((cid for cid, text in body if needle in text), None)
            if where is None:
                continue
            flag = ("its drafter's note says to verify it" if notes else
                    "this draft has no drafter's notes, so nothing in it flags this")
            out.append(_finding("warning", where, f"prints '{needle}' ({path}), which the state "
                                f"facts mark unverified (source: {fact.get('source') or 'none'}); "
                                f"{flag}. Counsel must confirm it before introduction."))
            break
    return out


def _facts(data: dict, path: str = "state") -> Iterator[tuple[str, dict]]:
    """Every mapping in the state facts that carries a `verified` flag."""
    for key, value in data.items():
        if isinstance(value, dict):
            if "verified" in value:
                yield f"{path}.{key}", value
            else:
                yield from _facts(value, f"{path}.{key}")


def _body_texts(asm: Assembly) -> Iterator[tuple[str, str]]:
    """(clause id, text) for every paragraph of the draft itself (notes excluded)."""
    for block in asm.ordinance.all_blocks():
        yield block.clause_id or "document", block.text


def _section_text(asm: Assembly, clause_id: str) -> str:
    return "\n".join(text for cid, text in _body_texts(asm) if cid == clause_id)


STATE_LAW_RULES = [preempted_module, retention_below_state_minimum, remedy_powers,
                   unverified_fact_printed]
