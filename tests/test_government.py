"""The form of government: instrument, adopting body, signer, administrator, enacting formula,
adoption record and the legal checks on them, against the real library and examples."""
from __future__ import annotations

import re
import zipfile
from functools import lru_cache
from pathlib import Path

import pytest
from ruamel.yaml import YAML

from ordinance_kit.answers import load_answers
from ordinance_kit.assemble import assemble
from ordinance_kit.checks import run_checks
from ordinance_kit.library import load_library

ROOT = Path(__file__).resolve().parents[1]
EX = ROOT / "examples"
STATES = ROOT / "clauses" / "states"
KINDS = {"city", "county", "town", "village", "borough", "township", "city-county", "metro"}
INSTRUMENTS = {"ordinance", "bylaw", "local-law", "order", "resolution"}
STEPS = {"introduction", "hearing", "signature", "publication", "certificate", "approval",
         "filing", "effective"}
FORMULA_KEYS = {"kinds", "instrument", "text", "cite", "verified", "source"}
MY_CLAUSES = {"title", "enacting", "closing", "short-title-codification", "effective-date"}


@lru_cache(maxsize=None)
def lib():
    return load_library()


def build(path: Path | str, *sets: str):
    answers = load_answers(Path(path), lib().questions, list(sets))
    asm = assemble(lib(), answers)
    return asm, run_checks(asm)


def enacting_text(asm) -> str:
    return " ".join(b.text for b in asm.ordinance.enacting)


def closing_text(asm) -> str:
    return "\n".join(b.text for b in asm.ordinance.closing)


def notes(asm) -> dict[str, str]:
    out: dict[str, str] = {}
    for block in asm.ordinance.all_blocks():
        if block.note is not None:
            out[block.note.clause_id] = out.get(block.note.clause_id, "") + block.note.text
    for section in asm.ordinance.sections:
        if section.note is not None:
            out[section.note.clause_id] = out.get(section.note.clause_id, "") + section.note.text
    return out


def rules(findings, level=None) -> set[str]:
    return {f.rule for f in findings if level is None or f.level == level}


# --- the state facts ------------------------------------------------------------------------

def _load(path):
    return YAML(typ="safe", pure=True).load(path.read_text(encoding="utf-8"))


@pytest.mark.parametrize("path", sorted(STATES.glob("*.yaml")), ids=lambda p: p.stem)
def test_government_block_shape_and_place(path):
    lines = path.read_text(encoding="utf-8").splitlines()
    # the block sits right after `name:` so facts appended at the end never touch it
    assert lines[0].startswith("code:") and lines[1].startswith("name:")
    assert lines[2] == "government:"
    gov = _load(path)["government"]
    assert set(gov) == {"formulas", "adoption"}
    for f in gov["formulas"]:
        assert set(f) == FORMULA_KEYS
        assert set(f["kinds"]) <= KINDS and f["instrument"] in INSTRUMENTS
        assert "{unit}" in f["text"] or "{code}" in f["text"]
    for a in gov["adoption"]:
        assert set(a) == FORMULA_KEYS | {"step"} and a["step"] in STEPS
        assert set(a["kinds"]) <= KINDS and a["instrument"] in INSTRUMENTS
    for fact in gov["formulas"] + gov["adoption"]:
        assert type(fact["verified"]) is bool
        # a verified fact names a [V] source; anything else says it is [M] or [U]
        tag = "[V]" if fact["verified"] else ("[M]", "[U]")
        assert (tag in fact["source"]) if fact["verified"] else any(t in fact["source"] for t in tag)
        if fact["verified"]:
            assert fact["cite"], "a verified fact carries its citation"


# --- defaults from kind + state -------------------------------------------------------------

@pytest.mark.parametrize("sets, expected", [
    (["jurisdiction.state=NY", "jurisdiction.kind=village"], "local-law"),
    (["jurisdiction.state=MA", "jurisdiction.kind=town"], "bylaw"),
    (["jurisdiction.state=MA", "jurisdiction.kind=city"], "ordinance"),
    (["jurisdiction.state=TX", "jurisdiction.kind=county"], "order"),
    (["jurisdiction.state=OH", "jurisdiction.kind=township"], "resolution"),
    (["jurisdiction.state=PA", "jurisdiction.kind=borough"], "ordinance"),
])
def test_instrument_default(sets, expected, tmp_path):
    path = tmp_path / "a.yaml"
    path.write_text("jurisdiction:\n  name: Testville\n")
    answers = load_answers(path, lib().questions, sets)
    assert answers.get("jurisdiction.instrument") == expected


def test_roles_default_and_separate(tmp_path):
    path = tmp_path / "a.yaml"
    path.write_text("jurisdiction:\n  name: Testville\n  state: CA\n")
    a = load_answers(path, lib().questions, [])
    # general-law California city: the mayor signs (Gov. Code § 36932), the manager administers
    assert (a.get("jurisdiction.signer"), a.get("jurisdiction.administrator")) == (
        "Mayor", "City Manager")
    a = load_answers(path, lib().questions, ["jurisdiction.kind=metro", "jurisdiction.state=TN"])
    assert a.get("jurisdiction.governing_body") == "Metropolitan Council"
    assert a.get("jurisdiction.formal_name") == "Metropolitan Government of Testville"
    a = load_answers(path, lib().questions, ["jurisdiction.kind=city-county"])
    assert a.get("jurisdiction.governing_body") == "Board of Supervisors"   # San Francisco
    a = load_answers(path, lib().questions, ["jurisdiction.kind=city-county",
                                             "jurisdiction.state=CO"])
    assert a.get("jurisdiction.governing_body") == "City Council"           # not everywhere


def test_legacy_chief_executive_fills_both_roles_and_warns(tmp_path):
    path = tmp_path / "old.yaml"
    path.write_text((EX / "riverbend-ca.yaml").read_text().replace(
        "  signer: Mayor\n  administrator: City Manager\n", "  chief_executive: Mayor\n"))
    asm, findings = build(path)
    assert asm.answers.get("jurisdiction.signer") == "Mayor"
    assert asm.answers.get("jurisdiction.administrator") == "Mayor"
    legacy = [f for f in findings if f.rule == "legacy-chief-executive"]
    assert legacy and legacy[0].level == "warning" and "old.yaml, line" in legacy[0].where


# --- what each example prints ---------------------------------------------------------------

def test_riverbend_statutory_formula_and_roles():
    asm, findings = build(EX / "riverbend-ca.yaml")
    assert enacting_text(asm) == "The City Council of the City of Riverbend does ordain as follows:"
    assert "Cal. Gov. Code § 36931" in notes(asm)["enacting"]
    closing = closing_text(asm)
    assert "INTRODUCED at a meeting of the City Council" in closing          # § 36934 [V]
    assert "CERTIFICATE OF THE CITY CLERK" in closing                       # § 40806 [V]
    assert "Mayor" in closing and "City Manager" not in closing
    text = " ".join(b.text for b in asm.ordinance.all_blocks())
    assert "The City Manager shall maintain" in text                         # administration
    assert not rules(findings, "error")


def test_millbrook_is_a_town_meeting_bylaw_with_attorney_general_approval():
    asm, findings = build(EX / "millbrook-ma.yaml")
    assert asm.ordinance.number_line[0].text == "ARTICLE "
    assert asm.ordinance.caption[0].text.startswith("A BYLAW OF THE TOWN OF MILLBROOK")
    assert enacting_text(asm).startswith("VOTED: That the Town vote to amend")
    closing = closing_text(asm)
    assert "APPROVED by the Attorney General on" in closing
    assert "Town Meeting" in closing and "PASSED AND ADOPTED by the Select Board" not in closing
    assert "G.L. c. 40, § 32" in notes(asm)["closing"]
    effective = [s for s in asm.ordinance.sections if s.anchor == "s_effective_date"][0]
    assert "approved by the Attorney General" in effective.blocks[0].text
    # the vote form is conventional, not statutory: check says so
    assert "unverified-formula" in rules(findings, "warning")
    assert not rules(findings, "error")


def test_harlan_is_an_order_of_the_commissioners_court_with_a_warning():
    asm, findings = build(EX / "harlan-county-tx.yaml")
    assert asm.ordinance.number_line[0].text == "ORDER NO. "
    assert asm.ordinance.caption[0].text.startswith(
        "AN ORDER OF THE COMMISSIONERS COURT OF THE COUNTY OF HARLAN")
    assert enacting_text(asm).startswith("IT IS ORDERED by the Commissioners Court")
    assert "ADOPTED AND ORDERED" in closing_text(asm)
    warning = [f for f in findings if f.rule == "instrument-available"]
    assert warning and warning[0].level == "warning" and "no general ordinance" in warning[0].message
    assert "entered in its minutes" in notes(asm)["enacting"]


def test_ny_village_local_law():
    asm, findings = build(EX / "ashford-falls-ny.yaml")
    assert asm.ordinance.number_line[0].text == "LOCAL LAW NO. "
    assert enacting_text(asm) == ("Be it enacted by the Board of Trustees of the Village of "
                                  "Ashford Falls as follows:")
    closing = closing_text(asm)
    # filing with the Secretary of State is unverified: described in the note, not printed
    assert "Secretary of State" not in closing
    assert "Municipal Home Rule Law § 27; unverified" in notes(asm)["closing"]
    assert not rules(findings, "error")


def test_pa_borough_amends_a_chapter_and_prints_no_unverified_record_lines():
    asm, findings = build(EX / "carver-hill-pa.yaml")
    assert "AMENDING CHAPTER 54 OF THE CARVER HILL BOROUGH CODE" in asm.ordinance.caption[0].text
    codify = [s for s in asm.ordinance.sections if s.anchor == "s_short_title_codification"][0]
    assert any("added to Chapter 54 of the Carver Hill Borough Code as a new article" in b.text
               for b in codify.blocks)
    assert enacting_text(asm).startswith("BE IT ORDAINED by the Borough Council")
    assert "no statutory enacting formula was located" in notes(asm)["enacting"].lower()
    assert "CERTIFICATE" not in closing_text(asm) and "INTRODUCED" not in closing_text(asm)
    assert "verify before relying on it" in notes(asm)["closing"]
    assert not rules(findings, "error")


def test_metro_government_names():
    asm, findings = build(EX / "cumberland-metro-tn.yaml")
    assert enacting_text(asm) == ("BE IT ORDAINED by the Metropolitan Council of the "
                                  "Metropolitan Government of Cumberland and Tate County as "
                                  "follows:")
    assert "Metropolitan Clerk" in closing_text(asm)
    assert not rules(findings, "error")


# --- checks -----------------------------------------------------------------------------------

@pytest.mark.parametrize("example, sets, rule, level", [
    ("riverbend-ca", ["jurisdiction.instrument=local-law"], "instrument-available", "error"),
    ("riverbend-ca", ["jurisdiction.instrument=bylaw"], "instrument-available", "error"),
    ("harlan-county-tx", ["jurisdiction.instrument=ordinance"], "instrument-available", "error"),
    ("riverbend-ca", ["jurisdiction.adopted_by=town-meeting"], "adopting-body", "error"),
    ("millbrook-ma", ["jurisdiction.instrument=ordinance"], "adopting-body", "error"),
    ("millbrook-ma", ["jurisdiction.adopted_by=governing-body"], "adopting-body", "warning"),
    ("ashford-falls-ny", ["jurisdiction.instrument=ordinance"], "instrument-available",
     "warning"),
    ("riverbend-ca", ["jurisdiction.kind=borough"], "kind-in-state", "warning"),
])
def test_government_checks(example, sets, rule, level):
    _, findings = build(EX / f"{example}.yaml", *sets)
    assert rule in rules(findings, level), [(f.rule, f.level) for f in findings]


def test_examples_have_no_government_errors():
    for path in sorted(EX.glob("*.yaml")):
        _, findings = build(path)
        assert not [f for f in findings if f.level == "error"], path.name


# --- notes print the reader's own state only ---------------------------------------------------

def _cites_by_state() -> dict[str, set[str]]:
    out: dict[str, set[str]] = {}
    for path in STATES.glob("*.yaml"):
        gov = _load(path)["government"]
        out[path.stem] = {f["cite"] for f in gov["formulas"] + gov["adoption"] if f["cite"]}
    return out


@pytest.mark.parametrize("path", sorted(EX.glob("*.yaml")), ids=lambda p: p.stem)
def test_notes_cite_only_their_own_state(path):
    asm, _ = build(path)
    state = asm.answers.get("jurisdiction.state")
    cites = _cites_by_state()
    foreign = set().union(*(c for s, c in cites.items() if s != state)) - cites[state]
    for clause_id, text in notes(asm).items():
        if clause_id in MY_CLAUSES:
            assert not [c for c in foreign if c in text], (clause_id, state)


# --- the template: ATTEST never splits from its line ----------------------------------------

def test_closing_text_keeps_with_next():
    with zipfile.ZipFile(ROOT / "ordinance_kit" / "writers" / "base.docx") as z:
        styles = z.read("word/styles.xml").decode("utf-8")
    style = re.search(r'<w:style [^>]*w:styleId="ClosingText".*?</w:style>', styles, re.S)
    assert style and "<w:keepNext/>" in style.group(0)


def test_town_meeting_makes_the_findings_and_the_severability_declaration():
    # Town meeting adopts a bylaw: the findings and the "would have adopted each part" declaration
    # are its own; the Select Board still decides approvals under the bylaw.
    asm, _ = build(EX / "millbrook-ma.yaml")
    recitals = " ".join(b.text for b in asm.ordinance.recitals)
    assert "the Town Meeting finds that" in recitals and "Select Board finds" not in recitals
    severability = [s for s in asm.ordinance.sections if s.anchor == "s_severability"][0]
    assert "The Town Meeting declares that it would have adopted" in severability.blocks[0].text
    city, _ = build(EX / "riverbend-ca.yaml")
    assert "the City Council finds that" in " ".join(b.text for b in city.ordinance.recitals)
