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
from .cli_common import (FinalOpt, LibraryOpt, NotesOpt, SetOpt, app, console, escape_rich,
                         kind_of_draft, notes_wanted, print_findings, run)
from .errors import UserError

# The names these helpers had before cli_common existed, for commands written against them.
_console, _escape_rich = console, escape_rich

clauses_app = typer.Typer(help="List the clause library, or show one clause.",
                          invoke_without_command=True, no_args_is_help=False)
app.add_typer(clauses_app, name="clauses")


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


# --- build ----------------------------------------------------------------------------------

@app.command()
def build(
    answers: Path = typer.Argument(..., metavar="ANSWERS.yaml", help="The answers file (YAML).", dir_okay=False),
    output: Optional[Path] = typer.Option(None, "-o", "--output",
                                          help="Where to write the draft (default: the answers "
                                               "file's name with the format's ending, here)."),
    fmt: Optional[str] = typer.Option(None, "--format", "-f",
                                      help="docx (default), md (a plain Markdown preview), "
                                           "pdf (the Word layout, printed through LibreOffice, "
                                           "which must be installed), html (a web page) or akn "
                                           "(Akoma Ntoso XML, the legislative data standard). "
                                           "Taken from the -o file name when not given; the "
                                           "name must end in .docx, .md, .pdf, .html or .xml "
                                           "to match."),
    notes: Optional[bool] = NotesOpt,
    line_numbers: bool = typer.Option(False, "--line-numbers", help="Number the lines, as "
                                      "many councils require for proposed legislation."),
    final: bool = FinalOpt,
    force: bool = typer.Option(False, "--force", help="Replace the output file if it exists "
                               "(a regular file only, never the answers file)."),
    sets: Optional[List[str]] = SetOpt,
    library: Optional[Path] = LibraryOpt,
):
    """Build the ordinance from an answers file.

    Examples:

    \b
      ordinance-kit build examples/riverbend-ca.yaml -o draft.docx
      ordinance-kit build my-city.yaml -o preview.md --no-notes
      ordinance-kit build my-city.yaml -o council-packet.pdf
      ordinance-kit build my-city.yaml -o draft.html         (a web page)
      ordinance-kit build my-city.yaml -o draft.xml          (Akoma Ntoso)
      ordinance-kit build my-city.yaml -o final.docx --final --force --set ordinance.number=2027-04
    """
    from .output import Stopped, stop_on_signals

    def body():
        from .engine import build as do_build, file_name, output_format, prepare, require_format
        from .output import atomic_write, check_target

        chosen = output_format(output, fmt)       # a .docx name always holds a Word document
        out = output if output is not None else Path(file_name(answers.stem, chosen))
        require_format(chosen, str(out))          # no LibreOffice: say so before any work
        check_target(out, force, inputs=[answers])
        lib, ans = prepare(answers, sets, library)
        with_notes = notes_wanted(notes, final)
        result = do_build(lib, ans, chosen, final=final, notes=with_notes,
                          line_numbers=line_numbers, where=str(out))
        print_findings([f for f in result.findings if f.level != "error"])
        atomic_write(out, result.data, replace=force)    # without --force: only a new file
        o = result.ordinance
        console(stderr=True).print(
            f"Wrote {escape_rich(str(out))}: {len(o.sections)} sections, "
            f"{len(o.blanks)} blank(s) to fill, {kind_of_draft(final, notes, with_notes)}.")
    try:
        with stop_on_signals():          # SIGTERM/SIGHUP clean up like Ctrl-C
            run(body)
    except Stopped as stop:
        _console(stderr=True).print(escape_rich(stop.message))
        raise typer.Exit(stop.exit_code)


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
            console().print(f"{escape_rich(str(answers))}: {errors} error(s), {warnings} warning(s).")
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

        from .library import PART_ORDER, load_library

        lib = load_library(library)
        rows = [(c.id, c.title, c.part, c.when or "always")
                for c in sorted(lib.clauses, key=lambda c: (PART_ORDER[c.part], c.order))]
        rows += [(d.id, d.title, "definition",
                  "the term is used" + (f" and {d.when}" if d.when else ""))
                 for d in sorted(lib.definitions, key=lambda d: d.title.lower())]
        con = console(wrap=True)
        widest = max(len(r[0]) for r in rows)
        if con.width >= widest + 90:           # room for a table whose cells need not wrap keys
            table = Table(box=None, header_style="bold")
            table.add_column("id", no_wrap=True)
            table.add_column("title")
            table.add_column("part", no_wrap=True)
            table.add_column("applies when")
            for row in rows:
                table.add_row(*map(escape_rich, row))
            con.print(table)
        else:                                  # narrow: one entry per clause, indented lines
            from rich.padding import Padding

            for cid, title, part, when in rows:
                con.print(f"[bold]{escape_rich(cid)}[/bold]  {escape_rich(title)} ({part})")
                con.print(Padding(f"applies when: {escape_rich(when)}", (0, 0, 0, 4),
                                  expand=False))
        console().print(f"{len(lib.clauses)} clauses and {len(lib.definitions)} definitions; "
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
        con = console()
        con.print(f"[bold]{escape_rich(c.id)}[/bold]: {escape_rich(c.title)}")
        rows = [("file", c.rel), ("part", f"{c.part} (order {c.order})"),
                ("applies when", c.when or ("the term is used" if c.is_definition else "always")),
                ("requires", ", ".join(c.requires) or "-"), ("excludes", ", ".join(c.excludes) or "-"),
                ("reads answers", ", ".join(sorted(set(c.params) | set(c.reads))) or "-"),
                ("tags", ", ".join(c.tags) or "-")]
        for k, v in rows:
            con.print(f"  [bold]{k}:[/bold] {escape_rich(v)}")
        con.print("\n[bold]Sources[/bold]")
        for s in c.sources:
            con.print(f"  - {escape_rich(s.describe())}")
        if not c.sources:
            con.print("  - (none)")
        con.print("\n[bold]Drafter's note[/bold]")
        con.print(escape_rich(c.note))
        for n in c.conditional_notes:
            con.print(f"\n[italic]When {escape_rich(n.when)}:[/italic] {escape_rich(n.text)}")
        if c.summary:                     # the sentence of the one-page summary (as a template)
            con.print("\n[bold]Summary sentence[/bold]")
            con.print(escape_rich(c.summary))
        con.print("\n[bold]Body[/bold]")
        con.print(escape_rich(c.body.strip()))
    run(body)


@clauses_app.command("check")
def clauses_check(ctx: typer.Context,
                  folder: Optional[Path] = typer.Argument(None, metavar="[DIR]", file_okay=False,
                                                          help="The clause library folder "
                                                               "(default: --library, or the "
                                                               "shipped one)."),
                  as_json: bool = typer.Option(False, "--json",
                                               help="Print findings as JSON (for CI).")):
    """Check the clause library against the format and the drafting rules (STYLE.md).

    Prints one line per finding: file:line, level, message (with the fix). Errors (a missing
    'order', a '{% endif %}' that glues two paragraphs, a ' #' that cuts a YAML value, an
    unknown filter, ...) also stop every build of a changed library; warnings are style.
    Exit 0 when there are no errors, 1 when there are, 2 when the library cannot be read.

    Examples:

    \b
      ordinance-kit clauses check
      ordinance-kit clauses check my-clauses/ --json
    """
    def body():
        import json

        from .library import lint_library

        root = folder or ctx.obj
        try:
            findings = lint_library(root)
        except UserError as exc:
            if as_json:
                typer.echo(json.dumps({"ok": False, "findings": [{
                    "level": "error", "where": str(root or "clauses"), "message": exc.render(),
                    "rule": "input"}]}, indent=2))
                raise typer.Exit(2)
            raise
        errors = sum(1 for f in findings if f.level == "error")
        if as_json:
            typer.echo(json.dumps({"ok": not errors, "findings": [f.as_dict() for f in findings]},
                                  indent=2))
        else:
            for f in findings:
                typer.echo(f"{f.where}: {f.level}: {f.message}")
            typer.echo(f"{errors} error(s), {len(findings) - errors} warning(s).")
        if errors:
            raise typer.Exit(1)
    run(body)


# Commands that live in their own modules register themselves on `app` when imported; they
# import cli_common, never this module.
from . import (cli_advocate, cli_batch, cli_companion, cli_outputs, cli_redline,  # noqa: E402,F401
               cli_review, cli_serve)


def main():
    app()


if __name__ == "__main__":
    main()
