"""The clause body markup (markup.parse_body), read directly: blocks, subdivision depths and
ids, headings, defined terms, references, answer values and blanks, and errors with the
rendered line they are on."""
from __future__ import annotations

import pytest

from ordinance_kit.markup import (AnswerText, MarkupError, RawRef, RawTerm, parse_body)
from ordinance_kit.model import Blank, Emphasis, Text
from ordinance_kit.templating import RenderState, environment, render_body


def parse(text: str, state: RenderState | None = None):
    return parse_body(text, state or RenderState())


def render(source: str, **context):
    """Render a body through the real sandbox (so answer values become tokens), then parse."""
    return parse_body(*render_body(environment().from_string(source), context))


# --- blocks and subdivisions ---------------------------------------------------------------------

def test_blank_lines_separate_blocks_and_lines_join_with_a_space():
    blocks = parse("First line\n  continues here.\n\n\nSecond block.")
    assert [(b.kind, b.depth, b.line, b.inlines) for b in blocks] == [
        ("text", 0, 1, [Text("First line continues here.")]),
        ("text", 0, 5, [Text("Second block.")]),
    ]


def test_stars_give_the_depth_and_continuation_lines_stay_with_the_item():
    blocks = parse("* one\n** two\n   more of two\n*** three\n**** four\n* back")
    assert [(b.kind, b.depth, b.inlines) for b in blocks] == [
        ("numbered", 1, [Text("one")]),
        ("numbered", 2, [Text("two more of two")]),
        ("numbered", 3, [Text("three")]),
        ("numbered", 4, [Text("four")]),
        ("numbered", 1, [Text("back")]),
    ]
    assert [b.line for b in blocks] == [1, 2, 4, 5, 6]


def test_subdivision_ids_are_read_and_removed_from_the_text():
    a, b = parse("* [#notice-period] Notice is due.\n** No id here.")
    assert (a.sub_id, a.inlines) == ("notice-period", [Text("Notice is due.")])
    assert (b.sub_id, b.inlines) == (None, [Text("No id here.")])


def test_an_id_that_is_not_lowercase_stays_text():
    (block,) = parse("* [#Bad_Id] text")
    assert block.sub_id is None and block.inlines == [Text("[#Bad_Id] text")]


def test_italic_heading_on_a_subdivision():
    (item,) = parse("* [#timing] _Timing._ It is due in May.")
    assert item.sub_id == "timing"
    assert item.inlines == [Emphasis("Timing."), Text(" It is due in May.")]
    (no_heading,) = parse("* It is _not_ a heading.")
    assert no_heading.inlines == [Text("It is _not_ a heading.")]


def test_signature_lines():
    blocks = parse("Adopted.\n!sig   City Clerk  \n!sig Mayor")
    assert [(b.kind, b.inlines) for b in blocks] == [
        ("text", [Text("Adopted.")]),
        ("signature", [Text("City Clerk")]),
        ("signature", [Text("Mayor")]),
    ]


def test_an_empty_item_is_dropped():
    assert [b.inlines for b in parse("*\n* kept")] == [[Text("kept")]]


# --- inline: terms and references ----------------------------------------------------------------

def test_defined_terms_with_and_without_shown_text():
    (block,) = parse("Use of [[Surveillance Data|surveillance data]] and [[ Municipal Entity ]].")
    assert block.inlines == [
        Text("Use of "), RawTerm("Surveillance Data", "surveillance data"), Text(" and "),
        RawTerm("Municipal Entity", "Municipal Entity"), Text("."),
    ]


def test_references_to_a_clause_a_subdivision_and_a_local_subdivision():
    (block,) = parse("See @[approval], @[approval#use] and @[#second].")
    assert block.inlines == [
        Text("See "), RawRef("approval", None), Text(", "), RawRef("approval", "use"),
        Text(" and "), RawRef("", "second"), Text("."),
    ]


def test_uppercase_reference_is_not_a_reference():
    (block,) = parse("See @[Approval].")
    assert block.inlines == [Text("See @[Approval].")]


# --- answer values, blanks and escaping ----------------------------------------------------------

@pytest.mark.parametrize("value", [
    "[[Surveillance Data]]", "@[approval#use]", "* not an item", "_Heading._", "!sig Mayor",
    "{{ 7 * 7 }}", "{% if true %}x{% endif %}", "a\\b <c> `d` #e",
])
def test_answer_values_are_literal_text_never_markup(value):
    (block,) = render("The body is {{ options.body }}.", options={"body": value})
    assert block.inlines == [Text("The body is "), AnswerText(value), Text(".")]
    assert type(block.inlines[1]) is AnswerText


def test_answer_value_at_the_start_of_a_line_does_not_start_an_item():
    blocks = render("{{ name }}\n\n* item", name="** deep")
    assert [(b.kind, b.depth, b.inlines) for b in blocks] == [
        ("text", 0, [AnswerText("** deep")]), ("numbered", 1, [Text("item")])]


def test_blanks_and_unanswered_values_become_blanks():
    from ordinance_kit.templating import Unanswered

    (block,) = render('Adopted on {{ blank("date of adoption") }} by {{ body }}.',
                      body=Unanswered("options.body", "Body name"))
    assert block.inlines == [Text("Adopted on "), Blank("date of adoption"), Text(" by "),
                             Blank("Body name"), Text(".")]


def test_answer_value_inside_a_term_or_heading_is_read_as_text():
    (block,) = render("* _{{ h }}._ Use of [[{{ t }}]].", h="Costs", t="Surveillance Data")
    assert block.inlines == [Emphasis("Costs."), Text(" Use of "),
                             RawTerm("Surveillance Data", "Surveillance Data"), Text(".")]


# --- errors name the rendered line -----------------------------------------------------------------

def test_too_many_stars():
    with pytest.raises(MarkupError) as err:
        parse("Intro.\n\n* one\n***** five")
    assert str(err.value) == ("rendered line 4: 5 stars; subdivisions go at most 4 levels "
                              "deep")


def test_missing_space_after_stars():
    with pytest.raises(MarkupError) as err:
        parse("Intro.\n**bold text that is not an item and goes on for a while")
    assert str(err.value) == ("rendered line 2: put a space after the stars in "
                              "'**bold text that is not an ite'")


def test_signature_without_title():
    with pytest.raises(MarkupError) as err:
        parse("Adopted.\n\n\n!sig   ")
    assert str(err.value) == "rendered line 4: '!sig' needs the signer's title"
