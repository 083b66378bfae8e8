"""`ordinance-kit summary` (the one-page summary) and `ordinance-kit scorecard` (the draft
against enacted laws). Registered on the app; only typer is imported at module level."""
from __future__ import annotations

from pathlib import Path
from typing import List, Optional

import typer

from .cli_common import LibraryOpt, SetOpt, app, console, escape_rich, run
from .errors import UserError


@app.command()
def summary(
    answers: Path = typer.Argument(..., metavar="ANSWERS.yaml", dir_okay=False,
                                   help="The answers file (YAML)."),
    output: Optional[Path] = typer.Option(None, "-o", "--output",
                                          help="Where to write it (default: the answers file's "
                                               "name with -summary.docx, here)."),
    fmt: Optional[str] = typer.Option(None, "--format", "-f",
                                      help="docx (default), md, html or pdf (through "
                                           "LibreOffice). Taken from the -o name when not given; "
                                           "the name must end in .docx, .md, .html or .pdf."),
    force: bool = typer.Option(False, "--force", help="Replace the output file if it exists."),
    sets: Optional[List[str]] = SetOpt,
    library: Optional[Path] = LibraryOpt,
):
    """Write a one-page, plain-language summary of the ordinance for council members and
    the public: what it requires (one sentence per protection, with its numbers), what changes
    for residents, and the enacted laws it follows.

    Examples:

    \b
      ordinance-kit summary examples/riverbend-ca.yaml -o summary.docx
      ordinance-kit summary my-city.yaml -o summary.pdf
      ordinance-kit summary my-city.yaml --format html -o summary.html
    """
    def body():
        from .engine import prepare
        from .output import atomic_write, check_target
        from .summary_output import SUMMARY_FORMATS, chosen_format, render_summary, summary_of

        chosen = chosen_format(output, fmt, SUMMARY_FORMATS, "docx")
        out = output if output is not None else Path(
            f"{answers.stem}-summary{SUMMARY_FORMATS[chosen].suffixes[0]}")
        check_target(out, force, inputs=[answers])
        made = summary_of(*prepare(answers, sets, library))
        atomic_write(out, render_summary(made, chosen, str(out)), replace=force)
        console(stderr=True).print(f"Wrote {escape_rich(str(out))}: "
                                   f"{len(made.protections)} protections summarised.")
    run(body)


@app.command()
def scorecard(
    source: Path = typer.Argument(..., metavar="ANSWERS.yaml|EDITED.docx", dir_okay=False,
                                  help="The answers file, or a Word draft the kit built (as "
                                       "staff edited it)."),
    laws: Optional[str] = typer.Option(None, "--with", metavar="LAW,LAW,...",
                                       help="The enacted laws to compare with, by name "
                                            "(oakland, seattle, boston, ...). Default: oakland, "
                                            "san-francisco, boston, new-york-city. The CCOPS "
                                            "model is always shown."),
    fmt: Optional[str] = typer.Option(None, "--format", "-f",
                                      help="text (default), md, html or json. Taken from the "
                                           "-o name when not given."),
    output: Optional[Path] = typer.Option(None, "-o", "--output", dir_okay=False,
                                          help="Write it here (default: print it)."),
    force: bool = typer.Option(False, "--force", help="Replace the output file if it exists."),
    sets: Optional[List[str]] = SetOpt,
    library: Optional[Path] = LibraryOpt,
):
    """Compare the draft with enacted surveillance laws and the ACLU's CCOPS model: one row
    per protection, present, partial or absent with its key number (notice days, report
    schedule, damages). Facts about enacted laws that were not checked against the law's own
    text are marked unverified (*).

    Examples:

    \b
      ordinance-kit scorecard examples/riverbend-ca.yaml
      ordinance-kit scorecard my-city.yaml --with oakland,seattle,nashville --format md -o card.md
      ordinance-kit scorecard staff-edits.docx --format json
    """
    def body():
        from .output import atomic_write, check_target
        from .summary_output import SCORECARD_FORMATS, chosen_format, scorecard_text

        chosen = chosen_format(output, fmt, SCORECARD_FORMATS, "text")
        if output is not None:
            check_target(output, force, inputs=[source])
        facts, lib = _draft(source, sets, library)
        text = scorecard_text(lib, facts, laws.split(",") if laws is not None else None, chosen)
        if output is None:
            typer.echo(text, nl=False)
        else:
            atomic_write(output, text.encode("utf-8"), replace=force)
            console(stderr=True).print(f"Wrote {escape_rich(str(output))}.")
    run(body)


def _draft(source: Path, sets, library):
    """The draft's facts, from a Word file read back or from answers assembled."""
    from .draft_reading import from_assembly, from_docx
    from .engine import check, prepare
    from .library import load_library

    if source.suffix.lower() == ".docx":
        if sets:
            raise UserError("--set changes answers; a Word draft already has its answers in it. "
                            "Leave out --set, or give the answers file.")
        if not source.is_file():
            raise UserError(f"{source}: no such file.")
        return from_docx(source), load_library(library)
    lib, ans = prepare(source, sets, library)
    return from_assembly(check(lib, ans).assembly), lib
