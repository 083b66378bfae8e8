"""Issue 10 variants for private camera partnerships and the facial recognition ban.

Every variant is built against every example: the checks find no error (no dangling reference,
no undefined or unused definition, no unfilled required answer), and the variant's own wording is
in the draft. Each assertion is also run on the draft it should not hold for, so it tests the
variant and not something every draft says.
"""
from __future__ import annotations

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
PERMIT = "options.private_partnerships=permit"


@lru_cache(maxsize=None)
def lib():
    return load_library()


def build(path: Path, sets: tuple[str, ...]):
    answers = load_answers(path, lib().questions, list(sets))
    asm = assemble(lib(), answers)
    return asm, run_checks(asm)


def text(asm, clause_id: str) -> str:
    """The printed text of one clause (a section or a definition), markup resolved."""
    return "\n".join(b.text for b in asm.ordinance.all_blocks() if b.clause_id == clause_id)


def clause_ids(asm) -> set[str]:
    return {b.clause_id for b in asm.ordinance.all_blocks()}


def permitted(asm) -> str:
    return text(asm, "private-partnerships-permitted")


def fr(asm) -> str:
    return text(asm, "facial-recognition-ban")


def partnership_def(asm) -> str:
    return text(asm, "def-private-camera-partnership")


UNSOLICITED = "on the person's own initiative, and not in answer to a request"
VOLUNTEERED = "whether on the person's own initiative or in answer to a request made to the public"

# Each variant: (id, --set values, assertion on the draft). The assertion reads the real output.
VARIANTS = [
    ("permit-defaults", (PERMIT, "options.partnership_residential_cameras=none",
                         "options.partnership_live_access=none",
                         "options.partnership_audit_months=3",
                         "options.partnership_public_map=true"),
     lambda a: "No device at a residence, whether a single-family home, an apartment building"
     in permitted(a)
     and "may not view or receive a live or real-time feed from any device on the camera "
     "network" in permitted(a)
     and "At least once every 3 months, an auditor who does not work for the Department"
     in permitted(a)
     and "a map of the cameras on the camera network" in permitted(a)
     and "Facial Recognition Technology or software that reads lips on the camera network"
     in permitted(a)
     and "except for an active criminal investigation" in permitted(a)
     and "to end it without penalty if the vendor" in permitted(a)
     and "private-partnerships" not in clause_ids(a)),
    ("permit-common-areas", (PERMIT, "options.partnership_residential_cameras=common-areas"),
     lambda a: "No device at a single-family home may be part of the camera network. A device "
     "at an apartment building or other multifamily building may be part of it only if it views "
     "nothing but parking areas or outdoor common areas." in permitted(a)),
    ("permit-any-home", (PERMIT, "options.partnership_residential_cameras=any"),
     lambda a: "A device at a residence may be part of the camera network only under Section"
     in permitted(a) and "No device at a residence" not in permitted(a)),
    ("permit-live-emergency", (PERMIT, "options.partnership_live_access=emergency"),
     lambda a: "may view a live or real-time feed from a device on the camera network only while "
     "Exigent Circumstances exist" in permitted(a)
     and "means" in text(a, "def-exigent-circumstances")),
    ("permit-live-non-residential", (PERMIT, "options.partnership_live_access=non-residential"),
     lambda a: "from a device on property used only as a residence." in permitted(a)),
    ("permit-audit-6", (PERMIT, "options.partnership_audit_months=6"),
     lambda a: "At least once every 6 months, an auditor" in permitted(a)),
    ("permit-no-map", (PERMIT, "options.partnership_public_map=false"),
     lambda a: "Ending the network for misuse" in permitted(a)
     and "Public map" not in permitted(a)),
    ("permit-tips-volunteered", (PERMIT, "options.partnership_tips=volunteered"),
     lambda a: VOLUNTEERED in permitted(a) and VOLUNTEERED.replace("whether ", "")
     in partnership_def(a)),
    ("regulate-tips-unsolicited", ("options.private_partnerships=regulate",),
     lambda a: UNSOLICITED in text(a, "private-partnerships")
     and "Nor does it include receiving Private Footage that a person offers on the person's own "
     "initiative" in partnership_def(a)
     and "or the footage was offered." in text(a, "private-partnerships")),
    ("regulate-tips-none", ("options.private_partnerships=regulate", "options.partnership_tips=none"),
     lambda a: "Footage a person offers" not in text(a, "private-partnerships")
     and "Nor does it include" not in partnership_def(a)
     and "or on Section" in text(a, "private-partnerships")
     and "or the footage was offered" not in text(a, "private-partnerships")),
    ("prohibit-tips-volunteered", ("options.private_partnerships=prohibit",
                                   "options.partnership_tips=volunteered"),
     lambda a: VOLUNTEERED in text(a, "private-partnerships-prohibited")
     and "or the footage was offered." in text(a, "private-partnerships-prohibited")),
    ("fr-departments", ("options.facial_recognition_scope=departments",
                        "options.facial_recognition_departments=the Police Department and the "
                        "Transit Agency"),
     lambda a: "a reference to a Municipal Entity means only a Municipal Entity that is part of, "
     "or acts for, the Police Department and the Transit Agency." in fr(a)),
    ("fr-systems", ("options.facial_recognition_scope=systems",
                    "options.facial_recognition_systems=the community camera network"),
     lambda a: "Use Facial Recognition Technology as part of the community camera network (each "
     "a covered system)" in fr(a)
     and "Devices with a built-in feature" not in fr(a)
     and "Information received without a request" not in fr(a)
     and "Obtain, buy, borrow, accept" not in fr(a)),
]


def _errors(findings):
    return [f"{f.where}: {f.message}" for f in findings if f.level == "error"]


@pytest.mark.parametrize("path", EXAMPLES, ids=lambda p: p.stem)
@pytest.mark.parametrize("name,sets,holds", VARIANTS, ids=[v[0] for v in VARIANTS])
def test_variant_builds_clean_and_prints_its_wording(path, name, sets, holds):
    asm, findings = build(path, sets)
    assert _errors(findings) == []
    if "facial_recognition" in " ".join(sets) and "facial-recognition-ban" not in clause_ids(asm):
        pytest.skip(f"{path.stem} has no facial recognition ban")  # off, or state law preempts
    assert holds(asm), f"{name}: the expected wording is not in the draft for {path.stem}"


@pytest.mark.parametrize("name,sets,holds", VARIANTS, ids=[v[0] for v in VARIANTS])
def test_each_assertion_fails_on_the_default_draft(name, sets, holds):
    asm, _ = build(FULLEST, ())
    assert not holds(asm)


def test_defaults_keep_the_strong_choices():
    qs = lib().questions.by_key
    assert qs["options.private_partnerships"].default == "regulate"
    assert qs["options.partnership_tips"].default == "unsolicited"
    assert qs["options.facial_recognition_scope"].default == "government"
    asm, _ = build(FULLEST, ())                      # the example prohibits partnerships
    assert "private-partnerships-permitted" not in clause_ids(asm)
    assert "Obtain, buy, borrow, accept, keep, access, or use Facial Recognition Technology." \
        in fr(asm)
    assert "Departments covered" not in fr(asm)
    assert UNSOLICITED in text(asm, "private-partnerships-prohibited")


def test_example_uses_the_permit_variant_and_a_narrow_ban():
    asm, findings = build(ROOT / "examples" / "kettle-ridge-wi.yaml", ())
    assert _errors(findings) == []
    assert "views nothing but parking areas or outdoor common areas" in permitted(asm)
    assert "only while Exigent Circumstances exist, and only for as long as they last" \
        in permitted(asm)
    assert "part of, or acts for, the Kettle Ridge Police Department." in fr(asm)
    notes = next(s.note.text for s in asm.ordinance.sections
                 if s.anchor == "s_facial_recognition_ban")
    assert "This draft limits the ban to the Kettle Ridge Police Department." in notes


CHOICES = {
    "options.private_partnerships": ["regulate", "prohibit", "permit", "none"],
    "options.partnership_residential_cameras": ["none", "common-areas", "any"],
    "options.partnership_live_access": ["none", "emergency", "non-residential"],
    "options.partnership_public_map": ["true", "false"],
    "options.partnership_tips": ["unsolicited", "volunteered", "none"],
    "options.facial_recognition_ban": ["true", "false"],
    "options.facial_recognition_scope": ["government", "departments", "systems"],
    "options.facial_recognition_device_unlock": ["true", "false"],
    "options.facial_recognition_inadvertent": ["true", "false"],
}


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.fixed_dictionaries({k: st.sampled_from(v) for k, v in CHOICES.items()}))
def test_any_mix_of_the_variants_builds_clean(choice):
    sets = [f"{k}={v}" for k, v in choice.items()]
    sets.append("options.facial_recognition_systems=the camera network")
    asm, findings = build(FULLEST, tuple(sets))
    assert _errors(findings) == []
