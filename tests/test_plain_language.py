"""Issue 13, the advocate's language: every question explains itself, checklist items and
choices have plain labels, optional parts are introduced in plain sentences, and help text
does not hedge about the tool's own knowledge."""
from __future__ import annotations

import re

import pytest

from ordinance_kit.interview import module_intro
from ordinance_kit.library import load_library

LIB = load_library()
QUESTIONS = LIB.questions.questions


@pytest.mark.parametrize("q", QUESTIONS, ids=lambda q: q.key)
def test_every_question_has_help(q):
    assert len(q.help.split()) >= 8, f"{q.key} needs help text saying what the choice does"


@pytest.mark.parametrize("q", [q for q in QUESTIONS if q.type in ("choice", "multi")],
                         ids=lambda q: q.key)
def test_every_choice_has_a_plain_label(q):
    for c in q.choices:
        assert c.label != c.value, f"{q.key}: '{c.value}' has no plain label"
        assert "_" not in c.label, f"{q.key}: the label of '{c.value}' reads like a key"


def test_checklist_help_does_not_name_items_by_their_keys():
    for q in QUESTIONS:
        if q.type != "multi":
            continue
        for c in q.choices:
            if "_" in c.value:
                assert c.value not in q.help, f"{q.key}: help names '{c.value}'; use its label"


HEDGES = re.compile(r"\bbelieved to\b|\bthought to\b|\bwe think\b|\bproject research\b|"
                    r"\bstate facts\b|\bthe research\b|\bthe engine\b", re.I)


@pytest.mark.parametrize("q", QUESTIONS, ids=lambda q: q.key)
def test_help_has_no_hedges_or_tool_words(q):
    assert not HEDGES.search(q.help), f"{q.key}: {HEDGES.search(q.help).group()}"


MODULES = sorted({q.module for q in QUESTIONS if q.module})


@pytest.mark.parametrize("clause_id", MODULES)
def test_each_optional_part_has_a_plain_introduction(clause_id):
    intro = LIB.questions.module_intros.get(clause_id)
    assert intro, f"{clause_id} has no plain introduction"
    sentences = [s for s in re.split(r"(?<=[.!?])\s+", intro) if s]
    assert 2 <= len(sentences) <= 3, intro
    assert not re.search(r"§|Code|Ord\.|\bclause\b", intro), "citations belong under sources"
    assert module_intro(LIB, clause_id).startswith(intro)


def test_a_module_introduction_for_an_unknown_clause_is_refused(tmp_path):
    import shutil

    from ordinance_kit.errors import UserError
    from ordinance_kit.library import default_library_dir

    lib = tmp_path / "clauses"
    shutil.copytree(default_library_dir(), lib)
    extra = lib / "questions" / "99-extra.yaml"
    extra.write_text("modules:\n  - clause: no-such-part\n    intro: Two. Sentences.\n")
    with pytest.raises(UserError, match="no-such-part"):
        load_library(lib)
