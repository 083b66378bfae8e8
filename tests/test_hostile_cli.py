"""Hostile text on the command line (issue 14): Rich markup in anything the user typed or wrote,
bad values in a clause library, and the outputs of explain, questions and init.

Categories: Rich markup (every command and option), clause-library values, sandbox errors,
explain/questions/init output targets, explain Markdown escaping.
"""
from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from helpers import MINI

ANSWERS = "jurisdiction:\n  name: Testville\n"
# A closing tag that matches nothing (MarkupError), a link that swallows its text, a style.
MARKUP = ["[/bold]", "[link=http://x]y", "[red]"]


def error(err: str) -> str:
    """The one-paragraph message the CLI printed last, never a traceback."""
    assert "Traceback" not in err and "MarkupError" not in err, err
    return err.strip().splitlines()[-1]


def one_line(text: str) -> str:
    """Rich soft-wraps nothing, but a table may fold: join the lines to look for a phrase."""
    return " ".join(text.split())


# --- Rich markup in every place a user's text reaches the terminal -----------------------------

@pytest.mark.parametrize("mark", MARKUP)
def test_markup_in_an_answers_key(cli, answers_file, mark):
    path = answers_file(ANSWERS + f'options: {{"{mark}": 1}}\n')
    for command in ("check", "build", "explain"):
        code, _, err = cli(command, path, "--library", MINI)
        assert code == 2, (command, err)
        assert f"line 3, key 'options.{mark}': unknown question" in error(err), err


@pytest.mark.parametrize("mark", MARKUP)
def test_markup_in_set(cli, answers_file, tmp_path, mark):
    path = answers_file(ANSWERS)
    for command in ("check", "build", "explain"):
        code, _, err = cli(command, path, "--library", MINI, "--set", f"{mark}=x")
        key = mark.split("=")[0]           # --set splits at the first '='
        assert code == 2
        assert error(err) == (f"Error: --set {key}: unknown question. Run 'ordinance-kit "
                              "questions' to see every valid key.")
    code, _, err = cli("init", "--defaults", "--library", MINI, "-o", tmp_path / "new.yaml",
                       "--set", f"{mark}=x")
    assert code == 2 and error(err).startswith(f"Error: --set {key}:"), err


@pytest.mark.parametrize("mark", MARKUP)
def test_markup_in_a_value_is_kept_literally(cli, answers_file, tmp_path, mark):
    """A value with brackets is refused or written, never swallowed."""
    path = answers_file(ANSWERS)
    code, _, err = cli("check", path, "--library", MINI, "--set", f"options.notice_days={mark}")
    assert code == 2 and f"'{mark}'" in error(err), err


@pytest.mark.parametrize("mark", MARKUP)
def test_markup_in_paths(cli, answers_file, tmp_path, mark):
    missing = tmp_path / f"{mark}.yaml"
    for command in ("check", "build", "explain"):
        code, _, err = cli(command, missing, "--library", MINI)
        assert code == 2
        assert error(err) == f"Error: {missing}: file not found. Check the path to the answers file."
    out = tmp_path / mark / "a.docx"
    code, _, err = cli("build", answers_file(ANSWERS), "--library", MINI, "-o", out)
    assert code == 2
    assert error(err).startswith(f"Error: {out}: the folder '{out.parent}' does not exist.")


@pytest.mark.parametrize("mark", ["[red]", "[b]x[link=y]"])
def test_markup_in_names_that_work(cli, answers_file, tmp_path, mark):
    """A file name with brackets is legal: every success message prints it as typed."""
    src = answers_file(ANSWERS, name=f"{mark}.yaml")
    code, out, _ = cli("check", src, "--library", MINI)
    assert code == 0 and f"{src}: 0 error(s)" in one_line(out)
    draft = tmp_path / f"{mark}.md"
    code, _, err = cli("build", src, "--library", MINI, "-o", draft)
    assert code == 0 and error(err).startswith(f"Wrote {draft}:"), err
    why = tmp_path / f"{mark}-why.md"
    code, _, err = cli("explain", src, "--library", MINI, "-o", why, "--format", "md")
    assert code == 0 and error(err) == f"Wrote {why}."
    made = tmp_path / f"{mark}-init.yaml"
    code, _, err = cli("init", "--defaults", "--library", MINI, "-o", made,
                       "--set", "jurisdiction.name=Testville")
    assert code == 0 and f"Wrote {made}:" in one_line(err), err


@pytest.mark.parametrize("mark", MARKUP)
def test_markup_in_clause_and_explain_ids(cli, answers_file, mark):
    code, _, err = cli("clauses", "--library", MINI, "show", mark)
    assert code == 2
    assert error(err) == (f"Error: no clause with id '{mark}'. Run 'ordinance-kit clauses' to "
                          "list them.")
    code, _, err = cli("explain", answers_file(ANSWERS), mark, "--library", MINI)
    assert code == 2
    assert error(err) == (f"Error: no clause with id '{mark}'. Run 'ordinance-kit clauses' to "
                          "list them.")


@pytest.mark.parametrize("mark", MARKUP)
def test_markup_in_a_csv_column_and_cell(cli, tmp_path, mark):
    csv = tmp_path / "j.csv"
    csv.write_text(f"jurisdiction.name,{mark}\nA,1\n", encoding="utf-8")
    code, _, err = cli("batch", csv, "--library", MINI, "-o", tmp_path / "out", "-j", "1")
    assert code == 2
    assert one_line(error(err)).startswith(f"Error: {csv}, row 1: column '{mark}' is not an "
                                           "answer key")
    csv.write_text(f"jurisdiction.name,options.notice_days\nTown{mark},{mark}\n",
                   encoding="utf-8")
    code, _, err = cli("batch", csv, "--library", MINI, "-o", tmp_path / "out", "-j", "1")
    assert code == 1, err
    assert f"row 2 (Town{mark}):" in one_line(err) and f"'{mark}'" in one_line(err)


@pytest.mark.parametrize("mark", MARKUP)
def test_markup_in_a_clause_front_matter_key(cli, mini, answers_file, mark):
    purpose = mini / "sections" / "purpose.md"
    purpose.write_text(purpose.read_text().replace("tags: [structure]",
                                                   f'"{mark}": 1\ntags: [structure]'))
    code, _, err = cli("build", answers_file(ANSWERS), "--library", mini)
    assert code == 2
    assert error(err) == (f"Error: {purpose}, line 6, key '{mark}': unknown front-matter key.")


@pytest.mark.parametrize("mark", MARKUP)
def test_markup_in_clause_text_is_shown_as_written(cli, mini, answers_file, mark):
    purpose = mini / "sections" / "purpose.md"
    purpose.write_text(purpose.read_text().replace("title: Purpose", f"title: 'Purpose {mark}'")
                       .replace("note: States the purpose.", f"note: 'Says {mark} why.'"))
    code, out, err = cli("clauses", "--library", mini)
    # the table may wrap the title after "Purpose": the markup is on the next line, intact
    assert code == 0 and "Purpose" in out and mark in out, err
    code, out, err = cli("clauses", "--library", mini, "show", "purpose")
    assert code == 0, err
    assert f"purpose: Purpose {mark}" in out and f"Says {mark} why." in out
    code, out, err = cli("explain", answers_file(ANSWERS), "purpose", "--library", mini)
    assert code == 0 and f"purpose: Purpose {mark}" in out, err


def test_link_markup_does_not_swallow_the_id(cli):
    code, _, err = cli("clauses", "--library", MINI, "show", "[link=http://x]y")
    assert code == 2 and "'[link=http://x]y'" in err and "\x1b]8;" not in err


# --- bad values in a clause library ------------------------------------------------------------

def _edit(path: Path, old: str, new: str) -> None:
    text = path.read_text()
    assert old in text, old
    path.write_text(text.replace(old, new))


@pytest.mark.parametrize("old, new, message", [
    ("order: 10", "order: abc", "line 5, key 'order': 'order' is a whole number, like 40, "
                                "not 'abc'."),
    ("order: 10", "order: [1]", "line 5, key 'order': 'order' is a whole number, like 40, "
                                "not a list."),
    ("order: 10", "order: true", "line 5, key 'order': 'order' is a whole number, like 40, "
                                "not true (yes/no)."),
    ("title: Purpose", "title: [a, b]", "line 3, key 'title': 'title' is one line of text, "
                                        "not a list."),
    ("note: States the purpose.", "note: {a: 1}", "line 8, key 'note': 'note' is text, not a "
                                                  "mapping."),
    ("part: sections", "part: [x]", "line 4, key 'part': 'part' is one of title, recitals, "
                                    "enacting, sections, closing, not a list."),
    ("tags: [structure]", "tags: [structure]\nwhen: [1]",
     "line 7, key 'when': 'when' is a condition, like options.funding, not a list."),
    ("tags: [structure]", "tags: [structure]\nconditional_notes: 5",
     "line 7, key 'conditional_notes': 'conditional_notes' is a list of {when: ..., text: ...}, "
     "not '5'."),
    ("sources: [{cite: Test Code 1.0", "sources: [{cite: [1]", "line 7, key 'sources': source "
                                                               "field 'cite' is one line of text, not a list."),
])
def test_wrong_typed_front_matter(cli, mini, answers_file, old, new, message):
    purpose = mini / "sections" / "purpose.md"
    _edit(purpose, old, new)
    for args in (("check", answers_file(ANSWERS)), ("clauses",), ("clauses", "check")):
        code, _, err = cli(*args, "--library", mini) if args != ("clauses", "check") else \
            cli("clauses", "check", mini)
        assert code == 2, (args, err)
        assert error(err) == f"Error: {purpose}, {message}", args


@pytest.mark.parametrize("old, new, line, key, message", [
    ("min: 1, max: 365", "min: abc, max: 365", 18, "options.notice_days",
     "'min' is a number, not 'abc'."),
    ("min: 1, max: 365", "min: 1, max: [365]", 18, "options.notice_days",
     "'max' is a number, not a list."),
    ("min: 1, max: 365", "min: 1, max: .inf", 18, "options.notice_days",
     "'max' is a number, not 'inf'."),
    ("default: 1000, min: 0", "default: 1000, min: zero", 20, "options.damages",
     "'min' is a number, not 'zero'."),
    ("label: Body name, required: false", "label: Body name, required: false, max_length: lots",
     21, "options.body", "'max_length' is a whole number of characters, like 200, not 'lots'."),
    ("label: Body name, required: false", "label: Body name, required: false, max_length: 0",
     21, "options.body", "'max_length' is a whole number of characters, like 200, not '0'."),
    ("label: Body name, required: false", "label: Body name, required: maybe",
     21, "options.body", "'required' is true or false, not 'maybe'."),
    ("label: Body name, required: false", "label: [Body], required: false",
     21, "options.body", "'label' is one line of text, not a list."),
])
def test_wrong_typed_question_fields(cli, mini, answers_file, old, new, line, key, message):
    qfile = mini / "questions" / "10-q.yaml"
    _edit(qfile, old, new)
    for args in (("check", answers_file(ANSWERS), "--library", mini),
                 ("questions", "--library", mini), ("clauses", "check", mini)):
        code, _, err = cli(*args)
        assert code == 2, (args, err)
        assert error(err) == f"Error: {qfile}, line {line}, question '{key}': {message}", args


@pytest.mark.parametrize("body, what", [
    ('{{ range(10)|attr("__class__") }}', "access to attribute '__class__' of 'range' object "
                                          "is unsafe"),
    ("{{ jurisdiction.name.__class__ }}", "access to attribute '__class__' of 'str' object is "
                                          "unsafe"),
    ("{% for x in [1] %}\n{{ x.__class__.__mro__ }}{% endfor %}",
     "access to attribute '__class__' of 'int' object is unsafe"),
])
def test_sandbox_error_in_a_clause_body(cli, mini, answers_file, body, what):
    purpose = mini / "sections" / "purpose.md"
    purpose.write_text(purpose.read_text() + body + "\n")
    line = len(purpose.read_text().splitlines())        # the last line holds the failure
    for command in ("check", "build", "explain"):
        code, _, err = cli(command, answers_file(ANSWERS), "--library", mini)
        assert code == 2, (command, err)
        assert error(err) == (f"Error: {purpose}, line {line}: the clause body does something "
                              f"templates may not do ({what}). Clause bodies may only print "
                              "answers and use the documented filters; this is a problem in "
                              "the clause library.")


# --- explain, questions and init write like build ----------------------------------------------

def _targets(tmp_path, answers):
    return {
        "explain": lambda out, *more: ("explain", answers, "--library", MINI, "-o", out, *more),
        "questions": lambda out, *more: ("questions", "--library", MINI, "-o", out, *more),
        "init": lambda out, *more: ("init", "--defaults", "--library", MINI, "-o", out,
                                    "--set", "jurisdiction.name=Testville", *more),
    }


# each command's own kind of file (the name rule: tests/test_output_suffixes.py)
_ENDING = {"explain": ".txt", "questions": ".txt", "init": ".yaml"}


@pytest.mark.parametrize("command", ["explain", "questions", "init"])
def test_output_rules_match_build(cli, answers_file, tmp_path, command):
    make = _targets(tmp_path, answers_file(ANSWERS))[command]
    out = tmp_path / ("out" + _ENDING[command])
    code, _, err = cli(*make(out))
    assert code == 0, err
    first = out.read_bytes()
    out.write_text("mine")
    code, _, err = cli(*make(out))                    # no --force: kept
    assert code == 2 and "already exists" in error(err) and out.read_text() == "mine"
    code, _, err = cli(*make(out, "--force"))
    assert code == 0 and out.read_bytes() == first
    missing = tmp_path / "nowhere" / ("x" + _ENDING[command])
    code, _, err = cli(*make(missing))
    assert code == 2 and error(err).startswith(f"Error: {missing}: the folder "), err
    fifo = tmp_path / ("fifo" + _ENDING[command])
    import os

    os.mkfifo(fifo)
    code, _, err = cli(*make(fifo, "--force"))
    assert code == 2
    assert error(err) == (f"Error: {fifo} is a FIFO (named pipe), not a regular file; --force "
                          "replaces only regular files. Choose an output file name with -o.")


@pytest.mark.parametrize("command", ["explain", "questions", "init"])
def test_a_file_that_appears_meanwhile_is_kept(cli, answers_file, tmp_path, monkeypatch,
                                               command):
    """Another program takes the name after the checks passed: without --force it is kept."""
    from ordinance_kit import interview_session, output

    out = tmp_path / ("out" + _ENDING[command])
    real = output.atomic_write

    def taken_first(path, data, *, replace=True):
        out.write_text("theirs")             # after every check, before the write
        real(path, data, replace=replace)
    monkeypatch.setattr(output, "atomic_write", taken_first)
    monkeypatch.setattr(interview_session, "atomic_write", taken_first)
    make = _targets(tmp_path, answers_file(ANSWERS))[command]
    code, _, err = cli(*make(out))
    assert code == 2
    assert error(err) == (f"Error: {out} already exists: another program created it while this "
                          "one was working, and it was left as it is. Add --force to replace "
                          "it, or choose another output name with -o.")
    assert out.read_text() == "theirs"


def test_explain_never_replaces_its_answers(cli, answers_file, tmp_path):
    src = answers_file(ANSWERS, "answers.md")      # an ending explain may write
    code, _, err = cli("explain", src, "--library", MINI, "-o", src, "--force")
    assert code == 2
    assert error(err) == (f"Error: {src} is the input file {src}; writing the draft there would "
                          "destroy the answers. Choose another output name with -o.")
    assert src.read_text() == ANSWERS


def test_explain_markdown_escapes_character_references(cli, answers_file):
    code, out, err = cli("explain", answers_file(ANSWERS), "--library", MINI, "--format", "md", "--verbose",
                         "--set", "options.body=Board &copy; &#169; & Co")
    assert code == 0, err
    assert "- `options.body` = Board \\&copy; \\&#169; & Co (--set)" in out
