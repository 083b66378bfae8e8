"""Drafter's notes are Word comments that city staff read: they speak of the ordinance and the
law, never of the tool that assembled it ("the answers", "the engine", "state facts", "the
research") and never name the project's research files. This is the check the project's
pre-stop hook runs, kept here so it cannot regress."""
from __future__ import annotations

import re
from pathlib import Path

import pytest

from ordinance_kit.engine import build, prepare

ROOT = Path(__file__).resolve().parents[1]
EXAMPLES = sorted((ROOT / "examples").glob("*.yaml"))
TOOL_WORDS = re.compile(r"\bthe answers\b|\bthe engine\b|project research|state facts|"
                        r"\bthe research\b|\b[a-z-]+\.md\b", re.I)


def notes_of(ordinance):
    for block in ordinance.all_blocks():
        if block.note is not None:
            yield block.note
    for section in ordinance.sections:
        if section.note is not None:
            yield section.note


@pytest.mark.parametrize("path", EXAMPLES, ids=lambda p: p.stem)
def test_notes_speak_to_the_clerk_not_of_the_tool(path):
    library, answers = prepare(path)
    ordinance = build(library, answers, "md").ordinance
    found = sorted({(note.clause_id, m.group(0)) for note in notes_of(ordinance)
                    for m in TOOL_WORDS.finditer(note.title + " " + note.text)})
    assert found == []


def test_the_check_finds_tool_words():
    # the pattern must catch what the hook catches, or the test above proves nothing
    for text in ("The answers set the period.", "as the research reports", "state facts",
                 "Project research found", "see state-forms.md"):
        assert TOOL_WORDS.search(text), text
