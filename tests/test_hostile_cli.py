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
