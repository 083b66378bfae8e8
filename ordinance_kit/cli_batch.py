"""Campaign mode: `ordinance-kit batch`. Registered on the app.

Only typer is imported at module level: `ordinance-kit --help` must not load the engine.
"""
from __future__ import annotations

import os
from pathlib import Path
from typing import Optional

import typer

from .cli_common import LibraryOpt, app, console, escape_rich, run
from .errors import UserError


@app.command()
def batch(
    csv_file: Path = typer.Argument(..., metavar="JURISDICTIONS.CSV", dir_okay=False,
                                    help="One row per jurisdiction; the header names answer "
                                         "keys (jurisdiction.name, options.facial_recognition_ban"
                                         ", ...). An empty cell keeps the base answer."),
    base: Optional[Path] = typer.Option(None, "--base", "-b", dir_okay=False,
                                        help="The answers file every row starts from."),
    outdir: Path = typer.Option(..., "-o", "--output", file_okay=False,
                                help="The folder for the drafts (created if missing)."),
    fmt: str = typer.Option("docx", "--format", "-f",
                            help="docx, md or html, or several: docx,html."),
    jobs: Optional[int] = typer.Option(None, "--jobs", "-j", min=1,
                                       help="Worker processes (default: the number of CPUs; "
                                            "1 builds in this process)."),
    force: bool = typer.Option(False, "--force", help="Rebuild drafts that are up to date."),
    notes: bool = typer.Option(True, "--notes/--no-notes",
                               help="Include the drafter's notes (Word comments)."),
    line_numbers: bool = typer.Option(False, "--line-numbers", help="Number the lines."),
    final: bool = typer.Option(False, "--final", help="No DRAFT marking; unfilled blanks fail "
                               "the row."),
    library: Optional[Path] = LibraryOpt,
    stats_json: Optional[Path] = typer.Option(None, "--stats-json", hidden=True, dir_okay=False,
                                              help="Write run statistics as JSON (bench/); "
                                                   "an existing file only with --force."),
):
    """Build one draft per CSV row (a campaign across many jurisdictions).

    Each draft is named from the jurisdiction: riverbend-city-ca.docx. Drafts already up to
    date (same answers and clause library) are skipped; a row that fails is listed in
    OUTDIR/errors.csv and does not stop the others. Exit 0 when every row built, 1 when some
    failed, 2 when the CSV or base file is unusable, 130 when interrupted (Ctrl-C), 143 or 129
    when stopped by SIGTERM or SIGHUP (the workers stop too; finished drafts are kept).

    Examples:

    \b
      ordinance-kit batch examples/campaign/jurisdictions.csv --base examples/campaign/base.yaml -o drafts/
      ordinance-kit batch towns.csv --base base.yaml -o drafts/ --format docx,md --jobs 4
    """
    from .output import Stopped, stop_on_signals

    def body():
        from .batch import Options, run_batch
        from .engine import FORMATS
        from .output import check_target

        formats = tuple(dict.fromkeys(f.strip().lower() for f in fmt.split(",") if f.strip()))
        bad = [f for f in formats if f not in FORMATS]
        if bad or not formats:
            raise UserError(f"--format {fmt}: use one or more of {', '.join(FORMATS)}, "
                            "separated by commas.")
        if stats_json is not None:
            check_target(stats_json, force)      # before any work, like every output
        n_jobs = jobs or os.cpu_count() or 1
        options = Options(formats, final=final, notes=notes, line_numbers=line_numbers,
                          force=force)
        err = console(stderr=True)
        progress = _Progress(err)
        try:
            summary = run_batch(csv_file, base, outdir, options, jobs=n_jobs,
                                library_dir=library, on_start=progress.start,
                                on_result=progress.advance)
        finally:
            progress.stop()
        _report(err, summary, outdir)
        if stats_json is not None:
            _write_stats(stats_json, summary, force)
        if summary.signal:
            err.print(f"Stopped by {escape_rich(_signal_name(summary.signal))}: the workers "
                      "were stopped; finished drafts and the manifest are kept. Run the same "
                      "command again to continue.")
            raise typer.Exit(128 + summary.signal)
        if summary.interrupted:
            err.print("Interrupted: finished drafts and the manifest are kept; run the same "
                      "command again to continue.")
            raise typer.Exit(130)
        if summary.failed:
            raise typer.Exit(1)
    try:
        with stop_on_signals():          # SIGTERM/SIGHUP stop the workers like Ctrl-C
            run(body)
    except Stopped as stop:              # before the rows started: nothing was written
        console(stderr=True).print(escape_rich(stop.message))
        raise typer.Exit(stop.exit_code)


def _signal_name(signum: int) -> str:
    import signal

    return signal.Signals(signum).name


class _Progress:
    """A rich progress bar on stderr (started once the rows are known)."""

    def __init__(self, console):
        self.console = console
        self.bar = None
        self.task = None

    def start(self, total: int) -> None:
        from rich.progress import (BarColumn, MofNCompleteColumn, Progress, TextColumn,
                                   TimeElapsedColumn, TimeRemainingColumn)

        self.bar = Progress(TextColumn("drafting"), BarColumn(), MofNCompleteColumn(),
                            TimeElapsedColumn(), TimeRemainingColumn(),
                            console=self.console, transient=True)
        self.task = self.bar.add_task("rows", total=total)
        self.bar.start()

    def advance(self, result) -> None:
        if result.error:
            self.console.print(f"[red]row {result.row}[/red] ({escape_rich(result.name)}): "
                               f"{escape_rich(result.error)}")
        if self.bar is not None:
            self.bar.advance(self.task)

    def stop(self) -> None:
        if self.bar is not None:
            self.bar.stop()
            self.bar = None


def _write_stats(path: Path, summary, force: bool) -> None:
    import json

    from .output import atomic_write

    atomic_write(path, json.dumps({
        "rows": summary.rows, "built": summary.built, "skipped": summary.skipped,
        "failed": summary.failed, "seconds": summary.seconds, "jobs": summary.jobs,
        "build_seconds": summary.build_seconds,
        "worker_maxrss_kb": {str(k): v for k, v in summary.worker_maxrss_kb.items()},
    }, indent=1).encode(), replace=force)


def _report(console, summary, outdir: Path) -> None:
    from rich.table import Table

    table = Table(box=None, header_style="bold", show_header=True)
    for col in ("rows", "built", "skipped", "failed", "time", "drafts/s", "jobs"):
        table.add_column(col, justify="right")
    table.add_row(str(summary.rows), str(summary.built), str(summary.skipped),
                  f"[red]{summary.failed}[/red]" if summary.failed else "0",
                  f"{summary.seconds:.1f} s", f"{summary.drafts_per_second:.1f}",
                  str(summary.jobs))
    console.print(table)
    if summary.failed:
        console.print(f"{summary.failed} row(s) failed; see "
                      f"{escape_rich(str(outdir / 'errors.csv'))}.")
