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


# Word's own list formats, written out by hand for the labels a long ordinance reaches.
ROMAN = {1: "i", 2: "ii", 3: "iii", 4: "iv", 5: "v", 6: "vi", 9: "ix", 10: "x", 14: "xiv",
         19: "xix", 40: "xl", 44: "xliv", 49: "xlix", 50: "l", 90: "xc", 99: "xcix", 100: "c",
         400: "cd", 444: "cdxliv", 500: "d", 900: "cm", 999: "cmxcix", 1000: "m", 1994: "mcmxciv",
         2026: "mmxxvi", 3999: "mmmcmxcix"}


def test_roman_labels_match_words_lower_roman_format():
    from ordinance_kit.numbering import roman
    assert {n: roman(n) for n in ROMAN} == ROMAN


def test_letter_labels_repeat_after_z_as_word_does():
    from ordinance_kit.numbering import letters
    assert [letters(n) for n in (1, 2, 26, 27, 28, 52, 53)] == \
        ["a", "b", "z", "aa", "bb", "zz", "aaa"]
    assert letters(27, upper=True) == "AA"


def test_each_level_has_its_own_format():
    assert [subdivision_label(level, 4) for level in (1, 2, 3, 4, 5)] == \
        ["(d)", "(4)", "(D)", "(iv)", "(iv)"]
