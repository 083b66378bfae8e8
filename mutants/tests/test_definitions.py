"""The definitions section holds exactly the terms the draft uses, alphabetically."""
from ordinance_kit.model import DefinedTerm, TermUse
from helpers import build_mini, section


def defined(asm):
    sec = section(asm, "definitions")
    return [i.text for b in sec.blocks for i in b.inlines if isinstance(i, DefinedTerm)]


def test_only_used_terms_in_alphabetical_order():
    asm, findings = build_mini()
    assert defined(asm) == ["Surveillance Data", "Surveillance Technology"]
    assert "Unused Thing" not in defined(asm)
    assert not [f for f in findings if f.level == "error"]


def test_terms_used_only_inside_definitions_are_included(mini):
    # Purpose and approval stop using "Surveillance Data" directly; the definition of
    # "Surveillance Technology" still uses it, so it stays.
    path = mini / "sections" / "approval.md"
    path.write_text(path.read_text().replace("[[Surveillance Data|surveillance data]]", "data"))
    asm, _ = build_mini(library=mini)
    assert defined(asm) == ["Surveillance Data", "Surveillance Technology"]


def test_defined_terms_equal_used_terms():
    asm, _ = build_mini()
    used = {i.key for b in asm.ordinance.all_blocks() for i in b.inlines
            if isinstance(i, TermUse)}
    assert {t.lower() for t in defined(asm)} == used


def test_list_items_follow_answers():
    asm, _ = build_mini(["options.examples=cameras"])
    sec = section(asm, "definitions")
    items = [b.text for b in sec.blocks if b.kind == "numbered" and b.level == 2]
    assert items == ["cameras."]


def test_undefined_term_is_an_error(mini):
    (mini / "definitions" / "def-surveillance-data.md").unlink()
    asm, findings = build_mini(library=mini)
    errors = [f for f in findings if f.rule == "undefined-terms"]
    assert len(errors) == 1 and "'Surveillance Data'" in errors[0].message


def test_unmarked_defined_term_is_a_warning(mini):
    path = mini / "sections" / "purpose.md"
    path.write_text(path.read_text() + "\nEvery Surveillance Technology needs approval.\n")
    asm, findings = build_mini(library=mini)
    warn = [f for f in findings if f.rule == "unmarked-terms"]
    assert warn and warn[0].level == "warning" and "[[Surveillance Technology]]" in warn[0].message
