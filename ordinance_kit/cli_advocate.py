"""Advocate workflow commands: init (the interview), explain, questions. Registered on the app.

Heavy libraries (questionary, jinja2, ruamel.yaml) are imported inside the commands, so
`ordinance-kit --help` stays fast.
"""
from __future__ import annotations

import sys
from pathlib import Path
from typing import List, Optional

import typer

from .cli import LibraryOpt, SetOpt, _console, _escape_rich, app, run
from .errors import UserError

FORMATS = ("text", "md")


def _check_format(fmt: str) -> str:
    fmt = (fmt or "text").lower()
    if fmt not in FORMATS:
        raise UserError(f"--format {fmt}: use text or md.")
    return fmt


def _write_or_print(text: str, output: Optional[Path], force: bool) -> None:
    from .output import atomic_write, check_target

    if output is None:
        typer.echo(text, nl=False)
        return
    check_target(output, force)
    atomic_write(output, text.encode("utf-8"))
    _console(stderr=True).print(f"Wrote {_escape_rich(str(output))}.")


# --- init ---------------------------------------------------------------------------------------

@app.command()
def init(
    output: Optional[Path] = typer.Option(None, "-o", "--output", dir_okay=False,
                                          help="Where to write the answers file (default: "
                                               "answers.yaml here, or the --update file)."),
    defaults: bool = typer.Option(False, "--defaults", help="Ask nothing: accept every default. "
                                  "Questions without a default must be given with --set."),
    update: Optional[Path] = typer.Option(None, "--update", dir_okay=False, metavar="FILE",
                                          help="Bring an existing answers file up to date: keep "
                                               "its answers, ask only new questions and answers "
                                               "that are no longer valid."),
    force: bool = typer.Option(False, "--force", help="Replace the output file without asking."),
    sets: Optional[List[str]] = SetOpt,
    library: Optional[Path] = LibraryOpt,
):
    """Answer questions in the terminal and write an answers file.

    Asks only the questions that apply, explains each optional module with examples from
    enacted ordinances, lets you review and change any answer, then writes a YAML file whose
    comments explain every answer. Ctrl-C stops without writing anything.

    Examples:

    \b
      ordinance-kit init -o my-city.yaml
      ordinance-kit init --defaults --set jurisdiction.name=Riverside --set jurisdiction.state=CA
      ordinance-kit init --update my-city.yaml
    """
    def body():
        from .answers_writer import render_answers_yaml
        from .interview import (Interview, QuestionaryPrompter, given_from_sets,
                                plan_update)
        from .library import load_library
        from .output import atomic_write, check_target
        from .templating import Unanswered

        lib = load_library(library)
        qs = lib.questions
        out = output or update or Path("answers.yaml")
        in_place = update is not None and out.resolve() == update.resolve()
        check_target(out, True)                 # folder exists and is writable
        interactive = not defaults
        if interactive and not (sys.stdin.isatty() and sys.stdout.isatty()):
            raise UserError("init asks its questions in a terminal, and this is not one. To "
                            "write an answers file without questions, add --defaults and give "
                            "the answers that have no default with --set key=value.")
        plan = plan_update(update, lib) if update is not None else None
        given = dict(plan.given) if plan else {}
        given.update(given_from_sets(sets, qs))
        con = _console(stderr=True)
        prompter = QuestionaryPrompter() if interactive else None
        if out.exists() and not force and not in_place:
            if not interactive:
                raise UserError(f"{out} already exists. Add --force to replace it, or choose "
                                "another name with -o.")
            if not prompter.confirm(f"{out} already exists. Replace it when the interview "
                                    "is done?", default=False):
                con.print(f"Kept {_escape_rich(str(out))}; nothing was written. Choose another "
                          "name with -o.")
                raise typer.Exit(1)
        if plan:
            for note in plan.notes:
                con.print(_escape_rich(note))
        only = None
        if plan:
            only = {k for k in qs.by_key if k not in plan.mentioned} | plan.reask
        interview = Interview(lib, prompter, given, only=only,
                              source=str(update) if update else "the interview")
        if interactive:
            if not plan:
                prompter.say("Answer each question; press Enter to keep the suggested answer. "
                             "You can review and change everything at the end. Ctrl-C stops "
                             "without writing anything.")
            answers = interview.run()
        else:
            answers = interview.finish()
        text = render_answers_yaml(lib, answers)
        before = update.read_bytes() if in_place else None
        atomic_write(out, text.encode("utf-8"))
        applicable = [k for k, on in answers.applicable.items() if on]
        written = [k for k in applicable if not isinstance(answers.values.get(k), Unanswered)]
        defaulted = sum(1 for k in written if answers.origins.get(k) == "default")
        if plan:
            asked = [k for k in interview.asked_order]
            new = sorted(k for k in applicable if k not in plan.mentioned)
            if new:
                con.print("New questions answered: " + ", ".join(new) + ".")
            if asked and interactive:
                con.print("Asked again or for the first time: " + ", ".join(asked) + ".")
            if not (new or plan.notes or asked):
                con.print("Nothing needed changing: every answer is still valid.")
            if before is not None and before == text.encode("utf-8"):
                con.print("The file was already up to date.")
        con.print(f"Wrote {_escape_rich(str(out))}: {len(written)} answers "
                  f"({defaulted} of them defaults). Next: ordinance-kit check "
                  f"{_escape_rich(str(out))}, then ordinance-kit build {_escape_rich(str(out))} "
                  "-o draft.docx")
    run(body)


# --- explain ------------------------------------------------------------------------------------

@app.command()
def explain(
    answers: Path = typer.Argument(..., metavar="ANSWERS.yaml", help="The answers file (YAML).", dir_okay=False),
    clause_id: Optional[str] = typer.Argument(None, metavar="ID",
                                              help="One clause or definition id."),
    fmt: str = typer.Option("text", "--format", "-f", help="text (default) or md (Markdown "
                            "to attach to a proposal)."),
    output: Optional[Path] = typer.Option(None, "-o", "--output", dir_okay=False,
                                          help="Write to this file instead of the screen."),
    force: bool = typer.Option(False, "--force", help="Replace the -o file if it exists."),
    sets: Optional[List[str]] = SetOpt,
    library: Optional[Path] = LibraryOpt,
):
    """Explain which clauses are in the draft and why, with the answers that decided it.

    For every clause and definition: in or left out, the condition and the answers that
    decided it (and where each answer came from), the values the clause uses, and the enacted
    ordinances it draws on.

    Examples:

    \b
      ordinance-kit explain my-city.yaml
      ordinance-kit explain my-city.yaml facial-recognition-ban
      ordinance-kit explain my-city.yaml --format md -o why.md
    """
    def body():
        from .engine import check as do_check, prepare
        from .explain import explain_all, explain_clause, render_markdown, render_text

        chosen = _check_format(fmt)
        if output is not None:
            from .output import check_target

            check_target(output, force)
        lib, ans = prepare(answers, sets, library)
        result = do_check(lib, ans)
        if clause_id:
            items = [explain_clause(result.assembly, lib.get(clause_id))]
        else:
            items = explain_all(result.assembly)
        name = ans.get("jurisdiction.formal_name")
        header = f"Why the draft for the {name} contains what it does"
        if chosen == "md":
            intro = (f"Generated by ordinance-kit from {answers.name} (clause library "
                     f"{lib.digest}). Each clause lists the answers that decided whether it is "
                     "in the draft, the values it uses, and the enacted ordinances it draws on.")
            text = render_markdown(items, header, intro)
        else:
            text = render_text(items, f"{header} ({answers}, clause library {lib.digest}).")
        _write_or_print(text, output, force)
    run(body)


# --- questions ----------------------------------------------------------------------------------

@app.command()
def questions(
    fmt: str = typer.Option("text", "--format", "-f", help="text (default) or md (the "
                            "docs/answers.md reference page)."),
    library: Optional[Path] = LibraryOpt,
):
    """List every question an answers file can answer: key, type, default, allowed values.

    Examples:

    \b
      ordinance-kit questions
      ordinance-kit questions --format md > docs/answers.md
    """
    def body():
        from .library import load_library
        from .reference import answers_markdown, questions_text

        chosen = _check_format(fmt)
        lib = load_library(library)
        if chosen == "md":
            typer.echo(answers_markdown(lib), nl=False)
        else:
            questions_text(lib, _console(wrap=True))
    run(body)
