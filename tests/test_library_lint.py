"""The library lint (`ordinance-kit clauses check`, and every build of a changed library).

Each rule is triggered by a broken copy of one real clause or question file in a private copy
of the library, and the exact message is asserted; then the real library, the CLI's exit codes
and the build hook.
"""
from __future__ import annotations

import json
import re
import shutil
from pathlib import Path

import pytest

from ordinance_kit import library, library_lint
from ordinance_kit.errors import UserError
from ordinance_kit.library import load_library
from ordinance_kit.library import lint_library
from ordinance_kit.library_lint import LibraryLintFailed
from ordinance_kit.templating import environment

ROOT = Path(__file__).resolve().parents[1]
EXIGENT = "sections/exigent-circumstances.md"

# The shipped library has two stale `params` entries. Removing them changes the library's
# hash, which every document records, so they wait for the next change to the library.
KNOWN_WARNINGS: list = []      # the shipped library lints clean


@pytest.fixture
def lib(tmp_path) -> Path:
    """A private copy of the real clause library, safe to break."""
    target = tmp_path / "clauses"
    shutil.copytree(ROOT / "clauses", target)
    return target.resolve()


def edit(root: Path, rel: str, old: str, new: str) -> list[str]:
    path = root / rel
    text = path.read_text(encoding="utf-8")
    assert old in text, f"{rel} no longer contains {old!r}"
    text = text.replace(old, new, 1)
    path.write_text(text, encoding="utf-8")
    return text.split("\n")


def line_of(lines: list[str], needle: str) -> int:
    return next(n for n, line in enumerate(lines, 1) if needle in line)


def found(root: Path, rule: str) -> list[tuple[str, str, str]]:
    """The findings of one rule, leaving out the known warnings of files the test left alone."""
    out = [(f.where.replace(f"{root}/", ""), f.level, f.message)
           for f in lint_library(root) if f.rule == rule]
    return [f for f in out if (re.sub(r":\d+$", "", f[0]), f[1], f[2]) not in KNOWN_WARNINGS]


# --- front matter -----------------------------------------------------------------------------

def test_missing_order_and_note_are_errors_that_stop_the_build(lib, cli, tmp_path):
    text = (lib / EXIGENT).read_text(encoding="utf-8")
    text = text.replace("order: 1900\n", "")
    text = re.sub(r"note: >\n(  .*\n)+", "", text)
    (lib / EXIGENT).write_text(text, encoding="utf-8")
    end = text.split("\n").index("---", 1) + 1
    assert found(lib, "required-keys") == [
        (f"{EXIGENT}:{end}", "error", "the front matter has no 'order'. Add 'order:' above this "
         "line (the clause's place within its part, lower first; without it the clause sorts "
         "first, as Section 1)."),
        (f"{EXIGENT}:{end}", "error", "the front matter has no 'note'. Add 'note:' above this "
         "line (the drafter's note: what the clause does, the options, who chose what, the "
         "risks)."),
    ]
    with pytest.raises(LibraryLintFailed) as failed:
        load_library(lib)
    assert str(failed.value).startswith("the clause library has 2 error(s);")
    assert f"{EXIGENT}:{end}: the front matter has no 'order'" in str(failed.value)
    out = tmp_path / "draft.docx"
    code, _, err = cli("build", ROOT / "examples" / "riverbend-ca.yaml", "--library", lib,
                       "-o", out)
    assert code == 2 and "the clause library has 2 error(s)" in err
    assert not out.exists()


def test_order_must_be_a_whole_number(lib):
    lines = edit(lib, EXIGENT, "order: 1900", "order: 19.5")
    assert found(lib, "required-keys") == [
        (f"{EXIGENT}:{line_of(lines, 'order:')}", "error",
         "'order' is '19.5'; it must be a whole number, like 'order: 700'.")]


def test_a_section_without_sources_is_warned(lib):
    text = (lib / EXIGENT).read_text(encoding="utf-8")
    text = re.sub(r"sources:\n(  .*\n)+", "sources: []\n", text)
    (lib / EXIGENT).write_text(text, encoding="utf-8")
    assert found(lib, "required-keys") == [
        (f"{EXIGENT}:{line_of(text.split(chr(10)), 'sources:')}", "warning",
         "'sources' is empty; a clause in the 'sections' part needs the ordinances it draws "
         "on, each with cite and jurisdiction.")]


def test_a_one_sentence_note_and_a_source_without_jurisdiction(lib):
    rel = "definitions/def-judicial-warrant.md"
    text = (lib / rel).read_text(encoding="utf-8")
    text = re.sub(r"note: >\n(  .*\n)+", "note: A warrant.\n", text)
    text = re.sub(r"\n    jurisdiction: [^\n]*", "", text, count=1)
    (lib / rel).write_text(text, encoding="utf-8")
    lines = text.split("\n")
    cite = re.search(r"cite: ([^\n]*)", text).group(1)
    assert found(lib, "note-and-sources") == [
        (f"{rel}:{line_of(lines, 'sources:')}", "warning", f"source 1 ('{cite}') has no "
         "'jurisdiction'; add the place whose law it is."),
        (f"{rel}:{line_of(lines, 'note:')}", "warning", "the note has one sentence; say what "
         "the clause does, the options and who chose what, and the risks (STYLE.md §8)."),
    ]


def test_a_definition_id_and_its_first_word(lib):
    old = lib / "definitions" / "def-judicial-warrant.md"
    text = old.read_text(encoding="utf-8").replace("id: def-judicial-warrant",
                                                   "id: judicial-warrant")
    text = re.sub(r"\n---\nmeans", "\n---\nrefers to", text)
    old.unlink()
    (lib / "definitions" / "judicial-warrant.md").write_text(text, encoding="utf-8")
    lines = text.split("\n")
    rel = "definitions/judicial-warrant.md"
    assert found(lib, "definition-form") == [
        (f"{rel}:2", "warning", "a definition's id starts with 'def-'; rename the file to "
         "def-judicial-warrant.md and set 'id: def-judicial-warrant'."),
        (f"{rel}:{line_of(lines, 'refers to')}", "warning", "a definition's body starts with "
         "'means' (a full definition) or 'includes' (a partial one); the engine prints the "
         "term in quotes before it."),
    ]


# --- the body ---------------------------------------------------------------------------------

def test_hand_numbered_subdivision(lib):
    lines = edit(lib, EXIGENT, "* [#purpose] It uses", "* [#purpose] (a) It uses")
    assert found(lib, "hand-numbering") == [
        (f"{EXIGENT}:{line_of(lines, '[#purpose]')}", "error", "'(a)' is typed by hand; the "
         "engine numbers subdivisions. Delete it and start the line with '*' (one per level).")]


def test_style_words(lib):
    lines = edit(lib, EXIGENT, "It stops using the technology when",
                 "It stops using the technology prior to the time when")
    assert found(lib, "style-words") == [
        (f"{EXIGENT}:{line_of(lines, '[#duration]')}", "warning",
         "'prior to': say 'before' (STYLE.md).")]


def test_endif_at_the_end_of_a_recital_merges_it_with_the_next(lib):
    # the trap itself: trim_blocks eats the line break after a tag that ends a line
    env = environment()
    assert env.from_string("a{% if x %}b{% endif %}\n\nc").render(x=True) == "ab\nc"
    assert env.from_string("a{% if x %}b{% endif +%}\n\nc").render(x=True) == "ab\n\nc"
    rel = "sections/recitals-core.md"
    first = "commits money or staff to a technology"
    lines = edit(lib, rel, first, first + "{% if jurisdiction.kind == 'city' %}, as a city"
                 "{% endif %}")
    n = line_of(lines, first)
    assert found(lib, "line-joins") == [
        (f"{rel}:{n}", "error", f"'{{% endif %}}' ends this line, so Jinja removes the line "
         f"break after it, the blank line {n + 1} no longer separates paragraphs, and the "
         f"paragraph on line {n + 2} merges into this one (two recitals become one). End the "
         "line with '{% endif +%}' to keep its line break.")]
    edit(lib, rel, ", as a city{% endif %}", ", as a city{% endif +%}")
    assert found(lib, "line-joins") == []


def test_endif_before_a_line_of_text_glues_them(lib):
    lines = edit(lib, EXIGENT, "to the [[Exigent Circumstances]].\n** [#duration]",
                 "to the [[Exigent Circumstances]]{% if options.exigent_cap %} while it "
                 "lasts{% endif %}\nand no longer.\n** [#duration]")
    n = line_of(lines, "[#purpose]")
    assert found(lib, "line-joins") == [
        (f"{EXIGENT}:{n}", "error", f"'{{% endif %}}' ends this line, so Jinja removes the "
         f"line break after it and line {n + 1} is glued onto the end of this one. End the "
         "line with '{% endif +%}' to keep its line break.")]


def test_a_comment_written_over_two_lines_glues_nothing(lib):
    # A {# ... #} comment alone on its lines prints nothing; the line break after it going is
    # harmless, so the closing line is not reported (closing.md has one).
    edit(lib, EXIGENT, "** [#duration]",
         "{# a comment that runs\n   over two lines #}\n** [#duration]")
    assert found(lib, "line-joins") == []
    edit(lib, EXIGENT, "{# a comment that runs", "Text {# a comment that runs")
    assert [level for _, level, _ in found(lib, "line-joins")] == ["error"]


def test_params_must_match_what_the_body_reads(lib):
    lines = edit(lib, EXIGENT, "oversight.body, jurisdiction.governing_body, jurisdiction.administrator,",
                 "jurisdiction.governing_body, jurisdiction.administrator, options.first_amendment,")
    n = line_of(lines, "params:")
    assert found(lib, "params-match") == [
        (f"{EXIGENT}:{n}", "warning", "the body reads 'oversight.body', which 'params' does "
         "not list; add it to params."),
        (f"{EXIGENT}:{n}", "warning", "params lists 'options.first_amendment', which the "
         "clause never reads; remove it from params."),
    ]


def test_unknown_filter_inside_a_condition(lib):
    # Jinja checks a filter inside {% if %} only when that branch renders, so the loader
    # accepts this clause; a draft without the cap would build until one with it failed.
    lines = edit(lib, EXIGENT, "{{ timelines.exigent_max_hours }}",
                 "{{ timelines.exigent_max_hours | dayz }}")
    assert found(lib, "unknown-filters") == [
        (f"{EXIGENT}:{line_of(lines, '| dayz')}", "error", "the body uses the filter 'dayz', "
         "which does not exist. Did you mean 'days'? The filters are listed in "
         "docs/clause-format.md.")]


# --- YAML -------------------------------------------------------------------------------------

def test_a_space_hash_cuts_a_front_matter_value(lib):
    lines = edit(lib, EXIGENT, "chose: 30-day notice and 90-day report for emergency use",
                 "chose: notice under Resolution #12 and a 90-day report")
    assert found(lib, "yaml-comments") == [
        (f"{EXIGENT}:{line_of(lines, 'Resolution #12')}", "error", "'chose' is cut at ' #': "
         "YAML reads ' #' and what follows as a comment, so the value is 'notice under "
         "Resolution'. If the '#' belongs to the text, put the value in quotes; if it is a "
         "comment, put two spaces before the '#' and one after.")]
    edit(lib, EXIGENT, "chose: notice under Resolution #12 and a 90-day report",
         "chose: 'notice under Resolution #12 and a 90-day report'  # quoted, then a comment")
    assert found(lib, "yaml-comments") == []


def test_a_space_hash_cuts_a_question_help(lib):
    rel = "questions/20-core.yaml"
    lines = edit(lib, rel, "help: How far ahead the department",
                 "help: How far ahead # of days the department")
    assert found(lib, "yaml-comments") == [
        (f"{rel}:{line_of(lines, 'ahead # of days')}", "error", "'help' is cut at ' #': YAML "
         "reads ' #' and what follows as a comment, so the value is 'How far ahead'. If the "
         "'#' belongs to the text, put the value in quotes; if it is a comment, put two spaces "
         "before the '#' and one after.")]


def test_a_number_question_needs_a_range(lib):
    rel = "questions/20-core.yaml"
    lines = edit(lib, rel, "    default: 14\n    min: 3\n    max: 60\n",
                 "    default: 14\n    min: 3\n")
    assert found(lib, "question-rules") == [
        (f"{rel}:{line_of(lines, 'key: timelines.meeting_notice_days')}", "warning",
         "the int question 'timelines.meeting_notice_days' has no max; a number question "
         "needs a default and an allowed range (min and max).")]


def test_state_files_have_the_same_facts(lib):
    rel = "states/WY.yaml"
    text = (lib / rel).read_text(encoding="utf-8")
    text = re.sub(r"\n  open_meetings_law:.*|\nopen_meetings_law:\n(  .*\n)+", "\n", text, count=1)
    text = text.replace("verified: false", "verified: maybe", 1)
    (lib / rel).write_text(text, encoding="utf-8")
    lines = text.split("\n")
    first = sorted(p.name for p in (lib / "states").glob("*.yaml"))[0]
    assert found(lib, "state-facts") == [
        (f"{rel}:1", "error", f"has no 'open_meetings_law.cite', which {first} has; every "
         "state file has the same keys (a clause reading it would fail for this state). Add "
         "it, with an empty value and 'verified: false' if the fact is unknown."),
    ] + [(f"{rel}:1", "error", f"has no 'open_meetings_law.{k}', which {first} has; every "
          "state file has the same keys (a clause reading it would fail for this state). Add "
          "it, with an empty value and 'verified: false' if the fact is unknown.")
         for k in ("name", "source", "verified")] + [
        (f"{rel}:{line_of(lines, 'verified: maybe')}", "error",
         "'records_law.verified' is 'maybe'; write true or false.")]


# --- the real library, the command and the build hook -----------------------------------------

def test_the_real_library_has_no_errors_and_only_the_known_warnings():
    findings = lint_library()
    assert [(re.sub(r":\d+$", "", f.where).replace(f"{ROOT / 'clauses'}/", "")
             .replace("clauses/", ""), f.level, f.message) for f in findings] == KNOWN_WARNINGS


def test_clauses_check_exit_codes(lib, cli):
    code, out, _ = cli("clauses", "check", lib)
    assert code == 0 and out.splitlines()[-1] == "0 error(s), 0 warning(s)."
    lines = edit(lib, EXIGENT, "* [#purpose] It uses", "* [#purpose] (a) It uses")
    code, out, _ = cli("clauses", "check", lib)
    n = line_of(lines, "[#purpose]")
    assert code == 1
    assert f"{lib}/{EXIGENT}:{n}: error: '(a)' is typed by hand;" in out
    assert out.splitlines()[-1] == "1 error(s), 0 warning(s)."
    code, out, _ = cli("clauses", "check", lib, "--json")
    data = json.loads(out)
    assert code == 1 and data["ok"] is False
    assert [f["rule"] for f in data["findings"] if f["level"] == "error"] == ["hand-numbering"]
    code, _, err = cli("clauses", "check", lib / "missing")
    assert code == 2 and "does not exist" in err


def test_clauses_check_reports_a_library_the_loader_rejects(lib, cli):
    edit(lib, EXIGENT, "{{ timelines.exigent_application_days | days }}",
         "{{ timelines.exigent_application_days | dayz }}")
    code, _, err = cli("clauses", "check", lib)
    assert code == 2 and "No filter named 'dayz'" in err
    code, out, _ = cli("clauses", "--library", lib, "check", "--json")
    assert code == 2 and json.loads(out)["findings"][0]["rule"] == "input"


def test_the_lint_runs_when_the_library_changes_not_on_the_cached_path(lib, monkeypatch):
    load_library(lib)                       # linted, then written to the disk cache
    library._CACHE.clear()                  # a new process, as far as the loader knows

    def must_not_run(_lib):
        raise AssertionError("the lint ran on a cached library")

    monkeypatch.setattr(library_lint, "stop_on_errors", must_not_run)
    assert load_library(lib).digest         # served from the disk cache: no lint
    edit(lib, EXIGENT, "It uses the technology", "It uses that technology")
    with pytest.raises(AssertionError, match="the lint ran"):
        load_library(lib)                   # changed: linted before it is cached


def test_loader_errors_are_still_user_errors(lib):
    edit(lib, EXIGENT, "order: 1900", "order: 1900\nordr: 2")
    with pytest.raises(UserError, match="unknown front-matter key"):
        lint_library(lib)
