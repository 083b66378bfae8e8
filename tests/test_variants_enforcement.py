"""Issue 10 variants for emergency use, enforcement, scope and roles.

Every variant is built against every example: the checks find no error (no dangling reference,
no undefined or unused definition, no unfilled required answer), and the variant's own wording is
in the draft. A hypothesis test mixes the variants on the fullest example.
"""
from __future__ import annotations

import re
from functools import lru_cache
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from ordinance_kit.answers import load_answers
from ordinance_kit.assemble import assemble
from ordinance_kit.checks import run_checks
from ordinance_kit.library import load_library

ROOT = Path(__file__).resolve().parents[1]
EXAMPLES = sorted((ROOT / "examples").glob("*.yaml"))
FULLEST = ROOT / "examples" / "riverbend-ca.yaml"


@lru_cache(maxsize=None)
def lib():
    return load_library()


def build(path: Path, sets: tuple[str, ...]):
    answers = load_answers(path, lib().questions, list(sets))
    asm = assemble(lib(), answers)
    return asm, run_checks(asm)


def clause_text(asm, clause_id: str) -> str:
    """The printed text of one clause (a section or a definition), markup resolved."""
    return "\n".join(b.text for b in asm.ordinance.all_blocks() if b.clause_id == clause_id)


def whole_text(asm) -> str:
    return "\n".join(b.text for b in asm.ordinance.all_blocks())


def answer(asm, key: str):
    return asm.answers.get(key)


# Each variant: (id, --set values, assertion on the draft). The assertion reads the real output.
def _exigent(asm):
    return clause_text(asm, "exigent-circumstances")


def _definition(asm, term_id):
    return clause_text(asm, term_id)


VARIANTS = [
    ("exigent-property", ("exigent.property_damage=true",),
     lambda a: "or that property will be seriously damaged, and that immediate use"
     in _definition(a, "def-exigent-circumstances")),
    ("exigent-declared", ("exigent.declared_emergency=true",),
     lambda a: "means a situation in which, while an emergency declared under state law or the "
     f"{answer(a, 'jurisdiction.code_name')} is in effect, a Department Head reasonably believes"
     in _definition(a, "def-exigent-circumstances")),
    ("exigent-administrator", ("exigent.invoked_by=administrator",),
     lambda a: f"only if the {answer(a, 'jurisdiction.administrator')} has authorized the use"
     in _exigent(a) and f"the {answer(a, 'jurisdiction.administrator')} reasonably believes"
     in _definition(a, "def-exigent-circumstances")),
    ("exigent-report-from-end", ("exigent.report_from=end", "timelines.exigent_report_days=12"),
     lambda a: "Within 12 days after the use ends, its Department Head submits" in _exigent(a)),
    ("exigent-report-next-meeting", ("exigent.report_from=next-meeting",),
     lambda a: re.search(r"No later than the first regular meeting of the .+ held after the use "
                         r"ends, its Department Head submits", _exigent(a)) is not None
     and "after the use began, its Department Head" not in _exigent(a)),
    ("exigent-next-meeting-no-body", ("exigent.report_from=next-meeting", "oversight.body=none"),
     lambda a: "No later than the first regular meeting of the "
     f"{answer(a, 'jurisdiction.governing_body')} held after the use ends" in _exigent(a)),
    ("exigent-no-return", ("exigent.return_borrowed=false",),
     lambda a: "borrowed" not in _exigent(a) and "continue to use the technology" in _exigent(a)),
    ("exigent-cap", ("options.exigent_cap=true", "timelines.exigent_max_hours=48"),
     lambda a: "no later than 48 hours after the use began" in _exigent(a)),
    ("exigent-through-administrator", ("roles.submit_through=administrator",),
     lambda a: f"its Department Head submits, through the "
     f"{answer(a, 'jurisdiction.administrator')}, a written report" in _exigent(a)),

    ("remedies-injunction-only", ("enforcement.private_suit=true", "enforcement.remedies=injunction"),
     lambda a: "court of competent jurisdiction for an injunction to stop the violation"
     in clause_text(a, "enforcement")),
    ("remedies-declaratory-mandamus", ("enforcement.private_suit=true", "enforcement.remedies=declaratory,mandamus"),
     lambda a: "for a declaratory judgment or "
     f"{a.library.state(answer(a, 'jurisdiction.state'))['remedy']['name']} to stop"
     in clause_text(a, "enforcement")),
    ("remedies-none-named", ("enforcement.private_suit=true", "enforcement.remedies="),
     lambda a: "court of competent jurisdiction to stop the violation"
     in clause_text(a, "enforcement")),
    ("plaintiffs-residents", ("enforcement.private_suit=true", "enforcement.plaintiffs=residents"),
     lambda a: f"any resident of the {answer(a, 'jurisdiction.short_name')} may bring an action"
     in clause_text(a, "enforcement")),
    ("enforced-by-administrator", ("enforcement.enforced_by=administrator",),
     lambda a: f"The {answer(a, 'jurisdiction.administrator')} shall see that each Department "
     "complies" in clause_text(a, "enforcement")
     and f"The {answer(a, 'jurisdiction.attorney')} may bring" not in clause_text(a, "enforcement")),
    ("enforced-by-both", ("enforcement.enforced_by=both",),
     lambda a: "shall see that each Department complies" in clause_text(a, "enforcement")
     and f"The {answer(a, 'jurisdiction.attorney')} may bring" in clause_text(a, "enforcement")),
    ("no-private-suit", ("enforcement.private_suit=false",),
     lambda a: "court of competent jurisdiction" not in clause_text(a, "enforcement")
     and f"The {answer(a, 'jurisdiction.attorney')} may bring" in clause_text(a, "enforcement")),
    ("damages-flat", ("enforcement.private_suit=true", "enforcement.damages=true",
                     "enforcement.damages_per_day=0", "enforcement.damages_floor=2500"),
     lambda a: "the greater of the person's actual damages or $2,500"
     in clause_text(a, "enforcement")),
    ("no-damages-no-fees", ("enforcement.damages=false", "enforcement.attorneys_fees=false"),
     lambda a: "actual damages" not in clause_text(a, "enforcement")
     and "attorneys' fees" not in clause_text(a, "enforcement")),
    ("cure-period", ("enforcement.private_suit=true", "enforcement.cure_period=true",
                    "enforcement.cure_days=45"),
     lambda a: "not corrected the violation within 45 days" in clause_text(a, "enforcement")),
    ("misdemeanor-no-suppression-no-discipline",
     ("enforcement.misdemeanor=true", "enforcement.suppression=false", "enforcement.discipline=false"),
     lambda a: "guilty of a misdemeanor" in clause_text(a, "enforcement")
     and "as evidence" not in clause_text(a, "enforcement")
     and "discipline" not in clause_text(a, "enforcement")),

    ("scope-police", ("scope.coverage=police",),
     lambda a: clause_text(a, "def-department").endswith(
         f"means the {answer(a, 'jurisdiction.police_agency')}. A division, unit or program "
         "inside it is part of it, not a separate department.")
     and "acting on behalf of a Department, including any other agency"
     in clause_text(a, "def-municipal-entity")),
    ("scope-listed", ("scope.coverage=listed",
                      "scope.departments=the Police Department and the Transit Agency"),
     lambda a: "means each of the following: the Police Department and the Transit Agency."
     in clause_text(a, "def-department")),
    ("exclude-body-cameras", ("definitions.exclusions=office_equipment,body_cameras",),
     lambda a: "Body-worn cameras that officers wear openly"
     in clause_text(a, "def-surveillance-technology")
     and "\nBody-worn cameras.\n" not in "\n" + clause_text(a, "def-surveillance-technology") + "\n"),
    ("exclude-service-equipment",
     ("definitions.exclusions=fixed_facility_cameras,utility_meters,emergency_call_recording",),
     lambda a: all(s in clause_text(a, "def-surveillance-technology") for s in (
         "Cameras fixed at a building or yard", "Meters that record only how much water",
         "record calls to emergency and dispatch lines"))),

    ("submit-through-administrator", ("roles.submit_through=administrator",),
     # under the publication model there is no approval request to route (north-prairie-il)
     lambda a: (not a.decisions["approval-required"].included
                or f"shall submit, through the {answer(a, 'jurisdiction.administrator')}, to the"
                in clause_text(a, "approval-required"))
     and (not a.decisions["annual-report"].included
          or f"shall submit, through the {answer(a, 'jurisdiction.administrator')}, the"
          in clause_text(a, "annual-report"))),
    ("inventory-keeper", ("roles.inventory_keeper=Chief Privacy Officer",),
     lambda a: "The Chief Privacy Officer shall maintain on the"
     in clause_text(a, "public-inventory")),
]


def _errors(findings):
    return [f"{f.where}: {f.message}" for f in findings if f.level == "error"]


@pytest.mark.parametrize("path", EXAMPLES, ids=lambda p: p.stem)
@pytest.mark.parametrize("name,sets,holds", VARIANTS, ids=[v[0] for v in VARIANTS])
def test_variant_builds_clean_and_prints_its_wording(path, name, sets, holds):
    asm, findings = build(path, sets)
    assert _errors(findings) == []
    assert holds(asm), f"{name}: the expected wording is not in the draft for {path.stem}"


@pytest.mark.parametrize("name,sets,holds", VARIANTS, ids=[v[0] for v in VARIANTS])
def test_each_assertion_fails_on_the_default_draft(name, sets, holds):
    """The assertions test the variant, not something every draft says."""
    asm, _ = build(FULLEST, ())
    assert not holds(asm)


def test_defaults_keep_the_strong_choices():
    asm, _ = build(FULLEST, ())
    exigent = _exigent(asm)
    assert "after the use began, its Department Head submits a written report" in exigent
    assert "returns any borrowed technology" in exigent
    assert "property" not in clause_text(asm, "def-exigent-circumstances")
    enforcement = clause_text(asm, "enforcement")
    assert "any person may bring an action in a court of competent jurisdiction for an " \
           "injunction, a declaratory judgment or a writ of mandate to stop" in enforcement
    assert "shall see that each Department" not in enforcement
    assert "any other agency, office, board, commission" in clause_text(asm, "def-municipal-entity")


def test_remedy_powers_rule_still_warns_in_a_dillon_state():
    """checks_state_law.remedy_powers reads enforcement.private_suit: a narrower remedy list or
    resident-only standing must not switch it off."""
    asm, findings = build(FULLEST, ("jurisdiction.state=VA", "enforcement.remedies=injunction",
                                    "enforcement.plaintiffs=residents"))
    where = {f.where for f in findings if "lack authority" in f.message}
    assert "enforcement#injury" in where and "enforcement#damages" in where


# --- mixed variants -----------------------------------------------------------------------------

CHOICES = {
    "exigent.property_damage": ["true", "false"],
    "exigent.declared_emergency": ["true", "false"],
    "exigent.invoked_by": ["department-head", "administrator"],
    "exigent.report_from": ["start", "end", "next-meeting"],
    "exigent.return_borrowed": ["true", "false"],
    "options.exigent_cap": ["true", "false"],
    "oversight.body": ["new", "existing", "none"],
    "enforcement.private_suit": ["true", "false"],
    "enforcement.remedies": ["", "injunction", "declaratory,mandamus",
                             "injunction,declaratory,mandamus"],
    "enforcement.plaintiffs": ["any-person", "residents"],
    "enforcement.enforced_by": ["attorney", "administrator", "both"],
    "enforcement.misdemeanor": ["true", "false"],
    "scope.coverage": ["all", "police", "listed"],
    "roles.submit_through": ["department-head", "administrator"],
    "definitions.exclusions": ["", "body_cameras", "vehicle_cameras,utility_meters",
                               "office_equipment,emergency_call_recording,fixed_facility_cameras"],
}


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.fixed_dictionaries({k: st.sampled_from(v) for k, v in CHOICES.items()}),
       st.sampled_from(EXAMPLES))
def test_any_mix_of_variants_builds_without_errors(choice, path):
    sets = [f"{k}={v}" for k, v in choice.items()]
    if choice["oversight.body"] == "existing":
        sets.append("oversight.existing_body=Police Commission")
    if choice["scope.coverage"] == "listed":
        sets.append("scope.departments=the Police Department and the Transit Agency")
    # answers that a variant switches off are skipped, not errors
    asm, findings = build(path, tuple(sets))
    assert _errors(findings) == []
    text = whole_text(asm)
    assert "[[" not in text and "@[" not in text and "{{" not in text
