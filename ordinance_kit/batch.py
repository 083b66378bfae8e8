"""Campaign mode: one draft per row of a CSV, each row overriding a base answers file.

Flow: read the base answers and the CSV in the parent (every structural problem -- unknown
column, malformed CSV, duplicate output names -- is a UserError before any work starts), then
build the rows in chunks, in worker processes (`jobs` > 1) or in this process (`jobs` == 1).
A worker resolves a row's answers, decides whether its outputs are already up to date (same
answers digest, library digest, format and file hash as recorded in the manifest), builds and
writes what is not, and returns one small result per row; any failure in a row, even a bug,
becomes a failed row (errors.csv), never a dead batch. The parent appends each finished chunk's
results to the manifest, so an interrupted run resumes where it stopped. Ctrl-C lets the running
chunks finish; SIGTERM and SIGHUP stop the workers at once (their temporary files are removed).
Either way the manifest and errors.csv are written before the command exits.

The modules: batch_rows (CSV and plan), batch_worker (one row), batch_records (manifest,
errors.csv); this one drives them. Row numbers are spreadsheet rows (the header is row 1).
"""
from __future__ import annotations

import os
import time
from dataclasses import dataclass, field
from pathlib import Path
from typing import Callable, Iterable

from .answers import RawAnswer, read_answers_file
from .batch_records import (ERRORS, MANIFEST, append_manifest, check_errors_path,  # noqa: F401
                            read_manifest, remove_temp_files, write_errors, write_manifest)
from .batch_rows import Row, join_problems, plan_rows, read_csv, slugify  # noqa: F401
from .batch_worker import (Options, RowResult, build_chunk, build_row,  # noqa: F401
                           init_worker)
from .engine import file_name
from .errors import UserError
from .output import Stopped
from .values import plain


@dataclass
class Summary:
    rows: int = 0
    built: int = 0           # files written
    skipped: int = 0         # files up to date
    failed: int = 0          # rows
    seconds: float = 0.0
    jobs: int = 1
    errors: list[RowResult] = field(default_factory=list)
    worker_maxrss_kb: dict[int, int] = field(default_factory=dict)
    build_seconds: float = 0.0     # sum of in-worker time per row
    interrupted: bool = False
    signal: int = 0              # SIGTERM or SIGHUP stopped the run (0: not a signal)

    @property
    def drafts_per_second(self) -> float:
        return (self.built + self.skipped) / self.seconds if self.seconds else 0.0


# --- the driver ------------------------------------------------------------------------------

Reporter = Callable[[RowResult], None]


def chunked(items: list, size: int) -> Iterable[list]:
    for i in range(0, len(items), size):
        yield items[i:i + size]


def chunk_size(n_rows: int, jobs: int) -> int:
    """Small enough to balance the load and stop quickly on Ctrl-C, big enough for low IPC."""
    return max(1, min(8, -(-n_rows // (jobs * 4))))


def run_batch(csv_path: Path, base_path: Path | None, outdir: Path, options: Options, *,
              jobs: int = 1, library_dir: Path | None = None,
              on_start: Callable[[int], None] | None = None,
              on_result: Reporter | None = None) -> Summary:
    """Build every row. Raises UserError for problems found before any work starts;
    KeyboardInterrupt is handled (Summary.interrupted) after stopping workers cleanly."""
    from .library import load_library
    from .output import atomic_write  # noqa: F401  (fail early if something is broken)

    t0 = time.perf_counter()
    library = load_library(library_dir)
    qs = library.questions
    base: dict[str, RawAnswer] = {}
    meta: dict = {}
    if base_path is not None:
        base, meta, problems = read_answers_file(base_path, qs)
        if problems:
            raise UserError(join_problems(problems))
        base = {k: RawAnswer(plain(v.value), v.where, v.from_text) for k, v in base.items()}
    header, data = read_csv(csv_path, qs)
    rows = plan_rows(csv_path, header, data, base, qs)
    if outdir.exists() and not outdir.is_dir():
        raise UserError(f"{outdir} is a file; -o takes a folder for the drafts.")
    try:
        outdir.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        raise UserError(f"{outdir}: cannot create the folder ({exc.strerror}).") from None
    if not os.access(outdir, os.W_OK):
        raise UserError(f"{outdir}: the folder is not writable.")
    check_errors_path(outdir)

    manifest = read_manifest(outdir)
    write_manifest(outdir, manifest)      # compacted once; chunks then only append
    tasks = [(row, {file_name(row.slug, fmt): manifest[file_name(row.slug, fmt)]
                    for fmt in options.formats if file_name(row.slug, fmt) in manifest})
             for row in rows]
    summary = Summary(rows=len(rows), jobs=jobs)
    slugs = {row.number: row.slug for row in rows}
    if on_start:
        on_start(len(rows))
    size = chunk_size(len(rows), jobs)
    chunks = list(chunked(tasks, size))
    source = str(base_path) if base_path else "<defaults>"
    init_args = (library_dir, base, meta, source, outdir.resolve(), options)

    def take(results: list[RowResult]) -> None:
        changed: dict[str, dict | None] = {}
        for r in results:
            for fname, fmt, digest, sha in r.built:
                manifest[fname] = changed[fname] = {
                    "answers": digest, "library": library.digest, "format": fmt,
                    "sha256": sha, "row": r.row}
            if r.error:
                summary.failed += 1
                summary.errors.append(r)
                for fmt in options.formats:     # whatever is there is no longer current
                    if manifest.pop(file_name(slugs[r.row], fmt), None) is not None:
                        changed[file_name(slugs[r.row], fmt)] = None
            summary.built += len(r.built)
            summary.skipped += len(r.skipped)
            summary.build_seconds += r.seconds
            summary.worker_maxrss_kb[r.pid] = max(summary.worker_maxrss_kb.get(r.pid, 0),
                                                  r.maxrss_kb)
            if on_result:
                on_result(r)
        append_manifest(outdir, changed)

    try:
        if jobs <= 1 or len(chunks) <= 1:
            summary.jobs = 1
            init_worker(*init_args, in_pool=False)
            for chunk in chunks:
                take(build_chunk(chunk))
        else:
            _run_pool(chunks, min(jobs, len(chunks)), init_args, take)
    except KeyboardInterrupt:
        summary.interrupted = True
    except Stopped as stop:
        _ignore_stop_signals()          # a second SIGTERM must not cut the records short
        summary.interrupted = True
        summary.signal = stop.signum
    finally:
        summary.seconds = time.perf_counter() - t0
    if summary.interrupted:
        remove_temp_files(outdir, rows, options.formats)
    write_manifest(outdir, manifest)
    summary.errors.sort(key=lambda r: r.row)
    if not summary.interrupted or summary.errors:
        write_errors(outdir, summary.errors)
    return summary


def _ignore_stop_signals() -> None:
    import signal

    for name in ("SIGTERM", "SIGHUP"):
        if hasattr(signal, name):
            signal.signal(getattr(signal, name), signal.SIG_IGN)


def _chunk_failed(chunk, exc: BaseException) -> list[RowResult]:
    """A chunk whose worker died or raised: each of its rows is a failed row, with the reason."""
    reason = (f"the worker building this row stopped unexpectedly ({type(exc).__name__}: "
              f"{exc}); run the batch again, and report it if it happens again.")
    return [RowResult(row.number, row.name, error=reason, pid=os.getpid()) for row, _ in chunk]


def _run_pool(chunks, jobs: int, init_args, take) -> None:
    import multiprocessing
    from concurrent.futures import FIRST_COMPLETED, ProcessPoolExecutor, wait

    ctx = multiprocessing.get_context("fork") if hasattr(os, "fork") else None
    pool = ProcessPoolExecutor(max_workers=jobs, mp_context=ctx, initializer=init_worker,
                               initargs=init_args)
    pending = set()
    chunk_of = {}

    def result(fut) -> list[RowResult]:
        try:
            return fut.result()
        except Exception as exc:          # the worker died (BrokenProcessPool) or a bug
            return _chunk_failed(chunk_of[fut], exc)

    try:
        for chunk in chunks:
            fut = pool.submit(build_chunk, chunk)
            chunk_of[fut] = chunk
            pending.add(fut)
        while pending:
            done, pending = wait(pending, return_when=FIRST_COMPLETED)
            for fut in done:
                take(result(fut))
    except Stopped:
        # SIGTERM/SIGHUP: stop now. The workers die (they keep the default action for these
        # signals); a killed worker leaves at most a temporary file, which the caller removes.
        # The futures are not cancelled: the pool marks them broken itself, and a cancelled
        # one makes its manager thread crash on the way out (CPython 3.11).
        _terminate(pool, cancelled=False)
        raise
    except KeyboardInterrupt:
        # Workers ignore SIGINT: cancel what has not started, let the running chunks finish
        # (each writes its files atomically), record them, and stop.
        for fut in pending:
            fut.cancel()
        try:
            pool.shutdown(wait=True, cancel_futures=True)
            for fut in pending:
                if fut.done() and not fut.cancelled():
                    take(result(fut))
        except KeyboardInterrupt:        # a second Ctrl-C: stop now
            _terminate(pool)
        raise
    finally:
        pool.shutdown(wait=True, cancel_futures=True)


def _terminate(pool, cancelled: bool = True) -> None:
    """End every worker now and wait for it, so none outlives the command."""
    procs = list((pool._processes or {}).values())
    for proc in procs:
        proc.terminate()
    for proc in procs:
        proc.join(5)
        if proc.is_alive():
            proc.kill()
            proc.join()
    if cancelled:
        pool.shutdown(wait=False, cancel_futures=True)
    else:
        pool.shutdown(wait=True)        # the manager thread sees the pool broken and ends
