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
    "VA": r"(?<!W\. )\bVa\. Code|\bVirginia Code",
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


@pytest.mark.parametrize("state", ["MA", "TX", "WA", "CO", "IL", "NY", "VA", "WV", "OH", "WY"])
def test_fullest_draft_moved_to_other_states_cites_only_that_state(state):
    asm, _ = assembled(FULLEST, f"jurisdiction.state={state}")
    assert foreign_citations(asm, state) == []


def test_the_citation_detector_sees_a_foreign_statute():
    asm, _ = assembled(FULLEST)
    assert any(f.startswith("CA:") for f in foreign_citations(asm, "TX"))


# --- the draft's state-law text ------------------------------------------------------------------

def section_text(asm, clause_id: str) -> str:
    return "\n".join(b.text for b in asm.ordinance.all_blocks() if b.clause_id == clause_id)


def test_retention_ceiling_yields_to_californias_one_year_minimum_and_anticipated_claims():
    asm, _ = assembled(FULLEST)
    text = section_text(asm, "use-policy")
    assert "longer than 90 days, except as Section" in text
    assert "Cal. Gov. Code § 34090.6" in text and "at least one year" in text
    assert "written consent of the agency's attorney" in text
    assert "reasonably anticipates" in text and "complaint" in text


def test_state_without_a_recorded_minimum_prints_no_statute():
    asm, _ = assembled(FULLEST, "jurisdiction.state=MA")
    text = section_text(asm, "use-policy")
    assert "period state law requires." in text and "§" not in text


def test_remedy_name_comes_from_the_state_facts():
    names = {"CA": "a writ of mandate", "NY": "Article 78 of the Civil Practice Law and Rules",
             "NJ": "an action in lieu of prerogative writs", "CO": "a writ of mandamus"}
    for state, words in names.items():
        asm, _ = assembled(FULLEST, f"jurisdiction.state={state}")
        assert words in section_text(asm, "enforcement"), state
    asm, _ = assembled(FULLEST, "jurisdiction.state=NY")
    assert "writ of mandate" not in section_text(asm, "enforcement")


def test_damages_are_subject_to_the_claims_act_and_texas_immunity():
    asm, _ = assembled(FULLEST)
    assert ("subject to the Government Claims Act (Cal. Gov. Code § 810 et seq.)"
            in section_text(asm, "enforcement"))
    asm, _ = assembled(FULLEST, "jurisdiction.state=TX")
    text = section_text(asm, "enforcement")
    assert "only to the extent that state law waives the City's governmental immunity" in text
    note = next(s.note.text for s in asm.ordinance.sections if s.anchor == "s_enforcement")
    assert "only the Legislature can" in note and "contracts" in note


def test_misdemeanour_reaches_only_knowing_acquisition_use_or_sharing_without_approval():
    asm, _ = assembled(FULLEST)
    para = next(b.text for b in asm.ordinance.all_blocks()
                if b.clause_id == "enforcement" and "misdemeanor" in b.text)
    assert "knowingly acquires or uses Surveillance Technology" in para
    assert "without an approval that this Chapter requires" in para
    assert "knowingly violates this Chapter" not in para


# --- the state-law checks: one trigger and one non-trigger per rule ------------------------------

def rule_findings(findings, rule):
    return [f for f in findings if f.rule == rule]


@pytest.fixture
def library_copy(tmp_path):
    import shutil
    target = tmp_path / "clauses"
    shutil.copytree(ROOT / "clauses", target)
    return target


def assembled_with(library_dir: Path, path: Path, *sets: str):
    library = load_library(library_dir)
    asm = assemble(library, load_answers(path, library.questions, list(sets)))
    return asm, run_checks(asm)


def test_preempted_module_left_out_is_a_warning():
    _, findings = assembled(FULLEST, "jurisdiction.state=TX")
    found = rule_findings(findings, "preempted-module")
    assert [(f.level, f.where) for f in found] == [("warning", "immigration-data-sharing")]
    assert "Tex. Gov't Code ch. 752" in found[0].message


def test_preempted_module_printed_is_an_error(library_copy):
    state = library_copy / "states" / "CA.yaml"
    text = state.read_text()
    fr = text.index("  facial_recognition:\n    preempted: false")
    state.write_text(text[:fr] + text[fr:].replace("preempted: false", "preempted: true", 1))
    _, findings = assembled_with(library_copy, FULLEST)
    found = rule_findings(findings, "preempted-module")
    assert [(f.level, f.where) for f in found] == [("error", "facial-recognition-ban")]


def test_no_preemption_no_finding():
    _, findings = assembled(FULLEST)
    assert rule_findings(findings, "preempted-module") == []


def test_retention_below_state_minimum_warns_when_the_draft_yields():
    _, findings = assembled(FULLEST)
    found = rule_findings(findings, "retention-below-state-minimum")
    assert [(f.level, f.where) for f in found] == [("warning", "use-policy#retention-limit")]
    assert "365 days" in found[0].message


def test_retention_below_state_minimum_is_an_error_when_the_draft_does_not_yield(library_copy):
    policy = library_copy / "sections" / "use-policy.md"
    lines = [l for l in policy.read_text().splitlines(keepends=True)
             if not l.startswith("** [#state-minimum]")]
    policy.write_text("".join(lines))
    _, findings = assembled_with(library_copy, FULLEST)
    found = rule_findings(findings, "retention-below-state-minimum")
    assert [f.level for f in found] == ["error"]


def test_retention_at_or_above_the_minimum_is_fine():
    for sets in (["timelines.retention_max_days=365"], ["jurisdiction.state=MA"]):
        _, findings = assembled(FULLEST, *sets)
        assert rule_findings(findings, "retention-below-state-minimum") == [], sets


def test_remedies_in_a_mixed_home_rule_state_are_flagged():
    _, findings = assembled(FULLEST, "jurisdiction.state=CO")
    found = rule_findings(findings, "remedy-powers")
    assert {f.where for f in found} == {"enforcement#injury", "enforcement#damages",
                                        "enforcement#fees", "enforcement#misdemeanor"}
    assert {f.level for f in found} == {"warning"}


def test_damages_where_only_the_legislature_waives_immunity_are_flagged():
    _, findings = assembled(FULLEST, "jurisdiction.state=TX")
    found = [f for f in rule_findings(findings, "remedy-powers") if "Legislature" in f.message]
    assert [f.where for f in found] == ["enforcement#damages"]


def test_remedies_in_a_home_rule_state_are_not_flagged():
    _, findings = assembled(FULLEST)
    assert rule_findings(findings, "remedy-powers") == []
    _, findings = assembled(FULLEST, "jurisdiction.state=CO", "enforcement.private_suit=false",
                            "enforcement.misdemeanor=false")
    assert rule_findings(findings, "remedy-powers") == []


def test_unverified_fact_printed_is_flagged_and_says_whether_a_note_flags_it():
    _, findings = assembled(FULLEST, "jurisdiction.state=TX")
    found = rule_findings(findings, "unverified-fact-printed")
    records = [f for f in found if f.where == "records-access"]
    assert records and "Tex. Gov't Code ch. 552" in records[0].message
    assert "drafter's note says to verify it" in records[0].message
    answers = load_answers(FULLEST, lib().questions, ["jurisdiction.state=TX"])
    bare = run_checks(assemble(lib(), answers, notes=False))
    assert any("no drafter's notes" in f.message
               for f in rule_findings(bare, "unverified-fact-printed"))


def test_verified_facts_are_not_flagged():
    _, findings = assembled(FULLEST)
    assert rule_findings(findings, "unverified-fact-printed") == []


def test_explain_flags_an_unverified_state_fact_that_decides_a_clause():
    from ordinance_kit.explain import explain_all

    def deciding(state):
        asm, _ = assembled(FULLEST, f"jurisdiction.state={state}")
        item = next(i for i in explain_all(asm) if i.id == "immigration-data-sharing")
        return next(d for d in item.deciding if d.key.startswith("state."))

    assert "unverified" in str(deciding("IN"))          # Indiana's fact is [M]
    assert "unverified" not in str(deciding("TX"))      # Texas SB 4 is [V]


def test_unverified_home_rule_status_is_named_in_words_in_the_note():
    asm, _ = assembled(FULLEST, "jurisdiction.state=CO")
    note = next(s.note.text for s in asm.ordinance.sections if s.anchor == "s_enforcement")
    assert "Verify this citation: the home-rule status 'mixed'" in note
    assert "state.home_rule" not in note
