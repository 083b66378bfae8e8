"""What every command module shares: the typer app, the common options, the console, Rich
escaping, and `run`, which turns user errors into a message and an exit code.

Command modules (cli, cli_advocate, cli_batch) import this one and register their commands on
`app`; this module imports none of them.
"""
from __future__ import annotations

import typer

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
LibraryOpt = typer.Option(None, "--library", help="Use another clause library folder "
                          "(default: the one shipped with ordinance-kit).",
                          file_okay=False)
SetOpt = typer.Option(None, "--set", help="Override one answer, as key=value "
                      "(repeatable); wins over the answers file.", metavar="KEY=VALUE")
# Drafter's notes: on for a draft, off for a final text unless asked for (None: not given).
NotesOpt = typer.Option(None, "--notes/--no-notes",
                        help="Include the drafter's notes (Word comments; comments in a PDF). "
                             "Default: included in a draft, left out with --final.")
FinalOpt = typer.Option(False, "--final", help="The text as introduced: no DRAFT marking or "
                        "watermark, no drafter's notes unless --notes is given; fails if any "
                        "blank is unfilled.")


def notes_wanted(notes: bool | None, final: bool) -> bool:
    """--notes/--no-notes when given; otherwise a draft has its notes and a final text not."""
    return (not final) if notes is None else notes


def kind_of_draft(final: bool, notes: bool | None, with_notes: bool) -> str:
    """How a command's closing line describes what it wrote."""
    if not final:
        return "draft, with drafter's notes" if with_notes else "draft"
    if with_notes:
        return "final, with drafter's notes"
    if notes is None:
        return "final, without drafter's notes (add --notes to keep them)"
    return "final, without drafter's notes"


def console(stderr: bool = False, wrap: bool = False):
    """Messages are soft-wrapped (the terminal wraps them) so paths are never cut in two."""
    from rich.console import Console

    return Console(stderr=stderr, highlight=False, soft_wrap=not wrap)


def print_findings(findings, stream_err: bool = True) -> None:
    if not findings:
        return
    from rich.table import Table      # only when there is something to show: ~12 ms a build

    table = Table(show_header=True, header_style="bold", box=None, pad_edge=False)
    out = console(stderr=stream_err, wrap=True)
    table.add_column("level")
    table.add_column("where", overflow="fold")
    table.add_column("message", overflow="fold")
    for f in findings:
        style = "red" if f.level == "error" else "yellow"
        table.add_row(f"[{style}]{f.level}[/{style}]", escape_rich(f.where), escape_rich(f.message))
    out.print(table)


def run(fn):
    """Run a command body, turning user errors into a message and exit code."""
    try:
        return fn()
    except UserError as exc:
        console(stderr=True).print(f"[bold red]Error:[/bold red] {escape_rich(exc.render())}",
                                    markup=True, highlight=False)
        raise typer.Exit(2)
    except ChecksFailed as exc:
        print_findings(exc.findings)
        errors = sum(1 for f in exc.findings if f.level == "error")
        console(stderr=True).print(f"[bold red]Not written:[/bold red] the checks found "
                                    f"{errors} error(s) in the assembled ordinance.")
        raise typer.Exit(1)
    except KeyboardInterrupt:
        console(stderr=True).print("Interrupted; nothing was written.")
        raise typer.Exit(130)


def escape_rich(text) -> str:
    """Every user-supplied string (a path, a key, an id, a CSV cell, a message quoting one)
    goes through this before it reaches Rich markup: '[/bold]' would crash the print and
    '[link=http://x]y' would swallow what the user typed."""
    from rich.markup import escape

    return escape(str(text))
