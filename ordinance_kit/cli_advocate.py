"""Advocate workflow commands: init (the interview), explain, questions. Registered on the app.

Heavy libraries (questionary, jinja2, ruamel.yaml) are imported inside the commands, so
`ordinance-kit --help` stays fast.
"""
from __future__ import annotations

from pathlib import Path
from typing import List, Optional

import typer

from .cli_common import LibraryOpt, SetOpt, app, console, escape_rich, run
from .errors import UserError

FORMATS = ("text", "md")


def _check_format(fmt: str | None, output: Path | None) -> str:
    """text or md; with -o, the name's ending must say which (why.md, questions.txt)."""
    from .file_formats import MARKDOWN, TEXT, choose_format

    return choose_format(output, fmt, (TEXT, MARKDOWN), default="text")


def _write_or_print(text: str, output: Optional[Path], force: bool,
                    inputs: tuple[Path, ...] = ()) -> None:
    """The same rules as build: checked before the work, created exclusively without --force
    (a file that appeared meanwhile is kept), with --force only a regular file that is not an
    input is replaced."""
    from .output import atomic_write, check_target

    if output is None:
        typer.echo(text, nl=False)
        return
    check_target(output, force, inputs=inputs)
    atomic_write(output, text.encode("utf-8"), replace=force)
    console(stderr=True).print(f"Wrote {escape_rich(str(output))}.")


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
                                               "that are no longer valid. A file saved part-way "
                                               "(Ctrl-C) goes on from its first unanswered "
                                               "question."),
    force: bool = typer.Option(False, "--force", help="Replace the output file without asking."),
    sets: Optional[List[str]] = SetOpt,
    library: Optional[Path] = LibraryOpt,
):
    """Answer questions in the terminal and write an answers file.

    Asks only the questions that apply, explains each optional module with examples from
    enacted ordinances, lets you review and change any answer, then writes a YAML file whose
    comments explain every answer. After the questions about the place, it offers a short
    path: take the recommended (strongest) choice for everything else and go straight to the
    review. Enter keeps the suggestion shown in [brackets]; typing replaces it; < goes back
    one question; ? shows the sources. Ctrl-C offers to save the answers so far (resume
    with --update FILE); a second Ctrl-C quits without writing anything.

    Examples:

    \b
      ordinance-kit init -o my-city.yaml
      ordinance-kit init --defaults --set jurisdiction.name=Riverside --set jurisdiction.state=CA
      ordinance-kit init --update my-city.yaml
    """
    def body():
        from .interview_session import run_init

        code = run_init(output=output, defaults=defaults, update=update, force=force,
                        sets=sets, library=library, console=console(stderr=True))
        if code:
            raise typer.Exit(code)
    run(body)


# --- explain ------------------------------------------------------------------------------------

@app.command()
def explain(
    answers: Path = typer.Argument(..., metavar="ANSWERS.yaml", help="The answers file (YAML).", dir_okay=False),
    clause_id: Optional[str] = typer.Argument(None, metavar="ID",
                                              help="One clause or definition id."),
    fmt: Optional[str] = typer.Option(None, "--format", "-f", help="text (default: the full "
                                      "trace) or md (a short, readable account to attach to a "
                                      "proposal). Taken from the -o name's ending (.txt or .md) "
                                      "when not given."),
    verbose: bool = typer.Option(False, "--verbose", "-v", help="With --format md: the full "
                                 "trace (every clause and definition, question keys, where "
                                 "each answer came from, every source) instead of the short "
                                 "account."),
    output: Optional[Path] = typer.Option(None, "-o", "--output", dir_okay=False,
                                          help="Write to this file instead of the screen."),
    force: bool = typer.Option(False, "--force", help="Replace the -o file if it exists."),
    sets: Optional[List[str]] = SetOpt,
    library: Optional[Path] = LibraryOpt,
):
    """Explain which clauses are in the draft and why, with the answers that decided it.

    Text (the default) is the full trace: for every clause and definition, in or left out,
    the condition and the answers that decided it (and where each answer came from), the
    values the clause uses, and the enacted ordinances it draws on. --format md is a short
    account for a proposal, part by part of the ordinance: what each section does, which
    answers put it in, the choices it uses and the laws it follows, by the questions' own
    wording; add --verbose for the full trace in Markdown.

    Examples:

    \b
      ordinance-kit explain my-city.yaml
      ordinance-kit explain my-city.yaml facial-recognition-ban
      ordinance-kit explain my-city.yaml --format md -o why.md
      ordinance-kit explain my-city.yaml --format md --verbose -o trace.md
    """
    def body():
        from .engine import check as do_check, prepare
        from .explain import explain_all, explain_clause, render_markdown, render_text

        chosen = _check_format(fmt, output)
        if output is not None:
            from .output import check_target

            check_target(output, force, inputs=[answers])
        lib, ans = prepare(answers, sets, library)
        result = do_check(lib, ans)
        if clause_id:
            items = [explain_clause(result.assembly, lib.get(clause_id))]
        else:
            items = explain_all(result.assembly)
        name = ans.get("jurisdiction.formal_name")
        header = f"Why the draft for the {name} contains what it does"
        if chosen == "md" and not verbose:
            from .explain_md import render_one, render_proposal
            text = (render_one(result.assembly, lib.get(clause_id), header) if clause_id
                    else render_proposal(result.assembly, header))
        elif chosen == "md":
            intro = (f"Generated by ordinance-kit from {answers.name} (clause library "
                     f"{lib.digest}). Each clause lists the answers that decided whether it is "
                     "in the draft, the values it uses, and the enacted ordinances it draws on.")
            text = render_markdown(items, header, intro)
        else:
            text = render_text(items, f"{header} ({answers}, clause library {lib.digest}).")
        _write_or_print(text, output, force, inputs=(answers,))
    run(body)


# --- questions ----------------------------------------------------------------------------------

@app.command()
def questions(
    fmt: Optional[str] = typer.Option(None, "--format", "-f", help="text (default) or md "
                                      "(the docs/answers.md reference page). Taken from the -o "
                                      "name's ending (.txt or .md) when not given."),
    output: Optional[Path] = typer.Option(None, "-o", "--output", dir_okay=False,
                                          help="Write to this file instead of the screen."),
    force: bool = typer.Option(False, "--force", help="Replace the -o file if it exists."),
    library: Optional[Path] = LibraryOpt,
):
    """List every question an answers file can answer: key, type, default, allowed values.

    Examples:

    \b
      ordinance-kit questions
      ordinance-kit questions --format md > docs/answers.md
      ordinance-kit questions --format md -o docs/answers.md --force
    """
    def body():
        from .library import load_library
        from .reference import answers_markdown, questions_text

        chosen = _check_format(fmt, output)
        if output is not None:
            from .output import check_target

            check_target(output, force)
        lib = load_library(library)
        if chosen == "md":
            _write_or_print(answers_markdown(lib), output, force)
        elif output is None:
            questions_text(lib, console(wrap=True))
        else:                              # the terminal listing, as plain text
            import io

            from rich.console import Console

            buf = io.StringIO()
            questions_text(lib, Console(file=buf, width=100, highlight=False, soft_wrap=True,
                                        color_system=None))
            _write_or_print(buf.getvalue(), output, force)
    run(body)
