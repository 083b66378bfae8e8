"""`ordinance-kit questions` and the generated reference page docs/answers.md."""
from __future__ import annotations

from pathlib import Path

from ordinance_kit.library import load_library
from ordinance_kit.reference import REGENERATE, answers_markdown

ROOT = Path(__file__).resolve().parents[1]
DOC = ROOT / "docs" / "answers.md"


def test_docs_answers_md_is_up_to_date():
    current = answers_markdown(load_library())
    assert DOC.exists(), f"docs/answers.md is missing; create it with: {REGENERATE}"
    assert DOC.read_text(encoding="utf-8") == current, (
        f"docs/answers.md is out of date with the question set; regenerate it with: {REGENERATE}")


def test_markdown_command_matches_the_function(cli):
    code, out, _ = cli("questions", "--format", "md")
    assert code == 0 and out == answers_markdown(load_library())


def test_every_question_listed_with_type_default_range_condition_help(cli):
    lib = load_library()
    code, out, _ = cli("questions")
    assert code == 0
    for q in lib.questions.questions:
        assert q.key in out
    md = answers_markdown(lib)
    assert "### `timelines.notice_days`" in md
    assert "| allowed | a whole number of days from 10 to 120 |" in md
    assert "| default | 30 |" in md
    assert "| asked when | `oversight.body == 'new'` |" in md
    assert "| default | today's date |" in md                      # default_expr shown, not a date
    assert "worked out from other answers" in md
    assert "| required | yes |" in md and "none (you must answer)" in md
    help_text = " ".join(lib.questions.by_key["oversight.members"].help.split())
    assert help_text in md


def test_mini_library_and_bad_format(cli):
    mini = ROOT / "tests" / "fixtures" / "mini"
    code, out, _ = cli("questions", "--library", mini, "--format", "md")
    assert code == 0 and "`options.examples`" in out and "any of: alpr, drones, cameras" in out
    code, _, err = cli("questions", "--format", "html")
    assert code == 2 and "use text or md" in err
