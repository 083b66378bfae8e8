"""The `ordinance-kit` command line.

Exit codes: 0 success; 1 the document has errors found by checks; 2 bad input or usage.
Heavy libraries (jinja2, python-docx, ruamel.yaml) are imported inside the commands so that
`ordinance-kit --help` stays fast.
"""
from __future__ import annotations

from pathlib import Path
from typing import List, Optional

import typer

from . import __version__
from .errors import ChecksFailed, UserError

app = typer.Typer(
    name="ordinance-kit",
    help=("Draft a local surveillance oversight ordinance (CCOPS model) from an answers file.\n\n"
          "Start with 'ordinance-kit build examples/riverbend-ca.yaml -o draft.docx'."),
    no_args_is_help=True,
    add_completion=False,
    rich_markup_mode=None,   # plain help: rich help costs 70 ms at start-up
    pretty_exceptions_enable=False,
)
clauses_app = typer.Typer(help="List the clause library, or show one clause.",
                          invoke_without_command=True, no_args_is_help=False)
app.add_typer(clauses_app, name="clauses")

LibraryOpt = typer.Option(None, "--library", help="Use another clause library folder "
                          "(default: the one shipped with ordinance-kit).",
                          file_okay=False)
SetOpt = typer.Option(None, "--set", help="Override one answer, as key=value "
                      "(repeatable); wins over the answers file.", metavar="KEY=VALUE")


def _console(stderr: bool = False, wrap: bool = False):
    """Messages are soft-wrapped (the terminal wraps them) so paths are never cut in two."""
    from rich.console import Console

    return Console(stderr=stderr, highlight=False, soft_wrap=not wrap)


def _version(value: bool):
    if value:
        from .library import load_library

        try:
            digest = load_library().digest
        except UserError:
            digest = "not found"
        typer.echo(f"ordinance-kit {__version__} (clause library {digest})")
        raise typer.Exit()


@app.callback()
def _root(version: bool = typer.Option(False, "--version", callback=_version, is_eager=True,
                                       help="Show the version and the clause library hash.")):
    """Draft a local surveillance oversight ordinance from an answers file."""


def print_findings(findings, stream_err: bool = True) -> None:
    if not findings:
        return
    from rich.table import Table

    table = Table(show_header=True, header_style="bold", box=None, pad_edge=False)
    console = _console(stderr=stream_err, wrap=True)
    table.add_column("level")
    table.add_column("where", overflow="fold")
    table.add_column("message", overflow="fold")
    for f in findings:
        style = "red" if f.level == "error" else "yellow"
        table.add_row(f"[{style}]{f.level}[/{style}]", _escape_rich(f.where), _escape_rich(f.message))
    console.print(table)


def run(fn):
    """Run a command body, turning user errors into a message and exit code."""
    try:
        return fn()
    except UserError as exc:
        _console(stderr=True).print(f"[bold red]Error:[/bold red] {exc.render()}", markup=True,
                                    highlight=False)
        raise typer.Exit(2)
    except ChecksFailed as exc:
        print_findings(exc.findings)
        errors = sum(1 for f in exc.findings if f.level == "error")
        _console(stderr=True).print(f"[bold red]Not written:[/bold red] the checks found "
                                    f"{errors} error(s) in the assembled ordinance.")
        raise typer.Exit(1)
    except KeyboardInterrupt:
        _console(stderr=True).print("Interrupted; nothing was written.")
        raise typer.Exit(130)


def _escape_rich(text: str) -> str:
    from rich.markup import escape

    return escape(text)


# --- build ----------------------------------------------------------------------------------

@app.command()
def build(
    answers: Path = typer.Argument(..., metavar="ANSWERS.yaml", help="The answers file (YAML).", dir_okay=False),
    output: Optional[Path] = typer.Option(None, "-o", "--output",
                                          help="Where to write the draft (default: the answers "
                                               "file's name with .docx or .md, here)."),
    fmt: Optional[str] = typer.Option(None, "--format", "-f",
                                      help="docx (default) or md (a plain Markdown preview). "
                                           "Taken from the -o file name when not given."),
    notes: bool = typer.Option(True, "--notes/--no-notes",
                               help="Include the drafter's notes (Word comments)."),
    line_numbers: bool = typer.Option(False, "--line-numbers", help="Number the lines, as "
                                      "many councils require for proposed legislation."),
    final: bool = typer.Option(False, "--final", help="No DRAFT marking or watermark; fails if "
                               "any blank is unfilled."),
    force: bool = typer.Option(False, "--force", help="Replace the output file if it exists."),
    sets: Optional[List[str]] = SetOpt,
    library: Optional[Path] = LibraryOpt,
):
    """Build the ordinance from an answers file.

    Examples:

    \b
      ordinance-kit build examples/riverbend-ca.yaml -o draft.docx
      ordinance-kit build my-city.yaml -o preview.md --no-notes
      ordinance-kit build my-city.yaml -o final.docx --final --force --set ordinance.number=2027-04
    """
    def body():
        from .engine import FORMATS, build as do_build, prepare
        from .output import atomic_write, check_target

        chosen = fmt
        out = output
        if chosen is None:
            suffix = out.suffix.lower().lstrip(".") if out else ""
            chosen = suffix if suffix in FORMATS else "docx"
        if chosen not in FORMATS:
            raise UserError(f"--format {chosen}: use one of {', '.join(FORMATS)}.")
        if out is None:
            out = Path(answers.stem + "." + chosen)
        check_target(out, force)
        lib, ans = prepare(answers, sets, library)
        result = do_build(lib, ans, chosen, final=final, notes=notes, line_numbers=line_numbers)
        print_findings([f for f in result.findings if f.level != "error"])
        atomic_write(out, result.data)
        o = result.ordinance
        _console(stderr=True).print(
            f"Wrote {_escape_rich(str(out))}: {len(o.sections)} sections, "
            f"{len(o.blanks)} blank(s) to fill, {'final' if final else 'draft'}"
            f"{', with drafter' + chr(39) + 's notes' if notes else ''}.")
    run(body)


# --- check ----------------------------------------------------------------------------------

@app.command()
def check(
    answers: Path = typer.Argument(..., metavar="ANSWERS.yaml", help="The answers file (YAML).", dir_okay=False),
    strict: bool = typer.Option(False, "--strict", help="Treat warnings as errors."),
    as_json: bool = typer.Option(False, "--json", help="Print findings as JSON (for CI)."),
    final: bool = typer.Option(False, "--final", help="Check as for a final build: unfilled "
                               "blanks are errors."),
    sets: Optional[List[str]] = SetOpt,
    library: Optional[Path] = LibraryOpt,
):
    """Validate the answers and lint the assembled ordinance, writing nothing.

    Exit 0 when clean, 1 when there are findings at error level, 2 when the input is unreadable.

    Examples:

    \b
      ordinance-kit check my-city.yaml
      ordinance-kit check my-city.yaml --strict --json
    """
    def body():
        import json

        from .checks import Finding, has_errors
        from .engine import check as do_check, prepare

        try:
            lib, ans = prepare(answers, sets, library)
        except UserError as exc:
            if as_json:
                typer.echo(json.dumps({"ok": False, "findings": [
                    Finding("error", str(answers), exc.render(), "input").as_dict()]}, indent=2))
                raise typer.Exit(2)
            raise
        result = do_check(lib, ans, final=final, strict=strict)
        failed = has_errors(result.findings)
        if as_json:
            typer.echo(json.dumps({"ok": not failed,
                                   "findings": [f.as_dict() for f in result.findings]},
                                  indent=2))
        else:
            print_findings(result.findings, stream_err=False)
            errors = sum(1 for f in result.findings if f.level == "error")
            warnings = len(result.findings) - errors
            _console().print(f"{answers}: {errors} error(s), {warnings} warning(s).")
        if failed:
            raise typer.Exit(1)
    run(body)


# --- clauses --------------------------------------------------------------------------------

@clauses_app.callback()
def clauses_list(ctx: typer.Context, library: Optional[Path] = LibraryOpt):
    """List every clause: id, title, part and when it applies.

    Examples:

    \b
      ordinance-kit clauses
      ordinance-kit clauses show facial-recognition-ban
    """
    if ctx.invoked_subcommand is not None:
        ctx.obj = library
        return

    def body():
        from rich.table import Table

        from .library import load_library

        lib = load_library(library)
        table = Table(box=None, header_style="bold")
        table.add_column("id", no_wrap=True)
        table.add_column("title", overflow="fold")
        table.add_column("part")
        table.add_column("applies when", overflow="fold")
        for c in sorted(lib.clauses, key=lambda c: (["title", "recitals", "enacting", "sections", "closing"].index(c.part), c.order)):
            table.add_row(c.id, _escape_rich(c.title), c.part, _escape_rich(c.when or "always"))
        for d in sorted(lib.definitions, key=lambda d: d.title.lower()):
            table.add_row(d.id, _escape_rich(d.title), "definition",
                          _escape_rich(("the term is used" + (f" and {d.when}" if d.when else ""))))
        _console(wrap=True).print(table)
        _console().print(f"{len(lib.clauses)} clauses and {len(lib.definitions)} definitions; "
                         f"library {lib.digest}.")
    run(body)


@clauses_app.command("show")
def clauses_show(ctx: typer.Context, clause_id: str = typer.Argument(..., metavar="ID",
                                                                     help="The clause id.")):
    """Show one clause: metadata, sources, the drafter's note and the body."""
    def body():
        from .library import load_library

        lib = load_library(ctx.obj)
        c = lib.get(clause_id)
        con = _console()
        con.print(f"[bold]{_escape_rich(c.id)}[/bold]: {_escape_rich(c.title)}")
        rows = [("file", c.rel), ("part", f"{c.part} (order {c.order})"),
                ("applies when", c.when or ("the term is used" if c.is_definition else "always")),
                ("requires", ", ".join(c.requires) or "-"), ("excludes", ", ".join(c.excludes) or "-"),
                ("reads answers", ", ".join(sorted(set(c.params) | set(c.reads))) or "-"),
                ("tags", ", ".join(c.tags) or "-")]
        for k, v in rows:
            con.print(f"  [bold]{k}:[/bold] {_escape_rich(v)}")
        con.print("\n[bold]Sources[/bold]")
        for s in c.sources:
            con.print(f"  - {_escape_rich(s.describe())}")
        if not c.sources:
            con.print("  - (none)")
        con.print("\n[bold]Drafter's note[/bold]")
        con.print(_escape_rich(c.note))
        for n in c.conditional_notes:
            con.print(f"\n[italic]When {_escape_rich(n.when)}:[/italic] {_escape_rich(n.text)}")
        con.print("\n[bold]Body[/bold]")
        con.print(_escape_rich(c.body.strip()))
    run(body)


# Commands that live in their own modules register themselves on `app` when imported.
from . import cli_advocate, cli_batch  # noqa: E402,F401


def main():
    app()


if __name__ == "__main__":
    main()
