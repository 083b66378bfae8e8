"""State law in the draft: the reader's own state's statutes only, retention that yields to state
minimums, remedies named and limited by state facts, and the state-law checks."""
from __future__ import annotations

import re
from functools import lru_cache
from pathlib import Path

import pytest

from ordinance_kit.answers import load_answers
from ordinance_kit.assemble import assemble
from ordinance_kit.checks import run_checks
from ordinance_kit.library import load_library

ROOT = Path(__file__).resolve().parents[1]
EXAMPLES = sorted((ROOT / "examples").glob("*.yaml"))
FULLEST = ROOT / "examples" / "riverbend-ca.yaml"

# How each state's statutes are cited. A draft for one state must not print another's.
CITATION_STYLE = {
    "CA": r"Cal\. (?:Gov|Civ|Penal|Elec)|Code Civ\. Proc|\bGov\. Code|\bCiv\. Code",
    "TX": r"\bTex\. |Gov't Code|Civ\. Prac\. & Rem\. Code",
    "MA": r"\bG\.L\. c\.|\bSt\. 2020, c\.",
    "WA": r"\bRCW\b",
    "CO": r"\bC\.R\.S\.",
    "IL": r"\bILCS\b",
    "VA": r"\bVa\. Code|\bVirginia Code",
    "TN": r"\bT\.C\.A\.|Tennessee Code",
    "ME": r"\bM\.R\.S\.",
    "NY": r"Municipal Home Rule Law|Gen\. Mun\. Law|\bCPLR\b|N\.Y\. Pub\. Off\. Law",
    "OR": r"\bORS\b",
    "UT": r"\bUtah Code",
    "MT": r"\bMCA\b",
    "FL": r"\bFla\. Stat",
    "GA": r"\bO\.C\.G\.A",
    "MD": r"\bMd\. Code",
    "NJ": r"\bN\.J\.S\.A",
    "PA": r"\bPa\.C\.S",
    "OH": r"\bOhio Rev\. Code|\bR\.C\. ",
    "AZ": r"\bA\.R\.S\.",
    "IA": r"\bIowa Code",
    "CT": r"\bC\.G\.S\.",
}


@lru_cache(maxsize=None)
def lib():
    return load_library()


def assembled(path: Path, *sets: str):
    answers = load_answers(path, lib().questions, list(sets))
    asm = assemble(lib(), answers)
    return asm, run_checks(asm)


def draft_text(asm) -> str:
    """Every body paragraph, section heading and drafter's note (with its sources)."""
    ordinance = asm.ordinance
    parts = [b.text for b in ordinance.all_blocks()]
    notes = [s.note for s in ordinance.sections] + [b.note for b in ordinance.all_blocks()]
    for note in filter(None, notes):
        parts += [note.text, *note.sources]
    parts += [s.heading for s in ordinance.sections]
    return "\n".join(parts)


def foreign_citations(asm, state: str) -> list[str]:
    text = draft_text(asm)
    found = []
    for other, pattern in CITATION_STYLE.items():
        if other == state:
            continue
        for m in re.finditer(pattern, text):
            found.append(f"{other}: ...{text[max(0, m.start() - 60):m.end() + 40]}...")
    return found


@pytest.mark.parametrize("path", EXAMPLES, ids=lambda p: p.stem)
def test_examples_print_only_their_own_states_statutes(path):
    asm, _ = assembled(path)
    state = str(asm.answers.get("jurisdiction.state"))
    assert foreign_citations(asm, state) == []


@pytest.mark.parametrize("state", ["MA", "TX", "WA", "CO", "IL", "NY", "VA", "OH", "WY"])
def test_fullest_draft_moved_to_other_states_cites_only_that_state(state):
    asm, _ = assembled(FULLEST, f"jurisdiction.state={state}")
    assert foreign_citations(asm, state) == []


def test_the_citation_detector_sees_a_foreign_statute():
    asm, _ = assembled(FULLEST)
    assert any(f.startswith("CA:") for f in foreign_citations(asm, "TX"))
