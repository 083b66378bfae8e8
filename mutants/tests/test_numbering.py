"""Subdivisions are numbered by the engine; a dropped subdivision closes the gap."""
from ordinance_kit.assemble import subdivision_label
from helpers import build_mini, numbered, section


def test_levels_use_legal_labels():
    asm, _ = build_mini()
    approval = section(asm, "approval")
    assert numbered(approval) == [
        ("(a)", "seek funds for Surveillance Technology;"),
        ("(b)", "acquire or borrow Surveillance Technology;"),
        ("(1)", "including by gift;"),
        ("(2)", "including by loan;"),
        ("(A)", "from another agency;"),
        ("(i)", "under a written agreement."),
        ("(c)", "use surveillance data for a new purpose."),
    ]
    assert [b.level for b in approval.blocks if b.kind == "numbered"] == [1, 1, 2, 2, 3, 4, 1]


def test_dropping_a_subdivision_renumbers_without_gap():
    asm, findings = build_mini(["options.funding=false"])
    labels = [label for label, _ in numbered(section(asm, "approval"))]
    assert labels == ["(a)", "(1)", "(2)", "(A)", "(i)", "(b)"]
    # the references that pointed at (c) now say (b)
    report = section(asm, "reporting")
    assert "Section 3(b)" in report.blocks[0].text
    assert not [f for f in findings if f.level == "error"]


def test_dropping_a_section_renumbers_sections():
    asm, _ = build_mini(["options.extra=false"])
    assert [s.heading for s in asm.ordinance.sections] == ["Purpose", "Definitions",
                                                           "Approval required"]
    assert [s.number for s in asm.ordinance.sections] == [1, 2, 3]


def test_labels_past_z_and_roman():
    assert subdivision_label(1, 26) == "(z)"
    assert subdivision_label(1, 27) == "(aa)"
    assert subdivision_label(3, 28) == "(BB)"
    assert subdivision_label(4, 4) == "(iv)"
    assert subdivision_label(4, 19) == "(xix)"
    assert subdivision_label(2, 12) == "(12)"


def test_level_jump_is_a_finding(mini):
    path = mini / "sections" / "approval.md"
    path.write_text(path.read_text().replace("** [#acquire-gift]", "*** [#acquire-gift]"))
    asm, findings = build_mini(library=mini)
    problems = [f for f in findings if f.rule == "markup-problems"]
    assert problems and "level-3 subdivision follows a level-1" in problems[0].message
    assert problems[0].where == "approval"
