"""The weakening rules, each on Pairs built by hand (the interface align() hands them), with the
real clause library and parameter directions."""
from __future__ import annotations

import pytest

from ordinance_kit.library import load_library
from ordinance_kit.review.model import Pair, Paragraph, ReadDocument
from ordinance_kit.review.rules import RULES, context_from_library
from ordinance_kit.review.rules_words import numbers
from ordinance_kit.review.run import judge, summarize

PARAMS = {"timelines.notice_days": 45, "timelines.retention_max_days": 90,
          "enforcement.damages_floor": 1000, "enforcement.damages_per_day": 100,
          "timelines.exigent_report_days": 30, "timelines.exigent_max_hours": 96,
          "options.partnership_footage_retention_days": 30, "enforcement.cure_days": 30}


@pytest.fixture(scope="module")
def ctx():
    return context_from_library(load_library(), PARAMS)


def para(text, clause="approval-required", sub=None, i=0, style="Subsection", label="(a)"):
    return Paragraph(index=i, text=text, style=style, label=label, clause_id=clause, sub_id=sub)


def heading(n=5, title="Approval required."):
    return para(f"Section {n}. {title}", style="Section Heading", label=f"Section {n}", sub=None)


def one(ctx, old, new, clause="approval-required", sub=None):
    """Judge one changed paragraph (under its section heading); the findings other than none."""
    h = heading()
    pairs = [Pair(h, h, "anchor")]
    o = para(old, clause, sub) if old is not None else None
    e = para(new, None if old is None else clause, sub) if new is not None else None
    pairs.append(Pair(o, e, "anchor"))
    return judge(pairs, ctx)


def effects(found):
    return [(f.effect, f.rule) for f in found]


# --- mandatory to permissive -----------------------------------------------------------------

@pytest.mark.parametrize("old,new", [
    ("A Municipal Entity shall obtain approval before it acquires Surveillance Technology.",
     "A Municipal Entity may obtain approval before it acquires Surveillance Technology."),
    ("The vendor must notify the Municipal Entity.", "The vendor may notify the Municipal Entity."),
    ("A Municipal Entity may not use Facial Recognition Technology.",
     "A Municipal Entity should not use Facial Recognition Technology."),
    ("Social Media Monitoring is prohibited.", "Social Media Monitoring is discouraged."),
    ("The Department shall publish the report.", "The Department should publish the report."),
])
def test_mandatory_to_permissive(ctx, old, new):
    found = one(ctx, old, new)
    assert ("weakened", "mandatory-to-permissive") in effects(found)
    f = found[0]
    assert f.where == "Section 5(a)" and f.original == old and f.edited == new
    assert f.protection == "approval-before-acquisition"
    assert f.why.startswith("This is the heart of the ordinance") or f.why


def test_permissive_to_mandatory_is_strengthened(ctx):
    found = one(ctx, "The Department may publish the report.",
                "The Department shall publish the report.")
    assert effects(found) == [("strengthened", "permissive-to-mandatory")]


def test_shall_to_must_is_neutral(ctx):
    found = one(ctx, "The Department shall publish the report.",
                "The Department must publish the report.")
    assert effects(found) == [("neutral", "neutral-edit")]


# --- numbers, judged by direction -----------------------------------------------------------

def test_fewer_notice_days_is_weaker_more_is_stronger(ctx):
    old = "The City Clerk shall post the report at least 45 days before the hearing."
    assert effects(one(ctx, old, old.replace("45", "10"), "public-notice")) == \
        [("weakened", "number-weaker")]
    assert effects(one(ctx, old, old.replace("45", "60"), "public-notice")) == \
        [("strengthened", "number-stronger")]


def test_longer_retention_is_weaker(ctx):
    old = "A use policy may not allow Surveillance Data to be kept for more than 90 days."
    found = one(ctx, old, old.replace("90 days", "1 year"), "use-policy")
    assert effects(found) == [("weakened", "number-weaker")]
    assert "Longest time a use policy may keep data" in found[0].message   # a label, not a key
    assert "timelines." not in found[0].message
    assert effects(one(ctx, old, old.replace("90", "60"), "use-policy")) == \
        [("strengthened", "number-stronger")]


def test_lower_damages_is_weaker(ctx):
    old = "may recover the greater of actual damages or $1,000."
    assert effects(one(ctx, old, old.replace("$1,000", "$100"), "enforcement")) == \
        [("weakened", "number-weaker")]


def test_number_without_a_parameter_is_reported_not_judged(ctx):
    old = "The report covers the previous 12 months."
    assert effects(one(ctx, old, old.replace("12", "24"), "annual-report")) == \
        [("neutral", "number-changed")]


def test_numbers_read_units_and_money():
    assert numbers("within 3 months, $1,000 or 96 hours") == [
        (90, "month", "3 months"), (1000, "money", "$1,000"), (4, "hour", "96 hours")]


# --- deadlines, exceptions, definitions, remedies --------------------------------------------

def test_deadline_removed(ctx):
    old = "The Municipal Entity shall report the use within 30 days after it begins."
    found = one(ctx, old, "The Municipal Entity shall report the use promptly.",
                "exigent-circumstances")
    assert ("weakened", "deadline-removed") in effects(found)


@pytest.mark.parametrize("added", [
    ", unless the Chief of Police determines otherwise", ", except in an investigation",
    ", provided that funds are available", " to the extent feasible",
    " at the discretion of the City Manager", " as determined by the Chief of Police"])
def test_new_exception(ctx, added):
    old = "A Municipal Entity shall obtain approval before it acquires Surveillance Technology."
    found = one(ctx, old, old[:-1] + added + ".")
    assert ("weakened", "new-exception") in effects(found)


def test_exception_removed_is_strengthened(ctx):
    old = "The Department shall delete the footage, unless a court orders otherwise."
    assert effects(one(ctx, old, "The Department shall delete the footage.")) == \
        [("strengthened", "exception-removed")]


def test_definition_item_removed_and_exclusion_added(ctx):
    cid = "def-surveillance-technology"
    h = heading(4, "Definitions.")
    excluded = para("Excluded. The term does not include any of the following:", cid, "excluded")
    item = para("Automated license plate readers.", cid, style="Subparagraph", label="(B)")
    pairs = [Pair(h, h), Pair(item, None), Pair(excluded, excluded),
             Pair(None, para("Cameras installed in police vehicles.", None,
                             style="Subparagraph", label="(F)"))]
    found = judge(pairs, ctx)
    assert effects(found) == [("removed", "removed-definition-item"),
                              ("weakened", "definition-narrowed")]
    assert found[1].where == "Section 4(a)(F)"


def test_remedy_removed_and_limited(ctx):
    h = heading(23, "Enforcement.")
    fees = para("A court shall award reasonable attorneys' fees and costs to a plaintiff who "
                "prevails in an action under this section.", "enforcement", "fees")
    injury = para("Any person may bring an action for an injunction.", "enforcement", "injury")
    limited = para("A resident of the City may bring an action for an injunction only.",
                   "enforcement", "injury")
    found = judge([Pair(h, h), Pair(injury, limited), Pair(fees, None)], ctx)
    assert effects(found) == [("weakened", "remedy-limited"), ("removed", "removed-remedy")]
    assert found[1].protection == "attorneys-fees"
    assert found[1].where.endswith("(deleted)")


def test_whole_module_removed_is_one_finding(ctx):
    h = heading(17, "Facial recognition prohibited.")
    h = para(h.text, "facial-recognition-ban", style="Section Heading", label="Section 17")
    a = para("A Municipal Entity may not use Facial Recognition Technology.",
             "facial-recognition-ban", "ban")
    b = para("This section does not prohibit blurring faces.", "facial-recognition-ban",
             "redaction", style="Subsection", label="(b)")
    pairs = [Pair(h, None), Pair(a, None), Pair(b, None)]
    found = judge(pairs, ctx)
    assert effects(found) == [("removed", "removed-module")]
    summary = summarize(ReadDocument("x", [h, a, b]), found, ctx, pairs)
    assert summary["removed"] == ["facial-recognition-ban"] and summary["kept"] == []


def test_new_section_is_new_text_not_weakening(ctx):
    found = one(ctx, None, "Each Municipal Entity shall train every employee who uses "
                "Surveillance Technology on its Surveillance Use Policy.")
    assert effects(found) == [("new", "new-text")]


def test_new_paragraph_that_overrides_is_weakening(ctx):
    found = one(ctx, None, "Notwithstanding this Chapter, the Chief of Police may approve a "
                "pilot of any technology for up to one year.")
    assert effects(found) == [("weakened", "new-exception")]


@pytest.mark.parametrize("old,new", [
    ("The Department shall publish the reprot.", "The Department shall publish the report."),
    ("The Department shall publish the report", "The Department shall publish the report."),
    ("as Section 7(b) requires.", "as Section 8(b) requires."),
])
def test_neutral_edits_not_flagged(ctx, old, new):
    assert [f.effect for f in one(ctx, old, new)] == ["neutral"]


def test_renumbered_reference_is_its_own_neutral_rule(ctx):
    assert effects(one(ctx, "as Section 7(b) requires.", "as Section 8(b) requires.")) == \
        [("neutral", "renumbered")]
    assert effects(one(ctx, "as Section 7(b) requires.", "as Section 7.(b) requires.")) == []


def test_unchanged_pair_gives_nothing(ctx):
    text = "A Municipal Entity shall obtain approval."
    assert one(ctx, text, text) == []


def test_every_rule_is_listed():
    names = {r.__name__ for r in RULES}
    assert {"removed_paragraph", "mandatory_to_permissive", "number_moved", "deadline_removed",
            "new_exception", "definition_narrowed", "remedy_limited", "new_text"} <= names


# --- the parameter directions in the question set --------------------------------------------

def test_numeric_questions_say_which_way_protects_more():
    questions = {q.key: q for q in load_library().questions.questions}
    assert questions["timelines.notice_days"].stronger == "more"
    assert questions["timelines.retention_max_days"].stronger == "less"
    assert questions["enforcement.damages_floor"].stronger == "more"
    assert questions["timelines.exigent_max_hours"].stronger == "less"
    assert questions["oversight.members"].stronger is None      # neither way protects more
    assert all(q.stronger is None for q in questions.values() if q.type not in ("int", "money"))


@pytest.mark.parametrize("field,words", [
    ("{key: options.notice_days, type: int, label: N, default: 30, stronger: longer}",
     "'more'"),
    ("{key: options.body, type: text, label: B, required: false, stronger: more}",
     "int and money questions only"),
])
def test_bad_direction_is_a_clear_error(mini, field, words):
    from ordinance_kit.errors import UserError
    from ordinance_kit.question_files import load_question_set

    path = mini / "questions" / "10-q.yaml"
    lines = path.read_text().splitlines()
    key = field.split(",")[0].split(": ")[1]
    lines = ["  - " + field if ln.strip().startswith("- {key: " + key + ",") else ln
             for ln in lines]
    path.write_text("\n".join(lines) + "\n")
    with pytest.raises(UserError) as err:
        load_question_set(mini / "questions")
    assert words in str(err.value) and "10-q.yaml" in str(err.value)


def test_two_parameters_with_the_same_value_are_told_apart_by_their_words():
    ctx = context_from_library(load_library(), {"options.partnership_end_days": 30,
                                                "options.partnership_footage_retention_days": 30})
    old = ("A Municipal Entity shall delete Private Footage and every copy of it within 30 days "
           "after receiving it.")
    found = one(ctx, old, old.replace("30 days", "180 days"), "private-partnerships-prohibited")
    assert effects(found) == [("weakened", "number-weaker")]
    assert "Days police may keep footage from private cameras" in found[0].message
    money = one(ctx, "actual damages, $1,000, or more", "actual damages, $250, or more",
                "enforcement")
    assert money[0].message.startswith("$1,000 became $250;")     # no comma caught in the amount


def test_pending_tracked_changes_are_reported(ctx):
    from ordinance_kit.review.report import render
    from ordinance_kit.review.run import review_documents

    h = heading()
    old = para("The Department shall publish the report.")
    new = Paragraph(1, "The Department may publish the report.", "Subsection", "(a)",
                    pending=True)
    original = ReadDocument("draft.docx", [h, old])
    edited = ReadDocument("edited.docx", [h, new], pending_changes=2)
    review = review_documents(original, edited, ctx,
                              align=lambda a, b: [Pair(h, h), Pair(old, new)])
    text = render(review, "text").decode()
    # named as the findings name places: section and subdivision
    assert "2 tracked change(s) are still pending (judged as if accepted): Section 5(a)." in text
    assert review.weakened and "mandatory-to-permissive" in text
