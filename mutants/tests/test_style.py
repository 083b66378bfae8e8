"""The drafting conventions in clauses/STYLE.md, checked on every clause body.

The rules live in the library lint (ordinance_kit/library_lint.py), which authors run with
`ordinance-kit clauses check`; these tests run the same rules over the shipped library.
"""
from __future__ import annotations

from types import SimpleNamespace

import pytest

from ordinance_kit.library import load_library
from ordinance_kit.library_lint import (ClauseFile, definition_form, hand_numbering,
                                        read_clause_file, style_words)

LIB = load_library()
CLAUSES = LIB.clauses + LIB.definitions


def messages(findings) -> list[str]:
    return [f"{f.where}: {f.message}" for f in findings]


@pytest.mark.parametrize("clause", CLAUSES, ids=lambda c: c.id)
def test_no_banned_words(clause):
    assert messages(style_words(read_clause_file(clause))) == []


@pytest.mark.parametrize("clause", CLAUSES, ids=lambda c: c.id)
def test_no_hand_numbered_subdivisions(clause):
    assert messages(hand_numbering(read_clause_file(clause))) == []


@pytest.mark.parametrize("clause", [c for c in CLAUSES if c.is_definition], ids=lambda c: c.id)
def test_definitions_start_with_means_or_includes(clause):
    assert messages(definition_form(read_clause_file(clause))) == []


def fake_file(body: str, definition: bool = False) -> ClauseFile:
    clause = SimpleNamespace(rel="x.md", is_definition=definition, id="def-x")
    return ClauseFile(clause, ["---", "id: def-x", "---"] + body.split("\n"), 3,
                      {"id": (2, "def-x")})


def test_the_rules_catch_violations():
    f = fake_file("The officer shall not, prior to the hearing,\ntell his supervisor "
                  "within thirty (30) days.")
    assert [(x.where, x.message) for x in style_words(f)] == [
        ("x.md:4", "'shall not': use 'may not' for a prohibition (STYLE.md)."),
        ("x.md:5", "'his': gender-neutral: repeat the noun (STYLE.md)."),
        ("x.md:4", "'prior to': say 'before' (STYLE.md)."),
        ("x.md:5", "'thirty (30) days': numerals only, no words-and-figures (STYLE.md)."),
    ]


def test_words_inside_jinja_and_markup_are_not_checked():
    f = fake_file("The [[Municipal Entity|entity]] may act {% if options.his %}now{% endif +%}"
                  "\nunder @[said-clause].")
    assert style_words(f) == []


def test_hand_numbering_and_definition_form_catch_violations():
    f = fake_file("A thing that matters.\n* (b) typed by hand", definition=True)
    assert [(x.where, x.message) for x in hand_numbering(f) + definition_form(f)] == [
        ("x.md:5", "'(b)' is typed by hand; the engine numbers subdivisions. Delete it and "
                   "start the line with '*' (one per level)."),
        ("x.md:4", "a definition's body starts with 'means' (a full definition) or 'includes' "
                   "(a partial one); the engine prints the term in quotes before it."),
    ]
