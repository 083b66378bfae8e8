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


from mutmut.mutation.trampoline import wrap_in_trampoline as _mutmut_mutated, MutantDict
mutants_x__finding__mutmut: MutantDict = {}  # type: ignore


@_mutmut_mutated(mutants_x__finding__mutmut)
def _finding(level: str, where: str, message: str):
    return Finding(level, where, message)


def x__finding__mutmut_orig(level: str, where: str, message: str):
    return Finding(level, where, message)


def x__finding__mutmut_1(level: str, where: str, message: str):
    return Finding(None, where, message)


def x__finding__mutmut_2(level: str, where: str, message: str):
    return Finding(level, None, message)


def x__finding__mutmut_3(level: str, where: str, message: str):
    return Finding(level, where, None)


def x__finding__mutmut_4(level: str, where: str, message: str):
    return Finding(where, message)


def x__finding__mutmut_5(level: str, where: str, message: str):
    return Finding(level, message)


def x__finding__mutmut_6(level: str, where: str, message: str):
    return Finding(level, where, )

mutants_x__finding__mutmut['_mutmut_orig'] = x__finding__mutmut_orig # type: ignore # mutmut generated
mutants_x__finding__mutmut['x__finding__mutmut_1'] = x__finding__mutmut_1 # type: ignore # mutmut generated
mutants_x__finding__mutmut['x__finding__mutmut_2'] = x__finding__mutmut_2 # type: ignore # mutmut generated
mutants_x__finding__mutmut['x__finding__mutmut_3'] = x__finding__mutmut_3 # type: ignore # mutmut generated
mutants_x__finding__mutmut['x__finding__mutmut_4'] = x__finding__mutmut_4 # type: ignore # mutmut generated
mutants_x__finding__mutmut['x__finding__mutmut_5'] = x__finding__mutmut_5 # type: ignore # mutmut generated
mutants_x__finding__mutmut['x__finding__mutmut_6'] = x__finding__mutmut_6 # type: ignore # mutmut generated
mutants_x__state__mutmut: MutantDict = {}  # type: ignore


@_mutmut_mutated(mutants_x__state__mutmut)
def _state(asm: Assembly) -> dict:
    return asm.library.state(str(asm.answers.get("jurisdiction.state") or ""))


def x__state__mutmut_orig(asm: Assembly) -> dict:
    return asm.library.state(str(asm.answers.get("jurisdiction.state") or ""))


def x__state__mutmut_1(asm: Assembly) -> dict:
    return asm.library.state(None)


def x__state__mutmut_2(asm: Assembly) -> dict:
    return asm.library.state(str(None))


def x__state__mutmut_3(asm: Assembly) -> dict:
    return asm.library.state(str(asm.answers.get("jurisdiction.state") and ""))


def x__state__mutmut_4(asm: Assembly) -> dict:
    return asm.library.state(str(asm.answers.get(None) or ""))


def x__state__mutmut_5(asm: Assembly) -> dict:
    return asm.library.state(str(asm.answers.get("XXjurisdiction.stateXX") or ""))


def x__state__mutmut_6(asm: Assembly) -> dict:
    return asm.library.state(str(asm.answers.get("JURISDICTION.STATE") or ""))


def x__state__mutmut_7(asm: Assembly) -> dict:
    return asm.library.state(str(asm.answers.get("jurisdiction.state") or "XXXX"))

mutants_x__state__mutmut['_mutmut_orig'] = x__state__mutmut_orig # type: ignore # mutmut generated
mutants_x__state__mutmut['x__state__mutmut_1'] = x__state__mutmut_1 # type: ignore # mutmut generated
mutants_x__state__mutmut['x__state__mutmut_2'] = x__state__mutmut_2 # type: ignore # mutmut generated
mutants_x__state__mutmut['x__state__mutmut_3'] = x__state__mutmut_3 # type: ignore # mutmut generated
mutants_x__state__mutmut['x__state__mutmut_4'] = x__state__mutmut_4 # type: ignore # mutmut generated
mutants_x__state__mutmut['x__state__mutmut_5'] = x__state__mutmut_5 # type: ignore # mutmut generated
mutants_x__state__mutmut['x__state__mutmut_6'] = x__state__mutmut_6 # type: ignore # mutmut generated
mutants_x__state__mutmut['x__state__mutmut_7'] = x__state__mutmut_7 # type: ignore # mutmut generated
mutants_x__chosen__mutmut: MutantDict = {}  # type: ignore


@_mutmut_mutated(mutants_x__chosen__mutmut)
def _chosen(asm: Assembly, key: str) -> bool:
    """True only for an answer that is really true (an unanswered question is not a choice)."""
    return asm.answers.get(key) is True


def x__chosen__mutmut_orig(asm: Assembly, key: str) -> bool:
    """True only for an answer that is really true (an unanswered question is not a choice)."""
    return asm.answers.get(key) is True


def x__chosen__mutmut_1(asm: Assembly, key: str) -> bool:
    """True only for an answer that is really true (an unanswered question is not a choice)."""
    return asm.answers.get(None) is True


def x__chosen__mutmut_2(asm: Assembly, key: str) -> bool:
    """True only for an answer that is really true (an unanswered question is not a choice)."""
    return asm.answers.get(key) is not True


def x__chosen__mutmut_3(asm: Assembly, key: str) -> bool:
    """True only for an answer that is really true (an unanswered question is not a choice)."""
    return asm.answers.get(key) is False

mutants_x__chosen__mutmut['_mutmut_orig'] = x__chosen__mutmut_orig # type: ignore # mutmut generated
mutants_x__chosen__mutmut['x__chosen__mutmut_1'] = x__chosen__mutmut_1 # type: ignore # mutmut generated
mutants_x__chosen__mutmut['x__chosen__mutmut_2'] = x__chosen__mutmut_2 # type: ignore # mutmut generated
mutants_x__chosen__mutmut['x__chosen__mutmut_3'] = x__chosen__mutmut_3 # type: ignore # mutmut generated
mutants_x__included__mutmut: MutantDict = {}  # type: ignore


@_mutmut_mutated(mutants_x__included__mutmut)
def _included(asm: Assembly, clause_id: str) -> bool:
    decision = asm.decisions.get(clause_id)
    return bool(decision and decision.included)


def x__included__mutmut_orig(asm: Assembly, clause_id: str) -> bool:
    decision = asm.decisions.get(clause_id)
    return bool(decision and decision.included)


def x__included__mutmut_1(asm: Assembly, clause_id: str) -> bool:
    decision = None
    return bool(decision and decision.included)


def x__included__mutmut_2(asm: Assembly, clause_id: str) -> bool:
    decision = asm.decisions.get(None)
    return bool(decision and decision.included)


def x__included__mutmut_3(asm: Assembly, clause_id: str) -> bool:
    decision = asm.decisions.get(clause_id)
    return bool(None)


def x__included__mutmut_4(asm: Assembly, clause_id: str) -> bool:
    decision = asm.decisions.get(clause_id)
    return bool(decision or decision.included)

mutants_x__included__mutmut['_mutmut_orig'] = x__included__mutmut_orig # type: ignore # mutmut generated
mutants_x__included__mutmut['x__included__mutmut_1'] = x__included__mutmut_1 # type: ignore # mutmut generated
mutants_x__included__mutmut['x__included__mutmut_2'] = x__included__mutmut_2 # type: ignore # mutmut generated
mutants_x__included__mutmut['x__included__mutmut_3'] = x__included__mutmut_3 # type: ignore # mutmut generated
mutants_x__included__mutmut['x__included__mutmut_4'] = x__included__mutmut_4 # type: ignore # mutmut generated
mutants_x__fact__mutmut: MutantDict = {}  # type: ignore


@_mutmut_mutated(mutants_x__fact__mutmut)
def _fact(data: dict, *path: str) -> Any:
    for key in path:
        if not isinstance(data, dict):
            return None
        data = data.get(key)
    return data


def x__fact__mutmut_orig(data: dict, *path: str) -> Any:
    for key in path:
        if not isinstance(data, dict):
            return None
        data = data.get(key)
    return data


def x__fact__mutmut_1(data: dict, *path: str) -> Any:
    for key in path:
        if isinstance(data, dict):
            return None
        data = data.get(key)
    return data


def x__fact__mutmut_2(data: dict, *path: str) -> Any:
    for key in path:
        if not isinstance(data, dict):
            return None
        data = None
    return data


def x__fact__mutmut_3(data: dict, *path: str) -> Any:
    for key in path:
        if not isinstance(data, dict):
            return None
        data = data.get(None)
    return data

mutants_x__fact__mutmut['_mutmut_orig'] = x__fact__mutmut_orig # type: ignore # mutmut generated
mutants_x__fact__mutmut['x__fact__mutmut_1'] = x__fact__mutmut_1 # type: ignore # mutmut generated
mutants_x__fact__mutmut['x__fact__mutmut_2'] = x__fact__mutmut_2 # type: ignore # mutmut generated
mutants_x__fact__mutmut['x__fact__mutmut_3'] = x__fact__mutmut_3 # type: ignore # mutmut generated
mutants_x__citing__mutmut: MutantDict = {}  # type: ignore


@_mutmut_mutated(mutants_x__citing__mutmut)
def _citing(fact: dict) -> str:
    law = fact.get("law") or fact.get("name") or ""
    cite = fact.get("cite") or ""
    return f"{law} ({cite})" if law and cite else law or cite or "state law"


def x__citing__mutmut_orig(fact: dict) -> str:
    law = fact.get("law") or fact.get("name") or ""
    cite = fact.get("cite") or ""
    return f"{law} ({cite})" if law and cite else law or cite or "state law"


def x__citing__mutmut_1(fact: dict) -> str:
    law = None
    cite = fact.get("cite") or ""
    return f"{law} ({cite})" if law and cite else law or cite or "state law"


def x__citing__mutmut_2(fact: dict) -> str:
    law = fact.get("law") or fact.get("name") and ""
    cite = fact.get("cite") or ""
    return f"{law} ({cite})" if law and cite else law or cite or "state law"


def x__citing__mutmut_3(fact: dict) -> str:
    law = fact.get("law") and fact.get("name") or ""
    cite = fact.get("cite") or ""
    return f"{law} ({cite})" if law and cite else law or cite or "state law"


def x__citing__mutmut_4(fact: dict) -> str:
    law = fact.get(None) or fact.get("name") or ""
    cite = fact.get("cite") or ""
    return f"{law} ({cite})" if law and cite else law or cite or "state law"


def x__citing__mutmut_5(fact: dict) -> str:
    law = fact.get("XXlawXX") or fact.get("name") or ""
    cite = fact.get("cite") or ""
    return f"{law} ({cite})" if law and cite else law or cite or "state law"


def x__citing__mutmut_6(fact: dict) -> str:
    law = fact.get("LAW") or fact.get("name") or ""
    cite = fact.get("cite") or ""
    return f"{law} ({cite})" if law and cite else law or cite or "state law"


def x__citing__mutmut_7(fact: dict) -> str:
    law = fact.get("law") or fact.get(None) or ""
    cite = fact.get("cite") or ""
    return f"{law} ({cite})" if law and cite else law or cite or "state law"


def x__citing__mutmut_8(fact: dict) -> str:
    law = fact.get("law") or fact.get("XXnameXX") or ""
    cite = fact.get("cite") or ""
    return f"{law} ({cite})" if law and cite else law or cite or "state law"


def x__citing__mutmut_9(fact: dict) -> str:
    law = fact.get("law") or fact.get("NAME") or ""
    cite = fact.get("cite") or ""
    return f"{law} ({cite})" if law and cite else law or cite or "state law"


def x__citing__mutmut_10(fact: dict) -> str:
    law = fact.get("law") or fact.get("name") or "XXXX"
    cite = fact.get("cite") or ""
    return f"{law} ({cite})" if law and cite else law or cite or "state law"


def x__citing__mutmut_11(fact: dict) -> str:
    law = fact.get("law") or fact.get("name") or ""
    cite = None
    return f"{law} ({cite})" if law and cite else law or cite or "state law"


def x__citing__mutmut_12(fact: dict) -> str:
    law = fact.get("law") or fact.get("name") or ""
    cite = fact.get("cite") and ""
    return f"{law} ({cite})" if law and cite else law or cite or "state law"


def x__citing__mutmut_13(fact: dict) -> str:
    law = fact.get("law") or fact.get("name") or ""
    cite = fact.get(None) or ""
    return f"{law} ({cite})" if law and cite else law or cite or "state law"


def x__citing__mutmut_14(fact: dict) -> str:
    law = fact.get("law") or fact.get("name") or ""
    cite = fact.get("XXciteXX") or ""
    return f"{law} ({cite})" if law and cite else law or cite or "state law"


def x__citing__mutmut_15(fact: dict) -> str:
    law = fact.get("law") or fact.get("name") or ""
    cite = fact.get("CITE") or ""
    return f"{law} ({cite})" if law and cite else law or cite or "state law"


def x__citing__mutmut_16(fact: dict) -> str:
    law = fact.get("law") or fact.get("name") or ""
    cite = fact.get("cite") or "XXXX"
    return f"{law} ({cite})" if law and cite else law or cite or "state law"


def x__citing__mutmut_17(fact: dict) -> str:
    law = fact.get("law") or fact.get("name") or ""
    cite = fact.get("cite") or ""
    return f"{law} ({cite})" if (law and cite) and False else law or cite or "state law"


def x__citing__mutmut_18(fact: dict) -> str:
    law = fact.get("law") or fact.get("name") or ""
    cite = fact.get("cite") or ""
    return f"{law} ({cite})" if (law and cite) or True else law or cite or "state law"


def x__citing__mutmut_19(fact: dict) -> str:
    law = fact.get("law") or fact.get("name") or ""
    cite = fact.get("cite") or ""
    return f"{law} ({cite})" if law or cite else law or cite or "state law"


def x__citing__mutmut_20(fact: dict) -> str:
    law = fact.get("law") or fact.get("name") or ""
    cite = fact.get("cite") or ""
    return f"{law} ({cite})" if law and cite else law or cite and "state law"


def x__citing__mutmut_21(fact: dict) -> str:
    law = fact.get("law") or fact.get("name") or ""
    cite = fact.get("cite") or ""
    return f"{law} ({cite})" if law and cite else law and cite or "state law"


def x__citing__mutmut_22(fact: dict) -> str:
    law = fact.get("law") or fact.get("name") or ""
    cite = fact.get("cite") or ""
    return f"{law} ({cite})" if law and cite else law or cite or "XXstate lawXX"


def x__citing__mutmut_23(fact: dict) -> str:
    law = fact.get("law") or fact.get("name") or ""
    cite = fact.get("cite") or ""
    return f"{law} ({cite})" if law and cite else law or cite or "STATE LAW"

mutants_x__citing__mutmut['_mutmut_orig'] = x__citing__mutmut_orig # type: ignore # mutmut generated
mutants_x__citing__mutmut['x__citing__mutmut_1'] = x__citing__mutmut_1 # type: ignore # mutmut generated
mutants_x__citing__mutmut['x__citing__mutmut_2'] = x__citing__mutmut_2 # type: ignore # mutmut generated
mutants_x__citing__mutmut['x__citing__mutmut_3'] = x__citing__mutmut_3 # type: ignore # mutmut generated
mutants_x__citing__mutmut['x__citing__mutmut_4'] = x__citing__mutmut_4 # type: ignore # mutmut generated
mutants_x__citing__mutmut['x__citing__mutmut_5'] = x__citing__mutmut_5 # type: ignore # mutmut generated
mutants_x__citing__mutmut['x__citing__mutmut_6'] = x__citing__mutmut_6 # type: ignore # mutmut generated
mutants_x__citing__mutmut['x__citing__mutmut_7'] = x__citing__mutmut_7 # type: ignore # mutmut generated
mutants_x__citing__mutmut['x__citing__mutmut_8'] = x__citing__mutmut_8 # type: ignore # mutmut generated
mutants_x__citing__mutmut['x__citing__mutmut_9'] = x__citing__mutmut_9 # type: ignore # mutmut generated
mutants_x__citing__mutmut['x__citing__mutmut_10'] = x__citing__mutmut_10 # type: ignore # mutmut generated
mutants_x__citing__mutmut['x__citing__mutmut_11'] = x__citing__mutmut_11 # type: ignore # mutmut generated
mutants_x__citing__mutmut['x__citing__mutmut_12'] = x__citing__mutmut_12 # type: ignore # mutmut generated
mutants_x__citing__mutmut['x__citing__mutmut_13'] = x__citing__mutmut_13 # type: ignore # mutmut generated
mutants_x__citing__mutmut['x__citing__mutmut_14'] = x__citing__mutmut_14 # type: ignore # mutmut generated
mutants_x__citing__mutmut['x__citing__mutmut_15'] = x__citing__mutmut_15 # type: ignore # mutmut generated
mutants_x__citing__mutmut['x__citing__mutmut_16'] = x__citing__mutmut_16 # type: ignore # mutmut generated
mutants_x__citing__mutmut['x__citing__mutmut_17'] = x__citing__mutmut_17 # type: ignore # mutmut generated
mutants_x__citing__mutmut['x__citing__mutmut_18'] = x__citing__mutmut_18 # type: ignore # mutmut generated
mutants_x__citing__mutmut['x__citing__mutmut_19'] = x__citing__mutmut_19 # type: ignore # mutmut generated
mutants_x__citing__mutmut['x__citing__mutmut_20'] = x__citing__mutmut_20 # type: ignore # mutmut generated
mutants_x__citing__mutmut['x__citing__mutmut_21'] = x__citing__mutmut_21 # type: ignore # mutmut generated
mutants_x__citing__mutmut['x__citing__mutmut_22'] = x__citing__mutmut_22 # type: ignore # mutmut generated
mutants_x__citing__mutmut['x__citing__mutmut_23'] = x__citing__mutmut_23 # type: ignore # mutmut generated
mutants_x_preempted_module__mutmut: MutantDict = {}  # type: ignore


@_mutmut_mutated(mutants_x_preempted_module__mutmut)
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


def x_preempted_module__mutmut_orig(asm: Assembly) -> list:
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


def x_preempted_module__mutmut_1(asm: Assembly) -> list:
    """A module the answers ask for that the state facts record as preempted."""
    state = None
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


def x_preempted_module__mutmut_2(asm: Assembly) -> list:
    """A module the answers ask for that the state facts record as preempted."""
    state = _state(None)
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


def x_preempted_module__mutmut_3(asm: Assembly) -> list:
    """A module the answers ask for that the state facts record as preempted."""
    state = _state(asm)
    out = None
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


def x_preempted_module__mutmut_4(asm: Assembly) -> list:
    """A module the answers ask for that the state facts record as preempted."""
    state = _state(asm)
    out = []
    for topic, (key, clause_id, words) in PREEMPTIBLE.items():
        fact = None
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


def x_preempted_module__mutmut_5(asm: Assembly) -> list:
    """A module the answers ask for that the state facts record as preempted."""
    state = _state(asm)
    out = []
    for topic, (key, clause_id, words) in PREEMPTIBLE.items():
        fact = _fact(None, "preemption", topic)
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


def x_preempted_module__mutmut_6(asm: Assembly) -> list:
    """A module the answers ask for that the state facts record as preempted."""
    state = _state(asm)
    out = []
    for topic, (key, clause_id, words) in PREEMPTIBLE.items():
        fact = _fact(state, None, topic)
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


def x_preempted_module__mutmut_7(asm: Assembly) -> list:
    """A module the answers ask for that the state facts record as preempted."""
    state = _state(asm)
    out = []
    for topic, (key, clause_id, words) in PREEMPTIBLE.items():
        fact = _fact(state, "preemption", None)
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


def x_preempted_module__mutmut_8(asm: Assembly) -> list:
    """A module the answers ask for that the state facts record as preempted."""
    state = _state(asm)
    out = []
    for topic, (key, clause_id, words) in PREEMPTIBLE.items():
        fact = _fact("preemption", topic)
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


def x_preempted_module__mutmut_9(asm: Assembly) -> list:
    """A module the answers ask for that the state facts record as preempted."""
    state = _state(asm)
    out = []
    for topic, (key, clause_id, words) in PREEMPTIBLE.items():
        fact = _fact(state, topic)
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


def x_preempted_module__mutmut_10(asm: Assembly) -> list:
    """A module the answers ask for that the state facts record as preempted."""
    state = _state(asm)
    out = []
    for topic, (key, clause_id, words) in PREEMPTIBLE.items():
        fact = _fact(state, "preemption", )
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


def x_preempted_module__mutmut_11(asm: Assembly) -> list:
    """A module the answers ask for that the state facts record as preempted."""
    state = _state(asm)
    out = []
    for topic, (key, clause_id, words) in PREEMPTIBLE.items():
        fact = _fact(state, "XXpreemptionXX", topic)
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


def x_preempted_module__mutmut_12(asm: Assembly) -> list:
    """A module the answers ask for that the state facts record as preempted."""
    state = _state(asm)
    out = []
    for topic, (key, clause_id, words) in PREEMPTIBLE.items():
        fact = _fact(state, "PREEMPTION", topic)
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


def x_preempted_module__mutmut_13(asm: Assembly) -> list:
    """A module the answers ask for that the state facts record as preempted."""
    state = _state(asm)
    out = []
    for topic, (key, clause_id, words) in PREEMPTIBLE.items():
        fact = _fact(state, "preemption", topic)
        if not isinstance(fact, dict) or not fact.get("preempted") and not _chosen(asm, key):
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


def x_preempted_module__mutmut_14(asm: Assembly) -> list:
    """A module the answers ask for that the state facts record as preempted."""
    state = _state(asm)
    out = []
    for topic, (key, clause_id, words) in PREEMPTIBLE.items():
        fact = _fact(state, "preemption", topic)
        if not isinstance(fact, dict) and not fact.get("preempted") or not _chosen(asm, key):
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


def x_preempted_module__mutmut_15(asm: Assembly) -> list:
    """A module the answers ask for that the state facts record as preempted."""
    state = _state(asm)
    out = []
    for topic, (key, clause_id, words) in PREEMPTIBLE.items():
        fact = _fact(state, "preemption", topic)
        if isinstance(fact, dict) or not fact.get("preempted") or not _chosen(asm, key):
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


def x_preempted_module__mutmut_16(asm: Assembly) -> list:
    """A module the answers ask for that the state facts record as preempted."""
    state = _state(asm)
    out = []
    for topic, (key, clause_id, words) in PREEMPTIBLE.items():
        fact = _fact(state, "preemption", topic)
        if not isinstance(fact, dict) or fact.get("preempted") or not _chosen(asm, key):
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


def x_preempted_module__mutmut_17(asm: Assembly) -> list:
    """A module the answers ask for that the state facts record as preempted."""
    state = _state(asm)
    out = []
    for topic, (key, clause_id, words) in PREEMPTIBLE.items():
        fact = _fact(state, "preemption", topic)
        if not isinstance(fact, dict) or not fact.get(None) or not _chosen(asm, key):
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


def x_preempted_module__mutmut_18(asm: Assembly) -> list:
    """A module the answers ask for that the state facts record as preempted."""
    state = _state(asm)
    out = []
    for topic, (key, clause_id, words) in PREEMPTIBLE.items():
        fact = _fact(state, "preemption", topic)
        if not isinstance(fact, dict) or not fact.get("XXpreemptedXX") or not _chosen(asm, key):
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


def x_preempted_module__mutmut_19(asm: Assembly) -> list:
    """A module the answers ask for that the state facts record as preempted."""
    state = _state(asm)
    out = []
    for topic, (key, clause_id, words) in PREEMPTIBLE.items():
        fact = _fact(state, "preemption", topic)
        if not isinstance(fact, dict) or not fact.get("PREEMPTED") or not _chosen(asm, key):
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


def x_preempted_module__mutmut_20(asm: Assembly) -> list:
    """A module the answers ask for that the state facts record as preempted."""
    state = _state(asm)
    out = []
    for topic, (key, clause_id, words) in PREEMPTIBLE.items():
        fact = _fact(state, "preemption", topic)
        if not isinstance(fact, dict) or not fact.get("preempted") or _chosen(asm, key):
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


def x_preempted_module__mutmut_21(asm: Assembly) -> list:
    """A module the answers ask for that the state facts record as preempted."""
    state = _state(asm)
    out = []
    for topic, (key, clause_id, words) in PREEMPTIBLE.items():
        fact = _fact(state, "preemption", topic)
        if not isinstance(fact, dict) or not fact.get("preempted") or not _chosen(None, key):
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


def x_preempted_module__mutmut_22(asm: Assembly) -> list:
    """A module the answers ask for that the state facts record as preempted."""
    state = _state(asm)
    out = []
    for topic, (key, clause_id, words) in PREEMPTIBLE.items():
        fact = _fact(state, "preemption", topic)
        if not isinstance(fact, dict) or not fact.get("preempted") or not _chosen(asm, None):
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


def x_preempted_module__mutmut_23(asm: Assembly) -> list:
    """A module the answers ask for that the state facts record as preempted."""
    state = _state(asm)
    out = []
    for topic, (key, clause_id, words) in PREEMPTIBLE.items():
        fact = _fact(state, "preemption", topic)
        if not isinstance(fact, dict) or not fact.get("preempted") or not _chosen(key):
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


def x_preempted_module__mutmut_24(asm: Assembly) -> list:
    """A module the answers ask for that the state facts record as preempted."""
    state = _state(asm)
    out = []
    for topic, (key, clause_id, words) in PREEMPTIBLE.items():
        fact = _fact(state, "preemption", topic)
        if not isinstance(fact, dict) or not fact.get("preempted") or not _chosen(asm, ):
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


def x_preempted_module__mutmut_25(asm: Assembly) -> list:
    """A module the answers ask for that the state facts record as preempted."""
    state = _state(asm)
    out = []
    for topic, (key, clause_id, words) in PREEMPTIBLE.items():
        fact = _fact(state, "preemption", topic)
        if not isinstance(fact, dict) or not fact.get("preempted") or not _chosen(asm, key):
            break
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


def x_preempted_module__mutmut_26(asm: Assembly) -> list:
    """A module the answers ask for that the state facts record as preempted."""
    state = _state(asm)
    out = []
    for topic, (key, clause_id, words) in PREEMPTIBLE.items():
        fact = _fact(state, "preemption", topic)
        if not isinstance(fact, dict) or not fact.get("preempted") or not _chosen(asm, key):
            continue
        name = None
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


def x_preempted_module__mutmut_27(asm: Assembly) -> list:
    """A module the answers ask for that the state facts record as preempted."""
    state = _state(asm)
    out = []
    for topic, (key, clause_id, words) in PREEMPTIBLE.items():
        fact = _fact(state, "preemption", topic)
        if not isinstance(fact, dict) or not fact.get("preempted") or not _chosen(asm, key):
            continue
        name = state.get(None, "this state")
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


def x_preempted_module__mutmut_28(asm: Assembly) -> list:
    """A module the answers ask for that the state facts record as preempted."""
    state = _state(asm)
    out = []
    for topic, (key, clause_id, words) in PREEMPTIBLE.items():
        fact = _fact(state, "preemption", topic)
        if not isinstance(fact, dict) or not fact.get("preempted") or not _chosen(asm, key):
            continue
        name = state.get("name", None)
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


def x_preempted_module__mutmut_29(asm: Assembly) -> list:
    """A module the answers ask for that the state facts record as preempted."""
    state = _state(asm)
    out = []
    for topic, (key, clause_id, words) in PREEMPTIBLE.items():
        fact = _fact(state, "preemption", topic)
        if not isinstance(fact, dict) or not fact.get("preempted") or not _chosen(asm, key):
            continue
        name = state.get("this state")
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


def x_preempted_module__mutmut_30(asm: Assembly) -> list:
    """A module the answers ask for that the state facts record as preempted."""
    state = _state(asm)
    out = []
    for topic, (key, clause_id, words) in PREEMPTIBLE.items():
        fact = _fact(state, "preemption", topic)
        if not isinstance(fact, dict) or not fact.get("preempted") or not _chosen(asm, key):
            continue
        name = state.get("name", )
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


def x_preempted_module__mutmut_31(asm: Assembly) -> list:
    """A module the answers ask for that the state facts record as preempted."""
    state = _state(asm)
    out = []
    for topic, (key, clause_id, words) in PREEMPTIBLE.items():
        fact = _fact(state, "preemption", topic)
        if not isinstance(fact, dict) or not fact.get("preempted") or not _chosen(asm, key):
            continue
        name = state.get("XXnameXX", "this state")
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


def x_preempted_module__mutmut_32(asm: Assembly) -> list:
    """A module the answers ask for that the state facts record as preempted."""
    state = _state(asm)
    out = []
    for topic, (key, clause_id, words) in PREEMPTIBLE.items():
        fact = _fact(state, "preemption", topic)
        if not isinstance(fact, dict) or not fact.get("preempted") or not _chosen(asm, key):
            continue
        name = state.get("NAME", "this state")
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


def x_preempted_module__mutmut_33(asm: Assembly) -> list:
    """A module the answers ask for that the state facts record as preempted."""
    state = _state(asm)
    out = []
    for topic, (key, clause_id, words) in PREEMPTIBLE.items():
        fact = _fact(state, "preemption", topic)
        if not isinstance(fact, dict) or not fact.get("preempted") or not _chosen(asm, key):
            continue
        name = state.get("name", "XXthis stateXX")
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


def x_preempted_module__mutmut_34(asm: Assembly) -> list:
    """A module the answers ask for that the state facts record as preempted."""
    state = _state(asm)
    out = []
    for topic, (key, clause_id, words) in PREEMPTIBLE.items():
        fact = _fact(state, "preemption", topic)
        if not isinstance(fact, dict) or not fact.get("preempted") or not _chosen(asm, key):
            continue
        name = state.get("name", "THIS STATE")
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


def x_preempted_module__mutmut_35(asm: Assembly) -> list:
    """A module the answers ask for that the state facts record as preempted."""
    state = _state(asm)
    out = []
    for topic, (key, clause_id, words) in PREEMPTIBLE.items():
        fact = _fact(state, "preemption", topic)
        if not isinstance(fact, dict) or not fact.get("preempted") or not _chosen(asm, key):
            continue
        name = state.get("name", "this state")
        if _included(None, clause_id):
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


def x_preempted_module__mutmut_36(asm: Assembly) -> list:
    """A module the answers ask for that the state facts record as preempted."""
    state = _state(asm)
    out = []
    for topic, (key, clause_id, words) in PREEMPTIBLE.items():
        fact = _fact(state, "preemption", topic)
        if not isinstance(fact, dict) or not fact.get("preempted") or not _chosen(asm, key):
            continue
        name = state.get("name", "this state")
        if _included(asm, None):
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


def x_preempted_module__mutmut_37(asm: Assembly) -> list:
    """A module the answers ask for that the state facts record as preempted."""
    state = _state(asm)
    out = []
    for topic, (key, clause_id, words) in PREEMPTIBLE.items():
        fact = _fact(state, "preemption", topic)
        if not isinstance(fact, dict) or not fact.get("preempted") or not _chosen(asm, key):
            continue
        name = state.get("name", "this state")
        if _included(clause_id):
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


def x_preempted_module__mutmut_38(asm: Assembly) -> list:
    """A module the answers ask for that the state facts record as preempted."""
    state = _state(asm)
    out = []
    for topic, (key, clause_id, words) in PREEMPTIBLE.items():
        fact = _fact(state, "preemption", topic)
        if not isinstance(fact, dict) or not fact.get("preempted") or not _chosen(asm, key):
            continue
        name = state.get("name", "this state")
        if _included(asm, ):
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


def x_preempted_module__mutmut_39(asm: Assembly) -> list:
    """A module the answers ask for that the state facts record as preempted."""
    state = _state(asm)
    out = []
    for topic, (key, clause_id, words) in PREEMPTIBLE.items():
        fact = _fact(state, "preemption", topic)
        if not isinstance(fact, dict) or not fact.get("preempted") or not _chosen(asm, key):
            continue
        name = state.get("name", "this state")
        if _included(asm, clause_id):
            out.append(None)
        else:
            out.append(_finding("warning", clause_id, f"the answers ask for {words} "
                                f"({key}: true), but {name} law preempts them: "
                                f"{_citing(fact)}. The draft leaves the section out; have "
                                "counsel confirm what, if anything, may replace it."))
    return out


def x_preempted_module__mutmut_40(asm: Assembly) -> list:
    """A module the answers ask for that the state facts record as preempted."""
    state = _state(asm)
    out = []
    for topic, (key, clause_id, words) in PREEMPTIBLE.items():
        fact = _fact(state, "preemption", topic)
        if not isinstance(fact, dict) or not fact.get("preempted") or not _chosen(asm, key):
            continue
        name = state.get("name", "this state")
        if _included(asm, clause_id):
            out.append(_finding(None, clause_id, f"{name} law preempts {words}: "
                                f"{_citing(fact)}. The draft includes them, which would be "
                                "unlawful as written; take the module out or narrow it to what "
                                "the statute leaves open."))
        else:
            out.append(_finding("warning", clause_id, f"the answers ask for {words} "
                                f"({key}: true), but {name} law preempts them: "
                                f"{_citing(fact)}. The draft leaves the section out; have "
                                "counsel confirm what, if anything, may replace it."))
    return out


def x_preempted_module__mutmut_41(asm: Assembly) -> list:
    """A module the answers ask for that the state facts record as preempted."""
    state = _state(asm)
    out = []
    for topic, (key, clause_id, words) in PREEMPTIBLE.items():
        fact = _fact(state, "preemption", topic)
        if not isinstance(fact, dict) or not fact.get("preempted") or not _chosen(asm, key):
            continue
        name = state.get("name", "this state")
        if _included(asm, clause_id):
            out.append(_finding("error", None, f"{name} law preempts {words}: "
                                f"{_citing(fact)}. The draft includes them, which would be "
                                "unlawful as written; take the module out or narrow it to what "
                                "the statute leaves open."))
        else:
            out.append(_finding("warning", clause_id, f"the answers ask for {words} "
                                f"({key}: true), but {name} law preempts them: "
                                f"{_citing(fact)}. The draft leaves the section out; have "
                                "counsel confirm what, if anything, may replace it."))
    return out


def x_preempted_module__mutmut_42(asm: Assembly) -> list:
    """A module the answers ask for that the state facts record as preempted."""
    state = _state(asm)
    out = []
    for topic, (key, clause_id, words) in PREEMPTIBLE.items():
        fact = _fact(state, "preemption", topic)
        if not isinstance(fact, dict) or not fact.get("preempted") or not _chosen(asm, key):
            continue
        name = state.get("name", "this state")
        if _included(asm, clause_id):
            out.append(_finding("error", clause_id, None))
        else:
            out.append(_finding("warning", clause_id, f"the answers ask for {words} "
                                f"({key}: true), but {name} law preempts them: "
                                f"{_citing(fact)}. The draft leaves the section out; have "
                                "counsel confirm what, if anything, may replace it."))
    return out


def x_preempted_module__mutmut_43(asm: Assembly) -> list:
    """A module the answers ask for that the state facts record as preempted."""
    state = _state(asm)
    out = []
    for topic, (key, clause_id, words) in PREEMPTIBLE.items():
        fact = _fact(state, "preemption", topic)
        if not isinstance(fact, dict) or not fact.get("preempted") or not _chosen(asm, key):
            continue
        name = state.get("name", "this state")
        if _included(asm, clause_id):
            out.append(_finding(clause_id, f"{name} law preempts {words}: "
                                f"{_citing(fact)}. The draft includes them, which would be "
                                "unlawful as written; take the module out or narrow it to what "
                                "the statute leaves open."))
        else:
            out.append(_finding("warning", clause_id, f"the answers ask for {words} "
                                f"({key}: true), but {name} law preempts them: "
                                f"{_citing(fact)}. The draft leaves the section out; have "
                                "counsel confirm what, if anything, may replace it."))
    return out


def x_preempted_module__mutmut_44(asm: Assembly) -> list:
    """A module the answers ask for that the state facts record as preempted."""
    state = _state(asm)
    out = []
    for topic, (key, clause_id, words) in PREEMPTIBLE.items():
        fact = _fact(state, "preemption", topic)
        if not isinstance(fact, dict) or not fact.get("preempted") or not _chosen(asm, key):
            continue
        name = state.get("name", "this state")
        if _included(asm, clause_id):
            out.append(_finding("error", f"{name} law preempts {words}: "
                                f"{_citing(fact)}. The draft includes them, which would be "
                                "unlawful as written; take the module out or narrow it to what "
                                "the statute leaves open."))
        else:
            out.append(_finding("warning", clause_id, f"the answers ask for {words} "
                                f"({key}: true), but {name} law preempts them: "
                                f"{_citing(fact)}. The draft leaves the section out; have "
                                "counsel confirm what, if anything, may replace it."))
    return out


def x_preempted_module__mutmut_45(asm: Assembly) -> list:
    """A module the answers ask for that the state facts record as preempted."""
    state = _state(asm)
    out = []
    for topic, (key, clause_id, words) in PREEMPTIBLE.items():
        fact = _fact(state, "preemption", topic)
        if not isinstance(fact, dict) or not fact.get("preempted") or not _chosen(asm, key):
            continue
        name = state.get("name", "this state")
        if _included(asm, clause_id):
            out.append(_finding("error", clause_id, ))
        else:
            out.append(_finding("warning", clause_id, f"the answers ask for {words} "
                                f"({key}: true), but {name} law preempts them: "
                                f"{_citing(fact)}. The draft leaves the section out; have "
                                "counsel confirm what, if anything, may replace it."))
    return out


def x_preempted_module__mutmut_46(asm: Assembly) -> list:
    """A module the answers ask for that the state facts record as preempted."""
    state = _state(asm)
    out = []
    for topic, (key, clause_id, words) in PREEMPTIBLE.items():
        fact = _fact(state, "preemption", topic)
        if not isinstance(fact, dict) or not fact.get("preempted") or not _chosen(asm, key):
            continue
        name = state.get("name", "this state")
        if _included(asm, clause_id):
            out.append(_finding("XXerrorXX", clause_id, f"{name} law preempts {words}: "
                                f"{_citing(fact)}. The draft includes them, which would be "
                                "unlawful as written; take the module out or narrow it to what "
                                "the statute leaves open."))
        else:
            out.append(_finding("warning", clause_id, f"the answers ask for {words} "
                                f"({key}: true), but {name} law preempts them: "
                                f"{_citing(fact)}. The draft leaves the section out; have "
                                "counsel confirm what, if anything, may replace it."))
    return out


def x_preempted_module__mutmut_47(asm: Assembly) -> list:
    """A module the answers ask for that the state facts record as preempted."""
    state = _state(asm)
    out = []
    for topic, (key, clause_id, words) in PREEMPTIBLE.items():
        fact = _fact(state, "preemption", topic)
        if not isinstance(fact, dict) or not fact.get("preempted") or not _chosen(asm, key):
            continue
        name = state.get("name", "this state")
        if _included(asm, clause_id):
            out.append(_finding("ERROR", clause_id, f"{name} law preempts {words}: "
                                f"{_citing(fact)}. The draft includes them, which would be "
                                "unlawful as written; take the module out or narrow it to what "
                                "the statute leaves open."))
        else:
            out.append(_finding("warning", clause_id, f"the answers ask for {words} "
                                f"({key}: true), but {name} law preempts them: "
                                f"{_citing(fact)}. The draft leaves the section out; have "
                                "counsel confirm what, if anything, may replace it."))
    return out


def x_preempted_module__mutmut_48(asm: Assembly) -> list:
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
                                f"{_citing(None)}. The draft includes them, which would be "
                                "unlawful as written; take the module out or narrow it to what "
                                "the statute leaves open."))
        else:
            out.append(_finding("warning", clause_id, f"the answers ask for {words} "
                                f"({key}: true), but {name} law preempts them: "
                                f"{_citing(fact)}. The draft leaves the section out; have "
                                "counsel confirm what, if anything, may replace it."))
    return out


def x_preempted_module__mutmut_49(asm: Assembly) -> list:
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
                                "XXunlawful as written; take the module out or narrow it to what XX"
                                "the statute leaves open."))
        else:
            out.append(_finding("warning", clause_id, f"the answers ask for {words} "
                                f"({key}: true), but {name} law preempts them: "
                                f"{_citing(fact)}. The draft leaves the section out; have "
                                "counsel confirm what, if anything, may replace it."))
    return out


def x_preempted_module__mutmut_50(asm: Assembly) -> list:
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
                                "UNLAWFUL AS WRITTEN; TAKE THE MODULE OUT OR NARROW IT TO WHAT "
                                "the statute leaves open."))
        else:
            out.append(_finding("warning", clause_id, f"the answers ask for {words} "
                                f"({key}: true), but {name} law preempts them: "
                                f"{_citing(fact)}. The draft leaves the section out; have "
                                "counsel confirm what, if anything, may replace it."))
    return out


def x_preempted_module__mutmut_51(asm: Assembly) -> list:
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
                                "XXthe statute leaves open.XX"))
        else:
            out.append(_finding("warning", clause_id, f"the answers ask for {words} "
                                f"({key}: true), but {name} law preempts them: "
                                f"{_citing(fact)}. The draft leaves the section out; have "
                                "counsel confirm what, if anything, may replace it."))
    return out


def x_preempted_module__mutmut_52(asm: Assembly) -> list:
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
                                "THE STATUTE LEAVES OPEN."))
        else:
            out.append(_finding("warning", clause_id, f"the answers ask for {words} "
                                f"({key}: true), but {name} law preempts them: "
                                f"{_citing(fact)}. The draft leaves the section out; have "
                                "counsel confirm what, if anything, may replace it."))
    return out


def x_preempted_module__mutmut_53(asm: Assembly) -> list:
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
            out.append(None)
    return out


def x_preempted_module__mutmut_54(asm: Assembly) -> list:
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
            out.append(_finding(None, clause_id, f"the answers ask for {words} "
                                f"({key}: true), but {name} law preempts them: "
                                f"{_citing(fact)}. The draft leaves the section out; have "
                                "counsel confirm what, if anything, may replace it."))
    return out


def x_preempted_module__mutmut_55(asm: Assembly) -> list:
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
            out.append(_finding("warning", None, f"the answers ask for {words} "
                                f"({key}: true), but {name} law preempts them: "
                                f"{_citing(fact)}. The draft leaves the section out; have "
                                "counsel confirm what, if anything, may replace it."))
    return out


def x_preempted_module__mutmut_56(asm: Assembly) -> list:
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
            out.append(_finding("warning", clause_id, None))
    return out


def x_preempted_module__mutmut_57(asm: Assembly) -> list:
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
            out.append(_finding(clause_id, f"the answers ask for {words} "
                                f"({key}: true), but {name} law preempts them: "
                                f"{_citing(fact)}. The draft leaves the section out; have "
                                "counsel confirm what, if anything, may replace it."))
    return out


def x_preempted_module__mutmut_58(asm: Assembly) -> list:
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
            out.append(_finding("warning", f"the answers ask for {words} "
                                f"({key}: true), but {name} law preempts them: "
                                f"{_citing(fact)}. The draft leaves the section out; have "
                                "counsel confirm what, if anything, may replace it."))
    return out


def x_preempted_module__mutmut_59(asm: Assembly) -> list:
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
            out.append(_finding("warning", clause_id, ))
    return out


def x_preempted_module__mutmut_60(asm: Assembly) -> list:
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
            out.append(_finding("XXwarningXX", clause_id, f"the answers ask for {words} "
                                f"({key}: true), but {name} law preempts them: "
                                f"{_citing(fact)}. The draft leaves the section out; have "
                                "counsel confirm what, if anything, may replace it."))
    return out


def x_preempted_module__mutmut_61(asm: Assembly) -> list:
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
            out.append(_finding("WARNING", clause_id, f"the answers ask for {words} "
                                f"({key}: true), but {name} law preempts them: "
                                f"{_citing(fact)}. The draft leaves the section out; have "
                                "counsel confirm what, if anything, may replace it."))
    return out


def x_preempted_module__mutmut_62(asm: Assembly) -> list:
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
                                f"{_citing(None)}. The draft leaves the section out; have "
                                "counsel confirm what, if anything, may replace it."))
    return out


def x_preempted_module__mutmut_63(asm: Assembly) -> list:
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
                                "XXcounsel confirm what, if anything, may replace it.XX"))
    return out


def x_preempted_module__mutmut_64(asm: Assembly) -> list:
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
                                "COUNSEL CONFIRM WHAT, IF ANYTHING, MAY REPLACE IT."))
    return out

mutants_x_preempted_module__mutmut['_mutmut_orig'] = x_preempted_module__mutmut_orig # type: ignore # mutmut generated
mutants_x_preempted_module__mutmut['x_preempted_module__mutmut_1'] = x_preempted_module__mutmut_1 # type: ignore # mutmut generated
mutants_x_preempted_module__mutmut['x_preempted_module__mutmut_2'] = x_preempted_module__mutmut_2 # type: ignore # mutmut generated
mutants_x_preempted_module__mutmut['x_preempted_module__mutmut_3'] = x_preempted_module__mutmut_3 # type: ignore # mutmut generated
mutants_x_preempted_module__mutmut['x_preempted_module__mutmut_4'] = x_preempted_module__mutmut_4 # type: ignore # mutmut generated
mutants_x_preempted_module__mutmut['x_preempted_module__mutmut_5'] = x_preempted_module__mutmut_5 # type: ignore # mutmut generated
mutants_x_preempted_module__mutmut['x_preempted_module__mutmut_6'] = x_preempted_module__mutmut_6 # type: ignore # mutmut generated
mutants_x_preempted_module__mutmut['x_preempted_module__mutmut_7'] = x_preempted_module__mutmut_7 # type: ignore # mutmut generated
mutants_x_preempted_module__mutmut['x_preempted_module__mutmut_8'] = x_preempted_module__mutmut_8 # type: ignore # mutmut generated
mutants_x_preempted_module__mutmut['x_preempted_module__mutmut_9'] = x_preempted_module__mutmut_9 # type: ignore # mutmut generated
mutants_x_preempted_module__mutmut['x_preempted_module__mutmut_10'] = x_preempted_module__mutmut_10 # type: ignore # mutmut generated
mutants_x_preempted_module__mutmut['x_preempted_module__mutmut_11'] = x_preempted_module__mutmut_11 # type: ignore # mutmut generated
mutants_x_preempted_module__mutmut['x_preempted_module__mutmut_12'] = x_preempted_module__mutmut_12 # type: ignore # mutmut generated
mutants_x_preempted_module__mutmut['x_preempted_module__mutmut_13'] = x_preempted_module__mutmut_13 # type: ignore # mutmut generated
mutants_x_preempted_module__mutmut['x_preempted_module__mutmut_14'] = x_preempted_module__mutmut_14 # type: ignore # mutmut generated
mutants_x_preempted_module__mutmut['x_preempted_module__mutmut_15'] = x_preempted_module__mutmut_15 # type: ignore # mutmut generated
mutants_x_preempted_module__mutmut['x_preempted_module__mutmut_16'] = x_preempted_module__mutmut_16 # type: ignore # mutmut generated
mutants_x_preempted_module__mutmut['x_preempted_module__mutmut_17'] = x_preempted_module__mutmut_17 # type: ignore # mutmut generated
mutants_x_preempted_module__mutmut['x_preempted_module__mutmut_18'] = x_preempted_module__mutmut_18 # type: ignore # mutmut generated
mutants_x_preempted_module__mutmut['x_preempted_module__mutmut_19'] = x_preempted_module__mutmut_19 # type: ignore # mutmut generated
mutants_x_preempted_module__mutmut['x_preempted_module__mutmut_20'] = x_preempted_module__mutmut_20 # type: ignore # mutmut generated
mutants_x_preempted_module__mutmut['x_preempted_module__mutmut_21'] = x_preempted_module__mutmut_21 # type: ignore # mutmut generated
mutants_x_preempted_module__mutmut['x_preempted_module__mutmut_22'] = x_preempted_module__mutmut_22 # type: ignore # mutmut generated
mutants_x_preempted_module__mutmut['x_preempted_module__mutmut_23'] = x_preempted_module__mutmut_23 # type: ignore # mutmut generated
mutants_x_preempted_module__mutmut['x_preempted_module__mutmut_24'] = x_preempted_module__mutmut_24 # type: ignore # mutmut generated
mutants_x_preempted_module__mutmut['x_preempted_module__mutmut_25'] = x_preempted_module__mutmut_25 # type: ignore # mutmut generated
mutants_x_preempted_module__mutmut['x_preempted_module__mutmut_26'] = x_preempted_module__mutmut_26 # type: ignore # mutmut generated
mutants_x_preempted_module__mutmut['x_preempted_module__mutmut_27'] = x_preempted_module__mutmut_27 # type: ignore # mutmut generated
mutants_x_preempted_module__mutmut['x_preempted_module__mutmut_28'] = x_preempted_module__mutmut_28 # type: ignore # mutmut generated
mutants_x_preempted_module__mutmut['x_preempted_module__mutmut_29'] = x_preempted_module__mutmut_29 # type: ignore # mutmut generated
mutants_x_preempted_module__mutmut['x_preempted_module__mutmut_30'] = x_preempted_module__mutmut_30 # type: ignore # mutmut generated
mutants_x_preempted_module__mutmut['x_preempted_module__mutmut_31'] = x_preempted_module__mutmut_31 # type: ignore # mutmut generated
mutants_x_preempted_module__mutmut['x_preempted_module__mutmut_32'] = x_preempted_module__mutmut_32 # type: ignore # mutmut generated
mutants_x_preempted_module__mutmut['x_preempted_module__mutmut_33'] = x_preempted_module__mutmut_33 # type: ignore # mutmut generated
mutants_x_preempted_module__mutmut['x_preempted_module__mutmut_34'] = x_preempted_module__mutmut_34 # type: ignore # mutmut generated
mutants_x_preempted_module__mutmut['x_preempted_module__mutmut_35'] = x_preempted_module__mutmut_35 # type: ignore # mutmut generated
mutants_x_preempted_module__mutmut['x_preempted_module__mutmut_36'] = x_preempted_module__mutmut_36 # type: ignore # mutmut generated
mutants_x_preempted_module__mutmut['x_preempted_module__mutmut_37'] = x_preempted_module__mutmut_37 # type: ignore # mutmut generated
mutants_x_preempted_module__mutmut['x_preempted_module__mutmut_38'] = x_preempted_module__mutmut_38 # type: ignore # mutmut generated
mutants_x_preempted_module__mutmut['x_preempted_module__mutmut_39'] = x_preempted_module__mutmut_39 # type: ignore # mutmut generated
mutants_x_preempted_module__mutmut['x_preempted_module__mutmut_40'] = x_preempted_module__mutmut_40 # type: ignore # mutmut generated
mutants_x_preempted_module__mutmut['x_preempted_module__mutmut_41'] = x_preempted_module__mutmut_41 # type: ignore # mutmut generated
mutants_x_preempted_module__mutmut['x_preempted_module__mutmut_42'] = x_preempted_module__mutmut_42 # type: ignore # mutmut generated
mutants_x_preempted_module__mutmut['x_preempted_module__mutmut_43'] = x_preempted_module__mutmut_43 # type: ignore # mutmut generated
mutants_x_preempted_module__mutmut['x_preempted_module__mutmut_44'] = x_preempted_module__mutmut_44 # type: ignore # mutmut generated
mutants_x_preempted_module__mutmut['x_preempted_module__mutmut_45'] = x_preempted_module__mutmut_45 # type: ignore # mutmut generated
mutants_x_preempted_module__mutmut['x_preempted_module__mutmut_46'] = x_preempted_module__mutmut_46 # type: ignore # mutmut generated
mutants_x_preempted_module__mutmut['x_preempted_module__mutmut_47'] = x_preempted_module__mutmut_47 # type: ignore # mutmut generated
mutants_x_preempted_module__mutmut['x_preempted_module__mutmut_48'] = x_preempted_module__mutmut_48 # type: ignore # mutmut generated
mutants_x_preempted_module__mutmut['x_preempted_module__mutmut_49'] = x_preempted_module__mutmut_49 # type: ignore # mutmut generated
mutants_x_preempted_module__mutmut['x_preempted_module__mutmut_50'] = x_preempted_module__mutmut_50 # type: ignore # mutmut generated
mutants_x_preempted_module__mutmut['x_preempted_module__mutmut_51'] = x_preempted_module__mutmut_51 # type: ignore # mutmut generated
mutants_x_preempted_module__mutmut['x_preempted_module__mutmut_52'] = x_preempted_module__mutmut_52 # type: ignore # mutmut generated
mutants_x_preempted_module__mutmut['x_preempted_module__mutmut_53'] = x_preempted_module__mutmut_53 # type: ignore # mutmut generated
mutants_x_preempted_module__mutmut['x_preempted_module__mutmut_54'] = x_preempted_module__mutmut_54 # type: ignore # mutmut generated
mutants_x_preempted_module__mutmut['x_preempted_module__mutmut_55'] = x_preempted_module__mutmut_55 # type: ignore # mutmut generated
mutants_x_preempted_module__mutmut['x_preempted_module__mutmut_56'] = x_preempted_module__mutmut_56 # type: ignore # mutmut generated
mutants_x_preempted_module__mutmut['x_preempted_module__mutmut_57'] = x_preempted_module__mutmut_57 # type: ignore # mutmut generated
mutants_x_preempted_module__mutmut['x_preempted_module__mutmut_58'] = x_preempted_module__mutmut_58 # type: ignore # mutmut generated
mutants_x_preempted_module__mutmut['x_preempted_module__mutmut_59'] = x_preempted_module__mutmut_59 # type: ignore # mutmut generated
mutants_x_preempted_module__mutmut['x_preempted_module__mutmut_60'] = x_preempted_module__mutmut_60 # type: ignore # mutmut generated
mutants_x_preempted_module__mutmut['x_preempted_module__mutmut_61'] = x_preempted_module__mutmut_61 # type: ignore # mutmut generated
mutants_x_preempted_module__mutmut['x_preempted_module__mutmut_62'] = x_preempted_module__mutmut_62 # type: ignore # mutmut generated
mutants_x_preempted_module__mutmut['x_preempted_module__mutmut_63'] = x_preempted_module__mutmut_63 # type: ignore # mutmut generated
mutants_x_preempted_module__mutmut['x_preempted_module__mutmut_64'] = x_preempted_module__mutmut_64 # type: ignore # mutmut generated
mutants_x_retention_below_state_minimum__mutmut: MutantDict = {}  # type: ignore


@_mutmut_mutated(mutants_x_retention_below_state_minimum__mutmut)
def retention_below_state_minimum(asm: Assembly) -> list:
    """A retention ceiling shorter than the period state law requires records to be kept."""
    if not _included(asm, "use-policy"):
        return []
    minimum = _fact(_state(asm), "retention_minimum")
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


def x_retention_below_state_minimum__mutmut_orig(asm: Assembly) -> list:
    """A retention ceiling shorter than the period state law requires records to be kept."""
    if not _included(asm, "use-policy"):
        return []
    minimum = _fact(_state(asm), "retention_minimum")
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


def x_retention_below_state_minimum__mutmut_1(asm: Assembly) -> list:
    """A retention ceiling shorter than the period state law requires records to be kept."""
    if _included(asm, "use-policy"):
        return []
    minimum = _fact(_state(asm), "retention_minimum")
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


def x_retention_below_state_minimum__mutmut_2(asm: Assembly) -> list:
    """A retention ceiling shorter than the period state law requires records to be kept."""
    if not _included(None, "use-policy"):
        return []
    minimum = _fact(_state(asm), "retention_minimum")
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


def x_retention_below_state_minimum__mutmut_3(asm: Assembly) -> list:
    """A retention ceiling shorter than the period state law requires records to be kept."""
    if not _included(asm, None):
        return []
    minimum = _fact(_state(asm), "retention_minimum")
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


def x_retention_below_state_minimum__mutmut_4(asm: Assembly) -> list:
    """A retention ceiling shorter than the period state law requires records to be kept."""
    if not _included("use-policy"):
        return []
    minimum = _fact(_state(asm), "retention_minimum")
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


def x_retention_below_state_minimum__mutmut_5(asm: Assembly) -> list:
    """A retention ceiling shorter than the period state law requires records to be kept."""
    if not _included(asm, ):
        return []
    minimum = _fact(_state(asm), "retention_minimum")
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


def x_retention_below_state_minimum__mutmut_6(asm: Assembly) -> list:
    """A retention ceiling shorter than the period state law requires records to be kept."""
    if not _included(asm, "XXuse-policyXX"):
        return []
    minimum = _fact(_state(asm), "retention_minimum")
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


def x_retention_below_state_minimum__mutmut_7(asm: Assembly) -> list:
    """A retention ceiling shorter than the period state law requires records to be kept."""
    if not _included(asm, "USE-POLICY"):
        return []
    minimum = _fact(_state(asm), "retention_minimum")
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


def x_retention_below_state_minimum__mutmut_8(asm: Assembly) -> list:
    """A retention ceiling shorter than the period state law requires records to be kept."""
    if not _included(asm, "use-policy"):
        return []
    minimum = None
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


def x_retention_below_state_minimum__mutmut_9(asm: Assembly) -> list:
    """A retention ceiling shorter than the period state law requires records to be kept."""
    if not _included(asm, "use-policy"):
        return []
    minimum = _fact(None, "retention_minimum")
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


def x_retention_below_state_minimum__mutmut_10(asm: Assembly) -> list:
    """A retention ceiling shorter than the period state law requires records to be kept."""
    if not _included(asm, "use-policy"):
        return []
    minimum = _fact(_state(asm), None)
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


def x_retention_below_state_minimum__mutmut_11(asm: Assembly) -> list:
    """A retention ceiling shorter than the period state law requires records to be kept."""
    if not _included(asm, "use-policy"):
        return []
    minimum = _fact("retention_minimum")
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


def x_retention_below_state_minimum__mutmut_12(asm: Assembly) -> list:
    """A retention ceiling shorter than the period state law requires records to be kept."""
    if not _included(asm, "use-policy"):
        return []
    minimum = _fact(_state(asm), )
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


def x_retention_below_state_minimum__mutmut_13(asm: Assembly) -> list:
    """A retention ceiling shorter than the period state law requires records to be kept."""
    if not _included(asm, "use-policy"):
        return []
    minimum = _fact(_state(None), "retention_minimum")
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


def x_retention_below_state_minimum__mutmut_14(asm: Assembly) -> list:
    """A retention ceiling shorter than the period state law requires records to be kept."""
    if not _included(asm, "use-policy"):
        return []
    minimum = _fact(_state(asm), "XXretention_minimumXX")
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


def x_retention_below_state_minimum__mutmut_15(asm: Assembly) -> list:
    """A retention ceiling shorter than the period state law requires records to be kept."""
    if not _included(asm, "use-policy"):
        return []
    minimum = _fact(_state(asm), "RETENTION_MINIMUM")
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


def x_retention_below_state_minimum__mutmut_16(asm: Assembly) -> list:
    """A retention ceiling shorter than the period state law requires records to be kept."""
    if not _included(asm, "use-policy"):
        return []
    minimum = _fact(_state(asm), "retention_minimum")
    cap = None
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


def x_retention_below_state_minimum__mutmut_17(asm: Assembly) -> list:
    """A retention ceiling shorter than the period state law requires records to be kept."""
    if not _included(asm, "use-policy"):
        return []
    minimum = _fact(_state(asm), "retention_minimum")
    cap = asm.answers.get(None)
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


def x_retention_below_state_minimum__mutmut_18(asm: Assembly) -> list:
    """A retention ceiling shorter than the period state law requires records to be kept."""
    if not _included(asm, "use-policy"):
        return []
    minimum = _fact(_state(asm), "retention_minimum")
    cap = asm.answers.get("XXtimelines.retention_max_daysXX")
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


def x_retention_below_state_minimum__mutmut_19(asm: Assembly) -> list:
    """A retention ceiling shorter than the period state law requires records to be kept."""
    if not _included(asm, "use-policy"):
        return []
    minimum = _fact(_state(asm), "retention_minimum")
    cap = asm.answers.get("TIMELINES.RETENTION_MAX_DAYS")
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


def x_retention_below_state_minimum__mutmut_20(asm: Assembly) -> list:
    """A retention ceiling shorter than the period state law requires records to be kept."""
    if not _included(asm, "use-policy"):
        return []
    minimum = _fact(_state(asm), "retention_minimum")
    cap = asm.answers.get("timelines.retention_max_days")
    if not isinstance(minimum, dict) or not minimum.get("days") and not isinstance(cap, int):
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


def x_retention_below_state_minimum__mutmut_21(asm: Assembly) -> list:
    """A retention ceiling shorter than the period state law requires records to be kept."""
    if not _included(asm, "use-policy"):
        return []
    minimum = _fact(_state(asm), "retention_minimum")
    cap = asm.answers.get("timelines.retention_max_days")
    if not isinstance(minimum, dict) and not minimum.get("days") or not isinstance(cap, int):
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


def x_retention_below_state_minimum__mutmut_22(asm: Assembly) -> list:
    """A retention ceiling shorter than the period state law requires records to be kept."""
    if not _included(asm, "use-policy"):
        return []
    minimum = _fact(_state(asm), "retention_minimum")
    cap = asm.answers.get("timelines.retention_max_days")
    if isinstance(minimum, dict) or not minimum.get("days") or not isinstance(cap, int):
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


def x_retention_below_state_minimum__mutmut_23(asm: Assembly) -> list:
    """A retention ceiling shorter than the period state law requires records to be kept."""
    if not _included(asm, "use-policy"):
        return []
    minimum = _fact(_state(asm), "retention_minimum")
    cap = asm.answers.get("timelines.retention_max_days")
    if not isinstance(minimum, dict) or minimum.get("days") or not isinstance(cap, int):
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


def x_retention_below_state_minimum__mutmut_24(asm: Assembly) -> list:
    """A retention ceiling shorter than the period state law requires records to be kept."""
    if not _included(asm, "use-policy"):
        return []
    minimum = _fact(_state(asm), "retention_minimum")
    cap = asm.answers.get("timelines.retention_max_days")
    if not isinstance(minimum, dict) or not minimum.get(None) or not isinstance(cap, int):
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


def x_retention_below_state_minimum__mutmut_25(asm: Assembly) -> list:
    """A retention ceiling shorter than the period state law requires records to be kept."""
    if not _included(asm, "use-policy"):
        return []
    minimum = _fact(_state(asm), "retention_minimum")
    cap = asm.answers.get("timelines.retention_max_days")
    if not isinstance(minimum, dict) or not minimum.get("XXdaysXX") or not isinstance(cap, int):
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


def x_retention_below_state_minimum__mutmut_26(asm: Assembly) -> list:
    """A retention ceiling shorter than the period state law requires records to be kept."""
    if not _included(asm, "use-policy"):
        return []
    minimum = _fact(_state(asm), "retention_minimum")
    cap = asm.answers.get("timelines.retention_max_days")
    if not isinstance(minimum, dict) or not minimum.get("DAYS") or not isinstance(cap, int):
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


def x_retention_below_state_minimum__mutmut_27(asm: Assembly) -> list:
    """A retention ceiling shorter than the period state law requires records to be kept."""
    if not _included(asm, "use-policy"):
        return []
    minimum = _fact(_state(asm), "retention_minimum")
    cap = asm.answers.get("timelines.retention_max_days")
    if not isinstance(minimum, dict) or not minimum.get("days") or isinstance(cap, int):
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


def x_retention_below_state_minimum__mutmut_28(asm: Assembly) -> list:
    """A retention ceiling shorter than the period state law requires records to be kept."""
    if not _included(asm, "use-policy"):
        return []
    minimum = _fact(_state(asm), "retention_minimum")
    cap = asm.answers.get("timelines.retention_max_days")
    if not isinstance(minimum, dict) or not minimum.get("days") or not isinstance(cap, int):
        return []
    if cap > minimum["days"]:
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


def x_retention_below_state_minimum__mutmut_29(asm: Assembly) -> list:
    """A retention ceiling shorter than the period state law requires records to be kept."""
    if not _included(asm, "use-policy"):
        return []
    minimum = _fact(_state(asm), "retention_minimum")
    cap = asm.answers.get("timelines.retention_max_days")
    if not isinstance(minimum, dict) or not minimum.get("days") or not isinstance(cap, int):
        return []
    if cap >= minimum["XXdaysXX"]:
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


def x_retention_below_state_minimum__mutmut_30(asm: Assembly) -> list:
    """A retention ceiling shorter than the period state law requires records to be kept."""
    if not _included(asm, "use-policy"):
        return []
    minimum = _fact(_state(asm), "retention_minimum")
    cap = asm.answers.get("timelines.retention_max_days")
    if not isinstance(minimum, dict) or not minimum.get("days") or not isinstance(cap, int):
        return []
    if cap >= minimum["DAYS"]:
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


def x_retention_below_state_minimum__mutmut_31(asm: Assembly) -> list:
    """A retention ceiling shorter than the period state law requires records to be kept."""
    if not _included(asm, "use-policy"):
        return []
    minimum = _fact(_state(asm), "retention_minimum")
    cap = asm.answers.get("timelines.retention_max_days")
    if not isinstance(minimum, dict) or not minimum.get("days") or not isinstance(cap, int):
        return []
    if cap >= minimum["days"]:
        return []
    cite = None
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


def x_retention_below_state_minimum__mutmut_32(asm: Assembly) -> list:
    """A retention ceiling shorter than the period state law requires records to be kept."""
    if not _included(asm, "use-policy"):
        return []
    minimum = _fact(_state(asm), "retention_minimum")
    cap = asm.answers.get("timelines.retention_max_days")
    if not isinstance(minimum, dict) or not minimum.get("days") or not isinstance(cap, int):
        return []
    if cap >= minimum["days"]:
        return []
    cite = minimum.get("cite") and "state law"
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


def x_retention_below_state_minimum__mutmut_33(asm: Assembly) -> list:
    """A retention ceiling shorter than the period state law requires records to be kept."""
    if not _included(asm, "use-policy"):
        return []
    minimum = _fact(_state(asm), "retention_minimum")
    cap = asm.answers.get("timelines.retention_max_days")
    if not isinstance(minimum, dict) or not minimum.get("days") or not isinstance(cap, int):
        return []
    if cap >= minimum["days"]:
        return []
    cite = minimum.get(None) or "state law"
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


def x_retention_below_state_minimum__mutmut_34(asm: Assembly) -> list:
    """A retention ceiling shorter than the period state law requires records to be kept."""
    if not _included(asm, "use-policy"):
        return []
    minimum = _fact(_state(asm), "retention_minimum")
    cap = asm.answers.get("timelines.retention_max_days")
    if not isinstance(minimum, dict) or not minimum.get("days") or not isinstance(cap, int):
        return []
    if cap >= minimum["days"]:
        return []
    cite = minimum.get("XXciteXX") or "state law"
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


def x_retention_below_state_minimum__mutmut_35(asm: Assembly) -> list:
    """A retention ceiling shorter than the period state law requires records to be kept."""
    if not _included(asm, "use-policy"):
        return []
    minimum = _fact(_state(asm), "retention_minimum")
    cap = asm.answers.get("timelines.retention_max_days")
    if not isinstance(minimum, dict) or not minimum.get("days") or not isinstance(cap, int):
        return []
    if cap >= minimum["days"]:
        return []
    cite = minimum.get("CITE") or "state law"
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


def x_retention_below_state_minimum__mutmut_36(asm: Assembly) -> list:
    """A retention ceiling shorter than the period state law requires records to be kept."""
    if not _included(asm, "use-policy"):
        return []
    minimum = _fact(_state(asm), "retention_minimum")
    cap = asm.answers.get("timelines.retention_max_days")
    if not isinstance(minimum, dict) or not minimum.get("days") or not isinstance(cap, int):
        return []
    if cap >= minimum["days"]:
        return []
    cite = minimum.get("cite") or "XXstate lawXX"
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


def x_retention_below_state_minimum__mutmut_37(asm: Assembly) -> list:
    """A retention ceiling shorter than the period state law requires records to be kept."""
    if not _included(asm, "use-policy"):
        return []
    minimum = _fact(_state(asm), "retention_minimum")
    cap = asm.answers.get("timelines.retention_max_days")
    if not isinstance(minimum, dict) or not minimum.get("days") or not isinstance(cap, int):
        return []
    if cap >= minimum["days"]:
        return []
    cite = minimum.get("cite") or "STATE LAW"
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


def x_retention_below_state_minimum__mutmut_38(asm: Assembly) -> list:
    """A retention ceiling shorter than the period state law requires records to be kept."""
    if not _included(asm, "use-policy"):
        return []
    minimum = _fact(_state(asm), "retention_minimum")
    cap = asm.answers.get("timelines.retention_max_days")
    if not isinstance(minimum, dict) or not minimum.get("days") or not isinstance(cap, int):
        return []
    if cap >= minimum["days"]:
        return []
    cite = minimum.get("cite") or "state law"
    records = None
    what = (f"the retention ceiling (timelines.retention_max_days: {cap}) is shorter than the "
            f"{minimum['days']} days that {cite} requires for {records}")
    if cite in _section_text(asm, "use-policy"):
        return [_finding("warning", "use-policy#retention-limit", f"{what}. The draft keeps those "
                         "records for the state period; confirm with counsel, or raise the "
                         "ceiling so one period covers all footage.")]
    return [_finding("error", "use-policy#retention-limit", f"{what}, and the use-policy section "
                     "does not yield to it, so the draft would order unlawful destruction. Raise "
                     "the ceiling or add the state-minimum exception.")]


def x_retention_below_state_minimum__mutmut_39(asm: Assembly) -> list:
    """A retention ceiling shorter than the period state law requires records to be kept."""
    if not _included(asm, "use-policy"):
        return []
    minimum = _fact(_state(asm), "retention_minimum")
    cap = asm.answers.get("timelines.retention_max_days")
    if not isinstance(minimum, dict) or not minimum.get("days") or not isinstance(cap, int):
        return []
    if cap >= minimum["days"]:
        return []
    cite = minimum.get("cite") or "state law"
    records = minimum.get("records") and "some records"
    what = (f"the retention ceiling (timelines.retention_max_days: {cap}) is shorter than the "
            f"{minimum['days']} days that {cite} requires for {records}")
    if cite in _section_text(asm, "use-policy"):
        return [_finding("warning", "use-policy#retention-limit", f"{what}. The draft keeps those "
                         "records for the state period; confirm with counsel, or raise the "
                         "ceiling so one period covers all footage.")]
    return [_finding("error", "use-policy#retention-limit", f"{what}, and the use-policy section "
                     "does not yield to it, so the draft would order unlawful destruction. Raise "
                     "the ceiling or add the state-minimum exception.")]


def x_retention_below_state_minimum__mutmut_40(asm: Assembly) -> list:
    """A retention ceiling shorter than the period state law requires records to be kept."""
    if not _included(asm, "use-policy"):
        return []
    minimum = _fact(_state(asm), "retention_minimum")
    cap = asm.answers.get("timelines.retention_max_days")
    if not isinstance(minimum, dict) or not minimum.get("days") or not isinstance(cap, int):
        return []
    if cap >= minimum["days"]:
        return []
    cite = minimum.get("cite") or "state law"
    records = minimum.get(None) or "some records"
    what = (f"the retention ceiling (timelines.retention_max_days: {cap}) is shorter than the "
            f"{minimum['days']} days that {cite} requires for {records}")
    if cite in _section_text(asm, "use-policy"):
        return [_finding("warning", "use-policy#retention-limit", f"{what}. The draft keeps those "
                         "records for the state period; confirm with counsel, or raise the "
                         "ceiling so one period covers all footage.")]
    return [_finding("error", "use-policy#retention-limit", f"{what}, and the use-policy section "
                     "does not yield to it, so the draft would order unlawful destruction. Raise "
                     "the ceiling or add the state-minimum exception.")]


def x_retention_below_state_minimum__mutmut_41(asm: Assembly) -> list:
    """A retention ceiling shorter than the period state law requires records to be kept."""
    if not _included(asm, "use-policy"):
        return []
    minimum = _fact(_state(asm), "retention_minimum")
    cap = asm.answers.get("timelines.retention_max_days")
    if not isinstance(minimum, dict) or not minimum.get("days") or not isinstance(cap, int):
        return []
    if cap >= minimum["days"]:
        return []
    cite = minimum.get("cite") or "state law"
    records = minimum.get("XXrecordsXX") or "some records"
    what = (f"the retention ceiling (timelines.retention_max_days: {cap}) is shorter than the "
            f"{minimum['days']} days that {cite} requires for {records}")
    if cite in _section_text(asm, "use-policy"):
        return [_finding("warning", "use-policy#retention-limit", f"{what}. The draft keeps those "
                         "records for the state period; confirm with counsel, or raise the "
                         "ceiling so one period covers all footage.")]
    return [_finding("error", "use-policy#retention-limit", f"{what}, and the use-policy section "
                     "does not yield to it, so the draft would order unlawful destruction. Raise "
                     "the ceiling or add the state-minimum exception.")]


def x_retention_below_state_minimum__mutmut_42(asm: Assembly) -> list:
    """A retention ceiling shorter than the period state law requires records to be kept."""
    if not _included(asm, "use-policy"):
        return []
    minimum = _fact(_state(asm), "retention_minimum")
    cap = asm.answers.get("timelines.retention_max_days")
    if not isinstance(minimum, dict) or not minimum.get("days") or not isinstance(cap, int):
        return []
    if cap >= minimum["days"]:
        return []
    cite = minimum.get("cite") or "state law"
    records = minimum.get("RECORDS") or "some records"
    what = (f"the retention ceiling (timelines.retention_max_days: {cap}) is shorter than the "
            f"{minimum['days']} days that {cite} requires for {records}")
    if cite in _section_text(asm, "use-policy"):
        return [_finding("warning", "use-policy#retention-limit", f"{what}. The draft keeps those "
                         "records for the state period; confirm with counsel, or raise the "
                         "ceiling so one period covers all footage.")]
    return [_finding("error", "use-policy#retention-limit", f"{what}, and the use-policy section "
                     "does not yield to it, so the draft would order unlawful destruction. Raise "
                     "the ceiling or add the state-minimum exception.")]


def x_retention_below_state_minimum__mutmut_43(asm: Assembly) -> list:
    """A retention ceiling shorter than the period state law requires records to be kept."""
    if not _included(asm, "use-policy"):
        return []
    minimum = _fact(_state(asm), "retention_minimum")
    cap = asm.answers.get("timelines.retention_max_days")
    if not isinstance(minimum, dict) or not minimum.get("days") or not isinstance(cap, int):
        return []
    if cap >= minimum["days"]:
        return []
    cite = minimum.get("cite") or "state law"
    records = minimum.get("records") or "XXsome recordsXX"
    what = (f"the retention ceiling (timelines.retention_max_days: {cap}) is shorter than the "
            f"{minimum['days']} days that {cite} requires for {records}")
    if cite in _section_text(asm, "use-policy"):
        return [_finding("warning", "use-policy#retention-limit", f"{what}. The draft keeps those "
                         "records for the state period; confirm with counsel, or raise the "
                         "ceiling so one period covers all footage.")]
    return [_finding("error", "use-policy#retention-limit", f"{what}, and the use-policy section "
                     "does not yield to it, so the draft would order unlawful destruction. Raise "
                     "the ceiling or add the state-minimum exception.")]


def x_retention_below_state_minimum__mutmut_44(asm: Assembly) -> list:
    """A retention ceiling shorter than the period state law requires records to be kept."""
    if not _included(asm, "use-policy"):
        return []
    minimum = _fact(_state(asm), "retention_minimum")
    cap = asm.answers.get("timelines.retention_max_days")
    if not isinstance(minimum, dict) or not minimum.get("days") or not isinstance(cap, int):
        return []
    if cap >= minimum["days"]:
        return []
    cite = minimum.get("cite") or "state law"
    records = minimum.get("records") or "SOME RECORDS"
    what = (f"the retention ceiling (timelines.retention_max_days: {cap}) is shorter than the "
            f"{minimum['days']} days that {cite} requires for {records}")
    if cite in _section_text(asm, "use-policy"):
        return [_finding("warning", "use-policy#retention-limit", f"{what}. The draft keeps those "
                         "records for the state period; confirm with counsel, or raise the "
                         "ceiling so one period covers all footage.")]
    return [_finding("error", "use-policy#retention-limit", f"{what}, and the use-policy section "
                     "does not yield to it, so the draft would order unlawful destruction. Raise "
                     "the ceiling or add the state-minimum exception.")]


def x_retention_below_state_minimum__mutmut_45(asm: Assembly) -> list:
    """A retention ceiling shorter than the period state law requires records to be kept."""
    if not _included(asm, "use-policy"):
        return []
    minimum = _fact(_state(asm), "retention_minimum")
    cap = asm.answers.get("timelines.retention_max_days")
    if not isinstance(minimum, dict) or not minimum.get("days") or not isinstance(cap, int):
        return []
    if cap >= minimum["days"]:
        return []
    cite = minimum.get("cite") or "state law"
    records = minimum.get("records") or "some records"
    what = None
    if cite in _section_text(asm, "use-policy"):
        return [_finding("warning", "use-policy#retention-limit", f"{what}. The draft keeps those "
                         "records for the state period; confirm with counsel, or raise the "
                         "ceiling so one period covers all footage.")]
    return [_finding("error", "use-policy#retention-limit", f"{what}, and the use-policy section "
                     "does not yield to it, so the draft would order unlawful destruction. Raise "
                     "the ceiling or add the state-minimum exception.")]


def x_retention_below_state_minimum__mutmut_46(asm: Assembly) -> list:
    """A retention ceiling shorter than the period state law requires records to be kept."""
    if not _included(asm, "use-policy"):
        return []
    minimum = _fact(_state(asm), "retention_minimum")
    cap = asm.answers.get("timelines.retention_max_days")
    if not isinstance(minimum, dict) or not minimum.get("days") or not isinstance(cap, int):
        return []
    if cap >= minimum["days"]:
        return []
    cite = minimum.get("cite") or "state law"
    records = minimum.get("records") or "some records"
    what = (f"the retention ceiling (timelines.retention_max_days: {cap}) is shorter than the "
            f"{minimum['XXdaysXX']} days that {cite} requires for {records}")
    if cite in _section_text(asm, "use-policy"):
        return [_finding("warning", "use-policy#retention-limit", f"{what}. The draft keeps those "
                         "records for the state period; confirm with counsel, or raise the "
                         "ceiling so one period covers all footage.")]
    return [_finding("error", "use-policy#retention-limit", f"{what}, and the use-policy section "
                     "does not yield to it, so the draft would order unlawful destruction. Raise "
                     "the ceiling or add the state-minimum exception.")]


def x_retention_below_state_minimum__mutmut_47(asm: Assembly) -> list:
    """A retention ceiling shorter than the period state law requires records to be kept."""
    if not _included(asm, "use-policy"):
        return []
    minimum = _fact(_state(asm), "retention_minimum")
    cap = asm.answers.get("timelines.retention_max_days")
    if not isinstance(minimum, dict) or not minimum.get("days") or not isinstance(cap, int):
        return []
    if cap >= minimum["days"]:
        return []
    cite = minimum.get("cite") or "state law"
    records = minimum.get("records") or "some records"
    what = (f"the retention ceiling (timelines.retention_max_days: {cap}) is shorter than the "
            f"{minimum['DAYS']} days that {cite} requires for {records}")
    if cite in _section_text(asm, "use-policy"):
        return [_finding("warning", "use-policy#retention-limit", f"{what}. The draft keeps those "
                         "records for the state period; confirm with counsel, or raise the "
                         "ceiling so one period covers all footage.")]
    return [_finding("error", "use-policy#retention-limit", f"{what}, and the use-policy section "
                     "does not yield to it, so the draft would order unlawful destruction. Raise "
                     "the ceiling or add the state-minimum exception.")]


def x_retention_below_state_minimum__mutmut_48(asm: Assembly) -> list:
    """A retention ceiling shorter than the period state law requires records to be kept."""
    if not _included(asm, "use-policy"):
        return []
    minimum = _fact(_state(asm), "retention_minimum")
    cap = asm.answers.get("timelines.retention_max_days")
    if not isinstance(minimum, dict) or not minimum.get("days") or not isinstance(cap, int):
        return []
    if cap >= minimum["days"]:
        return []
    cite = minimum.get("cite") or "state law"
    records = minimum.get("records") or "some records"
    what = (f"the retention ceiling (timelines.retention_max_days: {cap}) is shorter than the "
            f"{minimum['days']} days that {cite} requires for {records}")
    if cite not in _section_text(asm, "use-policy"):
        return [_finding("warning", "use-policy#retention-limit", f"{what}. The draft keeps those "
                         "records for the state period; confirm with counsel, or raise the "
                         "ceiling so one period covers all footage.")]
    return [_finding("error", "use-policy#retention-limit", f"{what}, and the use-policy section "
                     "does not yield to it, so the draft would order unlawful destruction. Raise "
                     "the ceiling or add the state-minimum exception.")]


def x_retention_below_state_minimum__mutmut_49(asm: Assembly) -> list:
    """A retention ceiling shorter than the period state law requires records to be kept."""
    if not _included(asm, "use-policy"):
        return []
    minimum = _fact(_state(asm), "retention_minimum")
    cap = asm.answers.get("timelines.retention_max_days")
    if not isinstance(minimum, dict) or not minimum.get("days") or not isinstance(cap, int):
        return []
    if cap >= minimum["days"]:
        return []
    cite = minimum.get("cite") or "state law"
    records = minimum.get("records") or "some records"
    what = (f"the retention ceiling (timelines.retention_max_days: {cap}) is shorter than the "
            f"{minimum['days']} days that {cite} requires for {records}")
    if cite in _section_text(None, "use-policy"):
        return [_finding("warning", "use-policy#retention-limit", f"{what}. The draft keeps those "
                         "records for the state period; confirm with counsel, or raise the "
                         "ceiling so one period covers all footage.")]
    return [_finding("error", "use-policy#retention-limit", f"{what}, and the use-policy section "
                     "does not yield to it, so the draft would order unlawful destruction. Raise "
                     "the ceiling or add the state-minimum exception.")]


def x_retention_below_state_minimum__mutmut_50(asm: Assembly) -> list:
    """A retention ceiling shorter than the period state law requires records to be kept."""
    if not _included(asm, "use-policy"):
        return []
    minimum = _fact(_state(asm), "retention_minimum")
    cap = asm.answers.get("timelines.retention_max_days")
    if not isinstance(minimum, dict) or not minimum.get("days") or not isinstance(cap, int):
        return []
    if cap >= minimum["days"]:
        return []
    cite = minimum.get("cite") or "state law"
    records = minimum.get("records") or "some records"
    what = (f"the retention ceiling (timelines.retention_max_days: {cap}) is shorter than the "
            f"{minimum['days']} days that {cite} requires for {records}")
    if cite in _section_text(asm, None):
        return [_finding("warning", "use-policy#retention-limit", f"{what}. The draft keeps those "
                         "records for the state period; confirm with counsel, or raise the "
                         "ceiling so one period covers all footage.")]
    return [_finding("error", "use-policy#retention-limit", f"{what}, and the use-policy section "
                     "does not yield to it, so the draft would order unlawful destruction. Raise "
                     "the ceiling or add the state-minimum exception.")]


def x_retention_below_state_minimum__mutmut_51(asm: Assembly) -> list:
    """A retention ceiling shorter than the period state law requires records to be kept."""
    if not _included(asm, "use-policy"):
        return []
    minimum = _fact(_state(asm), "retention_minimum")
    cap = asm.answers.get("timelines.retention_max_days")
    if not isinstance(minimum, dict) or not minimum.get("days") or not isinstance(cap, int):
        return []
    if cap >= minimum["days"]:
        return []
    cite = minimum.get("cite") or "state law"
    records = minimum.get("records") or "some records"
    what = (f"the retention ceiling (timelines.retention_max_days: {cap}) is shorter than the "
            f"{minimum['days']} days that {cite} requires for {records}")
    if cite in _section_text("use-policy"):
        return [_finding("warning", "use-policy#retention-limit", f"{what}. The draft keeps those "
                         "records for the state period; confirm with counsel, or raise the "
                         "ceiling so one period covers all footage.")]
    return [_finding("error", "use-policy#retention-limit", f"{what}, and the use-policy section "
                     "does not yield to it, so the draft would order unlawful destruction. Raise "
                     "the ceiling or add the state-minimum exception.")]


def x_retention_below_state_minimum__mutmut_52(asm: Assembly) -> list:
    """A retention ceiling shorter than the period state law requires records to be kept."""
    if not _included(asm, "use-policy"):
        return []
    minimum = _fact(_state(asm), "retention_minimum")
    cap = asm.answers.get("timelines.retention_max_days")
    if not isinstance(minimum, dict) or not minimum.get("days") or not isinstance(cap, int):
        return []
    if cap >= minimum["days"]:
        return []
    cite = minimum.get("cite") or "state law"
    records = minimum.get("records") or "some records"
    what = (f"the retention ceiling (timelines.retention_max_days: {cap}) is shorter than the "
            f"{minimum['days']} days that {cite} requires for {records}")
    if cite in _section_text(asm, ):
        return [_finding("warning", "use-policy#retention-limit", f"{what}. The draft keeps those "
                         "records for the state period; confirm with counsel, or raise the "
                         "ceiling so one period covers all footage.")]
    return [_finding("error", "use-policy#retention-limit", f"{what}, and the use-policy section "
                     "does not yield to it, so the draft would order unlawful destruction. Raise "
                     "the ceiling or add the state-minimum exception.")]


def x_retention_below_state_minimum__mutmut_53(asm: Assembly) -> list:
    """A retention ceiling shorter than the period state law requires records to be kept."""
    if not _included(asm, "use-policy"):
        return []
    minimum = _fact(_state(asm), "retention_minimum")
    cap = asm.answers.get("timelines.retention_max_days")
    if not isinstance(minimum, dict) or not minimum.get("days") or not isinstance(cap, int):
        return []
    if cap >= minimum["days"]:
        return []
    cite = minimum.get("cite") or "state law"
    records = minimum.get("records") or "some records"
    what = (f"the retention ceiling (timelines.retention_max_days: {cap}) is shorter than the "
            f"{minimum['days']} days that {cite} requires for {records}")
    if cite in _section_text(asm, "XXuse-policyXX"):
        return [_finding("warning", "use-policy#retention-limit", f"{what}. The draft keeps those "
                         "records for the state period; confirm with counsel, or raise the "
                         "ceiling so one period covers all footage.")]
    return [_finding("error", "use-policy#retention-limit", f"{what}, and the use-policy section "
                     "does not yield to it, so the draft would order unlawful destruction. Raise "
                     "the ceiling or add the state-minimum exception.")]


def x_retention_below_state_minimum__mutmut_54(asm: Assembly) -> list:
    """A retention ceiling shorter than the period state law requires records to be kept."""
    if not _included(asm, "use-policy"):
        return []
    minimum = _fact(_state(asm), "retention_minimum")
    cap = asm.answers.get("timelines.retention_max_days")
    if not isinstance(minimum, dict) or not minimum.get("days") or not isinstance(cap, int):
        return []
    if cap >= minimum["days"]:
        return []
    cite = minimum.get("cite") or "state law"
    records = minimum.get("records") or "some records"
    what = (f"the retention ceiling (timelines.retention_max_days: {cap}) is shorter than the "
            f"{minimum['days']} days that {cite} requires for {records}")
    if cite in _section_text(asm, "USE-POLICY"):
        return [_finding("warning", "use-policy#retention-limit", f"{what}. The draft keeps those "
                         "records for the state period; confirm with counsel, or raise the "
                         "ceiling so one period covers all footage.")]
    return [_finding("error", "use-policy#retention-limit", f"{what}, and the use-policy section "
                     "does not yield to it, so the draft would order unlawful destruction. Raise "
                     "the ceiling or add the state-minimum exception.")]


def x_retention_below_state_minimum__mutmut_55(asm: Assembly) -> list:
    """A retention ceiling shorter than the period state law requires records to be kept."""
    if not _included(asm, "use-policy"):
        return []
    minimum = _fact(_state(asm), "retention_minimum")
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
        return [_finding(None, "use-policy#retention-limit", f"{what}. The draft keeps those "
                         "records for the state period; confirm with counsel, or raise the "
                         "ceiling so one period covers all footage.")]
    return [_finding("error", "use-policy#retention-limit", f"{what}, and the use-policy section "
                     "does not yield to it, so the draft would order unlawful destruction. Raise "
                     "the ceiling or add the state-minimum exception.")]


def x_retention_below_state_minimum__mutmut_56(asm: Assembly) -> list:
    """A retention ceiling shorter than the period state law requires records to be kept."""
    if not _included(asm, "use-policy"):
        return []
    minimum = _fact(_state(asm), "retention_minimum")
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
        return [_finding("warning", None, f"{what}. The draft keeps those "
                         "records for the state period; confirm with counsel, or raise the "
                         "ceiling so one period covers all footage.")]
    return [_finding("error", "use-policy#retention-limit", f"{what}, and the use-policy section "
                     "does not yield to it, so the draft would order unlawful destruction. Raise "
                     "the ceiling or add the state-minimum exception.")]


def x_retention_below_state_minimum__mutmut_57(asm: Assembly) -> list:
    """A retention ceiling shorter than the period state law requires records to be kept."""
    if not _included(asm, "use-policy"):
        return []
    minimum = _fact(_state(asm), "retention_minimum")
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
        return [_finding("warning", "use-policy#retention-limit", None)]
    return [_finding("error", "use-policy#retention-limit", f"{what}, and the use-policy section "
                     "does not yield to it, so the draft would order unlawful destruction. Raise "
                     "the ceiling or add the state-minimum exception.")]


def x_retention_below_state_minimum__mutmut_58(asm: Assembly) -> list:
    """A retention ceiling shorter than the period state law requires records to be kept."""
    if not _included(asm, "use-policy"):
        return []
    minimum = _fact(_state(asm), "retention_minimum")
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
        return [_finding("use-policy#retention-limit", f"{what}. The draft keeps those "
                         "records for the state period; confirm with counsel, or raise the "
                         "ceiling so one period covers all footage.")]
    return [_finding("error", "use-policy#retention-limit", f"{what}, and the use-policy section "
                     "does not yield to it, so the draft would order unlawful destruction. Raise "
                     "the ceiling or add the state-minimum exception.")]


def x_retention_below_state_minimum__mutmut_59(asm: Assembly) -> list:
    """A retention ceiling shorter than the period state law requires records to be kept."""
    if not _included(asm, "use-policy"):
        return []
    minimum = _fact(_state(asm), "retention_minimum")
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
        return [_finding("warning", f"{what}. The draft keeps those "
                         "records for the state period; confirm with counsel, or raise the "
                         "ceiling so one period covers all footage.")]
    return [_finding("error", "use-policy#retention-limit", f"{what}, and the use-policy section "
                     "does not yield to it, so the draft would order unlawful destruction. Raise "
                     "the ceiling or add the state-minimum exception.")]


def x_retention_below_state_minimum__mutmut_60(asm: Assembly) -> list:
    """A retention ceiling shorter than the period state law requires records to be kept."""
    if not _included(asm, "use-policy"):
        return []
    minimum = _fact(_state(asm), "retention_minimum")
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
        return [_finding("warning", "use-policy#retention-limit", )]
    return [_finding("error", "use-policy#retention-limit", f"{what}, and the use-policy section "
                     "does not yield to it, so the draft would order unlawful destruction. Raise "
                     "the ceiling or add the state-minimum exception.")]


def x_retention_below_state_minimum__mutmut_61(asm: Assembly) -> list:
    """A retention ceiling shorter than the period state law requires records to be kept."""
    if not _included(asm, "use-policy"):
        return []
    minimum = _fact(_state(asm), "retention_minimum")
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
        return [_finding("XXwarningXX", "use-policy#retention-limit", f"{what}. The draft keeps those "
                         "records for the state period; confirm with counsel, or raise the "
                         "ceiling so one period covers all footage.")]
    return [_finding("error", "use-policy#retention-limit", f"{what}, and the use-policy section "
                     "does not yield to it, so the draft would order unlawful destruction. Raise "
                     "the ceiling or add the state-minimum exception.")]


def x_retention_below_state_minimum__mutmut_62(asm: Assembly) -> list:
    """A retention ceiling shorter than the period state law requires records to be kept."""
    if not _included(asm, "use-policy"):
        return []
    minimum = _fact(_state(asm), "retention_minimum")
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
        return [_finding("WARNING", "use-policy#retention-limit", f"{what}. The draft keeps those "
                         "records for the state period; confirm with counsel, or raise the "
                         "ceiling so one period covers all footage.")]
    return [_finding("error", "use-policy#retention-limit", f"{what}, and the use-policy section "
                     "does not yield to it, so the draft would order unlawful destruction. Raise "
                     "the ceiling or add the state-minimum exception.")]


def x_retention_below_state_minimum__mutmut_63(asm: Assembly) -> list:
    """A retention ceiling shorter than the period state law requires records to be kept."""
    if not _included(asm, "use-policy"):
        return []
    minimum = _fact(_state(asm), "retention_minimum")
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
        return [_finding("warning", "XXuse-policy#retention-limitXX", f"{what}. The draft keeps those "
                         "records for the state period; confirm with counsel, or raise the "
                         "ceiling so one period covers all footage.")]
    return [_finding("error", "use-policy#retention-limit", f"{what}, and the use-policy section "
                     "does not yield to it, so the draft would order unlawful destruction. Raise "
                     "the ceiling or add the state-minimum exception.")]


def x_retention_below_state_minimum__mutmut_64(asm: Assembly) -> list:
    """A retention ceiling shorter than the period state law requires records to be kept."""
    if not _included(asm, "use-policy"):
        return []
    minimum = _fact(_state(asm), "retention_minimum")
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
        return [_finding("warning", "USE-POLICY#RETENTION-LIMIT", f"{what}. The draft keeps those "
                         "records for the state period; confirm with counsel, or raise the "
                         "ceiling so one period covers all footage.")]
    return [_finding("error", "use-policy#retention-limit", f"{what}, and the use-policy section "
                     "does not yield to it, so the draft would order unlawful destruction. Raise "
                     "the ceiling or add the state-minimum exception.")]


def x_retention_below_state_minimum__mutmut_65(asm: Assembly) -> list:
    """A retention ceiling shorter than the period state law requires records to be kept."""
    if not _included(asm, "use-policy"):
        return []
    minimum = _fact(_state(asm), "retention_minimum")
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
                         "XXrecords for the state period; confirm with counsel, or raise the XX"
                         "ceiling so one period covers all footage.")]
    return [_finding("error", "use-policy#retention-limit", f"{what}, and the use-policy section "
                     "does not yield to it, so the draft would order unlawful destruction. Raise "
                     "the ceiling or add the state-minimum exception.")]


def x_retention_below_state_minimum__mutmut_66(asm: Assembly) -> list:
    """A retention ceiling shorter than the period state law requires records to be kept."""
    if not _included(asm, "use-policy"):
        return []
    minimum = _fact(_state(asm), "retention_minimum")
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
                         "RECORDS FOR THE STATE PERIOD; CONFIRM WITH COUNSEL, OR RAISE THE "
                         "ceiling so one period covers all footage.")]
    return [_finding("error", "use-policy#retention-limit", f"{what}, and the use-policy section "
                     "does not yield to it, so the draft would order unlawful destruction. Raise "
                     "the ceiling or add the state-minimum exception.")]


def x_retention_below_state_minimum__mutmut_67(asm: Assembly) -> list:
    """A retention ceiling shorter than the period state law requires records to be kept."""
    if not _included(asm, "use-policy"):
        return []
    minimum = _fact(_state(asm), "retention_minimum")
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
                         "XXceiling so one period covers all footage.XX")]
    return [_finding("error", "use-policy#retention-limit", f"{what}, and the use-policy section "
                     "does not yield to it, so the draft would order unlawful destruction. Raise "
                     "the ceiling or add the state-minimum exception.")]


def x_retention_below_state_minimum__mutmut_68(asm: Assembly) -> list:
    """A retention ceiling shorter than the period state law requires records to be kept."""
    if not _included(asm, "use-policy"):
        return []
    minimum = _fact(_state(asm), "retention_minimum")
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
                         "CEILING SO ONE PERIOD COVERS ALL FOOTAGE.")]
    return [_finding("error", "use-policy#retention-limit", f"{what}, and the use-policy section "
                     "does not yield to it, so the draft would order unlawful destruction. Raise "
                     "the ceiling or add the state-minimum exception.")]


def x_retention_below_state_minimum__mutmut_69(asm: Assembly) -> list:
    """A retention ceiling shorter than the period state law requires records to be kept."""
    if not _included(asm, "use-policy"):
        return []
    minimum = _fact(_state(asm), "retention_minimum")
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
    return [_finding(None, "use-policy#retention-limit", f"{what}, and the use-policy section "
                     "does not yield to it, so the draft would order unlawful destruction. Raise "
                     "the ceiling or add the state-minimum exception.")]


def x_retention_below_state_minimum__mutmut_70(asm: Assembly) -> list:
    """A retention ceiling shorter than the period state law requires records to be kept."""
    if not _included(asm, "use-policy"):
        return []
    minimum = _fact(_state(asm), "retention_minimum")
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
    return [_finding("error", None, f"{what}, and the use-policy section "
                     "does not yield to it, so the draft would order unlawful destruction. Raise "
                     "the ceiling or add the state-minimum exception.")]


def x_retention_below_state_minimum__mutmut_71(asm: Assembly) -> list:
    """A retention ceiling shorter than the period state law requires records to be kept."""
    if not _included(asm, "use-policy"):
        return []
    minimum = _fact(_state(asm), "retention_minimum")
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
    return [_finding("error", "use-policy#retention-limit", None)]


def x_retention_below_state_minimum__mutmut_72(asm: Assembly) -> list:
    """A retention ceiling shorter than the period state law requires records to be kept."""
    if not _included(asm, "use-policy"):
        return []
    minimum = _fact(_state(asm), "retention_minimum")
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
    return [_finding("use-policy#retention-limit", f"{what}, and the use-policy section "
                     "does not yield to it, so the draft would order unlawful destruction. Raise "
                     "the ceiling or add the state-minimum exception.")]


def x_retention_below_state_minimum__mutmut_73(asm: Assembly) -> list:
    """A retention ceiling shorter than the period state law requires records to be kept."""
    if not _included(asm, "use-policy"):
        return []
    minimum = _fact(_state(asm), "retention_minimum")
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
    return [_finding("error", f"{what}, and the use-policy section "
                     "does not yield to it, so the draft would order unlawful destruction. Raise "
                     "the ceiling or add the state-minimum exception.")]


def x_retention_below_state_minimum__mutmut_74(asm: Assembly) -> list:
    """A retention ceiling shorter than the period state law requires records to be kept."""
    if not _included(asm, "use-policy"):
        return []
    minimum = _fact(_state(asm), "retention_minimum")
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
    return [_finding("error", "use-policy#retention-limit", )]


def x_retention_below_state_minimum__mutmut_75(asm: Assembly) -> list:
    """A retention ceiling shorter than the period state law requires records to be kept."""
    if not _included(asm, "use-policy"):
        return []
    minimum = _fact(_state(asm), "retention_minimum")
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
    return [_finding("XXerrorXX", "use-policy#retention-limit", f"{what}, and the use-policy section "
                     "does not yield to it, so the draft would order unlawful destruction. Raise "
                     "the ceiling or add the state-minimum exception.")]


def x_retention_below_state_minimum__mutmut_76(asm: Assembly) -> list:
    """A retention ceiling shorter than the period state law requires records to be kept."""
    if not _included(asm, "use-policy"):
        return []
    minimum = _fact(_state(asm), "retention_minimum")
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
    return [_finding("ERROR", "use-policy#retention-limit", f"{what}, and the use-policy section "
                     "does not yield to it, so the draft would order unlawful destruction. Raise "
                     "the ceiling or add the state-minimum exception.")]


def x_retention_below_state_minimum__mutmut_77(asm: Assembly) -> list:
    """A retention ceiling shorter than the period state law requires records to be kept."""
    if not _included(asm, "use-policy"):
        return []
    minimum = _fact(_state(asm), "retention_minimum")
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
    return [_finding("error", "XXuse-policy#retention-limitXX", f"{what}, and the use-policy section "
                     "does not yield to it, so the draft would order unlawful destruction. Raise "
                     "the ceiling or add the state-minimum exception.")]


def x_retention_below_state_minimum__mutmut_78(asm: Assembly) -> list:
    """A retention ceiling shorter than the period state law requires records to be kept."""
    if not _included(asm, "use-policy"):
        return []
    minimum = _fact(_state(asm), "retention_minimum")
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
    return [_finding("error", "USE-POLICY#RETENTION-LIMIT", f"{what}, and the use-policy section "
                     "does not yield to it, so the draft would order unlawful destruction. Raise "
                     "the ceiling or add the state-minimum exception.")]


def x_retention_below_state_minimum__mutmut_79(asm: Assembly) -> list:
    """A retention ceiling shorter than the period state law requires records to be kept."""
    if not _included(asm, "use-policy"):
        return []
    minimum = _fact(_state(asm), "retention_minimum")
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
                     "XXdoes not yield to it, so the draft would order unlawful destruction. Raise XX"
                     "the ceiling or add the state-minimum exception.")]


def x_retention_below_state_minimum__mutmut_80(asm: Assembly) -> list:
    """A retention ceiling shorter than the period state law requires records to be kept."""
    if not _included(asm, "use-policy"):
        return []
    minimum = _fact(_state(asm), "retention_minimum")
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
                     "does not yield to it, so the draft would order unlawful destruction. raise "
                     "the ceiling or add the state-minimum exception.")]


def x_retention_below_state_minimum__mutmut_81(asm: Assembly) -> list:
    """A retention ceiling shorter than the period state law requires records to be kept."""
    if not _included(asm, "use-policy"):
        return []
    minimum = _fact(_state(asm), "retention_minimum")
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
                     "DOES NOT YIELD TO IT, SO THE DRAFT WOULD ORDER UNLAWFUL DESTRUCTION. RAISE "
                     "the ceiling or add the state-minimum exception.")]


def x_retention_below_state_minimum__mutmut_82(asm: Assembly) -> list:
    """A retention ceiling shorter than the period state law requires records to be kept."""
    if not _included(asm, "use-policy"):
        return []
    minimum = _fact(_state(asm), "retention_minimum")
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
                     "XXthe ceiling or add the state-minimum exception.XX")]


def x_retention_below_state_minimum__mutmut_83(asm: Assembly) -> list:
    """A retention ceiling shorter than the period state law requires records to be kept."""
    if not _included(asm, "use-policy"):
        return []
    minimum = _fact(_state(asm), "retention_minimum")
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
                     "THE CEILING OR ADD THE STATE-MINIMUM EXCEPTION.")]

mutants_x_retention_below_state_minimum__mutmut['_mutmut_orig'] = x_retention_below_state_minimum__mutmut_orig # type: ignore # mutmut generated
mutants_x_retention_below_state_minimum__mutmut['x_retention_below_state_minimum__mutmut_1'] = x_retention_below_state_minimum__mutmut_1 # type: ignore # mutmut generated
mutants_x_retention_below_state_minimum__mutmut['x_retention_below_state_minimum__mutmut_2'] = x_retention_below_state_minimum__mutmut_2 # type: ignore # mutmut generated
mutants_x_retention_below_state_minimum__mutmut['x_retention_below_state_minimum__mutmut_3'] = x_retention_below_state_minimum__mutmut_3 # type: ignore # mutmut generated
mutants_x_retention_below_state_minimum__mutmut['x_retention_below_state_minimum__mutmut_4'] = x_retention_below_state_minimum__mutmut_4 # type: ignore # mutmut generated
mutants_x_retention_below_state_minimum__mutmut['x_retention_below_state_minimum__mutmut_5'] = x_retention_below_state_minimum__mutmut_5 # type: ignore # mutmut generated
mutants_x_retention_below_state_minimum__mutmut['x_retention_below_state_minimum__mutmut_6'] = x_retention_below_state_minimum__mutmut_6 # type: ignore # mutmut generated
mutants_x_retention_below_state_minimum__mutmut['x_retention_below_state_minimum__mutmut_7'] = x_retention_below_state_minimum__mutmut_7 # type: ignore # mutmut generated
mutants_x_retention_below_state_minimum__mutmut['x_retention_below_state_minimum__mutmut_8'] = x_retention_below_state_minimum__mutmut_8 # type: ignore # mutmut generated
mutants_x_retention_below_state_minimum__mutmut['x_retention_below_state_minimum__mutmut_9'] = x_retention_below_state_minimum__mutmut_9 # type: ignore # mutmut generated
mutants_x_retention_below_state_minimum__mutmut['x_retention_below_state_minimum__mutmut_10'] = x_retention_below_state_minimum__mutmut_10 # type: ignore # mutmut generated
mutants_x_retention_below_state_minimum__mutmut['x_retention_below_state_minimum__mutmut_11'] = x_retention_below_state_minimum__mutmut_11 # type: ignore # mutmut generated
mutants_x_retention_below_state_minimum__mutmut['x_retention_below_state_minimum__mutmut_12'] = x_retention_below_state_minimum__mutmut_12 # type: ignore # mutmut generated
mutants_x_retention_below_state_minimum__mutmut['x_retention_below_state_minimum__mutmut_13'] = x_retention_below_state_minimum__mutmut_13 # type: ignore # mutmut generated
mutants_x_retention_below_state_minimum__mutmut['x_retention_below_state_minimum__mutmut_14'] = x_retention_below_state_minimum__mutmut_14 # type: ignore # mutmut generated
mutants_x_retention_below_state_minimum__mutmut['x_retention_below_state_minimum__mutmut_15'] = x_retention_below_state_minimum__mutmut_15 # type: ignore # mutmut generated
mutants_x_retention_below_state_minimum__mutmut['x_retention_below_state_minimum__mutmut_16'] = x_retention_below_state_minimum__mutmut_16 # type: ignore # mutmut generated
mutants_x_retention_below_state_minimum__mutmut['x_retention_below_state_minimum__mutmut_17'] = x_retention_below_state_minimum__mutmut_17 # type: ignore # mutmut generated
mutants_x_retention_below_state_minimum__mutmut['x_retention_below_state_minimum__mutmut_18'] = x_retention_below_state_minimum__mutmut_18 # type: ignore # mutmut generated
mutants_x_retention_below_state_minimum__mutmut['x_retention_below_state_minimum__mutmut_19'] = x_retention_below_state_minimum__mutmut_19 # type: ignore # mutmut generated
mutants_x_retention_below_state_minimum__mutmut['x_retention_below_state_minimum__mutmut_20'] = x_retention_below_state_minimum__mutmut_20 # type: ignore # mutmut generated
mutants_x_retention_below_state_minimum__mutmut['x_retention_below_state_minimum__mutmut_21'] = x_retention_below_state_minimum__mutmut_21 # type: ignore # mutmut generated
mutants_x_retention_below_state_minimum__mutmut['x_retention_below_state_minimum__mutmut_22'] = x_retention_below_state_minimum__mutmut_22 # type: ignore # mutmut generated
mutants_x_retention_below_state_minimum__mutmut['x_retention_below_state_minimum__mutmut_23'] = x_retention_below_state_minimum__mutmut_23 # type: ignore # mutmut generated
mutants_x_retention_below_state_minimum__mutmut['x_retention_below_state_minimum__mutmut_24'] = x_retention_below_state_minimum__mutmut_24 # type: ignore # mutmut generated
mutants_x_retention_below_state_minimum__mutmut['x_retention_below_state_minimum__mutmut_25'] = x_retention_below_state_minimum__mutmut_25 # type: ignore # mutmut generated
mutants_x_retention_below_state_minimum__mutmut['x_retention_below_state_minimum__mutmut_26'] = x_retention_below_state_minimum__mutmut_26 # type: ignore # mutmut generated
mutants_x_retention_below_state_minimum__mutmut['x_retention_below_state_minimum__mutmut_27'] = x_retention_below_state_minimum__mutmut_27 # type: ignore # mutmut generated
mutants_x_retention_below_state_minimum__mutmut['x_retention_below_state_minimum__mutmut_28'] = x_retention_below_state_minimum__mutmut_28 # type: ignore # mutmut generated
mutants_x_retention_below_state_minimum__mutmut['x_retention_below_state_minimum__mutmut_29'] = x_retention_below_state_minimum__mutmut_29 # type: ignore # mutmut generated
mutants_x_retention_below_state_minimum__mutmut['x_retention_below_state_minimum__mutmut_30'] = x_retention_below_state_minimum__mutmut_30 # type: ignore # mutmut generated
mutants_x_retention_below_state_minimum__mutmut['x_retention_below_state_minimum__mutmut_31'] = x_retention_below_state_minimum__mutmut_31 # type: ignore # mutmut generated
mutants_x_retention_below_state_minimum__mutmut['x_retention_below_state_minimum__mutmut_32'] = x_retention_below_state_minimum__mutmut_32 # type: ignore # mutmut generated
mutants_x_retention_below_state_minimum__mutmut['x_retention_below_state_minimum__mutmut_33'] = x_retention_below_state_minimum__mutmut_33 # type: ignore # mutmut generated
mutants_x_retention_below_state_minimum__mutmut['x_retention_below_state_minimum__mutmut_34'] = x_retention_below_state_minimum__mutmut_34 # type: ignore # mutmut generated
mutants_x_retention_below_state_minimum__mutmut['x_retention_below_state_minimum__mutmut_35'] = x_retention_below_state_minimum__mutmut_35 # type: ignore # mutmut generated
mutants_x_retention_below_state_minimum__mutmut['x_retention_below_state_minimum__mutmut_36'] = x_retention_below_state_minimum__mutmut_36 # type: ignore # mutmut generated
mutants_x_retention_below_state_minimum__mutmut['x_retention_below_state_minimum__mutmut_37'] = x_retention_below_state_minimum__mutmut_37 # type: ignore # mutmut generated
mutants_x_retention_below_state_minimum__mutmut['x_retention_below_state_minimum__mutmut_38'] = x_retention_below_state_minimum__mutmut_38 # type: ignore # mutmut generated
mutants_x_retention_below_state_minimum__mutmut['x_retention_below_state_minimum__mutmut_39'] = x_retention_below_state_minimum__mutmut_39 # type: ignore # mutmut generated
mutants_x_retention_below_state_minimum__mutmut['x_retention_below_state_minimum__mutmut_40'] = x_retention_below_state_minimum__mutmut_40 # type: ignore # mutmut generated
mutants_x_retention_below_state_minimum__mutmut['x_retention_below_state_minimum__mutmut_41'] = x_retention_below_state_minimum__mutmut_41 # type: ignore # mutmut generated
mutants_x_retention_below_state_minimum__mutmut['x_retention_below_state_minimum__mutmut_42'] = x_retention_below_state_minimum__mutmut_42 # type: ignore # mutmut generated
mutants_x_retention_below_state_minimum__mutmut['x_retention_below_state_minimum__mutmut_43'] = x_retention_below_state_minimum__mutmut_43 # type: ignore # mutmut generated
mutants_x_retention_below_state_minimum__mutmut['x_retention_below_state_minimum__mutmut_44'] = x_retention_below_state_minimum__mutmut_44 # type: ignore # mutmut generated
mutants_x_retention_below_state_minimum__mutmut['x_retention_below_state_minimum__mutmut_45'] = x_retention_below_state_minimum__mutmut_45 # type: ignore # mutmut generated
mutants_x_retention_below_state_minimum__mutmut['x_retention_below_state_minimum__mutmut_46'] = x_retention_below_state_minimum__mutmut_46 # type: ignore # mutmut generated
mutants_x_retention_below_state_minimum__mutmut['x_retention_below_state_minimum__mutmut_47'] = x_retention_below_state_minimum__mutmut_47 # type: ignore # mutmut generated
mutants_x_retention_below_state_minimum__mutmut['x_retention_below_state_minimum__mutmut_48'] = x_retention_below_state_minimum__mutmut_48 # type: ignore # mutmut generated
mutants_x_retention_below_state_minimum__mutmut['x_retention_below_state_minimum__mutmut_49'] = x_retention_below_state_minimum__mutmut_49 # type: ignore # mutmut generated
mutants_x_retention_below_state_minimum__mutmut['x_retention_below_state_minimum__mutmut_50'] = x_retention_below_state_minimum__mutmut_50 # type: ignore # mutmut generated
mutants_x_retention_below_state_minimum__mutmut['x_retention_below_state_minimum__mutmut_51'] = x_retention_below_state_minimum__mutmut_51 # type: ignore # mutmut generated
mutants_x_retention_below_state_minimum__mutmut['x_retention_below_state_minimum__mutmut_52'] = x_retention_below_state_minimum__mutmut_52 # type: ignore # mutmut generated
mutants_x_retention_below_state_minimum__mutmut['x_retention_below_state_minimum__mutmut_53'] = x_retention_below_state_minimum__mutmut_53 # type: ignore # mutmut generated
mutants_x_retention_below_state_minimum__mutmut['x_retention_below_state_minimum__mutmut_54'] = x_retention_below_state_minimum__mutmut_54 # type: ignore # mutmut generated
mutants_x_retention_below_state_minimum__mutmut['x_retention_below_state_minimum__mutmut_55'] = x_retention_below_state_minimum__mutmut_55 # type: ignore # mutmut generated
mutants_x_retention_below_state_minimum__mutmut['x_retention_below_state_minimum__mutmut_56'] = x_retention_below_state_minimum__mutmut_56 # type: ignore # mutmut generated
mutants_x_retention_below_state_minimum__mutmut['x_retention_below_state_minimum__mutmut_57'] = x_retention_below_state_minimum__mutmut_57 # type: ignore # mutmut generated
mutants_x_retention_below_state_minimum__mutmut['x_retention_below_state_minimum__mutmut_58'] = x_retention_below_state_minimum__mutmut_58 # type: ignore # mutmut generated
mutants_x_retention_below_state_minimum__mutmut['x_retention_below_state_minimum__mutmut_59'] = x_retention_below_state_minimum__mutmut_59 # type: ignore # mutmut generated
mutants_x_retention_below_state_minimum__mutmut['x_retention_below_state_minimum__mutmut_60'] = x_retention_below_state_minimum__mutmut_60 # type: ignore # mutmut generated
mutants_x_retention_below_state_minimum__mutmut['x_retention_below_state_minimum__mutmut_61'] = x_retention_below_state_minimum__mutmut_61 # type: ignore # mutmut generated
mutants_x_retention_below_state_minimum__mutmut['x_retention_below_state_minimum__mutmut_62'] = x_retention_below_state_minimum__mutmut_62 # type: ignore # mutmut generated
mutants_x_retention_below_state_minimum__mutmut['x_retention_below_state_minimum__mutmut_63'] = x_retention_below_state_minimum__mutmut_63 # type: ignore # mutmut generated
mutants_x_retention_below_state_minimum__mutmut['x_retention_below_state_minimum__mutmut_64'] = x_retention_below_state_minimum__mutmut_64 # type: ignore # mutmut generated
mutants_x_retention_below_state_minimum__mutmut['x_retention_below_state_minimum__mutmut_65'] = x_retention_below_state_minimum__mutmut_65 # type: ignore # mutmut generated
mutants_x_retention_below_state_minimum__mutmut['x_retention_below_state_minimum__mutmut_66'] = x_retention_below_state_minimum__mutmut_66 # type: ignore # mutmut generated
mutants_x_retention_below_state_minimum__mutmut['x_retention_below_state_minimum__mutmut_67'] = x_retention_below_state_minimum__mutmut_67 # type: ignore # mutmut generated
mutants_x_retention_below_state_minimum__mutmut['x_retention_below_state_minimum__mutmut_68'] = x_retention_below_state_minimum__mutmut_68 # type: ignore # mutmut generated
mutants_x_retention_below_state_minimum__mutmut['x_retention_below_state_minimum__mutmut_69'] = x_retention_below_state_minimum__mutmut_69 # type: ignore # mutmut generated
mutants_x_retention_below_state_minimum__mutmut['x_retention_below_state_minimum__mutmut_70'] = x_retention_below_state_minimum__mutmut_70 # type: ignore # mutmut generated
mutants_x_retention_below_state_minimum__mutmut['x_retention_below_state_minimum__mutmut_71'] = x_retention_below_state_minimum__mutmut_71 # type: ignore # mutmut generated
mutants_x_retention_below_state_minimum__mutmut['x_retention_below_state_minimum__mutmut_72'] = x_retention_below_state_minimum__mutmut_72 # type: ignore # mutmut generated
mutants_x_retention_below_state_minimum__mutmut['x_retention_below_state_minimum__mutmut_73'] = x_retention_below_state_minimum__mutmut_73 # type: ignore # mutmut generated
mutants_x_retention_below_state_minimum__mutmut['x_retention_below_state_minimum__mutmut_74'] = x_retention_below_state_minimum__mutmut_74 # type: ignore # mutmut generated
mutants_x_retention_below_state_minimum__mutmut['x_retention_below_state_minimum__mutmut_75'] = x_retention_below_state_minimum__mutmut_75 # type: ignore # mutmut generated
mutants_x_retention_below_state_minimum__mutmut['x_retention_below_state_minimum__mutmut_76'] = x_retention_below_state_minimum__mutmut_76 # type: ignore # mutmut generated
mutants_x_retention_below_state_minimum__mutmut['x_retention_below_state_minimum__mutmut_77'] = x_retention_below_state_minimum__mutmut_77 # type: ignore # mutmut generated
mutants_x_retention_below_state_minimum__mutmut['x_retention_below_state_minimum__mutmut_78'] = x_retention_below_state_minimum__mutmut_78 # type: ignore # mutmut generated
mutants_x_retention_below_state_minimum__mutmut['x_retention_below_state_minimum__mutmut_79'] = x_retention_below_state_minimum__mutmut_79 # type: ignore # mutmut generated
mutants_x_retention_below_state_minimum__mutmut['x_retention_below_state_minimum__mutmut_80'] = x_retention_below_state_minimum__mutmut_80 # type: ignore # mutmut generated
mutants_x_retention_below_state_minimum__mutmut['x_retention_below_state_minimum__mutmut_81'] = x_retention_below_state_minimum__mutmut_81 # type: ignore # mutmut generated
mutants_x_retention_below_state_minimum__mutmut['x_retention_below_state_minimum__mutmut_82'] = x_retention_below_state_minimum__mutmut_82 # type: ignore # mutmut generated
mutants_x_retention_below_state_minimum__mutmut['x_retention_below_state_minimum__mutmut_83'] = x_retention_below_state_minimum__mutmut_83 # type: ignore # mutmut generated
mutants_x_remedy_powers__mutmut: MutantDict = {}  # type: ignore


@_mutmut_mutated(mutants_x_remedy_powers__mutmut)
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
            out.append(_finding("warning", where, f"{name} {status} (state facts: home_rule "
                                f"{home_rule}); a unit without home-rule power may lack "
                                f"authority to create {words} by ordinance ({key}: true). "
                                "Counsel must confirm the authority before introduction."))
        if key == "enforcement.damages" and claims.get("legislature_only_waiver"):
            out.append(_finding("warning", where, f"in {name} only the Legislature can waive "
                                f"governmental immunity ({_citing(claims)}); the draft allows "
                                "damages only to the extent state law waives it. Consider "
                                "injunctive relief, discipline and contract terms instead."))
    return out


def x_remedy_powers__mutmut_orig(asm: Assembly) -> list:
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
            out.append(_finding("warning", where, f"{name} {status} (state facts: home_rule "
                                f"{home_rule}); a unit without home-rule power may lack "
                                f"authority to create {words} by ordinance ({key}: true). "
                                "Counsel must confirm the authority before introduction."))
        if key == "enforcement.damages" and claims.get("legislature_only_waiver"):
            out.append(_finding("warning", where, f"in {name} only the Legislature can waive "
                                f"governmental immunity ({_citing(claims)}); the draft allows "
                                "damages only to the extent state law waives it. Consider "
                                "injunctive relief, discipline and contract terms instead."))
    return out


def x_remedy_powers__mutmut_1(asm: Assembly) -> list:
    """Remedies a place may have no power to create: home-rule status and immunity waivers."""
    if _included(asm, "enforcement"):
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
            out.append(_finding("warning", where, f"{name} {status} (state facts: home_rule "
                                f"{home_rule}); a unit without home-rule power may lack "
                                f"authority to create {words} by ordinance ({key}: true). "
                                "Counsel must confirm the authority before introduction."))
        if key == "enforcement.damages" and claims.get("legislature_only_waiver"):
            out.append(_finding("warning", where, f"in {name} only the Legislature can waive "
                                f"governmental immunity ({_citing(claims)}); the draft allows "
                                "damages only to the extent state law waives it. Consider "
                                "injunctive relief, discipline and contract terms instead."))
    return out


def x_remedy_powers__mutmut_2(asm: Assembly) -> list:
    """Remedies a place may have no power to create: home-rule status and immunity waivers."""
    if not _included(None, "enforcement"):
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
            out.append(_finding("warning", where, f"{name} {status} (state facts: home_rule "
                                f"{home_rule}); a unit without home-rule power may lack "
                                f"authority to create {words} by ordinance ({key}: true). "
                                "Counsel must confirm the authority before introduction."))
        if key == "enforcement.damages" and claims.get("legislature_only_waiver"):
            out.append(_finding("warning", where, f"in {name} only the Legislature can waive "
                                f"governmental immunity ({_citing(claims)}); the draft allows "
                                "damages only to the extent state law waives it. Consider "
                                "injunctive relief, discipline and contract terms instead."))
    return out


def x_remedy_powers__mutmut_3(asm: Assembly) -> list:
    """Remedies a place may have no power to create: home-rule status and immunity waivers."""
    if not _included(asm, None):
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
            out.append(_finding("warning", where, f"{name} {status} (state facts: home_rule "
                                f"{home_rule}); a unit without home-rule power may lack "
                                f"authority to create {words} by ordinance ({key}: true). "
                                "Counsel must confirm the authority before introduction."))
        if key == "enforcement.damages" and claims.get("legislature_only_waiver"):
            out.append(_finding("warning", where, f"in {name} only the Legislature can waive "
                                f"governmental immunity ({_citing(claims)}); the draft allows "
                                "damages only to the extent state law waives it. Consider "
                                "injunctive relief, discipline and contract terms instead."))
    return out


def x_remedy_powers__mutmut_4(asm: Assembly) -> list:
    """Remedies a place may have no power to create: home-rule status and immunity waivers."""
    if not _included("enforcement"):
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
            out.append(_finding("warning", where, f"{name} {status} (state facts: home_rule "
                                f"{home_rule}); a unit without home-rule power may lack "
                                f"authority to create {words} by ordinance ({key}: true). "
                                "Counsel must confirm the authority before introduction."))
        if key == "enforcement.damages" and claims.get("legislature_only_waiver"):
            out.append(_finding("warning", where, f"in {name} only the Legislature can waive "
                                f"governmental immunity ({_citing(claims)}); the draft allows "
                                "damages only to the extent state law waives it. Consider "
                                "injunctive relief, discipline and contract terms instead."))
    return out


def x_remedy_powers__mutmut_5(asm: Assembly) -> list:
    """Remedies a place may have no power to create: home-rule status and immunity waivers."""
    if not _included(asm, ):
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
            out.append(_finding("warning", where, f"{name} {status} (state facts: home_rule "
                                f"{home_rule}); a unit without home-rule power may lack "
                                f"authority to create {words} by ordinance ({key}: true). "
                                "Counsel must confirm the authority before introduction."))
        if key == "enforcement.damages" and claims.get("legislature_only_waiver"):
            out.append(_finding("warning", where, f"in {name} only the Legislature can waive "
                                f"governmental immunity ({_citing(claims)}); the draft allows "
                                "damages only to the extent state law waives it. Consider "
                                "injunctive relief, discipline and contract terms instead."))
    return out


def x_remedy_powers__mutmut_6(asm: Assembly) -> list:
    """Remedies a place may have no power to create: home-rule status and immunity waivers."""
    if not _included(asm, "XXenforcementXX"):
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
            out.append(_finding("warning", where, f"{name} {status} (state facts: home_rule "
                                f"{home_rule}); a unit without home-rule power may lack "
                                f"authority to create {words} by ordinance ({key}: true). "
                                "Counsel must confirm the authority before introduction."))
        if key == "enforcement.damages" and claims.get("legislature_only_waiver"):
            out.append(_finding("warning", where, f"in {name} only the Legislature can waive "
                                f"governmental immunity ({_citing(claims)}); the draft allows "
                                "damages only to the extent state law waives it. Consider "
                                "injunctive relief, discipline and contract terms instead."))
    return out


def x_remedy_powers__mutmut_7(asm: Assembly) -> list:
    """Remedies a place may have no power to create: home-rule status and immunity waivers."""
    if not _included(asm, "ENFORCEMENT"):
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
            out.append(_finding("warning", where, f"{name} {status} (state facts: home_rule "
                                f"{home_rule}); a unit without home-rule power may lack "
                                f"authority to create {words} by ordinance ({key}: true). "
                                "Counsel must confirm the authority before introduction."))
        if key == "enforcement.damages" and claims.get("legislature_only_waiver"):
            out.append(_finding("warning", where, f"in {name} only the Legislature can waive "
                                f"governmental immunity ({_citing(claims)}); the draft allows "
                                "damages only to the extent state law waives it. Consider "
                                "injunctive relief, discipline and contract terms instead."))
    return out


def x_remedy_powers__mutmut_8(asm: Assembly) -> list:
    """Remedies a place may have no power to create: home-rule status and immunity waivers."""
    if not _included(asm, "enforcement"):
        return []
    state = None
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
            out.append(_finding("warning", where, f"{name} {status} (state facts: home_rule "
                                f"{home_rule}); a unit without home-rule power may lack "
                                f"authority to create {words} by ordinance ({key}: true). "
                                "Counsel must confirm the authority before introduction."))
        if key == "enforcement.damages" and claims.get("legislature_only_waiver"):
            out.append(_finding("warning", where, f"in {name} only the Legislature can waive "
                                f"governmental immunity ({_citing(claims)}); the draft allows "
                                "damages only to the extent state law waives it. Consider "
                                "injunctive relief, discipline and contract terms instead."))
    return out


def x_remedy_powers__mutmut_9(asm: Assembly) -> list:
    """Remedies a place may have no power to create: home-rule status and immunity waivers."""
    if not _included(asm, "enforcement"):
        return []
    state = _state(None)
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
            out.append(_finding("warning", where, f"{name} {status} (state facts: home_rule "
                                f"{home_rule}); a unit without home-rule power may lack "
                                f"authority to create {words} by ordinance ({key}: true). "
                                "Counsel must confirm the authority before introduction."))
        if key == "enforcement.damages" and claims.get("legislature_only_waiver"):
            out.append(_finding("warning", where, f"in {name} only the Legislature can waive "
                                f"governmental immunity ({_citing(claims)}); the draft allows "
                                "damages only to the extent state law waives it. Consider "
                                "injunctive relief, discipline and contract terms instead."))
    return out


def x_remedy_powers__mutmut_10(asm: Assembly) -> list:
    """Remedies a place may have no power to create: home-rule status and immunity waivers."""
    if not _included(asm, "enforcement"):
        return []
    state = _state(asm)
    name = None
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
            out.append(_finding("warning", where, f"{name} {status} (state facts: home_rule "
                                f"{home_rule}); a unit without home-rule power may lack "
                                f"authority to create {words} by ordinance ({key}: true). "
                                "Counsel must confirm the authority before introduction."))
        if key == "enforcement.damages" and claims.get("legislature_only_waiver"):
            out.append(_finding("warning", where, f"in {name} only the Legislature can waive "
                                f"governmental immunity ({_citing(claims)}); the draft allows "
                                "damages only to the extent state law waives it. Consider "
                                "injunctive relief, discipline and contract terms instead."))
    return out


def x_remedy_powers__mutmut_11(asm: Assembly) -> list:
    """Remedies a place may have no power to create: home-rule status and immunity waivers."""
    if not _included(asm, "enforcement"):
        return []
    state = _state(asm)
    name = state.get(None, "this state")
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
            out.append(_finding("warning", where, f"{name} {status} (state facts: home_rule "
                                f"{home_rule}); a unit without home-rule power may lack "
                                f"authority to create {words} by ordinance ({key}: true). "
                                "Counsel must confirm the authority before introduction."))
        if key == "enforcement.damages" and claims.get("legislature_only_waiver"):
            out.append(_finding("warning", where, f"in {name} only the Legislature can waive "
                                f"governmental immunity ({_citing(claims)}); the draft allows "
                                "damages only to the extent state law waives it. Consider "
                                "injunctive relief, discipline and contract terms instead."))
    return out


def x_remedy_powers__mutmut_12(asm: Assembly) -> list:
    """Remedies a place may have no power to create: home-rule status and immunity waivers."""
    if not _included(asm, "enforcement"):
        return []
    state = _state(asm)
    name = state.get("name", None)
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
            out.append(_finding("warning", where, f"{name} {status} (state facts: home_rule "
                                f"{home_rule}); a unit without home-rule power may lack "
                                f"authority to create {words} by ordinance ({key}: true). "
                                "Counsel must confirm the authority before introduction."))
        if key == "enforcement.damages" and claims.get("legislature_only_waiver"):
            out.append(_finding("warning", where, f"in {name} only the Legislature can waive "
                                f"governmental immunity ({_citing(claims)}); the draft allows "
                                "damages only to the extent state law waives it. Consider "
                                "injunctive relief, discipline and contract terms instead."))
    return out


def x_remedy_powers__mutmut_13(asm: Assembly) -> list:
    """Remedies a place may have no power to create: home-rule status and immunity waivers."""
    if not _included(asm, "enforcement"):
        return []
    state = _state(asm)
    name = state.get("this state")
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
            out.append(_finding("warning", where, f"{name} {status} (state facts: home_rule "
                                f"{home_rule}); a unit without home-rule power may lack "
                                f"authority to create {words} by ordinance ({key}: true). "
                                "Counsel must confirm the authority before introduction."))
        if key == "enforcement.damages" and claims.get("legislature_only_waiver"):
            out.append(_finding("warning", where, f"in {name} only the Legislature can waive "
                                f"governmental immunity ({_citing(claims)}); the draft allows "
                                "damages only to the extent state law waives it. Consider "
                                "injunctive relief, discipline and contract terms instead."))
    return out


def x_remedy_powers__mutmut_14(asm: Assembly) -> list:
    """Remedies a place may have no power to create: home-rule status and immunity waivers."""
    if not _included(asm, "enforcement"):
        return []
    state = _state(asm)
    name = state.get("name", )
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
            out.append(_finding("warning", where, f"{name} {status} (state facts: home_rule "
                                f"{home_rule}); a unit without home-rule power may lack "
                                f"authority to create {words} by ordinance ({key}: true). "
                                "Counsel must confirm the authority before introduction."))
        if key == "enforcement.damages" and claims.get("legislature_only_waiver"):
            out.append(_finding("warning", where, f"in {name} only the Legislature can waive "
                                f"governmental immunity ({_citing(claims)}); the draft allows "
                                "damages only to the extent state law waives it. Consider "
                                "injunctive relief, discipline and contract terms instead."))
    return out


def x_remedy_powers__mutmut_15(asm: Assembly) -> list:
    """Remedies a place may have no power to create: home-rule status and immunity waivers."""
    if not _included(asm, "enforcement"):
        return []
    state = _state(asm)
    name = state.get("XXnameXX", "this state")
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
            out.append(_finding("warning", where, f"{name} {status} (state facts: home_rule "
                                f"{home_rule}); a unit without home-rule power may lack "
                                f"authority to create {words} by ordinance ({key}: true). "
                                "Counsel must confirm the authority before introduction."))
        if key == "enforcement.damages" and claims.get("legislature_only_waiver"):
            out.append(_finding("warning", where, f"in {name} only the Legislature can waive "
                                f"governmental immunity ({_citing(claims)}); the draft allows "
                                "damages only to the extent state law waives it. Consider "
                                "injunctive relief, discipline and contract terms instead."))
    return out


def x_remedy_powers__mutmut_16(asm: Assembly) -> list:
    """Remedies a place may have no power to create: home-rule status and immunity waivers."""
    if not _included(asm, "enforcement"):
        return []
    state = _state(asm)
    name = state.get("NAME", "this state")
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
            out.append(_finding("warning", where, f"{name} {status} (state facts: home_rule "
                                f"{home_rule}); a unit without home-rule power may lack "
                                f"authority to create {words} by ordinance ({key}: true). "
                                "Counsel must confirm the authority before introduction."))
        if key == "enforcement.damages" and claims.get("legislature_only_waiver"):
            out.append(_finding("warning", where, f"in {name} only the Legislature can waive "
                                f"governmental immunity ({_citing(claims)}); the draft allows "
                                "damages only to the extent state law waives it. Consider "
                                "injunctive relief, discipline and contract terms instead."))
    return out


def x_remedy_powers__mutmut_17(asm: Assembly) -> list:
    """Remedies a place may have no power to create: home-rule status and immunity waivers."""
    if not _included(asm, "enforcement"):
        return []
    state = _state(asm)
    name = state.get("name", "XXthis stateXX")
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
            out.append(_finding("warning", where, f"{name} {status} (state facts: home_rule "
                                f"{home_rule}); a unit without home-rule power may lack "
                                f"authority to create {words} by ordinance ({key}: true). "
                                "Counsel must confirm the authority before introduction."))
        if key == "enforcement.damages" and claims.get("legislature_only_waiver"):
            out.append(_finding("warning", where, f"in {name} only the Legislature can waive "
                                f"governmental immunity ({_citing(claims)}); the draft allows "
                                "damages only to the extent state law waives it. Consider "
                                "injunctive relief, discipline and contract terms instead."))
    return out


def x_remedy_powers__mutmut_18(asm: Assembly) -> list:
    """Remedies a place may have no power to create: home-rule status and immunity waivers."""
    if not _included(asm, "enforcement"):
        return []
    state = _state(asm)
    name = state.get("name", "THIS STATE")
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
            out.append(_finding("warning", where, f"{name} {status} (state facts: home_rule "
                                f"{home_rule}); a unit without home-rule power may lack "
                                f"authority to create {words} by ordinance ({key}: true). "
                                "Counsel must confirm the authority before introduction."))
        if key == "enforcement.damages" and claims.get("legislature_only_waiver"):
            out.append(_finding("warning", where, f"in {name} only the Legislature can waive "
                                f"governmental immunity ({_citing(claims)}); the draft allows "
                                "damages only to the extent state law waives it. Consider "
                                "injunctive relief, discipline and contract terms instead."))
    return out


def x_remedy_powers__mutmut_19(asm: Assembly) -> list:
    """Remedies a place may have no power to create: home-rule status and immunity waivers."""
    if not _included(asm, "enforcement"):
        return []
    state = _state(asm)
    name = state.get("name", "this state")
    home_rule = None
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
            out.append(_finding("warning", where, f"{name} {status} (state facts: home_rule "
                                f"{home_rule}); a unit without home-rule power may lack "
                                f"authority to create {words} by ordinance ({key}: true). "
                                "Counsel must confirm the authority before introduction."))
        if key == "enforcement.damages" and claims.get("legislature_only_waiver"):
            out.append(_finding("warning", where, f"in {name} only the Legislature can waive "
                                f"governmental immunity ({_citing(claims)}); the draft allows "
                                "damages only to the extent state law waives it. Consider "
                                "injunctive relief, discipline and contract terms instead."))
    return out


def x_remedy_powers__mutmut_20(asm: Assembly) -> list:
    """Remedies a place may have no power to create: home-rule status and immunity waivers."""
    if not _included(asm, "enforcement"):
        return []
    state = _state(asm)
    name = state.get("name", "this state")
    home_rule = _fact(None, "home_rule", "value")
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
            out.append(_finding("warning", where, f"{name} {status} (state facts: home_rule "
                                f"{home_rule}); a unit without home-rule power may lack "
                                f"authority to create {words} by ordinance ({key}: true). "
                                "Counsel must confirm the authority before introduction."))
        if key == "enforcement.damages" and claims.get("legislature_only_waiver"):
            out.append(_finding("warning", where, f"in {name} only the Legislature can waive "
                                f"governmental immunity ({_citing(claims)}); the draft allows "
                                "damages only to the extent state law waives it. Consider "
                                "injunctive relief, discipline and contract terms instead."))
    return out


def x_remedy_powers__mutmut_21(asm: Assembly) -> list:
    """Remedies a place may have no power to create: home-rule status and immunity waivers."""
    if not _included(asm, "enforcement"):
        return []
    state = _state(asm)
    name = state.get("name", "this state")
    home_rule = _fact(state, None, "value")
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
            out.append(_finding("warning", where, f"{name} {status} (state facts: home_rule "
                                f"{home_rule}); a unit without home-rule power may lack "
                                f"authority to create {words} by ordinance ({key}: true). "
                                "Counsel must confirm the authority before introduction."))
        if key == "enforcement.damages" and claims.get("legislature_only_waiver"):
            out.append(_finding("warning", where, f"in {name} only the Legislature can waive "
                                f"governmental immunity ({_citing(claims)}); the draft allows "
                                "damages only to the extent state law waives it. Consider "
                                "injunctive relief, discipline and contract terms instead."))
    return out


def x_remedy_powers__mutmut_22(asm: Assembly) -> list:
    """Remedies a place may have no power to create: home-rule status and immunity waivers."""
    if not _included(asm, "enforcement"):
        return []
    state = _state(asm)
    name = state.get("name", "this state")
    home_rule = _fact(state, "home_rule", None)
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
            out.append(_finding("warning", where, f"{name} {status} (state facts: home_rule "
                                f"{home_rule}); a unit without home-rule power may lack "
                                f"authority to create {words} by ordinance ({key}: true). "
                                "Counsel must confirm the authority before introduction."))
        if key == "enforcement.damages" and claims.get("legislature_only_waiver"):
            out.append(_finding("warning", where, f"in {name} only the Legislature can waive "
                                f"governmental immunity ({_citing(claims)}); the draft allows "
                                "damages only to the extent state law waives it. Consider "
                                "injunctive relief, discipline and contract terms instead."))
    return out


def x_remedy_powers__mutmut_23(asm: Assembly) -> list:
    """Remedies a place may have no power to create: home-rule status and immunity waivers."""
    if not _included(asm, "enforcement"):
        return []
    state = _state(asm)
    name = state.get("name", "this state")
    home_rule = _fact("home_rule", "value")
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
            out.append(_finding("warning", where, f"{name} {status} (state facts: home_rule "
                                f"{home_rule}); a unit without home-rule power may lack "
                                f"authority to create {words} by ordinance ({key}: true). "
                                "Counsel must confirm the authority before introduction."))
        if key == "enforcement.damages" and claims.get("legislature_only_waiver"):
            out.append(_finding("warning", where, f"in {name} only the Legislature can waive "
                                f"governmental immunity ({_citing(claims)}); the draft allows "
                                "damages only to the extent state law waives it. Consider "
                                "injunctive relief, discipline and contract terms instead."))
    return out


def x_remedy_powers__mutmut_24(asm: Assembly) -> list:
    """Remedies a place may have no power to create: home-rule status and immunity waivers."""
    if not _included(asm, "enforcement"):
        return []
    state = _state(asm)
    name = state.get("name", "this state")
    home_rule = _fact(state, "value")
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
            out.append(_finding("warning", where, f"{name} {status} (state facts: home_rule "
                                f"{home_rule}); a unit without home-rule power may lack "
                                f"authority to create {words} by ordinance ({key}: true). "
                                "Counsel must confirm the authority before introduction."))
        if key == "enforcement.damages" and claims.get("legislature_only_waiver"):
            out.append(_finding("warning", where, f"in {name} only the Legislature can waive "
                                f"governmental immunity ({_citing(claims)}); the draft allows "
                                "damages only to the extent state law waives it. Consider "
                                "injunctive relief, discipline and contract terms instead."))
    return out


def x_remedy_powers__mutmut_25(asm: Assembly) -> list:
    """Remedies a place may have no power to create: home-rule status and immunity waivers."""
    if not _included(asm, "enforcement"):
        return []
    state = _state(asm)
    name = state.get("name", "this state")
    home_rule = _fact(state, "home_rule", )
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
            out.append(_finding("warning", where, f"{name} {status} (state facts: home_rule "
                                f"{home_rule}); a unit without home-rule power may lack "
                                f"authority to create {words} by ordinance ({key}: true). "
                                "Counsel must confirm the authority before introduction."))
        if key == "enforcement.damages" and claims.get("legislature_only_waiver"):
            out.append(_finding("warning", where, f"in {name} only the Legislature can waive "
                                f"governmental immunity ({_citing(claims)}); the draft allows "
                                "damages only to the extent state law waives it. Consider "
                                "injunctive relief, discipline and contract terms instead."))
    return out


def x_remedy_powers__mutmut_26(asm: Assembly) -> list:
    """Remedies a place may have no power to create: home-rule status and immunity waivers."""
    if not _included(asm, "enforcement"):
        return []
    state = _state(asm)
    name = state.get("name", "this state")
    home_rule = _fact(state, "XXhome_ruleXX", "value")
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
            out.append(_finding("warning", where, f"{name} {status} (state facts: home_rule "
                                f"{home_rule}); a unit without home-rule power may lack "
                                f"authority to create {words} by ordinance ({key}: true). "
                                "Counsel must confirm the authority before introduction."))
        if key == "enforcement.damages" and claims.get("legislature_only_waiver"):
            out.append(_finding("warning", where, f"in {name} only the Legislature can waive "
                                f"governmental immunity ({_citing(claims)}); the draft allows "
                                "damages only to the extent state law waives it. Consider "
                                "injunctive relief, discipline and contract terms instead."))
    return out


def x_remedy_powers__mutmut_27(asm: Assembly) -> list:
    """Remedies a place may have no power to create: home-rule status and immunity waivers."""
    if not _included(asm, "enforcement"):
        return []
    state = _state(asm)
    name = state.get("name", "this state")
    home_rule = _fact(state, "HOME_RULE", "value")
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
            out.append(_finding("warning", where, f"{name} {status} (state facts: home_rule "
                                f"{home_rule}); a unit without home-rule power may lack "
                                f"authority to create {words} by ordinance ({key}: true). "
                                "Counsel must confirm the authority before introduction."))
        if key == "enforcement.damages" and claims.get("legislature_only_waiver"):
            out.append(_finding("warning", where, f"in {name} only the Legislature can waive "
                                f"governmental immunity ({_citing(claims)}); the draft allows "
                                "damages only to the extent state law waives it. Consider "
                                "injunctive relief, discipline and contract terms instead."))
    return out


def x_remedy_powers__mutmut_28(asm: Assembly) -> list:
    """Remedies a place may have no power to create: home-rule status and immunity waivers."""
    if not _included(asm, "enforcement"):
        return []
    state = _state(asm)
    name = state.get("name", "this state")
    home_rule = _fact(state, "home_rule", "XXvalueXX")
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
            out.append(_finding("warning", where, f"{name} {status} (state facts: home_rule "
                                f"{home_rule}); a unit without home-rule power may lack "
                                f"authority to create {words} by ordinance ({key}: true). "
                                "Counsel must confirm the authority before introduction."))
        if key == "enforcement.damages" and claims.get("legislature_only_waiver"):
            out.append(_finding("warning", where, f"in {name} only the Legislature can waive "
                                f"governmental immunity ({_citing(claims)}); the draft allows "
                                "damages only to the extent state law waives it. Consider "
                                "injunctive relief, discipline and contract terms instead."))
    return out


def x_remedy_powers__mutmut_29(asm: Assembly) -> list:
    """Remedies a place may have no power to create: home-rule status and immunity waivers."""
    if not _included(asm, "enforcement"):
        return []
    state = _state(asm)
    name = state.get("name", "this state")
    home_rule = _fact(state, "home_rule", "VALUE")
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
            out.append(_finding("warning", where, f"{name} {status} (state facts: home_rule "
                                f"{home_rule}); a unit without home-rule power may lack "
                                f"authority to create {words} by ordinance ({key}: true). "
                                "Counsel must confirm the authority before introduction."))
        if key == "enforcement.damages" and claims.get("legislature_only_waiver"):
            out.append(_finding("warning", where, f"in {name} only the Legislature can waive "
                                f"governmental immunity ({_citing(claims)}); the draft allows "
                                "damages only to the extent state law waives it. Consider "
                                "injunctive relief, discipline and contract terms instead."))
    return out


def x_remedy_powers__mutmut_30(asm: Assembly) -> list:
    """Remedies a place may have no power to create: home-rule status and immunity waivers."""
    if not _included(asm, "enforcement"):
        return []
    state = _state(asm)
    name = state.get("name", "this state")
    home_rule = _fact(state, "home_rule", "value")
    claims = None
    out = []
    for key, where, words in REMEDIES:
        if not _chosen(asm, key):
            continue
        if key in NEEDS_PRIVATE_SUIT and not _chosen(asm, "enforcement.private_suit"):
            continue
        if home_rule in ("dillon", "mixed"):
            status = "follows Dillon's Rule" if home_rule == "dillon" else \
                "gives home-rule power to some units and not others"
            out.append(_finding("warning", where, f"{name} {status} (state facts: home_rule "
                                f"{home_rule}); a unit without home-rule power may lack "
                                f"authority to create {words} by ordinance ({key}: true). "
                                "Counsel must confirm the authority before introduction."))
        if key == "enforcement.damages" and claims.get("legislature_only_waiver"):
            out.append(_finding("warning", where, f"in {name} only the Legislature can waive "
                                f"governmental immunity ({_citing(claims)}); the draft allows "
                                "damages only to the extent state law waives it. Consider "
                                "injunctive relief, discipline and contract terms instead."))
    return out


def x_remedy_powers__mutmut_31(asm: Assembly) -> list:
    """Remedies a place may have no power to create: home-rule status and immunity waivers."""
    if not _included(asm, "enforcement"):
        return []
    state = _state(asm)
    name = state.get("name", "this state")
    home_rule = _fact(state, "home_rule", "value")
    claims = _fact(state, "claims_act") and {}
    out = []
    for key, where, words in REMEDIES:
        if not _chosen(asm, key):
            continue
        if key in NEEDS_PRIVATE_SUIT and not _chosen(asm, "enforcement.private_suit"):
            continue
        if home_rule in ("dillon", "mixed"):
            status = "follows Dillon's Rule" if home_rule == "dillon" else \
                "gives home-rule power to some units and not others"
            out.append(_finding("warning", where, f"{name} {status} (state facts: home_rule "
                                f"{home_rule}); a unit without home-rule power may lack "
                                f"authority to create {words} by ordinance ({key}: true). "
                                "Counsel must confirm the authority before introduction."))
        if key == "enforcement.damages" and claims.get("legislature_only_waiver"):
            out.append(_finding("warning", where, f"in {name} only the Legislature can waive "
                                f"governmental immunity ({_citing(claims)}); the draft allows "
                                "damages only to the extent state law waives it. Consider "
                                "injunctive relief, discipline and contract terms instead."))
    return out


def x_remedy_powers__mutmut_32(asm: Assembly) -> list:
    """Remedies a place may have no power to create: home-rule status and immunity waivers."""
    if not _included(asm, "enforcement"):
        return []
    state = _state(asm)
    name = state.get("name", "this state")
    home_rule = _fact(state, "home_rule", "value")
    claims = _fact(None, "claims_act") or {}
    out = []
    for key, where, words in REMEDIES:
        if not _chosen(asm, key):
            continue
        if key in NEEDS_PRIVATE_SUIT and not _chosen(asm, "enforcement.private_suit"):
            continue
        if home_rule in ("dillon", "mixed"):
            status = "follows Dillon's Rule" if home_rule == "dillon" else \
                "gives home-rule power to some units and not others"
            out.append(_finding("warning", where, f"{name} {status} (state facts: home_rule "
                                f"{home_rule}); a unit without home-rule power may lack "
                                f"authority to create {words} by ordinance ({key}: true). "
                                "Counsel must confirm the authority before introduction."))
        if key == "enforcement.damages" and claims.get("legislature_only_waiver"):
            out.append(_finding("warning", where, f"in {name} only the Legislature can waive "
                                f"governmental immunity ({_citing(claims)}); the draft allows "
                                "damages only to the extent state law waives it. Consider "
                                "injunctive relief, discipline and contract terms instead."))
    return out


def x_remedy_powers__mutmut_33(asm: Assembly) -> list:
    """Remedies a place may have no power to create: home-rule status and immunity waivers."""
    if not _included(asm, "enforcement"):
        return []
    state = _state(asm)
    name = state.get("name", "this state")
    home_rule = _fact(state, "home_rule", "value")
    claims = _fact(state, None) or {}
    out = []
    for key, where, words in REMEDIES:
        if not _chosen(asm, key):
            continue
        if key in NEEDS_PRIVATE_SUIT and not _chosen(asm, "enforcement.private_suit"):
            continue
        if home_rule in ("dillon", "mixed"):
            status = "follows Dillon's Rule" if home_rule == "dillon" else \
                "gives home-rule power to some units and not others"
            out.append(_finding("warning", where, f"{name} {status} (state facts: home_rule "
                                f"{home_rule}); a unit without home-rule power may lack "
                                f"authority to create {words} by ordinance ({key}: true). "
                                "Counsel must confirm the authority before introduction."))
        if key == "enforcement.damages" and claims.get("legislature_only_waiver"):
            out.append(_finding("warning", where, f"in {name} only the Legislature can waive "
                                f"governmental immunity ({_citing(claims)}); the draft allows "
                                "damages only to the extent state law waives it. Consider "
                                "injunctive relief, discipline and contract terms instead."))
    return out


def x_remedy_powers__mutmut_34(asm: Assembly) -> list:
    """Remedies a place may have no power to create: home-rule status and immunity waivers."""
    if not _included(asm, "enforcement"):
        return []
    state = _state(asm)
    name = state.get("name", "this state")
    home_rule = _fact(state, "home_rule", "value")
    claims = _fact("claims_act") or {}
    out = []
    for key, where, words in REMEDIES:
        if not _chosen(asm, key):
            continue
        if key in NEEDS_PRIVATE_SUIT and not _chosen(asm, "enforcement.private_suit"):
            continue
        if home_rule in ("dillon", "mixed"):
            status = "follows Dillon's Rule" if home_rule == "dillon" else \
                "gives home-rule power to some units and not others"
            out.append(_finding("warning", where, f"{name} {status} (state facts: home_rule "
                                f"{home_rule}); a unit without home-rule power may lack "
                                f"authority to create {words} by ordinance ({key}: true). "
                                "Counsel must confirm the authority before introduction."))
        if key == "enforcement.damages" and claims.get("legislature_only_waiver"):
            out.append(_finding("warning", where, f"in {name} only the Legislature can waive "
                                f"governmental immunity ({_citing(claims)}); the draft allows "
                                "damages only to the extent state law waives it. Consider "
                                "injunctive relief, discipline and contract terms instead."))
    return out


def x_remedy_powers__mutmut_35(asm: Assembly) -> list:
    """Remedies a place may have no power to create: home-rule status and immunity waivers."""
    if not _included(asm, "enforcement"):
        return []
    state = _state(asm)
    name = state.get("name", "this state")
    home_rule = _fact(state, "home_rule", "value")
    claims = _fact(state, ) or {}
    out = []
    for key, where, words in REMEDIES:
        if not _chosen(asm, key):
            continue
        if key in NEEDS_PRIVATE_SUIT and not _chosen(asm, "enforcement.private_suit"):
            continue
        if home_rule in ("dillon", "mixed"):
            status = "follows Dillon's Rule" if home_rule == "dillon" else \
                "gives home-rule power to some units and not others"
            out.append(_finding("warning", where, f"{name} {status} (state facts: home_rule "
                                f"{home_rule}); a unit without home-rule power may lack "
                                f"authority to create {words} by ordinance ({key}: true). "
                                "Counsel must confirm the authority before introduction."))
        if key == "enforcement.damages" and claims.get("legislature_only_waiver"):
            out.append(_finding("warning", where, f"in {name} only the Legislature can waive "
                                f"governmental immunity ({_citing(claims)}); the draft allows "
                                "damages only to the extent state law waives it. Consider "
                                "injunctive relief, discipline and contract terms instead."))
    return out


def x_remedy_powers__mutmut_36(asm: Assembly) -> list:
    """Remedies a place may have no power to create: home-rule status and immunity waivers."""
    if not _included(asm, "enforcement"):
        return []
    state = _state(asm)
    name = state.get("name", "this state")
    home_rule = _fact(state, "home_rule", "value")
    claims = _fact(state, "XXclaims_actXX") or {}
    out = []
    for key, where, words in REMEDIES:
        if not _chosen(asm, key):
            continue
        if key in NEEDS_PRIVATE_SUIT and not _chosen(asm, "enforcement.private_suit"):
            continue
        if home_rule in ("dillon", "mixed"):
            status = "follows Dillon's Rule" if home_rule == "dillon" else \
                "gives home-rule power to some units and not others"
            out.append(_finding("warning", where, f"{name} {status} (state facts: home_rule "
                                f"{home_rule}); a unit without home-rule power may lack "
                                f"authority to create {words} by ordinance ({key}: true). "
                                "Counsel must confirm the authority before introduction."))
        if key == "enforcement.damages" and claims.get("legislature_only_waiver"):
            out.append(_finding("warning", where, f"in {name} only the Legislature can waive "
                                f"governmental immunity ({_citing(claims)}); the draft allows "
                                "damages only to the extent state law waives it. Consider "
                                "injunctive relief, discipline and contract terms instead."))
    return out


def x_remedy_powers__mutmut_37(asm: Assembly) -> list:
    """Remedies a place may have no power to create: home-rule status and immunity waivers."""
    if not _included(asm, "enforcement"):
        return []
    state = _state(asm)
    name = state.get("name", "this state")
    home_rule = _fact(state, "home_rule", "value")
    claims = _fact(state, "CLAIMS_ACT") or {}
    out = []
    for key, where, words in REMEDIES:
        if not _chosen(asm, key):
            continue
        if key in NEEDS_PRIVATE_SUIT and not _chosen(asm, "enforcement.private_suit"):
            continue
        if home_rule in ("dillon", "mixed"):
            status = "follows Dillon's Rule" if home_rule == "dillon" else \
                "gives home-rule power to some units and not others"
            out.append(_finding("warning", where, f"{name} {status} (state facts: home_rule "
                                f"{home_rule}); a unit without home-rule power may lack "
                                f"authority to create {words} by ordinance ({key}: true). "
                                "Counsel must confirm the authority before introduction."))
        if key == "enforcement.damages" and claims.get("legislature_only_waiver"):
            out.append(_finding("warning", where, f"in {name} only the Legislature can waive "
                                f"governmental immunity ({_citing(claims)}); the draft allows "
                                "damages only to the extent state law waives it. Consider "
                                "injunctive relief, discipline and contract terms instead."))
    return out


def x_remedy_powers__mutmut_38(asm: Assembly) -> list:
    """Remedies a place may have no power to create: home-rule status and immunity waivers."""
    if not _included(asm, "enforcement"):
        return []
    state = _state(asm)
    name = state.get("name", "this state")
    home_rule = _fact(state, "home_rule", "value")
    claims = _fact(state, "claims_act") or {}
    out = None
    for key, where, words in REMEDIES:
        if not _chosen(asm, key):
            continue
        if key in NEEDS_PRIVATE_SUIT and not _chosen(asm, "enforcement.private_suit"):
            continue
        if home_rule in ("dillon", "mixed"):
            status = "follows Dillon's Rule" if home_rule == "dillon" else \
                "gives home-rule power to some units and not others"
            out.append(_finding("warning", where, f"{name} {status} (state facts: home_rule "
                                f"{home_rule}); a unit without home-rule power may lack "
                                f"authority to create {words} by ordinance ({key}: true). "
                                "Counsel must confirm the authority before introduction."))
        if key == "enforcement.damages" and claims.get("legislature_only_waiver"):
            out.append(_finding("warning", where, f"in {name} only the Legislature can waive "
                                f"governmental immunity ({_citing(claims)}); the draft allows "
                                "damages only to the extent state law waives it. Consider "
                                "injunctive relief, discipline and contract terms instead."))
    return out


def x_remedy_powers__mutmut_39(asm: Assembly) -> list:
    """Remedies a place may have no power to create: home-rule status and immunity waivers."""
    if not _included(asm, "enforcement"):
        return []
    state = _state(asm)
    name = state.get("name", "this state")
    home_rule = _fact(state, "home_rule", "value")
    claims = _fact(state, "claims_act") or {}
    out = []
    for key, where, words in REMEDIES:
        if _chosen(asm, key):
            continue
        if key in NEEDS_PRIVATE_SUIT and not _chosen(asm, "enforcement.private_suit"):
            continue
        if home_rule in ("dillon", "mixed"):
            status = "follows Dillon's Rule" if home_rule == "dillon" else \
                "gives home-rule power to some units and not others"
            out.append(_finding("warning", where, f"{name} {status} (state facts: home_rule "
                                f"{home_rule}); a unit without home-rule power may lack "
                                f"authority to create {words} by ordinance ({key}: true). "
                                "Counsel must confirm the authority before introduction."))
        if key == "enforcement.damages" and claims.get("legislature_only_waiver"):
            out.append(_finding("warning", where, f"in {name} only the Legislature can waive "
                                f"governmental immunity ({_citing(claims)}); the draft allows "
                                "damages only to the extent state law waives it. Consider "
                                "injunctive relief, discipline and contract terms instead."))
    return out


def x_remedy_powers__mutmut_40(asm: Assembly) -> list:
    """Remedies a place may have no power to create: home-rule status and immunity waivers."""
    if not _included(asm, "enforcement"):
        return []
    state = _state(asm)
    name = state.get("name", "this state")
    home_rule = _fact(state, "home_rule", "value")
    claims = _fact(state, "claims_act") or {}
    out = []
    for key, where, words in REMEDIES:
        if not _chosen(None, key):
            continue
        if key in NEEDS_PRIVATE_SUIT and not _chosen(asm, "enforcement.private_suit"):
            continue
        if home_rule in ("dillon", "mixed"):
            status = "follows Dillon's Rule" if home_rule == "dillon" else \
                "gives home-rule power to some units and not others"
            out.append(_finding("warning", where, f"{name} {status} (state facts: home_rule "
                                f"{home_rule}); a unit without home-rule power may lack "
                                f"authority to create {words} by ordinance ({key}: true). "
                                "Counsel must confirm the authority before introduction."))
        if key == "enforcement.damages" and claims.get("legislature_only_waiver"):
            out.append(_finding("warning", where, f"in {name} only the Legislature can waive "
                                f"governmental immunity ({_citing(claims)}); the draft allows "
                                "damages only to the extent state law waives it. Consider "
                                "injunctive relief, discipline and contract terms instead."))
    return out


def x_remedy_powers__mutmut_41(asm: Assembly) -> list:
    """Remedies a place may have no power to create: home-rule status and immunity waivers."""
    if not _included(asm, "enforcement"):
        return []
    state = _state(asm)
    name = state.get("name", "this state")
    home_rule = _fact(state, "home_rule", "value")
    claims = _fact(state, "claims_act") or {}
    out = []
    for key, where, words in REMEDIES:
        if not _chosen(asm, None):
            continue
        if key in NEEDS_PRIVATE_SUIT and not _chosen(asm, "enforcement.private_suit"):
            continue
        if home_rule in ("dillon", "mixed"):
            status = "follows Dillon's Rule" if home_rule == "dillon" else \
                "gives home-rule power to some units and not others"
            out.append(_finding("warning", where, f"{name} {status} (state facts: home_rule "
                                f"{home_rule}); a unit without home-rule power may lack "
                                f"authority to create {words} by ordinance ({key}: true). "
                                "Counsel must confirm the authority before introduction."))
        if key == "enforcement.damages" and claims.get("legislature_only_waiver"):
            out.append(_finding("warning", where, f"in {name} only the Legislature can waive "
                                f"governmental immunity ({_citing(claims)}); the draft allows "
                                "damages only to the extent state law waives it. Consider "
                                "injunctive relief, discipline and contract terms instead."))
    return out


def x_remedy_powers__mutmut_42(asm: Assembly) -> list:
    """Remedies a place may have no power to create: home-rule status and immunity waivers."""
    if not _included(asm, "enforcement"):
        return []
    state = _state(asm)
    name = state.get("name", "this state")
    home_rule = _fact(state, "home_rule", "value")
    claims = _fact(state, "claims_act") or {}
    out = []
    for key, where, words in REMEDIES:
        if not _chosen(key):
            continue
        if key in NEEDS_PRIVATE_SUIT and not _chosen(asm, "enforcement.private_suit"):
            continue
        if home_rule in ("dillon", "mixed"):
            status = "follows Dillon's Rule" if home_rule == "dillon" else \
                "gives home-rule power to some units and not others"
            out.append(_finding("warning", where, f"{name} {status} (state facts: home_rule "
                                f"{home_rule}); a unit without home-rule power may lack "
                                f"authority to create {words} by ordinance ({key}: true). "
                                "Counsel must confirm the authority before introduction."))
        if key == "enforcement.damages" and claims.get("legislature_only_waiver"):
            out.append(_finding("warning", where, f"in {name} only the Legislature can waive "
                                f"governmental immunity ({_citing(claims)}); the draft allows "
                                "damages only to the extent state law waives it. Consider "
                                "injunctive relief, discipline and contract terms instead."))
    return out


def x_remedy_powers__mutmut_43(asm: Assembly) -> list:
    """Remedies a place may have no power to create: home-rule status and immunity waivers."""
    if not _included(asm, "enforcement"):
        return []
    state = _state(asm)
    name = state.get("name", "this state")
    home_rule = _fact(state, "home_rule", "value")
    claims = _fact(state, "claims_act") or {}
    out = []
    for key, where, words in REMEDIES:
        if not _chosen(asm, ):
            continue
        if key in NEEDS_PRIVATE_SUIT and not _chosen(asm, "enforcement.private_suit"):
            continue
        if home_rule in ("dillon", "mixed"):
            status = "follows Dillon's Rule" if home_rule == "dillon" else \
                "gives home-rule power to some units and not others"
            out.append(_finding("warning", where, f"{name} {status} (state facts: home_rule "
                                f"{home_rule}); a unit without home-rule power may lack "
                                f"authority to create {words} by ordinance ({key}: true). "
                                "Counsel must confirm the authority before introduction."))
        if key == "enforcement.damages" and claims.get("legislature_only_waiver"):
            out.append(_finding("warning", where, f"in {name} only the Legislature can waive "
                                f"governmental immunity ({_citing(claims)}); the draft allows "
                                "damages only to the extent state law waives it. Consider "
                                "injunctive relief, discipline and contract terms instead."))
    return out


def x_remedy_powers__mutmut_44(asm: Assembly) -> list:
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
            break
        if key in NEEDS_PRIVATE_SUIT and not _chosen(asm, "enforcement.private_suit"):
            continue
        if home_rule in ("dillon", "mixed"):
            status = "follows Dillon's Rule" if home_rule == "dillon" else \
                "gives home-rule power to some units and not others"
            out.append(_finding("warning", where, f"{name} {status} (state facts: home_rule "
                                f"{home_rule}); a unit without home-rule power may lack "
                                f"authority to create {words} by ordinance ({key}: true). "
                                "Counsel must confirm the authority before introduction."))
        if key == "enforcement.damages" and claims.get("legislature_only_waiver"):
            out.append(_finding("warning", where, f"in {name} only the Legislature can waive "
                                f"governmental immunity ({_citing(claims)}); the draft allows "
                                "damages only to the extent state law waives it. Consider "
                                "injunctive relief, discipline and contract terms instead."))
    return out


def x_remedy_powers__mutmut_45(asm: Assembly) -> list:
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
        if key in NEEDS_PRIVATE_SUIT or not _chosen(asm, "enforcement.private_suit"):
            continue
        if home_rule in ("dillon", "mixed"):
            status = "follows Dillon's Rule" if home_rule == "dillon" else \
                "gives home-rule power to some units and not others"
            out.append(_finding("warning", where, f"{name} {status} (state facts: home_rule "
                                f"{home_rule}); a unit without home-rule power may lack "
                                f"authority to create {words} by ordinance ({key}: true). "
                                "Counsel must confirm the authority before introduction."))
        if key == "enforcement.damages" and claims.get("legislature_only_waiver"):
            out.append(_finding("warning", where, f"in {name} only the Legislature can waive "
                                f"governmental immunity ({_citing(claims)}); the draft allows "
                                "damages only to the extent state law waives it. Consider "
                                "injunctive relief, discipline and contract terms instead."))
    return out


def x_remedy_powers__mutmut_46(asm: Assembly) -> list:
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
        if key not in NEEDS_PRIVATE_SUIT and not _chosen(asm, "enforcement.private_suit"):
            continue
        if home_rule in ("dillon", "mixed"):
            status = "follows Dillon's Rule" if home_rule == "dillon" else \
                "gives home-rule power to some units and not others"
            out.append(_finding("warning", where, f"{name} {status} (state facts: home_rule "
                                f"{home_rule}); a unit without home-rule power may lack "
                                f"authority to create {words} by ordinance ({key}: true). "
                                "Counsel must confirm the authority before introduction."))
        if key == "enforcement.damages" and claims.get("legislature_only_waiver"):
            out.append(_finding("warning", where, f"in {name} only the Legislature can waive "
                                f"governmental immunity ({_citing(claims)}); the draft allows "
                                "damages only to the extent state law waives it. Consider "
                                "injunctive relief, discipline and contract terms instead."))
    return out


def x_remedy_powers__mutmut_47(asm: Assembly) -> list:
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
        if key in NEEDS_PRIVATE_SUIT and _chosen(asm, "enforcement.private_suit"):
            continue
        if home_rule in ("dillon", "mixed"):
            status = "follows Dillon's Rule" if home_rule == "dillon" else \
                "gives home-rule power to some units and not others"
            out.append(_finding("warning", where, f"{name} {status} (state facts: home_rule "
                                f"{home_rule}); a unit without home-rule power may lack "
                                f"authority to create {words} by ordinance ({key}: true). "
                                "Counsel must confirm the authority before introduction."))
        if key == "enforcement.damages" and claims.get("legislature_only_waiver"):
            out.append(_finding("warning", where, f"in {name} only the Legislature can waive "
                                f"governmental immunity ({_citing(claims)}); the draft allows "
                                "damages only to the extent state law waives it. Consider "
                                "injunctive relief, discipline and contract terms instead."))
    return out


def x_remedy_powers__mutmut_48(asm: Assembly) -> list:
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
        if key in NEEDS_PRIVATE_SUIT and not _chosen(None, "enforcement.private_suit"):
            continue
        if home_rule in ("dillon", "mixed"):
            status = "follows Dillon's Rule" if home_rule == "dillon" else \
                "gives home-rule power to some units and not others"
            out.append(_finding("warning", where, f"{name} {status} (state facts: home_rule "
                                f"{home_rule}); a unit without home-rule power may lack "
                                f"authority to create {words} by ordinance ({key}: true). "
                                "Counsel must confirm the authority before introduction."))
        if key == "enforcement.damages" and claims.get("legislature_only_waiver"):
            out.append(_finding("warning", where, f"in {name} only the Legislature can waive "
                                f"governmental immunity ({_citing(claims)}); the draft allows "
                                "damages only to the extent state law waives it. Consider "
                                "injunctive relief, discipline and contract terms instead."))
    return out


def x_remedy_powers__mutmut_49(asm: Assembly) -> list:
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
        if key in NEEDS_PRIVATE_SUIT and not _chosen(asm, None):
            continue
        if home_rule in ("dillon", "mixed"):
            status = "follows Dillon's Rule" if home_rule == "dillon" else \
                "gives home-rule power to some units and not others"
            out.append(_finding("warning", where, f"{name} {status} (state facts: home_rule "
                                f"{home_rule}); a unit without home-rule power may lack "
                                f"authority to create {words} by ordinance ({key}: true). "
                                "Counsel must confirm the authority before introduction."))
        if key == "enforcement.damages" and claims.get("legislature_only_waiver"):
            out.append(_finding("warning", where, f"in {name} only the Legislature can waive "
                                f"governmental immunity ({_citing(claims)}); the draft allows "
                                "damages only to the extent state law waives it. Consider "
                                "injunctive relief, discipline and contract terms instead."))
    return out


def x_remedy_powers__mutmut_50(asm: Assembly) -> list:
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
        if key in NEEDS_PRIVATE_SUIT and not _chosen("enforcement.private_suit"):
            continue
        if home_rule in ("dillon", "mixed"):
            status = "follows Dillon's Rule" if home_rule == "dillon" else \
                "gives home-rule power to some units and not others"
            out.append(_finding("warning", where, f"{name} {status} (state facts: home_rule "
                                f"{home_rule}); a unit without home-rule power may lack "
                                f"authority to create {words} by ordinance ({key}: true). "
                                "Counsel must confirm the authority before introduction."))
        if key == "enforcement.damages" and claims.get("legislature_only_waiver"):
            out.append(_finding("warning", where, f"in {name} only the Legislature can waive "
                                f"governmental immunity ({_citing(claims)}); the draft allows "
                                "damages only to the extent state law waives it. Consider "
                                "injunctive relief, discipline and contract terms instead."))
    return out


def x_remedy_powers__mutmut_51(asm: Assembly) -> list:
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
        if key in NEEDS_PRIVATE_SUIT and not _chosen(asm, ):
            continue
        if home_rule in ("dillon", "mixed"):
            status = "follows Dillon's Rule" if home_rule == "dillon" else \
                "gives home-rule power to some units and not others"
            out.append(_finding("warning", where, f"{name} {status} (state facts: home_rule "
                                f"{home_rule}); a unit without home-rule power may lack "
                                f"authority to create {words} by ordinance ({key}: true). "
                                "Counsel must confirm the authority before introduction."))
        if key == "enforcement.damages" and claims.get("legislature_only_waiver"):
            out.append(_finding("warning", where, f"in {name} only the Legislature can waive "
                                f"governmental immunity ({_citing(claims)}); the draft allows "
                                "damages only to the extent state law waives it. Consider "
                                "injunctive relief, discipline and contract terms instead."))
    return out


def x_remedy_powers__mutmut_52(asm: Assembly) -> list:
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
        if key in NEEDS_PRIVATE_SUIT and not _chosen(asm, "XXenforcement.private_suitXX"):
            continue
        if home_rule in ("dillon", "mixed"):
            status = "follows Dillon's Rule" if home_rule == "dillon" else \
                "gives home-rule power to some units and not others"
            out.append(_finding("warning", where, f"{name} {status} (state facts: home_rule "
                                f"{home_rule}); a unit without home-rule power may lack "
                                f"authority to create {words} by ordinance ({key}: true). "
                                "Counsel must confirm the authority before introduction."))
        if key == "enforcement.damages" and claims.get("legislature_only_waiver"):
            out.append(_finding("warning", where, f"in {name} only the Legislature can waive "
                                f"governmental immunity ({_citing(claims)}); the draft allows "
                                "damages only to the extent state law waives it. Consider "
                                "injunctive relief, discipline and contract terms instead."))
    return out


def x_remedy_powers__mutmut_53(asm: Assembly) -> list:
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
        if key in NEEDS_PRIVATE_SUIT and not _chosen(asm, "ENFORCEMENT.PRIVATE_SUIT"):
            continue
        if home_rule in ("dillon", "mixed"):
            status = "follows Dillon's Rule" if home_rule == "dillon" else \
                "gives home-rule power to some units and not others"
            out.append(_finding("warning", where, f"{name} {status} (state facts: home_rule "
                                f"{home_rule}); a unit without home-rule power may lack "
                                f"authority to create {words} by ordinance ({key}: true). "
                                "Counsel must confirm the authority before introduction."))
        if key == "enforcement.damages" and claims.get("legislature_only_waiver"):
            out.append(_finding("warning", where, f"in {name} only the Legislature can waive "
                                f"governmental immunity ({_citing(claims)}); the draft allows "
                                "damages only to the extent state law waives it. Consider "
                                "injunctive relief, discipline and contract terms instead."))
    return out


def x_remedy_powers__mutmut_54(asm: Assembly) -> list:
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
            break
        if home_rule in ("dillon", "mixed"):
            status = "follows Dillon's Rule" if home_rule == "dillon" else \
                "gives home-rule power to some units and not others"
            out.append(_finding("warning", where, f"{name} {status} (state facts: home_rule "
                                f"{home_rule}); a unit without home-rule power may lack "
                                f"authority to create {words} by ordinance ({key}: true). "
                                "Counsel must confirm the authority before introduction."))
        if key == "enforcement.damages" and claims.get("legislature_only_waiver"):
            out.append(_finding("warning", where, f"in {name} only the Legislature can waive "
                                f"governmental immunity ({_citing(claims)}); the draft allows "
                                "damages only to the extent state law waives it. Consider "
                                "injunctive relief, discipline and contract terms instead."))
    return out


def x_remedy_powers__mutmut_55(asm: Assembly) -> list:
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
        if home_rule not in ("dillon", "mixed"):
            status = "follows Dillon's Rule" if home_rule == "dillon" else \
                "gives home-rule power to some units and not others"
            out.append(_finding("warning", where, f"{name} {status} (state facts: home_rule "
                                f"{home_rule}); a unit without home-rule power may lack "
                                f"authority to create {words} by ordinance ({key}: true). "
                                "Counsel must confirm the authority before introduction."))
        if key == "enforcement.damages" and claims.get("legislature_only_waiver"):
            out.append(_finding("warning", where, f"in {name} only the Legislature can waive "
                                f"governmental immunity ({_citing(claims)}); the draft allows "
                                "damages only to the extent state law waives it. Consider "
                                "injunctive relief, discipline and contract terms instead."))
    return out


def x_remedy_powers__mutmut_56(asm: Assembly) -> list:
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
        if home_rule in ("XXdillonXX", "mixed"):
            status = "follows Dillon's Rule" if home_rule == "dillon" else \
                "gives home-rule power to some units and not others"
            out.append(_finding("warning", where, f"{name} {status} (state facts: home_rule "
                                f"{home_rule}); a unit without home-rule power may lack "
                                f"authority to create {words} by ordinance ({key}: true). "
                                "Counsel must confirm the authority before introduction."))
        if key == "enforcement.damages" and claims.get("legislature_only_waiver"):
            out.append(_finding("warning", where, f"in {name} only the Legislature can waive "
                                f"governmental immunity ({_citing(claims)}); the draft allows "
                                "damages only to the extent state law waives it. Consider "
                                "injunctive relief, discipline and contract terms instead."))
    return out


def x_remedy_powers__mutmut_57(asm: Assembly) -> list:
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
        if home_rule in ("DILLON", "mixed"):
            status = "follows Dillon's Rule" if home_rule == "dillon" else \
                "gives home-rule power to some units and not others"
            out.append(_finding("warning", where, f"{name} {status} (state facts: home_rule "
                                f"{home_rule}); a unit without home-rule power may lack "
                                f"authority to create {words} by ordinance ({key}: true). "
                                "Counsel must confirm the authority before introduction."))
        if key == "enforcement.damages" and claims.get("legislature_only_waiver"):
            out.append(_finding("warning", where, f"in {name} only the Legislature can waive "
                                f"governmental immunity ({_citing(claims)}); the draft allows "
                                "damages only to the extent state law waives it. Consider "
                                "injunctive relief, discipline and contract terms instead."))
    return out


def x_remedy_powers__mutmut_58(asm: Assembly) -> list:
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
        if home_rule in ("dillon", "XXmixedXX"):
            status = "follows Dillon's Rule" if home_rule == "dillon" else \
                "gives home-rule power to some units and not others"
            out.append(_finding("warning", where, f"{name} {status} (state facts: home_rule "
                                f"{home_rule}); a unit without home-rule power may lack "
                                f"authority to create {words} by ordinance ({key}: true). "
                                "Counsel must confirm the authority before introduction."))
        if key == "enforcement.damages" and claims.get("legislature_only_waiver"):
            out.append(_finding("warning", where, f"in {name} only the Legislature can waive "
                                f"governmental immunity ({_citing(claims)}); the draft allows "
                                "damages only to the extent state law waives it. Consider "
                                "injunctive relief, discipline and contract terms instead."))
    return out


def x_remedy_powers__mutmut_59(asm: Assembly) -> list:
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
        if home_rule in ("dillon", "MIXED"):
            status = "follows Dillon's Rule" if home_rule == "dillon" else \
                "gives home-rule power to some units and not others"
            out.append(_finding("warning", where, f"{name} {status} (state facts: home_rule "
                                f"{home_rule}); a unit without home-rule power may lack "
                                f"authority to create {words} by ordinance ({key}: true). "
                                "Counsel must confirm the authority before introduction."))
        if key == "enforcement.damages" and claims.get("legislature_only_waiver"):
            out.append(_finding("warning", where, f"in {name} only the Legislature can waive "
                                f"governmental immunity ({_citing(claims)}); the draft allows "
                                "damages only to the extent state law waives it. Consider "
                                "injunctive relief, discipline and contract terms instead."))
    return out


def x_remedy_powers__mutmut_60(asm: Assembly) -> list:
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
            status = None
            out.append(_finding("warning", where, f"{name} {status} (state facts: home_rule "
                                f"{home_rule}); a unit without home-rule power may lack "
                                f"authority to create {words} by ordinance ({key}: true). "
                                "Counsel must confirm the authority before introduction."))
        if key == "enforcement.damages" and claims.get("legislature_only_waiver"):
            out.append(_finding("warning", where, f"in {name} only the Legislature can waive "
                                f"governmental immunity ({_citing(claims)}); the draft allows "
                                "damages only to the extent state law waives it. Consider "
                                "injunctive relief, discipline and contract terms instead."))
    return out


def x_remedy_powers__mutmut_61(asm: Assembly) -> list:
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
            status = "follows Dillon's Rule" if (home_rule == "dillon") and False else \
                "gives home-rule power to some units and not others"
            out.append(_finding("warning", where, f"{name} {status} (state facts: home_rule "
                                f"{home_rule}); a unit without home-rule power may lack "
                                f"authority to create {words} by ordinance ({key}: true). "
                                "Counsel must confirm the authority before introduction."))
        if key == "enforcement.damages" and claims.get("legislature_only_waiver"):
            out.append(_finding("warning", where, f"in {name} only the Legislature can waive "
                                f"governmental immunity ({_citing(claims)}); the draft allows "
                                "damages only to the extent state law waives it. Consider "
                                "injunctive relief, discipline and contract terms instead."))
    return out


def x_remedy_powers__mutmut_62(asm: Assembly) -> list:
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
            status = "follows Dillon's Rule" if (home_rule == "dillon") or True else \
                "gives home-rule power to some units and not others"
            out.append(_finding("warning", where, f"{name} {status} (state facts: home_rule "
                                f"{home_rule}); a unit without home-rule power may lack "
                                f"authority to create {words} by ordinance ({key}: true). "
                                "Counsel must confirm the authority before introduction."))
        if key == "enforcement.damages" and claims.get("legislature_only_waiver"):
            out.append(_finding("warning", where, f"in {name} only the Legislature can waive "
                                f"governmental immunity ({_citing(claims)}); the draft allows "
                                "damages only to the extent state law waives it. Consider "
                                "injunctive relief, discipline and contract terms instead."))
    return out


def x_remedy_powers__mutmut_63(asm: Assembly) -> list:
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
            status = "XXfollows Dillon's RuleXX" if home_rule == "dillon" else \
                "gives home-rule power to some units and not others"
            out.append(_finding("warning", where, f"{name} {status} (state facts: home_rule "
                                f"{home_rule}); a unit without home-rule power may lack "
                                f"authority to create {words} by ordinance ({key}: true). "
                                "Counsel must confirm the authority before introduction."))
        if key == "enforcement.damages" and claims.get("legislature_only_waiver"):
            out.append(_finding("warning", where, f"in {name} only the Legislature can waive "
                                f"governmental immunity ({_citing(claims)}); the draft allows "
                                "damages only to the extent state law waives it. Consider "
                                "injunctive relief, discipline and contract terms instead."))
    return out


def x_remedy_powers__mutmut_64(asm: Assembly) -> list:
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
            status = "follows dillon's rule" if home_rule == "dillon" else \
                "gives home-rule power to some units and not others"
            out.append(_finding("warning", where, f"{name} {status} (state facts: home_rule "
                                f"{home_rule}); a unit without home-rule power may lack "
                                f"authority to create {words} by ordinance ({key}: true). "
                                "Counsel must confirm the authority before introduction."))
        if key == "enforcement.damages" and claims.get("legislature_only_waiver"):
            out.append(_finding("warning", where, f"in {name} only the Legislature can waive "
                                f"governmental immunity ({_citing(claims)}); the draft allows "
                                "damages only to the extent state law waives it. Consider "
                                "injunctive relief, discipline and contract terms instead."))
    return out


def x_remedy_powers__mutmut_65(asm: Assembly) -> list:
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
            status = "FOLLOWS DILLON'S RULE" if home_rule == "dillon" else \
                "gives home-rule power to some units and not others"
            out.append(_finding("warning", where, f"{name} {status} (state facts: home_rule "
                                f"{home_rule}); a unit without home-rule power may lack "
                                f"authority to create {words} by ordinance ({key}: true). "
                                "Counsel must confirm the authority before introduction."))
        if key == "enforcement.damages" and claims.get("legislature_only_waiver"):
            out.append(_finding("warning", where, f"in {name} only the Legislature can waive "
                                f"governmental immunity ({_citing(claims)}); the draft allows "
                                "damages only to the extent state law waives it. Consider "
                                "injunctive relief, discipline and contract terms instead."))
    return out


def x_remedy_powers__mutmut_66(asm: Assembly) -> list:
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
            status = "follows Dillon's Rule" if home_rule != "dillon" else \
                "gives home-rule power to some units and not others"
            out.append(_finding("warning", where, f"{name} {status} (state facts: home_rule "
                                f"{home_rule}); a unit without home-rule power may lack "
                                f"authority to create {words} by ordinance ({key}: true). "
                                "Counsel must confirm the authority before introduction."))
        if key == "enforcement.damages" and claims.get("legislature_only_waiver"):
            out.append(_finding("warning", where, f"in {name} only the Legislature can waive "
                                f"governmental immunity ({_citing(claims)}); the draft allows "
                                "damages only to the extent state law waives it. Consider "
                                "injunctive relief, discipline and contract terms instead."))
    return out


def x_remedy_powers__mutmut_67(asm: Assembly) -> list:
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
            status = "follows Dillon's Rule" if home_rule == "XXdillonXX" else \
                "gives home-rule power to some units and not others"
            out.append(_finding("warning", where, f"{name} {status} (state facts: home_rule "
                                f"{home_rule}); a unit without home-rule power may lack "
                                f"authority to create {words} by ordinance ({key}: true). "
                                "Counsel must confirm the authority before introduction."))
        if key == "enforcement.damages" and claims.get("legislature_only_waiver"):
            out.append(_finding("warning", where, f"in {name} only the Legislature can waive "
                                f"governmental immunity ({_citing(claims)}); the draft allows "
                                "damages only to the extent state law waives it. Consider "
                                "injunctive relief, discipline and contract terms instead."))
    return out


def x_remedy_powers__mutmut_68(asm: Assembly) -> list:
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
            status = "follows Dillon's Rule" if home_rule == "DILLON" else \
                "gives home-rule power to some units and not others"
            out.append(_finding("warning", where, f"{name} {status} (state facts: home_rule "
                                f"{home_rule}); a unit without home-rule power may lack "
                                f"authority to create {words} by ordinance ({key}: true). "
                                "Counsel must confirm the authority before introduction."))
        if key == "enforcement.damages" and claims.get("legislature_only_waiver"):
            out.append(_finding("warning", where, f"in {name} only the Legislature can waive "
                                f"governmental immunity ({_citing(claims)}); the draft allows "
                                "damages only to the extent state law waives it. Consider "
                                "injunctive relief, discipline and contract terms instead."))
    return out


def x_remedy_powers__mutmut_69(asm: Assembly) -> list:
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
                "XXgives home-rule power to some units and not othersXX"
            out.append(_finding("warning", where, f"{name} {status} (state facts: home_rule "
                                f"{home_rule}); a unit without home-rule power may lack "
                                f"authority to create {words} by ordinance ({key}: true). "
                                "Counsel must confirm the authority before introduction."))
        if key == "enforcement.damages" and claims.get("legislature_only_waiver"):
            out.append(_finding("warning", where, f"in {name} only the Legislature can waive "
                                f"governmental immunity ({_citing(claims)}); the draft allows "
                                "damages only to the extent state law waives it. Consider "
                                "injunctive relief, discipline and contract terms instead."))
    return out


def x_remedy_powers__mutmut_70(asm: Assembly) -> list:
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
                "GIVES HOME-RULE POWER TO SOME UNITS AND NOT OTHERS"
            out.append(_finding("warning", where, f"{name} {status} (state facts: home_rule "
                                f"{home_rule}); a unit without home-rule power may lack "
                                f"authority to create {words} by ordinance ({key}: true). "
                                "Counsel must confirm the authority before introduction."))
        if key == "enforcement.damages" and claims.get("legislature_only_waiver"):
            out.append(_finding("warning", where, f"in {name} only the Legislature can waive "
                                f"governmental immunity ({_citing(claims)}); the draft allows "
                                "damages only to the extent state law waives it. Consider "
                                "injunctive relief, discipline and contract terms instead."))
    return out


def x_remedy_powers__mutmut_71(asm: Assembly) -> list:
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
            out.append(None)
        if key == "enforcement.damages" and claims.get("legislature_only_waiver"):
            out.append(_finding("warning", where, f"in {name} only the Legislature can waive "
                                f"governmental immunity ({_citing(claims)}); the draft allows "
                                "damages only to the extent state law waives it. Consider "
                                "injunctive relief, discipline and contract terms instead."))
    return out


def x_remedy_powers__mutmut_72(asm: Assembly) -> list:
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
            out.append(_finding(None, where, f"{name} {status} (state facts: home_rule "
                                f"{home_rule}); a unit without home-rule power may lack "
                                f"authority to create {words} by ordinance ({key}: true). "
                                "Counsel must confirm the authority before introduction."))
        if key == "enforcement.damages" and claims.get("legislature_only_waiver"):
            out.append(_finding("warning", where, f"in {name} only the Legislature can waive "
                                f"governmental immunity ({_citing(claims)}); the draft allows "
                                "damages only to the extent state law waives it. Consider "
                                "injunctive relief, discipline and contract terms instead."))
    return out


def x_remedy_powers__mutmut_73(asm: Assembly) -> list:
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
            out.append(_finding("warning", None, f"{name} {status} (state facts: home_rule "
                                f"{home_rule}); a unit without home-rule power may lack "
                                f"authority to create {words} by ordinance ({key}: true). "
                                "Counsel must confirm the authority before introduction."))
        if key == "enforcement.damages" and claims.get("legislature_only_waiver"):
            out.append(_finding("warning", where, f"in {name} only the Legislature can waive "
                                f"governmental immunity ({_citing(claims)}); the draft allows "
                                "damages only to the extent state law waives it. Consider "
                                "injunctive relief, discipline and contract terms instead."))
    return out


def x_remedy_powers__mutmut_74(asm: Assembly) -> list:
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
            out.append(_finding("warning", where, None))
        if key == "enforcement.damages" and claims.get("legislature_only_waiver"):
            out.append(_finding("warning", where, f"in {name} only the Legislature can waive "
                                f"governmental immunity ({_citing(claims)}); the draft allows "
                                "damages only to the extent state law waives it. Consider "
                                "injunctive relief, discipline and contract terms instead."))
    return out


def x_remedy_powers__mutmut_75(asm: Assembly) -> list:
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
            out.append(_finding(where, f"{name} {status} (state facts: home_rule "
                                f"{home_rule}); a unit without home-rule power may lack "
                                f"authority to create {words} by ordinance ({key}: true). "
                                "Counsel must confirm the authority before introduction."))
        if key == "enforcement.damages" and claims.get("legislature_only_waiver"):
            out.append(_finding("warning", where, f"in {name} only the Legislature can waive "
                                f"governmental immunity ({_citing(claims)}); the draft allows "
                                "damages only to the extent state law waives it. Consider "
                                "injunctive relief, discipline and contract terms instead."))
    return out


def x_remedy_powers__mutmut_76(asm: Assembly) -> list:
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
            out.append(_finding("warning", f"{name} {status} (state facts: home_rule "
                                f"{home_rule}); a unit without home-rule power may lack "
                                f"authority to create {words} by ordinance ({key}: true). "
                                "Counsel must confirm the authority before introduction."))
        if key == "enforcement.damages" and claims.get("legislature_only_waiver"):
            out.append(_finding("warning", where, f"in {name} only the Legislature can waive "
                                f"governmental immunity ({_citing(claims)}); the draft allows "
                                "damages only to the extent state law waives it. Consider "
                                "injunctive relief, discipline and contract terms instead."))
    return out


def x_remedy_powers__mutmut_77(asm: Assembly) -> list:
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
            out.append(_finding("warning", where, ))
        if key == "enforcement.damages" and claims.get("legislature_only_waiver"):
            out.append(_finding("warning", where, f"in {name} only the Legislature can waive "
                                f"governmental immunity ({_citing(claims)}); the draft allows "
                                "damages only to the extent state law waives it. Consider "
                                "injunctive relief, discipline and contract terms instead."))
    return out


def x_remedy_powers__mutmut_78(asm: Assembly) -> list:
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
            out.append(_finding("XXwarningXX", where, f"{name} {status} (state facts: home_rule "
                                f"{home_rule}); a unit without home-rule power may lack "
                                f"authority to create {words} by ordinance ({key}: true). "
                                "Counsel must confirm the authority before introduction."))
        if key == "enforcement.damages" and claims.get("legislature_only_waiver"):
            out.append(_finding("warning", where, f"in {name} only the Legislature can waive "
                                f"governmental immunity ({_citing(claims)}); the draft allows "
                                "damages only to the extent state law waives it. Consider "
                                "injunctive relief, discipline and contract terms instead."))
    return out


def x_remedy_powers__mutmut_79(asm: Assembly) -> list:
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
            out.append(_finding("WARNING", where, f"{name} {status} (state facts: home_rule "
                                f"{home_rule}); a unit without home-rule power may lack "
                                f"authority to create {words} by ordinance ({key}: true). "
                                "Counsel must confirm the authority before introduction."))
        if key == "enforcement.damages" and claims.get("legislature_only_waiver"):
            out.append(_finding("warning", where, f"in {name} only the Legislature can waive "
                                f"governmental immunity ({_citing(claims)}); the draft allows "
                                "damages only to the extent state law waives it. Consider "
                                "injunctive relief, discipline and contract terms instead."))
    return out


def x_remedy_powers__mutmut_80(asm: Assembly) -> list:
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
            out.append(_finding("warning", where, f"{name} {status} (state facts: home_rule "
                                f"{home_rule}); a unit without home-rule power may lack "
                                f"authority to create {words} by ordinance ({key}: true). "
                                "XXCounsel must confirm the authority before introduction.XX"))
        if key == "enforcement.damages" and claims.get("legislature_only_waiver"):
            out.append(_finding("warning", where, f"in {name} only the Legislature can waive "
                                f"governmental immunity ({_citing(claims)}); the draft allows "
                                "damages only to the extent state law waives it. Consider "
                                "injunctive relief, discipline and contract terms instead."))
    return out


def x_remedy_powers__mutmut_81(asm: Assembly) -> list:
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
            out.append(_finding("warning", where, f"{name} {status} (state facts: home_rule "
                                f"{home_rule}); a unit without home-rule power may lack "
                                f"authority to create {words} by ordinance ({key}: true). "
                                "counsel must confirm the authority before introduction."))
        if key == "enforcement.damages" and claims.get("legislature_only_waiver"):
            out.append(_finding("warning", where, f"in {name} only the Legislature can waive "
                                f"governmental immunity ({_citing(claims)}); the draft allows "
                                "damages only to the extent state law waives it. Consider "
                                "injunctive relief, discipline and contract terms instead."))
    return out


def x_remedy_powers__mutmut_82(asm: Assembly) -> list:
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
            out.append(_finding("warning", where, f"{name} {status} (state facts: home_rule "
                                f"{home_rule}); a unit without home-rule power may lack "
                                f"authority to create {words} by ordinance ({key}: true). "
                                "COUNSEL MUST CONFIRM THE AUTHORITY BEFORE INTRODUCTION."))
        if key == "enforcement.damages" and claims.get("legislature_only_waiver"):
            out.append(_finding("warning", where, f"in {name} only the Legislature can waive "
                                f"governmental immunity ({_citing(claims)}); the draft allows "
                                "damages only to the extent state law waives it. Consider "
                                "injunctive relief, discipline and contract terms instead."))
    return out


def x_remedy_powers__mutmut_83(asm: Assembly) -> list:
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
            out.append(_finding("warning", where, f"{name} {status} (state facts: home_rule "
                                f"{home_rule}); a unit without home-rule power may lack "
                                f"authority to create {words} by ordinance ({key}: true). "
                                "Counsel must confirm the authority before introduction."))
        if key == "enforcement.damages" or claims.get("legislature_only_waiver"):
            out.append(_finding("warning", where, f"in {name} only the Legislature can waive "
                                f"governmental immunity ({_citing(claims)}); the draft allows "
                                "damages only to the extent state law waives it. Consider "
                                "injunctive relief, discipline and contract terms instead."))
    return out


def x_remedy_powers__mutmut_84(asm: Assembly) -> list:
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
            out.append(_finding("warning", where, f"{name} {status} (state facts: home_rule "
                                f"{home_rule}); a unit without home-rule power may lack "
                                f"authority to create {words} by ordinance ({key}: true). "
                                "Counsel must confirm the authority before introduction."))
        if key != "enforcement.damages" and claims.get("legislature_only_waiver"):
            out.append(_finding("warning", where, f"in {name} only the Legislature can waive "
                                f"governmental immunity ({_citing(claims)}); the draft allows "
                                "damages only to the extent state law waives it. Consider "
                                "injunctive relief, discipline and contract terms instead."))
    return out


def x_remedy_powers__mutmut_85(asm: Assembly) -> list:
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
            out.append(_finding("warning", where, f"{name} {status} (state facts: home_rule "
                                f"{home_rule}); a unit without home-rule power may lack "
                                f"authority to create {words} by ordinance ({key}: true). "
                                "Counsel must confirm the authority before introduction."))
        if key == "XXenforcement.damagesXX" and claims.get("legislature_only_waiver"):
            out.append(_finding("warning", where, f"in {name} only the Legislature can waive "
                                f"governmental immunity ({_citing(claims)}); the draft allows "
                                "damages only to the extent state law waives it. Consider "
                                "injunctive relief, discipline and contract terms instead."))
    return out


def x_remedy_powers__mutmut_86(asm: Assembly) -> list:
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
            out.append(_finding("warning", where, f"{name} {status} (state facts: home_rule "
                                f"{home_rule}); a unit without home-rule power may lack "
                                f"authority to create {words} by ordinance ({key}: true). "
                                "Counsel must confirm the authority before introduction."))
        if key == "ENFORCEMENT.DAMAGES" and claims.get("legislature_only_waiver"):
            out.append(_finding("warning", where, f"in {name} only the Legislature can waive "
                                f"governmental immunity ({_citing(claims)}); the draft allows "
                                "damages only to the extent state law waives it. Consider "
                                "injunctive relief, discipline and contract terms instead."))
    return out


def x_remedy_powers__mutmut_87(asm: Assembly) -> list:
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
            out.append(_finding("warning", where, f"{name} {status} (state facts: home_rule "
                                f"{home_rule}); a unit without home-rule power may lack "
                                f"authority to create {words} by ordinance ({key}: true). "
                                "Counsel must confirm the authority before introduction."))
        if key == "enforcement.damages" and claims.get(None):
            out.append(_finding("warning", where, f"in {name} only the Legislature can waive "
                                f"governmental immunity ({_citing(claims)}); the draft allows "
                                "damages only to the extent state law waives it. Consider "
                                "injunctive relief, discipline and contract terms instead."))
    return out


def x_remedy_powers__mutmut_88(asm: Assembly) -> list:
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
            out.append(_finding("warning", where, f"{name} {status} (state facts: home_rule "
                                f"{home_rule}); a unit without home-rule power may lack "
                                f"authority to create {words} by ordinance ({key}: true). "
                                "Counsel must confirm the authority before introduction."))
        if key == "enforcement.damages" and claims.get("XXlegislature_only_waiverXX"):
            out.append(_finding("warning", where, f"in {name} only the Legislature can waive "
                                f"governmental immunity ({_citing(claims)}); the draft allows "
                                "damages only to the extent state law waives it. Consider "
                                "injunctive relief, discipline and contract terms instead."))
    return out


def x_remedy_powers__mutmut_89(asm: Assembly) -> list:
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
            out.append(_finding("warning", where, f"{name} {status} (state facts: home_rule "
                                f"{home_rule}); a unit without home-rule power may lack "
                                f"authority to create {words} by ordinance ({key}: true). "
                                "Counsel must confirm the authority before introduction."))
        if key == "enforcement.damages" and claims.get("LEGISLATURE_ONLY_WAIVER"):
            out.append(_finding("warning", where, f"in {name} only the Legislature can waive "
                                f"governmental immunity ({_citing(claims)}); the draft allows "
                                "damages only to the extent state law waives it. Consider "
                                "injunctive relief, discipline and contract terms instead."))
    return out


def x_remedy_powers__mutmut_90(asm: Assembly) -> list:
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
            out.append(_finding("warning", where, f"{name} {status} (state facts: home_rule "
                                f"{home_rule}); a unit without home-rule power may lack "
                                f"authority to create {words} by ordinance ({key}: true). "
                                "Counsel must confirm the authority before introduction."))
        if key == "enforcement.damages" and claims.get("legislature_only_waiver"):
            out.append(None)
    return out


def x_remedy_powers__mutmut_91(asm: Assembly) -> list:
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
            out.append(_finding("warning", where, f"{name} {status} (state facts: home_rule "
                                f"{home_rule}); a unit without home-rule power may lack "
                                f"authority to create {words} by ordinance ({key}: true). "
                                "Counsel must confirm the authority before introduction."))
        if key == "enforcement.damages" and claims.get("legislature_only_waiver"):
            out.append(_finding(None, where, f"in {name} only the Legislature can waive "
                                f"governmental immunity ({_citing(claims)}); the draft allows "
                                "damages only to the extent state law waives it. Consider "
                                "injunctive relief, discipline and contract terms instead."))
    return out


def x_remedy_powers__mutmut_92(asm: Assembly) -> list:
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
            out.append(_finding("warning", where, f"{name} {status} (state facts: home_rule "
                                f"{home_rule}); a unit without home-rule power may lack "
                                f"authority to create {words} by ordinance ({key}: true). "
                                "Counsel must confirm the authority before introduction."))
        if key == "enforcement.damages" and claims.get("legislature_only_waiver"):
            out.append(_finding("warning", None, f"in {name} only the Legislature can waive "
                                f"governmental immunity ({_citing(claims)}); the draft allows "
                                "damages only to the extent state law waives it. Consider "
                                "injunctive relief, discipline and contract terms instead."))
    return out


def x_remedy_powers__mutmut_93(asm: Assembly) -> list:
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
            out.append(_finding("warning", where, f"{name} {status} (state facts: home_rule "
                                f"{home_rule}); a unit without home-rule power may lack "
                                f"authority to create {words} by ordinance ({key}: true). "
                                "Counsel must confirm the authority before introduction."))
        if key == "enforcement.damages" and claims.get("legislature_only_waiver"):
            out.append(_finding("warning", where, None))
    return out


def x_remedy_powers__mutmut_94(asm: Assembly) -> list:
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
            out.append(_finding("warning", where, f"{name} {status} (state facts: home_rule "
                                f"{home_rule}); a unit without home-rule power may lack "
                                f"authority to create {words} by ordinance ({key}: true). "
                                "Counsel must confirm the authority before introduction."))
        if key == "enforcement.damages" and claims.get("legislature_only_waiver"):
            out.append(_finding(where, f"in {name} only the Legislature can waive "
                                f"governmental immunity ({_citing(claims)}); the draft allows "
                                "damages only to the extent state law waives it. Consider "
                                "injunctive relief, discipline and contract terms instead."))
    return out


def x_remedy_powers__mutmut_95(asm: Assembly) -> list:
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
            out.append(_finding("warning", where, f"{name} {status} (state facts: home_rule "
                                f"{home_rule}); a unit without home-rule power may lack "
                                f"authority to create {words} by ordinance ({key}: true). "
                                "Counsel must confirm the authority before introduction."))
        if key == "enforcement.damages" and claims.get("legislature_only_waiver"):
            out.append(_finding("warning", f"in {name} only the Legislature can waive "
                                f"governmental immunity ({_citing(claims)}); the draft allows "
                                "damages only to the extent state law waives it. Consider "
                                "injunctive relief, discipline and contract terms instead."))
    return out


def x_remedy_powers__mutmut_96(asm: Assembly) -> list:
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
            out.append(_finding("warning", where, f"{name} {status} (state facts: home_rule "
                                f"{home_rule}); a unit without home-rule power may lack "
                                f"authority to create {words} by ordinance ({key}: true). "
                                "Counsel must confirm the authority before introduction."))
        if key == "enforcement.damages" and claims.get("legislature_only_waiver"):
            out.append(_finding("warning", where, ))
    return out


def x_remedy_powers__mutmut_97(asm: Assembly) -> list:
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
            out.append(_finding("warning", where, f"{name} {status} (state facts: home_rule "
                                f"{home_rule}); a unit without home-rule power may lack "
                                f"authority to create {words} by ordinance ({key}: true). "
                                "Counsel must confirm the authority before introduction."))
        if key == "enforcement.damages" and claims.get("legislature_only_waiver"):
            out.append(_finding("XXwarningXX", where, f"in {name} only the Legislature can waive "
                                f"governmental immunity ({_citing(claims)}); the draft allows "
                                "damages only to the extent state law waives it. Consider "
                                "injunctive relief, discipline and contract terms instead."))
    return out


def x_remedy_powers__mutmut_98(asm: Assembly) -> list:
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
            out.append(_finding("warning", where, f"{name} {status} (state facts: home_rule "
                                f"{home_rule}); a unit without home-rule power may lack "
                                f"authority to create {words} by ordinance ({key}: true). "
                                "Counsel must confirm the authority before introduction."))
        if key == "enforcement.damages" and claims.get("legislature_only_waiver"):
            out.append(_finding("WARNING", where, f"in {name} only the Legislature can waive "
                                f"governmental immunity ({_citing(claims)}); the draft allows "
                                "damages only to the extent state law waives it. Consider "
                                "injunctive relief, discipline and contract terms instead."))
    return out


def x_remedy_powers__mutmut_99(asm: Assembly) -> list:
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
            out.append(_finding("warning", where, f"{name} {status} (state facts: home_rule "
                                f"{home_rule}); a unit without home-rule power may lack "
                                f"authority to create {words} by ordinance ({key}: true). "
                                "Counsel must confirm the authority before introduction."))
        if key == "enforcement.damages" and claims.get("legislature_only_waiver"):
            out.append(_finding("warning", where, f"in {name} only the Legislature can waive "
                                f"governmental immunity ({_citing(None)}); the draft allows "
                                "damages only to the extent state law waives it. Consider "
                                "injunctive relief, discipline and contract terms instead."))
    return out


def x_remedy_powers__mutmut_100(asm: Assembly) -> list:
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
            out.append(_finding("warning", where, f"{name} {status} (state facts: home_rule "
                                f"{home_rule}); a unit without home-rule power may lack "
                                f"authority to create {words} by ordinance ({key}: true). "
                                "Counsel must confirm the authority before introduction."))
        if key == "enforcement.damages" and claims.get("legislature_only_waiver"):
            out.append(_finding("warning", where, f"in {name} only the Legislature can waive "
                                f"governmental immunity ({_citing(claims)}); the draft allows "
                                "XXdamages only to the extent state law waives it. Consider XX"
                                "injunctive relief, discipline and contract terms instead."))
    return out


def x_remedy_powers__mutmut_101(asm: Assembly) -> list:
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
            out.append(_finding("warning", where, f"{name} {status} (state facts: home_rule "
                                f"{home_rule}); a unit without home-rule power may lack "
                                f"authority to create {words} by ordinance ({key}: true). "
                                "Counsel must confirm the authority before introduction."))
        if key == "enforcement.damages" and claims.get("legislature_only_waiver"):
            out.append(_finding("warning", where, f"in {name} only the Legislature can waive "
                                f"governmental immunity ({_citing(claims)}); the draft allows "
                                "damages only to the extent state law waives it. consider "
                                "injunctive relief, discipline and contract terms instead."))
    return out


def x_remedy_powers__mutmut_102(asm: Assembly) -> list:
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
            out.append(_finding("warning", where, f"{name} {status} (state facts: home_rule "
                                f"{home_rule}); a unit without home-rule power may lack "
                                f"authority to create {words} by ordinance ({key}: true). "
                                "Counsel must confirm the authority before introduction."))
        if key == "enforcement.damages" and claims.get("legislature_only_waiver"):
            out.append(_finding("warning", where, f"in {name} only the Legislature can waive "
                                f"governmental immunity ({_citing(claims)}); the draft allows "
                                "DAMAGES ONLY TO THE EXTENT STATE LAW WAIVES IT. CONSIDER "
                                "injunctive relief, discipline and contract terms instead."))
    return out


def x_remedy_powers__mutmut_103(asm: Assembly) -> list:
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
            out.append(_finding("warning", where, f"{name} {status} (state facts: home_rule "
                                f"{home_rule}); a unit without home-rule power may lack "
                                f"authority to create {words} by ordinance ({key}: true). "
                                "Counsel must confirm the authority before introduction."))
        if key == "enforcement.damages" and claims.get("legislature_only_waiver"):
            out.append(_finding("warning", where, f"in {name} only the Legislature can waive "
                                f"governmental immunity ({_citing(claims)}); the draft allows "
                                "damages only to the extent state law waives it. Consider "
                                "XXinjunctive relief, discipline and contract terms instead.XX"))
    return out


def x_remedy_powers__mutmut_104(asm: Assembly) -> list:
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
            out.append(_finding("warning", where, f"{name} {status} (state facts: home_rule "
                                f"{home_rule}); a unit without home-rule power may lack "
                                f"authority to create {words} by ordinance ({key}: true). "
                                "Counsel must confirm the authority before introduction."))
        if key == "enforcement.damages" and claims.get("legislature_only_waiver"):
            out.append(_finding("warning", where, f"in {name} only the Legislature can waive "
                                f"governmental immunity ({_citing(claims)}); the draft allows "
                                "damages only to the extent state law waives it. Consider "
                                "INJUNCTIVE RELIEF, DISCIPLINE AND CONTRACT TERMS INSTEAD."))
    return out

mutants_x_remedy_powers__mutmut['_mutmut_orig'] = x_remedy_powers__mutmut_orig # type: ignore # mutmut generated
mutants_x_remedy_powers__mutmut['x_remedy_powers__mutmut_1'] = x_remedy_powers__mutmut_1 # type: ignore # mutmut generated
mutants_x_remedy_powers__mutmut['x_remedy_powers__mutmut_2'] = x_remedy_powers__mutmut_2 # type: ignore # mutmut generated
mutants_x_remedy_powers__mutmut['x_remedy_powers__mutmut_3'] = x_remedy_powers__mutmut_3 # type: ignore # mutmut generated
mutants_x_remedy_powers__mutmut['x_remedy_powers__mutmut_4'] = x_remedy_powers__mutmut_4 # type: ignore # mutmut generated
mutants_x_remedy_powers__mutmut['x_remedy_powers__mutmut_5'] = x_remedy_powers__mutmut_5 # type: ignore # mutmut generated
mutants_x_remedy_powers__mutmut['x_remedy_powers__mutmut_6'] = x_remedy_powers__mutmut_6 # type: ignore # mutmut generated
mutants_x_remedy_powers__mutmut['x_remedy_powers__mutmut_7'] = x_remedy_powers__mutmut_7 # type: ignore # mutmut generated
mutants_x_remedy_powers__mutmut['x_remedy_powers__mutmut_8'] = x_remedy_powers__mutmut_8 # type: ignore # mutmut generated
mutants_x_remedy_powers__mutmut['x_remedy_powers__mutmut_9'] = x_remedy_powers__mutmut_9 # type: ignore # mutmut generated
mutants_x_remedy_powers__mutmut['x_remedy_powers__mutmut_10'] = x_remedy_powers__mutmut_10 # type: ignore # mutmut generated
mutants_x_remedy_powers__mutmut['x_remedy_powers__mutmut_11'] = x_remedy_powers__mutmut_11 # type: ignore # mutmut generated
mutants_x_remedy_powers__mutmut['x_remedy_powers__mutmut_12'] = x_remedy_powers__mutmut_12 # type: ignore # mutmut generated
mutants_x_remedy_powers__mutmut['x_remedy_powers__mutmut_13'] = x_remedy_powers__mutmut_13 # type: ignore # mutmut generated
mutants_x_remedy_powers__mutmut['x_remedy_powers__mutmut_14'] = x_remedy_powers__mutmut_14 # type: ignore # mutmut generated
mutants_x_remedy_powers__mutmut['x_remedy_powers__mutmut_15'] = x_remedy_powers__mutmut_15 # type: ignore # mutmut generated
mutants_x_remedy_powers__mutmut['x_remedy_powers__mutmut_16'] = x_remedy_powers__mutmut_16 # type: ignore # mutmut generated
mutants_x_remedy_powers__mutmut['x_remedy_powers__mutmut_17'] = x_remedy_powers__mutmut_17 # type: ignore # mutmut generated
mutants_x_remedy_powers__mutmut['x_remedy_powers__mutmut_18'] = x_remedy_powers__mutmut_18 # type: ignore # mutmut generated
mutants_x_remedy_powers__mutmut['x_remedy_powers__mutmut_19'] = x_remedy_powers__mutmut_19 # type: ignore # mutmut generated
mutants_x_remedy_powers__mutmut['x_remedy_powers__mutmut_20'] = x_remedy_powers__mutmut_20 # type: ignore # mutmut generated
mutants_x_remedy_powers__mutmut['x_remedy_powers__mutmut_21'] = x_remedy_powers__mutmut_21 # type: ignore # mutmut generated
mutants_x_remedy_powers__mutmut['x_remedy_powers__mutmut_22'] = x_remedy_powers__mutmut_22 # type: ignore # mutmut generated
mutants_x_remedy_powers__mutmut['x_remedy_powers__mutmut_23'] = x_remedy_powers__mutmut_23 # type: ignore # mutmut generated
mutants_x_remedy_powers__mutmut['x_remedy_powers__mutmut_24'] = x_remedy_powers__mutmut_24 # type: ignore # mutmut generated
mutants_x_remedy_powers__mutmut['x_remedy_powers__mutmut_25'] = x_remedy_powers__mutmut_25 # type: ignore # mutmut generated
mutants_x_remedy_powers__mutmut['x_remedy_powers__mutmut_26'] = x_remedy_powers__mutmut_26 # type: ignore # mutmut generated
mutants_x_remedy_powers__mutmut['x_remedy_powers__mutmut_27'] = x_remedy_powers__mutmut_27 # type: ignore # mutmut generated
mutants_x_remedy_powers__mutmut['x_remedy_powers__mutmut_28'] = x_remedy_powers__mutmut_28 # type: ignore # mutmut generated
mutants_x_remedy_powers__mutmut['x_remedy_powers__mutmut_29'] = x_remedy_powers__mutmut_29 # type: ignore # mutmut generated
mutants_x_remedy_powers__mutmut['x_remedy_powers__mutmut_30'] = x_remedy_powers__mutmut_30 # type: ignore # mutmut generated
mutants_x_remedy_powers__mutmut['x_remedy_powers__mutmut_31'] = x_remedy_powers__mutmut_31 # type: ignore # mutmut generated
mutants_x_remedy_powers__mutmut['x_remedy_powers__mutmut_32'] = x_remedy_powers__mutmut_32 # type: ignore # mutmut generated
mutants_x_remedy_powers__mutmut['x_remedy_powers__mutmut_33'] = x_remedy_powers__mutmut_33 # type: ignore # mutmut generated
mutants_x_remedy_powers__mutmut['x_remedy_powers__mutmut_34'] = x_remedy_powers__mutmut_34 # type: ignore # mutmut generated
mutants_x_remedy_powers__mutmut['x_remedy_powers__mutmut_35'] = x_remedy_powers__mutmut_35 # type: ignore # mutmut generated
mutants_x_remedy_powers__mutmut['x_remedy_powers__mutmut_36'] = x_remedy_powers__mutmut_36 # type: ignore # mutmut generated
mutants_x_remedy_powers__mutmut['x_remedy_powers__mutmut_37'] = x_remedy_powers__mutmut_37 # type: ignore # mutmut generated
mutants_x_remedy_powers__mutmut['x_remedy_powers__mutmut_38'] = x_remedy_powers__mutmut_38 # type: ignore # mutmut generated
mutants_x_remedy_powers__mutmut['x_remedy_powers__mutmut_39'] = x_remedy_powers__mutmut_39 # type: ignore # mutmut generated
mutants_x_remedy_powers__mutmut['x_remedy_powers__mutmut_40'] = x_remedy_powers__mutmut_40 # type: ignore # mutmut generated
mutants_x_remedy_powers__mutmut['x_remedy_powers__mutmut_41'] = x_remedy_powers__mutmut_41 # type: ignore # mutmut generated
mutants_x_remedy_powers__mutmut['x_remedy_powers__mutmut_42'] = x_remedy_powers__mutmut_42 # type: ignore # mutmut generated
mutants_x_remedy_powers__mutmut['x_remedy_powers__mutmut_43'] = x_remedy_powers__mutmut_43 # type: ignore # mutmut generated
mutants_x_remedy_powers__mutmut['x_remedy_powers__mutmut_44'] = x_remedy_powers__mutmut_44 # type: ignore # mutmut generated
mutants_x_remedy_powers__mutmut['x_remedy_powers__mutmut_45'] = x_remedy_powers__mutmut_45 # type: ignore # mutmut generated
mutants_x_remedy_powers__mutmut['x_remedy_powers__mutmut_46'] = x_remedy_powers__mutmut_46 # type: ignore # mutmut generated
mutants_x_remedy_powers__mutmut['x_remedy_powers__mutmut_47'] = x_remedy_powers__mutmut_47 # type: ignore # mutmut generated
mutants_x_remedy_powers__mutmut['x_remedy_powers__mutmut_48'] = x_remedy_powers__mutmut_48 # type: ignore # mutmut generated
mutants_x_remedy_powers__mutmut['x_remedy_powers__mutmut_49'] = x_remedy_powers__mutmut_49 # type: ignore # mutmut generated
mutants_x_remedy_powers__mutmut['x_remedy_powers__mutmut_50'] = x_remedy_powers__mutmut_50 # type: ignore # mutmut generated
mutants_x_remedy_powers__mutmut['x_remedy_powers__mutmut_51'] = x_remedy_powers__mutmut_51 # type: ignore # mutmut generated
mutants_x_remedy_powers__mutmut['x_remedy_powers__mutmut_52'] = x_remedy_powers__mutmut_52 # type: ignore # mutmut generated
mutants_x_remedy_powers__mutmut['x_remedy_powers__mutmut_53'] = x_remedy_powers__mutmut_53 # type: ignore # mutmut generated
mutants_x_remedy_powers__mutmut['x_remedy_powers__mutmut_54'] = x_remedy_powers__mutmut_54 # type: ignore # mutmut generated
mutants_x_remedy_powers__mutmut['x_remedy_powers__mutmut_55'] = x_remedy_powers__mutmut_55 # type: ignore # mutmut generated
mutants_x_remedy_powers__mutmut['x_remedy_powers__mutmut_56'] = x_remedy_powers__mutmut_56 # type: ignore # mutmut generated
mutants_x_remedy_powers__mutmut['x_remedy_powers__mutmut_57'] = x_remedy_powers__mutmut_57 # type: ignore # mutmut generated
mutants_x_remedy_powers__mutmut['x_remedy_powers__mutmut_58'] = x_remedy_powers__mutmut_58 # type: ignore # mutmut generated
mutants_x_remedy_powers__mutmut['x_remedy_powers__mutmut_59'] = x_remedy_powers__mutmut_59 # type: ignore # mutmut generated
mutants_x_remedy_powers__mutmut['x_remedy_powers__mutmut_60'] = x_remedy_powers__mutmut_60 # type: ignore # mutmut generated
mutants_x_remedy_powers__mutmut['x_remedy_powers__mutmut_61'] = x_remedy_powers__mutmut_61 # type: ignore # mutmut generated
mutants_x_remedy_powers__mutmut['x_remedy_powers__mutmut_62'] = x_remedy_powers__mutmut_62 # type: ignore # mutmut generated
mutants_x_remedy_powers__mutmut['x_remedy_powers__mutmut_63'] = x_remedy_powers__mutmut_63 # type: ignore # mutmut generated
mutants_x_remedy_powers__mutmut['x_remedy_powers__mutmut_64'] = x_remedy_powers__mutmut_64 # type: ignore # mutmut generated
mutants_x_remedy_powers__mutmut['x_remedy_powers__mutmut_65'] = x_remedy_powers__mutmut_65 # type: ignore # mutmut generated
mutants_x_remedy_powers__mutmut['x_remedy_powers__mutmut_66'] = x_remedy_powers__mutmut_66 # type: ignore # mutmut generated
mutants_x_remedy_powers__mutmut['x_remedy_powers__mutmut_67'] = x_remedy_powers__mutmut_67 # type: ignore # mutmut generated
mutants_x_remedy_powers__mutmut['x_remedy_powers__mutmut_68'] = x_remedy_powers__mutmut_68 # type: ignore # mutmut generated
mutants_x_remedy_powers__mutmut['x_remedy_powers__mutmut_69'] = x_remedy_powers__mutmut_69 # type: ignore # mutmut generated
mutants_x_remedy_powers__mutmut['x_remedy_powers__mutmut_70'] = x_remedy_powers__mutmut_70 # type: ignore # mutmut generated
mutants_x_remedy_powers__mutmut['x_remedy_powers__mutmut_71'] = x_remedy_powers__mutmut_71 # type: ignore # mutmut generated
mutants_x_remedy_powers__mutmut['x_remedy_powers__mutmut_72'] = x_remedy_powers__mutmut_72 # type: ignore # mutmut generated
mutants_x_remedy_powers__mutmut['x_remedy_powers__mutmut_73'] = x_remedy_powers__mutmut_73 # type: ignore # mutmut generated
mutants_x_remedy_powers__mutmut['x_remedy_powers__mutmut_74'] = x_remedy_powers__mutmut_74 # type: ignore # mutmut generated
mutants_x_remedy_powers__mutmut['x_remedy_powers__mutmut_75'] = x_remedy_powers__mutmut_75 # type: ignore # mutmut generated
mutants_x_remedy_powers__mutmut['x_remedy_powers__mutmut_76'] = x_remedy_powers__mutmut_76 # type: ignore # mutmut generated
mutants_x_remedy_powers__mutmut['x_remedy_powers__mutmut_77'] = x_remedy_powers__mutmut_77 # type: ignore # mutmut generated
mutants_x_remedy_powers__mutmut['x_remedy_powers__mutmut_78'] = x_remedy_powers__mutmut_78 # type: ignore # mutmut generated
mutants_x_remedy_powers__mutmut['x_remedy_powers__mutmut_79'] = x_remedy_powers__mutmut_79 # type: ignore # mutmut generated
mutants_x_remedy_powers__mutmut['x_remedy_powers__mutmut_80'] = x_remedy_powers__mutmut_80 # type: ignore # mutmut generated
mutants_x_remedy_powers__mutmut['x_remedy_powers__mutmut_81'] = x_remedy_powers__mutmut_81 # type: ignore # mutmut generated
mutants_x_remedy_powers__mutmut['x_remedy_powers__mutmut_82'] = x_remedy_powers__mutmut_82 # type: ignore # mutmut generated
mutants_x_remedy_powers__mutmut['x_remedy_powers__mutmut_83'] = x_remedy_powers__mutmut_83 # type: ignore # mutmut generated
mutants_x_remedy_powers__mutmut['x_remedy_powers__mutmut_84'] = x_remedy_powers__mutmut_84 # type: ignore # mutmut generated
mutants_x_remedy_powers__mutmut['x_remedy_powers__mutmut_85'] = x_remedy_powers__mutmut_85 # type: ignore # mutmut generated
mutants_x_remedy_powers__mutmut['x_remedy_powers__mutmut_86'] = x_remedy_powers__mutmut_86 # type: ignore # mutmut generated
mutants_x_remedy_powers__mutmut['x_remedy_powers__mutmut_87'] = x_remedy_powers__mutmut_87 # type: ignore # mutmut generated
mutants_x_remedy_powers__mutmut['x_remedy_powers__mutmut_88'] = x_remedy_powers__mutmut_88 # type: ignore # mutmut generated
mutants_x_remedy_powers__mutmut['x_remedy_powers__mutmut_89'] = x_remedy_powers__mutmut_89 # type: ignore # mutmut generated
mutants_x_remedy_powers__mutmut['x_remedy_powers__mutmut_90'] = x_remedy_powers__mutmut_90 # type: ignore # mutmut generated
mutants_x_remedy_powers__mutmut['x_remedy_powers__mutmut_91'] = x_remedy_powers__mutmut_91 # type: ignore # mutmut generated
mutants_x_remedy_powers__mutmut['x_remedy_powers__mutmut_92'] = x_remedy_powers__mutmut_92 # type: ignore # mutmut generated
mutants_x_remedy_powers__mutmut['x_remedy_powers__mutmut_93'] = x_remedy_powers__mutmut_93 # type: ignore # mutmut generated
mutants_x_remedy_powers__mutmut['x_remedy_powers__mutmut_94'] = x_remedy_powers__mutmut_94 # type: ignore # mutmut generated
mutants_x_remedy_powers__mutmut['x_remedy_powers__mutmut_95'] = x_remedy_powers__mutmut_95 # type: ignore # mutmut generated
mutants_x_remedy_powers__mutmut['x_remedy_powers__mutmut_96'] = x_remedy_powers__mutmut_96 # type: ignore # mutmut generated
mutants_x_remedy_powers__mutmut['x_remedy_powers__mutmut_97'] = x_remedy_powers__mutmut_97 # type: ignore # mutmut generated
mutants_x_remedy_powers__mutmut['x_remedy_powers__mutmut_98'] = x_remedy_powers__mutmut_98 # type: ignore # mutmut generated
mutants_x_remedy_powers__mutmut['x_remedy_powers__mutmut_99'] = x_remedy_powers__mutmut_99 # type: ignore # mutmut generated
mutants_x_remedy_powers__mutmut['x_remedy_powers__mutmut_100'] = x_remedy_powers__mutmut_100 # type: ignore # mutmut generated
mutants_x_remedy_powers__mutmut['x_remedy_powers__mutmut_101'] = x_remedy_powers__mutmut_101 # type: ignore # mutmut generated
mutants_x_remedy_powers__mutmut['x_remedy_powers__mutmut_102'] = x_remedy_powers__mutmut_102 # type: ignore # mutmut generated
mutants_x_remedy_powers__mutmut['x_remedy_powers__mutmut_103'] = x_remedy_powers__mutmut_103 # type: ignore # mutmut generated
mutants_x_remedy_powers__mutmut['x_remedy_powers__mutmut_104'] = x_remedy_powers__mutmut_104 # type: ignore # mutmut generated
mutants_x_unverified_fact_printed__mutmut: MutantDict = {}  # type: ignore


@_mutmut_mutated(mutants_x_unverified_fact_printed__mutmut)
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


def x_unverified_fact_printed__mutmut_orig(asm: Assembly) -> list:
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


def x_unverified_fact_printed__mutmut_1(asm: Assembly) -> list:
    """A state fact the draft's own text prints although the research has not verified it."""
    if asm.ordinance is not None:
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


def x_unverified_fact_printed__mutmut_2(asm: Assembly) -> list:
    """A state fact the draft's own text prints although the research has not verified it."""
    if asm.ordinance is None:
        return []
    out = None
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


def x_unverified_fact_printed__mutmut_3(asm: Assembly) -> list:
    """A state fact the draft's own text prints although the research has not verified it."""
    if asm.ordinance is None:
        return []
    out = []
    body = None
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


def x_unverified_fact_printed__mutmut_4(asm: Assembly) -> list:
    """A state fact the draft's own text prints although the research has not verified it."""
    if asm.ordinance is None:
        return []
    out = []
    body = list(None)
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


def x_unverified_fact_printed__mutmut_5(asm: Assembly) -> list:
    """A state fact the draft's own text prints although the research has not verified it."""
    if asm.ordinance is None:
        return []
    out = []
    body = list(_body_texts(None))
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


def x_unverified_fact_printed__mutmut_6(asm: Assembly) -> list:
    """A state fact the draft's own text prints although the research has not verified it."""
    if asm.ordinance is None:
        return []
    out = []
    body = list(_body_texts(asm))
    notes = None
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


def x_unverified_fact_printed__mutmut_7(asm: Assembly) -> list:
    """A state fact the draft's own text prints although the research has not verified it."""
    if asm.ordinance is None:
        return []
    out = []
    body = list(_body_texts(asm))
    notes = asm.with_notes
    for path, fact in _facts(None):
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


def x_unverified_fact_printed__mutmut_8(asm: Assembly) -> list:
    """A state fact the draft's own text prints although the research has not verified it."""
    if asm.ordinance is None:
        return []
    out = []
    body = list(_body_texts(asm))
    notes = asm.with_notes
    for path, fact in _facts(_state(None)):
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


def x_unverified_fact_printed__mutmut_9(asm: Assembly) -> list:
    """A state fact the draft's own text prints although the research has not verified it."""
    if asm.ordinance is None:
        return []
    out = []
    body = list(_body_texts(asm))
    notes = asm.with_notes
    for path, fact in _facts(_state(asm)):
        if fact.get(None) is not False:
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


def x_unverified_fact_printed__mutmut_10(asm: Assembly) -> list:
    """A state fact the draft's own text prints although the research has not verified it."""
    if asm.ordinance is None:
        return []
    out = []
    body = list(_body_texts(asm))
    notes = asm.with_notes
    for path, fact in _facts(_state(asm)):
        if fact.get("XXverifiedXX") is not False:
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


def x_unverified_fact_printed__mutmut_11(asm: Assembly) -> list:
    """A state fact the draft's own text prints although the research has not verified it."""
    if asm.ordinance is None:
        return []
    out = []
    body = list(_body_texts(asm))
    notes = asm.with_notes
    for path, fact in _facts(_state(asm)):
        if fact.get("VERIFIED") is not False:
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


def x_unverified_fact_printed__mutmut_12(asm: Assembly) -> list:
    """A state fact the draft's own text prints although the research has not verified it."""
    if asm.ordinance is None:
        return []
    out = []
    body = list(_body_texts(asm))
    notes = asm.with_notes
    for path, fact in _facts(_state(asm)):
        if fact.get("verified") is False:
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


def x_unverified_fact_printed__mutmut_13(asm: Assembly) -> list:
    """A state fact the draft's own text prints although the research has not verified it."""
    if asm.ordinance is None:
        return []
    out = []
    body = list(_body_texts(asm))
    notes = asm.with_notes
    for path, fact in _facts(_state(asm)):
        if fact.get("verified") is not True:
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


def x_unverified_fact_printed__mutmut_14(asm: Assembly) -> list:
    """A state fact the draft's own text prints although the research has not verified it."""
    if asm.ordinance is None:
        return []
    out = []
    body = list(_body_texts(asm))
    notes = asm.with_notes
    for path, fact in _facts(_state(asm)):
        if fact.get("verified") is not False:
            break
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


def x_unverified_fact_printed__mutmut_15(asm: Assembly) -> list:
    """A state fact the draft's own text prints although the research has not verified it."""
    if asm.ordinance is None:
        return []
    out = []
    body = list(_body_texts(asm))
    notes = asm.with_notes
    for path, fact in _facts(_state(asm)):
        if fact.get("verified") is not False:
            continue
        for needle in (fact.get(None), fact.get("name"), fact.get("law")):
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


def x_unverified_fact_printed__mutmut_16(asm: Assembly) -> list:
    """A state fact the draft's own text prints although the research has not verified it."""
    if asm.ordinance is None:
        return []
    out = []
    body = list(_body_texts(asm))
    notes = asm.with_notes
    for path, fact in _facts(_state(asm)):
        if fact.get("verified") is not False:
            continue
        for needle in (fact.get("XXciteXX"), fact.get("name"), fact.get("law")):
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


def x_unverified_fact_printed__mutmut_17(asm: Assembly) -> list:
    """A state fact the draft's own text prints although the research has not verified it."""
    if asm.ordinance is None:
        return []
    out = []
    body = list(_body_texts(asm))
    notes = asm.with_notes
    for path, fact in _facts(_state(asm)):
        if fact.get("verified") is not False:
            continue
        for needle in (fact.get("CITE"), fact.get("name"), fact.get("law")):
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


def x_unverified_fact_printed__mutmut_18(asm: Assembly) -> list:
    """A state fact the draft's own text prints although the research has not verified it."""
    if asm.ordinance is None:
        return []
    out = []
    body = list(_body_texts(asm))
    notes = asm.with_notes
    for path, fact in _facts(_state(asm)):
        if fact.get("verified") is not False:
            continue
        for needle in (fact.get("cite"), fact.get(None), fact.get("law")):
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


def x_unverified_fact_printed__mutmut_19(asm: Assembly) -> list:
    """A state fact the draft's own text prints although the research has not verified it."""
    if asm.ordinance is None:
        return []
    out = []
    body = list(_body_texts(asm))
    notes = asm.with_notes
    for path, fact in _facts(_state(asm)):
        if fact.get("verified") is not False:
            continue
        for needle in (fact.get("cite"), fact.get("XXnameXX"), fact.get("law")):
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


def x_unverified_fact_printed__mutmut_20(asm: Assembly) -> list:
    """A state fact the draft's own text prints although the research has not verified it."""
    if asm.ordinance is None:
        return []
    out = []
    body = list(_body_texts(asm))
    notes = asm.with_notes
    for path, fact in _facts(_state(asm)):
        if fact.get("verified") is not False:
            continue
        for needle in (fact.get("cite"), fact.get("NAME"), fact.get("law")):
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


def x_unverified_fact_printed__mutmut_21(asm: Assembly) -> list:
    """A state fact the draft's own text prints although the research has not verified it."""
    if asm.ordinance is None:
        return []
    out = []
    body = list(_body_texts(asm))
    notes = asm.with_notes
    for path, fact in _facts(_state(asm)):
        if fact.get("verified") is not False:
            continue
        for needle in (fact.get("cite"), fact.get("name"), fact.get(None)):
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


def x_unverified_fact_printed__mutmut_22(asm: Assembly) -> list:
    """A state fact the draft's own text prints although the research has not verified it."""
    if asm.ordinance is None:
        return []
    out = []
    body = list(_body_texts(asm))
    notes = asm.with_notes
    for path, fact in _facts(_state(asm)):
        if fact.get("verified") is not False:
            continue
        for needle in (fact.get("cite"), fact.get("name"), fact.get("XXlawXX")):
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


def x_unverified_fact_printed__mutmut_23(asm: Assembly) -> list:
    """A state fact the draft's own text prints although the research has not verified it."""
    if asm.ordinance is None:
        return []
    out = []
    body = list(_body_texts(asm))
    notes = asm.with_notes
    for path, fact in _facts(_state(asm)):
        if fact.get("verified") is not False:
            continue
        for needle in (fact.get("cite"), fact.get("name"), fact.get("LAW")):
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


def x_unverified_fact_printed__mutmut_24(asm: Assembly) -> list:
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
            if needle:
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


def x_unverified_fact_printed__mutmut_25(asm: Assembly) -> list:
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
                break
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


def x_unverified_fact_printed__mutmut_26(asm: Assembly) -> list:
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
            where = None
            if where is None:
                continue
            flag = ("its drafter's note says to verify it" if notes else
                    "this draft has no drafter's notes, so nothing in it flags this")
            out.append(_finding("warning", where, f"prints '{needle}' ({path}), which the state "
                                f"facts mark unverified (source: {fact.get('source') or 'none'}); "
                                f"{flag}. Counsel must confirm it before introduction."))
            break
    return out


def x_unverified_fact_printed__mutmut_27(asm: Assembly) -> list:
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
            where = next(None, None)
            if where is None:
                continue
            flag = ("its drafter's note says to verify it" if notes else
                    "this draft has no drafter's notes, so nothing in it flags this")
            out.append(_finding("warning", where, f"prints '{needle}' ({path}), which the state "
                                f"facts mark unverified (source: {fact.get('source') or 'none'}); "
                                f"{flag}. Counsel must confirm it before introduction."))
            break
    return out


def x_unverified_fact_printed__mutmut_28(asm: Assembly) -> list:
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
            where = next(None)
            if where is None:
                continue
            flag = ("its drafter's note says to verify it" if notes else
                    "this draft has no drafter's notes, so nothing in it flags this")
            out.append(_finding("warning", where, f"prints '{needle}' ({path}), which the state "
                                f"facts mark unverified (source: {fact.get('source') or 'none'}); "
                                f"{flag}. Counsel must confirm it before introduction."))
            break
    return out


def x_unverified_fact_printed__mutmut_29(asm: Assembly) -> list:
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
            where = next((cid for cid, text in body if needle in text), )
            if where is None:
                continue
            flag = ("its drafter's note says to verify it" if notes else
                    "this draft has no drafter's notes, so nothing in it flags this")
            out.append(_finding("warning", where, f"prints '{needle}' ({path}), which the state "
                                f"facts mark unverified (source: {fact.get('source') or 'none'}); "
                                f"{flag}. Counsel must confirm it before introduction."))
            break
    return out


def x_unverified_fact_printed__mutmut_30(asm: Assembly) -> list:
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
            where = next((cid for cid, text in body if needle not in text), None)
            if where is None:
                continue
            flag = ("its drafter's note says to verify it" if notes else
                    "this draft has no drafter's notes, so nothing in it flags this")
            out.append(_finding("warning", where, f"prints '{needle}' ({path}), which the state "
                                f"facts mark unverified (source: {fact.get('source') or 'none'}); "
                                f"{flag}. Counsel must confirm it before introduction."))
            break
    return out


def x_unverified_fact_printed__mutmut_31(asm: Assembly) -> list:
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
            if where is not None:
                continue
            flag = ("its drafter's note says to verify it" if notes else
                    "this draft has no drafter's notes, so nothing in it flags this")
            out.append(_finding("warning", where, f"prints '{needle}' ({path}), which the state "
                                f"facts mark unverified (source: {fact.get('source') or 'none'}); "
                                f"{flag}. Counsel must confirm it before introduction."))
            break
    return out


def x_unverified_fact_printed__mutmut_32(asm: Assembly) -> list:
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
                break
            flag = ("its drafter's note says to verify it" if notes else
                    "this draft has no drafter's notes, so nothing in it flags this")
            out.append(_finding("warning", where, f"prints '{needle}' ({path}), which the state "
                                f"facts mark unverified (source: {fact.get('source') or 'none'}); "
                                f"{flag}. Counsel must confirm it before introduction."))
            break
    return out


def x_unverified_fact_printed__mutmut_33(asm: Assembly) -> list:
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
            flag = None
            out.append(_finding("warning", where, f"prints '{needle}' ({path}), which the state "
                                f"facts mark unverified (source: {fact.get('source') or 'none'}); "
                                f"{flag}. Counsel must confirm it before introduction."))
            break
    return out


def x_unverified_fact_printed__mutmut_34(asm: Assembly) -> list:
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
            flag = ("its drafter's note says to verify it" if (notes) and False else
                    "this draft has no drafter's notes, so nothing in it flags this")
            out.append(_finding("warning", where, f"prints '{needle}' ({path}), which the state "
                                f"facts mark unverified (source: {fact.get('source') or 'none'}); "
                                f"{flag}. Counsel must confirm it before introduction."))
            break
    return out


def x_unverified_fact_printed__mutmut_35(asm: Assembly) -> list:
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
            flag = ("its drafter's note says to verify it" if (notes) or True else
                    "this draft has no drafter's notes, so nothing in it flags this")
            out.append(_finding("warning", where, f"prints '{needle}' ({path}), which the state "
                                f"facts mark unverified (source: {fact.get('source') or 'none'}); "
                                f"{flag}. Counsel must confirm it before introduction."))
            break
    return out


def x_unverified_fact_printed__mutmut_36(asm: Assembly) -> list:
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
            flag = ("XXits drafter's note says to verify itXX" if notes else
                    "this draft has no drafter's notes, so nothing in it flags this")
            out.append(_finding("warning", where, f"prints '{needle}' ({path}), which the state "
                                f"facts mark unverified (source: {fact.get('source') or 'none'}); "
                                f"{flag}. Counsel must confirm it before introduction."))
            break
    return out


def x_unverified_fact_printed__mutmut_37(asm: Assembly) -> list:
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
            flag = ("ITS DRAFTER'S NOTE SAYS TO VERIFY IT" if notes else
                    "this draft has no drafter's notes, so nothing in it flags this")
            out.append(_finding("warning", where, f"prints '{needle}' ({path}), which the state "
                                f"facts mark unverified (source: {fact.get('source') or 'none'}); "
                                f"{flag}. Counsel must confirm it before introduction."))
            break
    return out


def x_unverified_fact_printed__mutmut_38(asm: Assembly) -> list:
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
                    "XXthis draft has no drafter's notes, so nothing in it flags thisXX")
            out.append(_finding("warning", where, f"prints '{needle}' ({path}), which the state "
                                f"facts mark unverified (source: {fact.get('source') or 'none'}); "
                                f"{flag}. Counsel must confirm it before introduction."))
            break
    return out


def x_unverified_fact_printed__mutmut_39(asm: Assembly) -> list:
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
                    "THIS DRAFT HAS NO DRAFTER'S NOTES, SO NOTHING IN IT FLAGS THIS")
            out.append(_finding("warning", where, f"prints '{needle}' ({path}), which the state "
                                f"facts mark unverified (source: {fact.get('source') or 'none'}); "
                                f"{flag}. Counsel must confirm it before introduction."))
            break
    return out


def x_unverified_fact_printed__mutmut_40(asm: Assembly) -> list:
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
            out.append(None)
            break
    return out


def x_unverified_fact_printed__mutmut_41(asm: Assembly) -> list:
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
            out.append(_finding(None, where, f"prints '{needle}' ({path}), which the state "
                                f"facts mark unverified (source: {fact.get('source') or 'none'}); "
                                f"{flag}. Counsel must confirm it before introduction."))
            break
    return out


def x_unverified_fact_printed__mutmut_42(asm: Assembly) -> list:
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
            out.append(_finding("warning", None, f"prints '{needle}' ({path}), which the state "
                                f"facts mark unverified (source: {fact.get('source') or 'none'}); "
                                f"{flag}. Counsel must confirm it before introduction."))
            break
    return out


def x_unverified_fact_printed__mutmut_43(asm: Assembly) -> list:
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
            out.append(_finding("warning", where, None))
            break
    return out


def x_unverified_fact_printed__mutmut_44(asm: Assembly) -> list:
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
            out.append(_finding(where, f"prints '{needle}' ({path}), which the state "
                                f"facts mark unverified (source: {fact.get('source') or 'none'}); "
                                f"{flag}. Counsel must confirm it before introduction."))
            break
    return out


def x_unverified_fact_printed__mutmut_45(asm: Assembly) -> list:
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
            out.append(_finding("warning", f"prints '{needle}' ({path}), which the state "
                                f"facts mark unverified (source: {fact.get('source') or 'none'}); "
                                f"{flag}. Counsel must confirm it before introduction."))
            break
    return out


def x_unverified_fact_printed__mutmut_46(asm: Assembly) -> list:
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
            out.append(_finding("warning", where, ))
            break
    return out


def x_unverified_fact_printed__mutmut_47(asm: Assembly) -> list:
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
            out.append(_finding("XXwarningXX", where, f"prints '{needle}' ({path}), which the state "
                                f"facts mark unverified (source: {fact.get('source') or 'none'}); "
                                f"{flag}. Counsel must confirm it before introduction."))
            break
    return out


def x_unverified_fact_printed__mutmut_48(asm: Assembly) -> list:
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
            out.append(_finding("WARNING", where, f"prints '{needle}' ({path}), which the state "
                                f"facts mark unverified (source: {fact.get('source') or 'none'}); "
                                f"{flag}. Counsel must confirm it before introduction."))
            break
    return out


def x_unverified_fact_printed__mutmut_49(asm: Assembly) -> list:
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
                                f"facts mark unverified (source: {fact.get('source') and 'none'}); "
                                f"{flag}. Counsel must confirm it before introduction."))
            break
    return out


def x_unverified_fact_printed__mutmut_50(asm: Assembly) -> list:
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
                                f"facts mark unverified (source: {fact.get(None) or 'none'}); "
                                f"{flag}. Counsel must confirm it before introduction."))
            break
    return out


def x_unverified_fact_printed__mutmut_51(asm: Assembly) -> list:
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
                                f"facts mark unverified (source: {fact.get('XXsourceXX') or 'none'}); "
                                f"{flag}. Counsel must confirm it before introduction."))
            break
    return out


def x_unverified_fact_printed__mutmut_52(asm: Assembly) -> list:
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
                                f"facts mark unverified (source: {fact.get('SOURCE') or 'none'}); "
                                f"{flag}. Counsel must confirm it before introduction."))
            break
    return out


def x_unverified_fact_printed__mutmut_53(asm: Assembly) -> list:
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
                                f"facts mark unverified (source: {fact.get('source') or 'XXnoneXX'}); "
                                f"{flag}. Counsel must confirm it before introduction."))
            break
    return out


def x_unverified_fact_printed__mutmut_54(asm: Assembly) -> list:
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
                                f"facts mark unverified (source: {fact.get('source') or 'NONE'}); "
                                f"{flag}. Counsel must confirm it before introduction."))
            break
    return out


def x_unverified_fact_printed__mutmut_55(asm: Assembly) -> list:
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
            return
    return out

mutants_x_unverified_fact_printed__mutmut['_mutmut_orig'] = x_unverified_fact_printed__mutmut_orig # type: ignore # mutmut generated
mutants_x_unverified_fact_printed__mutmut['x_unverified_fact_printed__mutmut_1'] = x_unverified_fact_printed__mutmut_1 # type: ignore # mutmut generated
mutants_x_unverified_fact_printed__mutmut['x_unverified_fact_printed__mutmut_2'] = x_unverified_fact_printed__mutmut_2 # type: ignore # mutmut generated
mutants_x_unverified_fact_printed__mutmut['x_unverified_fact_printed__mutmut_3'] = x_unverified_fact_printed__mutmut_3 # type: ignore # mutmut generated
mutants_x_unverified_fact_printed__mutmut['x_unverified_fact_printed__mutmut_4'] = x_unverified_fact_printed__mutmut_4 # type: ignore # mutmut generated
mutants_x_unverified_fact_printed__mutmut['x_unverified_fact_printed__mutmut_5'] = x_unverified_fact_printed__mutmut_5 # type: ignore # mutmut generated
mutants_x_unverified_fact_printed__mutmut['x_unverified_fact_printed__mutmut_6'] = x_unverified_fact_printed__mutmut_6 # type: ignore # mutmut generated
mutants_x_unverified_fact_printed__mutmut['x_unverified_fact_printed__mutmut_7'] = x_unverified_fact_printed__mutmut_7 # type: ignore # mutmut generated
mutants_x_unverified_fact_printed__mutmut['x_unverified_fact_printed__mutmut_8'] = x_unverified_fact_printed__mutmut_8 # type: ignore # mutmut generated
mutants_x_unverified_fact_printed__mutmut['x_unverified_fact_printed__mutmut_9'] = x_unverified_fact_printed__mutmut_9 # type: ignore # mutmut generated
mutants_x_unverified_fact_printed__mutmut['x_unverified_fact_printed__mutmut_10'] = x_unverified_fact_printed__mutmut_10 # type: ignore # mutmut generated
mutants_x_unverified_fact_printed__mutmut['x_unverified_fact_printed__mutmut_11'] = x_unverified_fact_printed__mutmut_11 # type: ignore # mutmut generated
mutants_x_unverified_fact_printed__mutmut['x_unverified_fact_printed__mutmut_12'] = x_unverified_fact_printed__mutmut_12 # type: ignore # mutmut generated
mutants_x_unverified_fact_printed__mutmut['x_unverified_fact_printed__mutmut_13'] = x_unverified_fact_printed__mutmut_13 # type: ignore # mutmut generated
mutants_x_unverified_fact_printed__mutmut['x_unverified_fact_printed__mutmut_14'] = x_unverified_fact_printed__mutmut_14 # type: ignore # mutmut generated
mutants_x_unverified_fact_printed__mutmut['x_unverified_fact_printed__mutmut_15'] = x_unverified_fact_printed__mutmut_15 # type: ignore # mutmut generated
mutants_x_unverified_fact_printed__mutmut['x_unverified_fact_printed__mutmut_16'] = x_unverified_fact_printed__mutmut_16 # type: ignore # mutmut generated
mutants_x_unverified_fact_printed__mutmut['x_unverified_fact_printed__mutmut_17'] = x_unverified_fact_printed__mutmut_17 # type: ignore # mutmut generated
mutants_x_unverified_fact_printed__mutmut['x_unverified_fact_printed__mutmut_18'] = x_unverified_fact_printed__mutmut_18 # type: ignore # mutmut generated
mutants_x_unverified_fact_printed__mutmut['x_unverified_fact_printed__mutmut_19'] = x_unverified_fact_printed__mutmut_19 # type: ignore # mutmut generated
mutants_x_unverified_fact_printed__mutmut['x_unverified_fact_printed__mutmut_20'] = x_unverified_fact_printed__mutmut_20 # type: ignore # mutmut generated
mutants_x_unverified_fact_printed__mutmut['x_unverified_fact_printed__mutmut_21'] = x_unverified_fact_printed__mutmut_21 # type: ignore # mutmut generated
mutants_x_unverified_fact_printed__mutmut['x_unverified_fact_printed__mutmut_22'] = x_unverified_fact_printed__mutmut_22 # type: ignore # mutmut generated
mutants_x_unverified_fact_printed__mutmut['x_unverified_fact_printed__mutmut_23'] = x_unverified_fact_printed__mutmut_23 # type: ignore # mutmut generated
mutants_x_unverified_fact_printed__mutmut['x_unverified_fact_printed__mutmut_24'] = x_unverified_fact_printed__mutmut_24 # type: ignore # mutmut generated
mutants_x_unverified_fact_printed__mutmut['x_unverified_fact_printed__mutmut_25'] = x_unverified_fact_printed__mutmut_25 # type: ignore # mutmut generated
mutants_x_unverified_fact_printed__mutmut['x_unverified_fact_printed__mutmut_26'] = x_unverified_fact_printed__mutmut_26 # type: ignore # mutmut generated
mutants_x_unverified_fact_printed__mutmut['x_unverified_fact_printed__mutmut_27'] = x_unverified_fact_printed__mutmut_27 # type: ignore # mutmut generated
mutants_x_unverified_fact_printed__mutmut['x_unverified_fact_printed__mutmut_28'] = x_unverified_fact_printed__mutmut_28 # type: ignore # mutmut generated
mutants_x_unverified_fact_printed__mutmut['x_unverified_fact_printed__mutmut_29'] = x_unverified_fact_printed__mutmut_29 # type: ignore # mutmut generated
mutants_x_unverified_fact_printed__mutmut['x_unverified_fact_printed__mutmut_30'] = x_unverified_fact_printed__mutmut_30 # type: ignore # mutmut generated
mutants_x_unverified_fact_printed__mutmut['x_unverified_fact_printed__mutmut_31'] = x_unverified_fact_printed__mutmut_31 # type: ignore # mutmut generated
mutants_x_unverified_fact_printed__mutmut['x_unverified_fact_printed__mutmut_32'] = x_unverified_fact_printed__mutmut_32 # type: ignore # mutmut generated
mutants_x_unverified_fact_printed__mutmut['x_unverified_fact_printed__mutmut_33'] = x_unverified_fact_printed__mutmut_33 # type: ignore # mutmut generated
mutants_x_unverified_fact_printed__mutmut['x_unverified_fact_printed__mutmut_34'] = x_unverified_fact_printed__mutmut_34 # type: ignore # mutmut generated
mutants_x_unverified_fact_printed__mutmut['x_unverified_fact_printed__mutmut_35'] = x_unverified_fact_printed__mutmut_35 # type: ignore # mutmut generated
mutants_x_unverified_fact_printed__mutmut['x_unverified_fact_printed__mutmut_36'] = x_unverified_fact_printed__mutmut_36 # type: ignore # mutmut generated
mutants_x_unverified_fact_printed__mutmut['x_unverified_fact_printed__mutmut_37'] = x_unverified_fact_printed__mutmut_37 # type: ignore # mutmut generated
mutants_x_unverified_fact_printed__mutmut['x_unverified_fact_printed__mutmut_38'] = x_unverified_fact_printed__mutmut_38 # type: ignore # mutmut generated
mutants_x_unverified_fact_printed__mutmut['x_unverified_fact_printed__mutmut_39'] = x_unverified_fact_printed__mutmut_39 # type: ignore # mutmut generated
mutants_x_unverified_fact_printed__mutmut['x_unverified_fact_printed__mutmut_40'] = x_unverified_fact_printed__mutmut_40 # type: ignore # mutmut generated
mutants_x_unverified_fact_printed__mutmut['x_unverified_fact_printed__mutmut_41'] = x_unverified_fact_printed__mutmut_41 # type: ignore # mutmut generated
mutants_x_unverified_fact_printed__mutmut['x_unverified_fact_printed__mutmut_42'] = x_unverified_fact_printed__mutmut_42 # type: ignore # mutmut generated
mutants_x_unverified_fact_printed__mutmut['x_unverified_fact_printed__mutmut_43'] = x_unverified_fact_printed__mutmut_43 # type: ignore # mutmut generated
mutants_x_unverified_fact_printed__mutmut['x_unverified_fact_printed__mutmut_44'] = x_unverified_fact_printed__mutmut_44 # type: ignore # mutmut generated
mutants_x_unverified_fact_printed__mutmut['x_unverified_fact_printed__mutmut_45'] = x_unverified_fact_printed__mutmut_45 # type: ignore # mutmut generated
mutants_x_unverified_fact_printed__mutmut['x_unverified_fact_printed__mutmut_46'] = x_unverified_fact_printed__mutmut_46 # type: ignore # mutmut generated
mutants_x_unverified_fact_printed__mutmut['x_unverified_fact_printed__mutmut_47'] = x_unverified_fact_printed__mutmut_47 # type: ignore # mutmut generated
mutants_x_unverified_fact_printed__mutmut['x_unverified_fact_printed__mutmut_48'] = x_unverified_fact_printed__mutmut_48 # type: ignore # mutmut generated
mutants_x_unverified_fact_printed__mutmut['x_unverified_fact_printed__mutmut_49'] = x_unverified_fact_printed__mutmut_49 # type: ignore # mutmut generated
mutants_x_unverified_fact_printed__mutmut['x_unverified_fact_printed__mutmut_50'] = x_unverified_fact_printed__mutmut_50 # type: ignore # mutmut generated
mutants_x_unverified_fact_printed__mutmut['x_unverified_fact_printed__mutmut_51'] = x_unverified_fact_printed__mutmut_51 # type: ignore # mutmut generated
mutants_x_unverified_fact_printed__mutmut['x_unverified_fact_printed__mutmut_52'] = x_unverified_fact_printed__mutmut_52 # type: ignore # mutmut generated
mutants_x_unverified_fact_printed__mutmut['x_unverified_fact_printed__mutmut_53'] = x_unverified_fact_printed__mutmut_53 # type: ignore # mutmut generated
mutants_x_unverified_fact_printed__mutmut['x_unverified_fact_printed__mutmut_54'] = x_unverified_fact_printed__mutmut_54 # type: ignore # mutmut generated
mutants_x_unverified_fact_printed__mutmut['x_unverified_fact_printed__mutmut_55'] = x_unverified_fact_printed__mutmut_55 # type: ignore # mutmut generated
mutants_x__facts__mutmut: MutantDict = {}  # type: ignore


@_mutmut_mutated(mutants_x__facts__mutmut)
def _facts(data: dict, path: str = "state") -> Iterator[tuple[str, dict]]:
    """Every mapping in the state facts that carries a `verified` flag."""
    for key, value in data.items():
        if isinstance(value, dict):
            if "verified" in value:
                yield f"{path}.{key}", value
            else:
                yield from _facts(value, f"{path}.{key}")


def x__facts__mutmut_orig(data: dict, path: str = "state") -> Iterator[tuple[str, dict]]:
    """Every mapping in the state facts that carries a `verified` flag."""
    for key, value in data.items():
        if isinstance(value, dict):
            if "verified" in value:
                yield f"{path}.{key}", value
            else:
                yield from _facts(value, f"{path}.{key}")


def x__facts__mutmut_1(data: dict, path: str = "XXstateXX") -> Iterator[tuple[str, dict]]:
    """Every mapping in the state facts that carries a `verified` flag."""
    for key, value in data.items():
        if isinstance(value, dict):
            if "verified" in value:
                yield f"{path}.{key}", value
            else:
                yield from _facts(value, f"{path}.{key}")


def x__facts__mutmut_2(data: dict, path: str = "STATE") -> Iterator[tuple[str, dict]]:
    """Every mapping in the state facts that carries a `verified` flag."""
    for key, value in data.items():
        if isinstance(value, dict):
            if "verified" in value:
                yield f"{path}.{key}", value
            else:
                yield from _facts(value, f"{path}.{key}")


def x__facts__mutmut_3(data: dict, path: str = "state") -> Iterator[tuple[str, dict]]:
    """Every mapping in the state facts that carries a `verified` flag."""
    for key, value in data.items():
        if isinstance(value, dict):
            if "XXverifiedXX" in value:
                yield f"{path}.{key}", value
            else:
                yield from _facts(value, f"{path}.{key}")


def x__facts__mutmut_4(data: dict, path: str = "state") -> Iterator[tuple[str, dict]]:
    """Every mapping in the state facts that carries a `verified` flag."""
    for key, value in data.items():
        if isinstance(value, dict):
            if "VERIFIED" in value:
                yield f"{path}.{key}", value
            else:
                yield from _facts(value, f"{path}.{key}")


def x__facts__mutmut_5(data: dict, path: str = "state") -> Iterator[tuple[str, dict]]:
    """Every mapping in the state facts that carries a `verified` flag."""
    for key, value in data.items():
        if isinstance(value, dict):
            if "verified" not in value:
                yield f"{path}.{key}", value
            else:
                yield from _facts(value, f"{path}.{key}")


def x__facts__mutmut_6(data: dict, path: str = "state") -> Iterator[tuple[str, dict]]:
    """Every mapping in the state facts that carries a `verified` flag."""
    for key, value in data.items():
        if isinstance(value, dict):
            if "verified" in value:
                yield f"{path}.{key}", value
            else:
                yield from _facts(None, f"{path}.{key}")


def x__facts__mutmut_7(data: dict, path: str = "state") -> Iterator[tuple[str, dict]]:
    """Every mapping in the state facts that carries a `verified` flag."""
    for key, value in data.items():
        if isinstance(value, dict):
            if "verified" in value:
                yield f"{path}.{key}", value
            else:
                yield from _facts(value, None)


def x__facts__mutmut_8(data: dict, path: str = "state") -> Iterator[tuple[str, dict]]:
    """Every mapping in the state facts that carries a `verified` flag."""
    for key, value in data.items():
        if isinstance(value, dict):
            if "verified" in value:
                yield f"{path}.{key}", value
            else:
                yield from _facts(f"{path}.{key}")


def x__facts__mutmut_9(data: dict, path: str = "state") -> Iterator[tuple[str, dict]]:
    """Every mapping in the state facts that carries a `verified` flag."""
    for key, value in data.items():
        if isinstance(value, dict):
            if "verified" in value:
                yield f"{path}.{key}", value
            else:
                yield from _facts(value, )

mutants_x__facts__mutmut['_mutmut_orig'] = x__facts__mutmut_orig # type: ignore # mutmut generated
mutants_x__facts__mutmut['x__facts__mutmut_1'] = x__facts__mutmut_1 # type: ignore # mutmut generated
mutants_x__facts__mutmut['x__facts__mutmut_2'] = x__facts__mutmut_2 # type: ignore # mutmut generated
mutants_x__facts__mutmut['x__facts__mutmut_3'] = x__facts__mutmut_3 # type: ignore # mutmut generated
mutants_x__facts__mutmut['x__facts__mutmut_4'] = x__facts__mutmut_4 # type: ignore # mutmut generated
mutants_x__facts__mutmut['x__facts__mutmut_5'] = x__facts__mutmut_5 # type: ignore # mutmut generated
mutants_x__facts__mutmut['x__facts__mutmut_6'] = x__facts__mutmut_6 # type: ignore # mutmut generated
mutants_x__facts__mutmut['x__facts__mutmut_7'] = x__facts__mutmut_7 # type: ignore # mutmut generated
mutants_x__facts__mutmut['x__facts__mutmut_8'] = x__facts__mutmut_8 # type: ignore # mutmut generated
mutants_x__facts__mutmut['x__facts__mutmut_9'] = x__facts__mutmut_9 # type: ignore # mutmut generated
mutants_x__body_texts__mutmut: MutantDict = {}  # type: ignore


@_mutmut_mutated(mutants_x__body_texts__mutmut)
def _body_texts(asm: Assembly) -> Iterator[tuple[str, str]]:
    """(clause id, text) for every paragraph of the draft itself (notes excluded)."""
    for block in asm.ordinance.all_blocks():
        yield block.clause_id or "document", block.text


def x__body_texts__mutmut_orig(asm: Assembly) -> Iterator[tuple[str, str]]:
    """(clause id, text) for every paragraph of the draft itself (notes excluded)."""
    for block in asm.ordinance.all_blocks():
        yield block.clause_id or "document", block.text


def x__body_texts__mutmut_1(asm: Assembly) -> Iterator[tuple[str, str]]:
    """(clause id, text) for every paragraph of the draft itself (notes excluded)."""
    for block in asm.ordinance.all_blocks():
        yield block.clause_id and "document", block.text


def x__body_texts__mutmut_2(asm: Assembly) -> Iterator[tuple[str, str]]:
    """(clause id, text) for every paragraph of the draft itself (notes excluded)."""
    for block in asm.ordinance.all_blocks():
        yield block.clause_id or "XXdocumentXX", block.text


def x__body_texts__mutmut_3(asm: Assembly) -> Iterator[tuple[str, str]]:
    """(clause id, text) for every paragraph of the draft itself (notes excluded)."""
    for block in asm.ordinance.all_blocks():
        yield block.clause_id or "DOCUMENT", block.text

mutants_x__body_texts__mutmut['_mutmut_orig'] = x__body_texts__mutmut_orig # type: ignore # mutmut generated
mutants_x__body_texts__mutmut['x__body_texts__mutmut_1'] = x__body_texts__mutmut_1 # type: ignore # mutmut generated
mutants_x__body_texts__mutmut['x__body_texts__mutmut_2'] = x__body_texts__mutmut_2 # type: ignore # mutmut generated
mutants_x__body_texts__mutmut['x__body_texts__mutmut_3'] = x__body_texts__mutmut_3 # type: ignore # mutmut generated
mutants_x__section_text__mutmut: MutantDict = {}  # type: ignore


@_mutmut_mutated(mutants_x__section_text__mutmut)
def _section_text(asm: Assembly, clause_id: str) -> str:
    return "\n".join(text for cid, text in _body_texts(asm) if cid == clause_id)


def x__section_text__mutmut_orig(asm: Assembly, clause_id: str) -> str:
    return "\n".join(text for cid, text in _body_texts(asm) if cid == clause_id)


def x__section_text__mutmut_1(asm: Assembly, clause_id: str) -> str:
    return "\n".join(None)


def x__section_text__mutmut_2(asm: Assembly, clause_id: str) -> str:
    return "XX\nXX".join(text for cid, text in _body_texts(asm) if cid == clause_id)


def x__section_text__mutmut_3(asm: Assembly, clause_id: str) -> str:
    return "\n".join(text for cid, text in _body_texts(None) if cid == clause_id)


def x__section_text__mutmut_4(asm: Assembly, clause_id: str) -> str:
    return "\n".join(text for cid, text in _body_texts(asm) if cid != clause_id)

mutants_x__section_text__mutmut['_mutmut_orig'] = x__section_text__mutmut_orig # type: ignore # mutmut generated
mutants_x__section_text__mutmut['x__section_text__mutmut_1'] = x__section_text__mutmut_1 # type: ignore # mutmut generated
mutants_x__section_text__mutmut['x__section_text__mutmut_2'] = x__section_text__mutmut_2 # type: ignore # mutmut generated
mutants_x__section_text__mutmut['x__section_text__mutmut_3'] = x__section_text__mutmut_3 # type: ignore # mutmut generated
mutants_x__section_text__mutmut['x__section_text__mutmut_4'] = x__section_text__mutmut_4 # type: ignore # mutmut generated


STATE_LAW_RULES = [preempted_module, retention_below_state_minimum, remedy_powers,
                   unverified_fact_printed]
