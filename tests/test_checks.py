"""One trigger test per lint rule: a draft that makes it fire (exact level, where and message)
and a near miss where it stays silent. Each test fails if its rule is made to `return []`.

Findings are read through `run_checks` (what `build` and `check` print), filtered by the rule's
public name, so these tests do not depend on where the rule's raw data is collected.
"""
from __future__ import annotations

from helpers import build_mini

CLEAN = ["options.body=Controller", "ordinance.number=2026-1"]


def findings_of(rule: str, findings) -> list[tuple[str, str, str]]:
    return [(f.level, f.where, f.message) for f in findings if f.rule == rule]


def edit(mini, rel: str, old: str, new: str) -> None:
    path = mini / rel
    text = path.read_text()
    assert old in text, (rel, old)
    path.write_text(text.replace(old, new, 1))


def test_clean_draft_has_only_blank_warnings():
    _, findings = build_mini(CLEAN)
    # the mini library's open meetings law is marked unverified, and the draft prints it
    assert sorted((f.level, f.rule) for f in findings) == [
        ("warning", "blank"), ("warning", "unverified-fact-printed")]
    assert [(f.level, f.where, f.message) for f in findings if f.rule == "blank"] == [
        ("warning", "document", "blank to fill in: [date of adoption].")]


# --- undefined-terms -----------------------------------------------------------------------------

def test_undefined_term_fires(mini):
    edit(mini, "sections/purpose.md", "used by", "and [[Gadget Registry]] used by")
    edit(mini, "sections/approval.md", "for a new purpose.",
         "for a new purpose listed in the [[gadget  registry]].")
    _, findings = build_mini(CLEAN, library=mini)
    assert findings_of("undefined-terms", findings) == [
        ("error", "purpose", "uses the term 'Gadget Registry' (so do approval), but no "
         "definition of it applies to this draft. Add a definition file with term: "
         "Gadget Registry, or unmark the words.")]


def test_defined_term_is_not_undefined(mini):
    edit(mini, "sections/purpose.md", "used by", "and [[surveillance  data]] used by")
    _, findings = build_mini(CLEAN, library=mini)
    assert findings_of("undefined-terms", findings) == []


# --- unused-definitions --------------------------------------------------------------------------

def test_unused_definition_fires(mini):
    # The only use of "Unused Thing" is in a numbered recital, which the draft drops (and
    # reports): its definition is printed but nothing in the document uses it.
    edit(mini, "sections/recitals.md", "Safeguards should come first.",
         "Safeguards should come first.\n\n* An [[Unused Thing]] matters.")
    _, findings = build_mini(CLEAN, library=mini)
    assert findings_of("unused-definitions", findings) == [
        ("error", "def-unused-thing", "defines 'unused thing', but the draft never uses it.")]


def test_definition_used_only_by_another_definition_is_used(mini):
    # "Surveillance Data" is used by the Surveillance Technology definition, not only by itself.
    edit(mini, "sections/approval.md", "[[Surveillance Data|surveillance data]]", "data")
    asm, findings = build_mini(CLEAN, library=mini)
    assert "def-surveillance-data" in {c.id for c in asm.included}
    assert findings_of("unused-definitions", findings) == []


# --- broken-references ---------------------------------------------------------------------------

def test_broken_references_fire(mini):
    edit(mini, "sections/purpose.md", "used by",
         "under @[nowhere], @[approval#nope] and @[recitals] used by")
    _, findings = build_mini(CLEAN, library=mini)
    assert findings_of("broken-references", findings) == [
        ("error", "purpose", "refers to 'nowhere', but there is no clause 'nowhere'."),
        ("error", "purpose", "refers to 'approval#nope', but section 'approval' has no "
         "subdivision with id 'nope' in this draft."),
        ("error", "purpose", "refers to 'recitals', which is not a numbered section of this "
         "draft (always included)."),
    ]


def test_reference_to_dropped_subdivision_is_broken_and_resolved_one_is_not(mini):
    edit(mini, "sections/purpose.md", "used by", "under @[approval#funds] used by")
    _, on = build_mini(CLEAN, library=mini)
    _, off = build_mini(CLEAN + ["options.funding=false"], library=mini)
    assert findings_of("broken-references", on) == []
    assert findings_of("broken-references", off) == [
        ("error", "purpose", "refers to 'approval#funds', but section 'approval' has no "
         "subdivision with id 'funds' in this draft.")]


# --- duplicate-ids -------------------------------------------------------------------------------

def test_duplicate_subdivision_ids_fire(mini):
    edit(mini, "sections/approval.md", "[#use]", "[#acquire]")
    _, findings = build_mini(CLEAN, library=mini)
    assert findings_of("duplicate-ids", findings) == [
        ("error", "approval", "two subdivisions have the id 'acquire'; ids must be unique "
         "within a clause.")]


def test_same_id_in_two_clauses_is_allowed(mini):
    edit(mini, "sections/reporting.md", "@[#second]", "@[#use]")
    edit(mini, "sections/reporting.md", "* [#second]", "* [#use]")
    _, findings = build_mini(CLEAN, library=mini)
    assert findings_of("duplicate-ids", findings) == []


# --- markup-problems -----------------------------------------------------------------------------

def test_markup_problems_fire(mini):
    edit(mini, "sections/purpose.md", "This ordinance", "*No space here.\n\nThis ordinance")
    edit(mini, "sections/recitals.md", "Safeguards should come first.",
         "Safeguards should come first.\n\n* A numbered recital.")
    _, findings = build_mini(CLEAN, library=mini)
    assert findings_of("markup-problems", findings) == [
        ("error", "purpose", "rendered line 1: put a space after the stars in "
         "'*No space here.'."),
        ("error", "recitals", "numbered subdivisions are only allowed in sections."),
    ]


def test_skipped_subdivision_level_is_a_markup_problem(mini):
    edit(mini, "sections/purpose.md", "This ordinance", "* First.\n*** Too deep.\n\nThis ordinance")
    _, findings = build_mini(CLEAN, library=mini)
    assert findings_of("markup-problems", findings) == [
        ("error", "purpose", "a level-3 subdivision follows a level-1 one; go down one level "
         "at a time (check conditional subdivisions that dropped out).")]


def test_four_levels_are_not_a_markup_problem():
    # approval.md goes to **** (the deepest level allowed).
    _, findings = build_mini(CLEAN)
    assert findings_of("markup-problems", findings) == []


# --- requirements --------------------------------------------------------------------------------

def test_requires_not_met(mini):
    edit(mini, "sections/reporting.md", "requires: [approval]", "requires: [purpose]")
    edit(mini, "sections/purpose.md", "order: 10", "order: 10\nwhen: options.funding")
    _, findings = build_mini(CLEAN + ["options.funding=false"], library=mini)
    assert findings_of("requirements", findings) == [
        ("error", "reporting", "requires 'purpose', which is not in this draft (its "
         "condition: options.funding  ->  false).")]
    _, met = build_mini(CLEAN + ["options.funding=true"], library=mini)
    assert findings_of("requirements", met) == []


def test_excludes_violated(mini):
    edit(mini, "sections/reporting.md", "requires: [approval]", "excludes: [approval]")
    _, findings = build_mini(CLEAN, library=mini)
    assert findings_of("requirements", findings) == [
        ("error", "reporting", "cannot appear together with 'approval', but both are in "
         "this draft.")]
    _, apart = build_mini(CLEAN + ["options.extra=false"], library=mini)
    assert findings_of("requirements", apart) == []


# --- one-enacting-clause -------------------------------------------------------------------------

def test_no_enacting_clause(mini):
    edit(mini, "sections/enacting.md", "order: 0", "order: 0\nwhen: jurisdiction.kind == 'county'")
    _, findings = build_mini(CLEAN, library=mini)
    assert findings_of("one-enacting-clause", findings) == [
        ("error", "enacting", "no enacting clause applies to these answers; an ordinance "
         "needs exactly one.")]
    _, county = build_mini(CLEAN + ["jurisdiction.kind=county"], library=mini)
    assert findings_of("one-enacting-clause", county) == []


def test_two_enacting_clauses(mini):
    text = (mini / "sections" / "enacting.md").read_text()
    (mini / "sections" / "enacting-county.md").write_text(
        text.replace("id: enacting", "id: enacting-county").replace("order: 0", "order: 1"))
    _, findings = build_mini(CLEAN, library=mini)
    assert findings_of("one-enacting-clause", findings) == [
        ("error", "enacting", "more than one enacting clause applies: "
         "enacting-county, enacting.")]


# --- unfilled-blanks (rule name "blank") ---------------------------------------------------------

def test_blanks_are_warnings_in_a_draft_and_errors_in_final_mode():
    _, draft = build_mini()
    _, final = build_mini(final=True)
    expected = [("document", "blank to fill in: [Body name]."),
                ("document", "blank to fill in: [date of adoption]."),
                ("document", "blank to fill in: [ordinance number].")]
    assert findings_of("blank", draft) == [("warning",) + e for e in expected]
    assert findings_of("blank", final) == [("error",) + e for e in expected]


def test_repeated_blank_is_counted_and_no_blank_gives_nothing(mini):
    edit(mini, "sections/closing.md", "on {{ blank(\"date of adoption\") }}.",
         "on {{ blank(\"date of adoption\") }}, effective {{ blank(\"date of adoption\") }}.")
    _, twice = build_mini(CLEAN, library=mini)
    assert findings_of("blank", twice) == [
        ("warning", "document", "blank to fill in: [date of adoption] (2 places).")]
    edit(mini, "sections/closing.md",
         "on {{ blank(\"date of adoption\") }}, effective {{ blank(\"date of adoption\") }}.",
         "on the date shown.")
    _, none = build_mini(CLEAN, library=mini)
    assert findings_of("blank", none) == []


# --- empty-sections ------------------------------------------------------------------------------

def test_empty_section_warns(mini):
    path = mini / "sections" / "purpose.md"
    head, body = path.read_text().split("---\n", 2)[1:]
    path.write_text(f"---\n{head}---\n{{% if options.funding %}}\n{body}{{% endif %}}\n")
    _, off = build_mini(CLEAN + ["options.funding=false"], library=mini)
    assert findings_of("empty-sections", off) == [
        ("warning", "purpose", "this section has no text with these answers.")]
    _, on = build_mini(CLEAN + ["options.funding=true"], library=mini)
    assert findings_of("empty-sections", on) == []


# --- unmarked-terms ------------------------------------------------------------------------------

def test_unmarked_defined_term_warns_once_per_clause(mini):
    edit(mini, "sections/approval.md", "without approval:",
         "without approval, whatever Surveillance Technology it is or Surveillance Technology "
         "it becomes:")
    _, findings = build_mini(CLEAN, library=mini)
    assert findings_of("unmarked-terms", findings) == [
        ("warning", "approval", "'Surveillance Technology' is a defined term but is not "
         "marked as one; write [[Surveillance Technology]].")]


def test_lowercase_or_answer_text_is_not_an_unmarked_term():
    # options.body is an answer; answers are literal text and never linted as terms.
    _, findings = build_mini(["options.body=Surveillance Technology Board",
                              "ordinance.number=1"])
    asm, plain = build_mini(CLEAN)
    assert findings_of("unmarked-terms", findings) == []
    assert findings_of("unmarked-terms", plain) == []


def test_answer_that_opens_or_ends_a_block_is_not_an_unmarked_term(mini):
    # An answer alone on a subdivision: trimming the block's outer whitespace used to turn
    # it into clause text, and the lint then flagged the answer's words.
    edit(mini, "sections/reporting.md", "paid to {{ options.body }}.",
         "paid as follows:\n** {{ options.body }}")
    _, findings = build_mini(["options.body=Surveillance Technology Board",
                              "ordinance.number=1"], library=mini)
    assert findings_of("unmarked-terms", findings) == []


# --- answer-warnings -----------------------------------------------------------------------------

def test_answer_to_a_question_that_does_not_apply_warns(mini):
    edit(mini, "questions/10-q.yaml", "{key: options.body, type: text, label: Body name, "
         "required: false}", "{key: options.body, type: text, label: Body name, "
         "required: false, when: options.extra}")
    _, unused = build_mini(["options.extra=false", "options.body=Controller",
                            "ordinance.number=1"], library=mini)
    assert findings_of("answer-warnings", unused) == [
        ("warning", "--set options.body", "this answer is not used because the "
         "question only applies when options.extra.")]
    _, used = build_mini(CLEAN, library=mini)
    assert findings_of("answer-warnings", used) == []


# --- library-changed -----------------------------------------------------------------------------

def test_answers_for_another_library_version_warn(answers_file):
    path = answers_file("_library: sha256:0000000000000000\njurisdiction:\n  name: Testville\n")
    asm, findings = build_mini(CLEAN, answers=path)
    assert findings_of("library-changed", findings) == [
        ("warning", str(path), f"these answers were written for clause library "
         f"sha256:0000000000000000; the library is now {asm.library.digest}. Run "
         f"'ordinance-kit init --update {path}' to answer any new questions and check "
         "answers that no longer fit.")]


def test_answers_for_this_library_version_do_not_warn(answers_file):
    asm, _ = build_mini()
    path = answers_file(f"_library: {asm.library.digest}\njurisdiction:\n  name: Testville\n")
    _, findings = build_mini(CLEAN, answers=path)
    assert findings_of("library-changed", findings) == []


# --- strict and order ----------------------------------------------------------------------------

def test_strict_makes_warnings_errors_and_errors_sort_first(mini):
    from ordinance_kit.checks import run_checks

    edit(mini, "sections/purpose.md", "used by", "under @[nowhere] used by")
    asm, findings = build_mini(CLEAN, library=mini)
    assert [(f.level, f.rule) for f in findings] == [
        ("error", "broken-references"), ("warning", "blank"), ("warning", "blank"),
        ("warning", "unverified-fact-printed")]
    strict = [(f.level, f.rule) for f in run_checks(asm, strict=True)]
    assert {level for level, _ in strict} == {"error"}
    assert sorted(strict) == strict      # errors sort first, then by rule
    assert len(strict) == 4



# --- found by mutation testing (tests/README.md) -------------------------------------------------

def test_undefined_term_in_one_clause_names_no_others(mini):
    edit(mini, "sections/purpose.md", "used by", "and [[Gadget Registry]] used by")
    _, findings = build_mini(CLEAN, library=mini)
    assert findings_of("undefined-terms", findings) == [
        ("error", "purpose", "uses the term 'Gadget Registry', but no definition of it applies "
         "to this draft. Add a definition file with term: Gadget Registry, or unmark the words.")]


def test_undefined_term_in_three_clauses_lists_the_other_two(mini):
    edit(mini, "sections/purpose.md", "used by", "and [[Gadget Registry]] used by")
    edit(mini, "sections/approval.md", "for a new purpose.",
         "for a new purpose listed in the [[gadget registry]].")
    edit(mini, "sections/reporting.md", "The report covers", "The [[Gadget Registry]] report covers")
    _, findings = build_mini(CLEAN, library=mini)
    [(level, where, message)] = findings_of("undefined-terms", findings)
    assert (level, where) == ("error", "purpose")
    assert message.startswith("uses the term 'Gadget Registry' (so do approval, reporting), ")


def test_definition_used_only_inside_itself_is_unused(mini):
    # Its one outside use is in the recital the draft drops; the definition's own text names
    # the term too, and that self-reference must not count as a use.
    edit(mini, "sections/recitals.md", "Safeguards should come first.",
         "Safeguards should come first.\n\n* An [[Unused Thing]] matters.")
    path = mini / "definitions" / "def-unused-thing.md"
    path.write_text(path.read_text().rstrip() + " Each [[Unused Thing]] counts once.\n")
    _, findings = build_mini(CLEAN, library=mini)
    assert findings_of("unused-definitions", findings) == [
        ("error", "def-unused-thing", "defines 'unused thing', but the draft never uses it.")]



def test_unmarked_terms_keeps_scanning_after_a_repeat(mini):
    edit(mini, "sections/approval.md", "without approval:",
         "without approval, whatever Surveillance Technology it is or Surveillance Technology "
         "it becomes, and whatever Surveillance Data it keeps:")
    _, findings = build_mini(CLEAN, library=mini)
    assert [m for _, _, m in findings_of("unmarked-terms", findings)] == [
        "'Surveillance Technology' is a defined term but is not marked as one; write "
        "[[Surveillance Technology]].",
        "'Surveillance Data' is a defined term but is not marked as one; write "
        "[[Surveillance Data]]."]


def test_unmarked_terms_names_the_longest_defined_term(mini):
    # "Surveillance Technology Vendor" contains "Surveillance Technology": the longer term wins.
    (mini / "definitions" / "def-vendor.md").write_text(
        "---\nid: def-vendor\nterm: Surveillance Technology Vendor\ntags: [structure]\n"
        "sources: [{cite: Test Code 1.1(c)}]\nnote: Vendor definition. Used in a test.\n---\n"
        "means a company that sells [[Surveillance Technology]].\n")
    edit(mini, "sections/purpose.md", "used by", "and [[Surveillance Technology Vendor]] used by")
    edit(mini, "sections/approval.md", "without approval:",
         "without approval, whatever Surveillance Technology Vendor sells it:")
    _, findings = build_mini(CLEAN, library=mini)
    assert [m for _, _, m in findings_of("unmarked-terms", findings)] == [
        "'Surveillance Technology Vendor' is a defined term but is not marked as one; write "
        "[[Surveillance Technology Vendor]]."]


def test_strict_keeps_each_findings_place_message_and_rule():
    from ordinance_kit.checks import run_checks

    asm, findings = build_mini(CLEAN)
    strict = run_checks(asm, strict=True)
    assert sorted((f.where, f.message, f.rule) for f in strict) == \
        sorted((f.where, f.message, f.rule) for f in findings)
    assert {f.level for f in strict} == {"error"}
