"""Every lint rule can fire, and every finding has the same shape."""
from ordinance_kit.checks import RULES, Finding
from helpers import build_mini


def test_clean_draft_has_only_blank_warnings():
    asm, findings = build_mini(["options.body=Controller", "ordinance.number=2026-1"])
    # the mini library's open meetings law is marked unverified, and the draft prints it
    assert sorted((f.level, f.rule) for f in findings) == [
        ("warning", "blank"), ("warning", "unverified-fact-printed")]
    assert all(isinstance(f, Finding) and f.level in {"error", "warning"} for f in findings)


def test_requires_not_met(mini):
    path = mini / "sections" / "reporting.md"
    path.write_text(path.read_text().replace("requires: [approval]", "requires: [purpose]"))
    (mini / "sections" / "purpose.md").write_text(
        (mini / "sections" / "purpose.md").read_text().replace("order: 10", "order: 10\nwhen: options.funding"))
    asm, findings = build_mini(["options.funding=false"], library=mini)
    errors = [f for f in findings if f.rule == "requirements"]
    assert errors and errors[0].where == "reporting" and "requires 'purpose'" in errors[0].message


def test_excludes_violated(mini):
    path = mini / "sections" / "reporting.md"
    path.write_text(path.read_text().replace("requires: [approval]", "excludes: [approval]"))
    asm, findings = build_mini(library=mini)
    assert any("cannot appear together with 'approval'" in f.message for f in findings)


def test_no_enacting_clause(mini):
    path = mini / "sections" / "enacting.md"
    path.write_text(path.read_text().replace("order: 0", "order: 0\nwhen: jurisdiction.kind == 'county'"))
    asm, findings = build_mini(library=mini)
    assert any(f.rule == "one-enacting-clause" and f.level == "error" for f in findings)


def test_blanks_are_errors_in_final_mode():
    _, draft = build_mini()
    _, final = build_mini(final=True)
    assert {f.level for f in draft if f.rule == "blank"} == {"warning"}
    assert {f.level for f in final if f.rule == "blank"} == {"error"}
    assert any("[ordinance number]" in f.message for f in final)


def test_duplicate_subdivision_ids(mini):
    path = mini / "sections" / "approval.md"
    path.write_text(path.read_text().replace("[#use]", "[#acquire]"))
    asm, findings = build_mini(library=mini)
    assert any(f.rule == "duplicate-ids" and "'acquire'" in f.message for f in findings)


def test_rules_are_small_functions_returning_findings():
    asm, _ = build_mini()
    for rule in RULES:
        result = rule(asm)
        assert isinstance(result, list)
        assert all(isinstance(f, Finding) for f in result)


def test_answers_for_another_library_version_warn(answers_file):
    path = answers_file("_library: sha256:0000000000000000\njurisdiction:\n  name: Testville\n")
    asm, findings = build_mini(answers=path)
    warn = [f for f in findings if f.rule == "library-changed"]
    assert warn and warn[0].level == "warning" and "init --update" in warn[0].message
