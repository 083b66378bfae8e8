"""Campaign mode: one draft per row of a CSV, each row overriding a base answers file.

Flow: read the base answers and the CSV in the parent (every structural problem -- unknown
column, malformed CSV, duplicate output names -- is a UserError before any work starts), then
build the rows in chunks, in worker processes (`jobs` > 1) or in this process (`jobs` == 1).
A worker resolves a row's answers, decides whether its outputs are already up to date (same
answers digest, library digest, format and file hash as recorded in the manifest), builds and
writes what is not, and returns one small result per row. The parent records results in the
manifest after every finished chunk, so an interrupted run resumes where it stopped.

Row numbers are spreadsheet row numbers: the header is row 1, the first jurisdiction row 2.
"""
from __future__ import annotations

import csv
import hashlib
import io
import json
import os
import re
import time
import unicodedata
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Callable, Iterable

from .answers import RawAnswer, read_answers_file
from .errors import ChecksFailed, UserError
from .suggest import nearest

MANIFEST = ".ordinance-kit-manifest.json"
ERRORS = "errors.csv"
MANIFEST_VERSION = 1
SLUG_KEYS = ("jurisdiction.name", "jurisdiction.kind", "jurisdiction.state")


# --- the plan: rows, output names ----------------------------------------------------------------

@dataclass
class Row:
    number: int                          # spreadsheet row (header = 1)
    cells: dict[str, RawAnswer]          # non-empty cells only
    name: str                            # jurisdiction name as given (for messages)
    slug: str


@dataclass
class Options:
    formats: tuple[str, ...]
    final: bool = False
    notes: bool = True
    line_numbers: bool = False
    force: bool = False

    def key(self) -> str:
        return f"final={int(self.final)},notes={int(self.notes)},lines={int(self.line_numbers)}"


@dataclass
class RowResult:
    row: int
    name: str
    built: list[tuple[str, str, str, str]] = field(default_factory=list)   # file, fmt, digest, sha
    skipped: list[str] = field(default_factory=list)
    error: str | None = None
    seconds: float = 0.0
    maxrss_kb: int = 0
    pid: int = 0


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

    @property
    def drafts_per_second(self) -> float:
        return (self.built + self.skipped) / self.seconds if self.seconds else 0.0


def slugify(*parts: str) -> str:
    text = " ".join(p for p in parts if p)
    text = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode()
    text = re.sub(r"['\u2019`]", "", text.lower())
    return re.sub(r"[^a-z0-9]+", "-", text).strip("-")


def read_csv(csv_path: Path, qs) -> tuple[list[str], list[tuple[int, list[str]]]]:
    """Header (answer keys) and data rows; structural problems are UserErrors."""
    try:
        from .yamlio import read_bounded

        # bounded whatever the file is (a pipe or /dev/zero has no size to check first)
        text = read_bounded(csv_path, "CSV", limit=100_000_000).decode("utf-8-sig")
    except FileNotFoundError:
        raise UserError(f"{csv_path}: no such file.") from None
    except UnicodeDecodeError as exc:
        raise UserError(f"{csv_path}: not UTF-8 text (byte {exc.start}); save the sheet as "
                        "'CSV UTF-8'.") from None
    except OSError as exc:
        raise UserError(f"{csv_path}: cannot read the file ({exc.strerror}).") from None
    reader = csv.reader(io.StringIO(text, newline=""), strict=True)
    rows: list[tuple[int, list[str]]] = []
    number = 0
    try:
        for record in reader:
            number += 1
            rows.append((number, record))
    except csv.Error as exc:
        raise UserError(f"{csv_path}, row {number + 1}: malformed CSV ({exc}). Check the "
                        "quotes in that row.") from None
    rows = [(n, r) for n, r in rows if any(c.strip() for c in r)]   # blank lines
    if not rows or rows[0][0] != 1:
        raise UserError(f"{csv_path}: the first row must be a header of answer keys, like "
                        "jurisdiction.name,jurisdiction.kind,jurisdiction.state.")
    header = [h.strip() for h in rows[0][1]]
    problems = []
    seen: dict[str, int] = {}
    for i, key in enumerate(header, start=1):
        if not key:
            problems.append(f"{csv_path}, row 1, column {i}: empty column name.")
        elif key not in qs.by_key:
            problems.append(f"{csv_path}, row 1: column '{key}' is not an answer key"
                            f"{nearest(key, qs.by_key)}. Run 'ordinance-kit questions' to see "
                            "every valid key.")
        elif key in seen:
            problems.append(f"{csv_path}, row 1: column '{key}' appears twice (columns "
                            f"{seen[key]} and {i}).")
        else:
            seen[key] = i
    if problems:
        raise UserError(_join(problems))
    data = rows[1:]
    for number, record in data:
        if len(record) != len(header):
            raise UserError(f"{csv_path}, row {number}: {len(record)} cell(s) but the header "
                            f"has {len(header)} column(s). Check for a missing or extra comma "
                            "or an unquoted comma inside a value.")
    return header, data


def _join(problems: list[str]) -> str:
    if len(problems) == 1:
        return problems[0]
    return f"{len(problems)} problems:\n" + "\n".join(f"  - {p}" for p in problems)


def plan_rows(csv_path: Path, header: list[str], data: list[tuple[int, list[str]]],
              base: dict[str, RawAnswer], qs) -> list[Row]:
    rows: list[Row] = []
    by_slug: dict[str, Row] = {}
    name = csv_path.name
    for number, record in data:
        cells = {key: RawAnswer(value, f"{name}, row {number}, column {key}", from_text=True)
                 for key, value in zip(header, record) if value.strip() != ""}

        def pick(key: str) -> str:
            if key in cells:
                return str(cells[key].value).strip()
            if key in base:
                return str(base[key].value).strip()
            q = qs.by_key.get(key)
            return str(q.default) if q is not None and q.default is not None else ""

        jname, kind, state = (pick(k) for k in SLUG_KEYS)
        slug = slugify(jname, kind, state) or f"row-{number}"
        row = Row(number, cells, jname or f"(row {number})", slug)
        other = by_slug.get(slug)
        if other is not None:
            raise UserError(f"{csv_path}: rows {other.number} and {number} would both be written "
                            f"as '{slug}' (same name, kind and state). Change the name in one "
                            "of them.")
        by_slug[slug] = row
        rows.append(row)
    return rows


# --- manifest --------------------------------------------------------------------------------

def read_manifest(outdir: Path) -> dict[str, dict]:
    path = outdir / MANIFEST
    try:
        from .yamlio import read_bounded

        data = json.loads(read_bounded(path, "manifest", limit=100_000_000).decode("utf-8"))
    except (UserError, ValueError, OSError):      # missing, a FIFO's junk, damaged: start over
        return {}
    if not isinstance(data, dict) or data.get("version") != MANIFEST_VERSION:
        return {}
    files = data.get("files")
    return files if isinstance(files, dict) else {}


def write_manifest(outdir: Path, files: dict[str, dict]) -> None:
    from .output import atomic_write

    blob = json.dumps({"version": MANIFEST_VERSION, "files": dict(sorted(files.items()))},
                      indent=1, sort_keys=True).encode()
    atomic_write(outdir / MANIFEST, blob + b"\n")


def sha256_file(path: Path) -> str | None:
    try:
        return hashlib.sha256(path.read_bytes()).hexdigest()
    except OSError:
        return None


# --- the per-row work (runs in workers, or in-process with jobs=1) -------------------------------

_W: dict[str, Any] = {}


def init_worker(library_dir: Path | None, base: dict[str, RawAnswer], base_meta: dict,
                base_source: str, outdir: Path, options: Options, in_pool: bool = True) -> None:
    """Once per worker: load the library, import the writers and read the DOCX template."""
    if in_pool:
        import signal

        signal.signal(signal.SIGINT, signal.SIG_IGN)   # the parent decides how to stop
    from . import engine
    from .library import load_library

    library = load_library(library_dir)
    if "docx" in options.formats:
        from .writers import docx_writer

        docx_writer.preload()
    if "md" in options.formats:
        from .writers import markdown  # noqa: F401
    _W.update(library=library, base=base, meta=base_meta, source=base_source, outdir=outdir,
              options=options, engine=engine)


def build_chunk(tasks: list[tuple[Row, dict[str, dict]]]) -> list[RowResult]:
    return [build_row(row, entries) for row, entries in tasks]


def build_row(row: Row, entries: dict[str, dict]) -> RowResult:
    """Build one row's outputs. `entries` are the manifest records of its files."""
    from .answers import resolve
    from .checks import has_errors
    from .engine import require_state_facts
    from .output import atomic_write

    t0 = time.perf_counter()
    lib = _W["library"]
    opts: Options = _W["options"]
    engine = _W["engine"]
    outdir: Path = _W["outdir"]
    res = RowResult(row.number, row.name, pid=os.getpid())
    try:
        answers = resolve(lib.questions, [_W["base"], row.cells], source=f"row {row.number}",
                          meta=_W["meta"])
        require_state_facts(lib, answers, f"row {row.number}")
        digest = answers.digest() + ";" + opts.key()
        todo = []
        for fmt in opts.formats:
            fname = f"{row.slug}.{fmt}"
            rec = entries.get(fname)
            if (not opts.force and rec and rec.get("answers") == digest
                    and rec.get("library") == lib.digest and rec.get("format") == fmt
                    and rec.get("sha256") and sha256_file(outdir / fname) == rec["sha256"]):
                res.skipped.append(fname)
            else:
                todo.append((fmt, fname))
        if todo:
            result = engine.check(lib, answers, final=opts.final, notes=opts.notes,
                                  line_numbers=opts.line_numbers)
            if has_errors(result.findings):
                raise ChecksFailed(result.findings)
            for fmt, fname in todo:
                data = engine.render(result, fmt)
                atomic_write(outdir / fname, data)
                res.built.append((fname, fmt, digest, hashlib.sha256(data).hexdigest()))
    except UserError as exc:
        res.error = exc.render()
    except ChecksFailed as exc:
        errs = [f for f in exc.findings if f.level == "error"]
        res.error = "checks failed: " + "; ".join(f"{f.where}: {f.message}" for f in errs)
    res.seconds = time.perf_counter() - t0
    res.maxrss_kb = _maxrss_kb()
    return res


def _maxrss_kb() -> int:
    try:
        import resource

        return int(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss)
    except Exception:     # pragma: no cover - not on POSIX
        return 0


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
            raise UserError(_join(problems))
        base = {k: RawAnswer(_plain(v.value), v.where, v.from_text) for k, v in base.items()}
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

    manifest = read_manifest(outdir)
    tasks = [(row, {f"{row.slug}.{fmt}": manifest[f"{row.slug}.{fmt}"]
                    for fmt in options.formats if f"{row.slug}.{fmt}" in manifest})
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
        for r in results:
            for fname, fmt, digest, sha in r.built:
                manifest[fname] = {"answers": digest, "library": library.digest, "format": fmt,
                                   "sha256": sha, "row": r.row}
            if r.error:
                summary.failed += 1
                summary.errors.append(r)
                for fmt in options.formats:     # whatever is there is no longer current
                    manifest.pop(f"{slugs[r.row]}.{fmt}", None)
            summary.built += len(r.built)
            summary.skipped += len(r.skipped)
            summary.build_seconds += r.seconds
            summary.worker_maxrss_kb[r.pid] = max(summary.worker_maxrss_kb.get(r.pid, 0),
                                                  r.maxrss_kb)
            if on_result:
                on_result(r)
        write_manifest(outdir, manifest)

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
        _remove_temp_files(outdir, rows, options.formats)
    finally:
        summary.seconds = time.perf_counter() - t0
    summary.errors.sort(key=lambda r: r.row)
    if not summary.interrupted:
        _write_errors(outdir, summary.errors)
    elif summary.errors:
        _write_errors(outdir, summary.errors)
    return summary


def _run_pool(chunks, jobs: int, init_args, take) -> None:
    import multiprocessing
    from concurrent.futures import FIRST_COMPLETED, ProcessPoolExecutor, wait

    ctx = multiprocessing.get_context("fork") if hasattr(os, "fork") else None
    pool = ProcessPoolExecutor(max_workers=jobs, mp_context=ctx, initializer=init_worker,
                               initargs=init_args)
    pending = set()
    try:
        pending = {pool.submit(build_chunk, chunk) for chunk in chunks}
        while pending:
            done, pending = wait(pending, return_when=FIRST_COMPLETED)
            for fut in done:
                take(fut.result())
    except KeyboardInterrupt:
        # Workers ignore SIGINT: cancel what has not started, let the running chunks finish
        # (each writes its files atomically), record them, and stop.
        for fut in pending:
            fut.cancel()
        try:
            pool.shutdown(wait=True, cancel_futures=True)
            for fut in pending:
                if fut.done() and not fut.cancelled() and fut.exception() is None:
                    take(fut.result())
        except KeyboardInterrupt:        # a second Ctrl-C: stop now
            for proc in list((pool._processes or {}).values()):
                proc.terminate()
            pool.shutdown(wait=False, cancel_futures=True)
        raise
    finally:
        pool.shutdown(wait=True, cancel_futures=True)


def _remove_temp_files(outdir: Path, rows: list[Row], formats: tuple[str, ...]) -> None:
    """atomic_write's temp files are `.NAME.XXXX.tmp`; remove any a stopped worker left."""
    names = {f"{r.slug}.{fmt}" for r in rows for fmt in formats} | {MANIFEST}
    for path in outdir.glob(".*.tmp"):
        stem = path.name[1:].rsplit(".", 2)[0]
        if stem in names:
            try:
                path.unlink()
            except OSError:
                pass


def _write_errors(outdir: Path, errors: list[RowResult]) -> None:
    from .output import atomic_write

    path = outdir / ERRORS
    if not errors:
        if path.exists():
            path.unlink()      # a stale list from an earlier run would mislead
        return
    buf = io.StringIO(newline="")
    w = csv.writer(buf, lineterminator="\n")
    w.writerow(["row", "jurisdiction", "reason"])
    for r in errors:
        w.writerow([r.row, r.name, r.error])
    atomic_write(path, buf.getvalue().encode("utf-8"))


def _plain(value: Any) -> Any:
    from .questions import _plain as plain

    return plain(value)
