"""Cross-references by id become 'Section N(x)(y)' with the final numbers."""
from ordinance_kit.model import Ref
from helpers import build_mini, section


def refs(sec):
    return [i for b in sec.blocks for i in b.inlines if isinstance(i, Ref)]


def test_reference_texts_and_anchors():
    asm, findings = build_mini()
    got = [(r.text, r.anchor) for r in refs(section(asm, "reporting"))]
    assert got == [
        ("Section 3(c)", "s_approval_use"),
        ("Section 3(b)(1)", "s_approval_acquire_gift"),
        ("Section 3", "s_approval"),
        ("Section 4(c)", "s_reporting_second"),
    ]
    # every anchor a reference uses exists on a block or section
    anchors = {s.anchor for s in asm.ordinance.sections}
    anchors |= {b.anchor for s in asm.ordinance.sections for b in s.blocks if b.anchor}
    assert {r.anchor for r in refs(section(asm, "reporting"))} <= anchors


def test_reference_to_missing_subdivision_is_an_error(mini):
    path = mini / "sections" / "reporting.md"
    path.write_text(path.read_text().replace("@[approval#use]", "@[approval#nowhere]"))
    asm, findings = build_mini(library=mini)
    errors = [f for f in findings if f.rule == "broken-references"]
    assert len(errors) == 1
    assert errors[0].where == "reporting"
    assert "no subdivision with id 'nowhere'" in errors[0].message


def test_reference_to_dropped_subdivision_is_an_error(mini):
    path = mini / "sections" / "reporting.md"
    path.write_text(path.read_text().replace("@[approval#use]", "@[approval#funds]"))
    asm, findings = build_mini(["options.funding=false"], library=mini)
    assert any("approval#funds" in f.message for f in findings if f.level == "error")


def test_reference_to_unknown_clause_is_an_error(mini):
    path = mini / "sections" / "reporting.md"
    path.write_text(path.read_text().replace("@[approval]", "@[aproval]"))
    asm, findings = build_mini(library=mini)
    assert any("no clause 'aproval'" in f.message for f in findings if f.level == "error")
