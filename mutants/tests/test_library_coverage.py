"""The clause library as a whole: every clause reachable, every module switch does what it says."""
from __future__ import annotations

from functools import lru_cache
from pathlib import Path

import pytest

from ordinance_kit.answers import load_answers
from ordinance_kit.assemble import assemble
from ordinance_kit.checks import run_checks
from ordinance_kit.library import load_library
from ordinance_kit.model import DefinedTerm, TermUse

ROOT = Path(__file__).resolve().parents[1]
EXAMPLES = sorted((ROOT / "examples").glob("*.yaml"))
FULLEST = ROOT / "examples" / "riverbend-ca.yaml"


@lru_cache(maxsize=None)
def lib():
    return load_library()


def assembled(path: Path, *sets: str):
    answers = load_answers(path, lib().questions, list(sets))
    asm = assemble(lib(), answers)
    return asm, run_checks(asm)


def included_ids(asm) -> set[str]:
    return {d.clause_id for d in asm.decisions.values() if d.included}


def test_examples_switch_on_every_clause_and_definition():
    seen: set[str] = set()
    for path in EXAMPLES:
        asm, _ = assembled(path)
        seen |= included_ids(asm)
    everything = {c.id for c in lib().clauses + lib().definitions}
    assert everything - seen == set()


@pytest.mark.parametrize("path", EXAMPLES, ids=lambda p: p.stem)
def test_definitions_are_exactly_the_terms_used(path):
    asm, findings = assembled(path)
    assert not [f for f in findings if f.level == "error"]
    defined, used = set(), set()
    for block in asm.ordinance.all_blocks():
        for item in block.inlines:
            if isinstance(item, DefinedTerm):
                defined.add(" ".join(item.text.lower().split()))
            elif isinstance(item, TermUse):
                used.add(item.key)
    assert defined == used
    headings = [d.text for s in asm.ordinance.sections for b in s.blocks for d in b.inlines
                if isinstance(d, DefinedTerm)]
    assert headings == sorted(headings, key=str.lower)


def test_fullest_example_has_no_blanks():
    asm, findings = assembled(FULLEST)
    assert asm.ordinance.blanks == ()
    assert not [f for f in findings if f.rule == "blank"]


def test_body_reads_only_declared_params():
    for clause in lib().clauses + lib().definitions:
        assert clause.body_reads <= set(clause.params), clause.id


def test_every_clause_has_tags_sources_and_note():
    known = set(lib().tags)
    for clause in lib().clauses + lib().definitions:
        assert clause.tags and set(clause.tags) <= known, clause.id
        assert len(clause.note.split(". ")) >= 2, clause.id
        if clause.part not in ("title", "enacting", "closing"):
            assert clause.sources, clause.id


MODULES = [
    # (switch on, switch off, clause ids that appear only when on, a term the module defines)
    ("options.facial_recognition_ban=true", "options.facial_recognition_ban=false",
     {"facial-recognition-ban"}, "facial recognition technology"),
    ("options.first_amendment=true", "options.first_amendment=false",
     {"first-amendment"}, "social media monitoring"),
    ("options.military_equipment=true", "options.military_equipment=false",
     {"military-equipment"}, "military equipment"),
    ("options.predictive_policing_ban=true", "options.predictive_policing_ban=false",
     {"predictive-policing-ban"}, "predictive policing technology"),
    ("options.immigration_limits=true", "options.immigration_limits=false",
     {"immigration-data-sharing"}, None),
    ("options.private_partnerships=prohibit", "options.private_partnerships=none",
     {"private-partnerships-prohibited"}, "private camera partnership"),
    ("options.private_partnerships=regulate", "options.private_partnerships=none",
     {"private-partnerships"}, "private camera partnership"),
]


def defined_terms(asm) -> set[str]:
    return set(asm.defined_terms)


@pytest.mark.parametrize("on,off,clauses,term", MODULES, ids=[m[0] for m in MODULES])
def test_module_switch_adds_and_removes_its_clause_and_terms(on, off, clauses, term):
    asm_on, f_on = assembled(FULLEST, on)
    asm_off, f_off = assembled(FULLEST, off)
    assert clauses <= included_ids(asm_on)
    assert not clauses & included_ids(asm_off)
    if term:
        assert term in defined_terms(asm_on)
        assert term not in defined_terms(asm_off)
    assert len(asm_off.ordinance.sections) < len(asm_on.ordinance.sections)
    for findings in (f_on, f_off):
        assert not [f for f in findings if f.level == "error"]


def test_immigration_module_left_out_where_state_preempts_with_a_note():
    tx = ROOT / "examples" / "harlan-county-tx.yaml"
    asm, findings = assembled(tx, "options.immigration_limits=true")
    assert "immigration-data-sharing" not in included_ids(asm)
    note = asm.ordinance.caption[0].note
    assert note is not None and "immigration" in note.text.lower()
    assert "Texas" in note.text and "752" in note.text
    # the Texas fact is verified (state-surveillance-law.md §2.2), so no verify sentence...
    assert "Verify this citation: Texas SB 4" not in note.text
    # ...while Indiana's is not, and the note asks to verify it
    asm_in, _ = assembled(tx, "options.immigration_limits=true", "jurisdiction.state=IN")
    assert "Verify this citation: Indiana" in asm_in.ordinance.caption[0].note.text
    # the same answers in California include it
    asm_ca, _ = assembled(tx, "options.immigration_limits=true", "jurisdiction.state=CA")
    assert "immigration-data-sharing" in included_ids(asm_ca)


def test_oversight_body_options():
    new, _ = assembled(FULLEST, "oversight.body=new")
    none, f = assembled(FULLEST, "oversight.body=none")
    assert "oversight-body" in included_ids(new)
    assert "oversight-body" not in included_ids(none)
    assert "oversight body" not in defined_terms(none)
    assert not [x for x in f if x.level == "error"]


@pytest.mark.parametrize("kind", ["city", "county", "town", "village", "borough", "township",
                                  "city-county", "metro"])
def test_one_enacting_clause_per_kind(kind):
    # one enacting clause serves every kind; its wording comes from the state facts
    asm, findings = assembled(FULLEST, f"jurisdiction.kind={kind}")
    enacting = [c.id for c in asm.included if c.part == "enacting"]
    assert enacting == ["enacting"]
    assert len(asm.ordinance.enacting) == 1 and asm.ordinance.enacting[0].text.strip()
    assert not [f for f in findings if f.level == "error"]


def test_enforcement_options_each_change_the_text():
    base, _ = assembled(FULLEST)
    text = lambda asm: " ".join(b.text for s in asm.ordinance.sections
                                if s.anchor == "s_enforcement" for b in s.blocks)
    full = text(base)
    assert "$1,000" in full
    for switch in ("enforcement.damages=false", "enforcement.suppression=false",
                   "enforcement.attorneys_fees=false", "enforcement.discipline=false"):
        asm, findings = assembled(FULLEST, switch)
        assert text(asm) != full, switch
        assert len(text(asm)) < len(full), switch


def test_every_number_has_a_default_and_an_allowed_range():
    for q in lib().questions.questions:
        if q.type in ("int", "money"):
            assert q.min is not None and q.max is not None, q.key
            assert q.has_default, q.key
            if q.default is not None:
                assert q.min <= q.default <= q.max, q.key
