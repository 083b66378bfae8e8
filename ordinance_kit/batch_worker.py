"""Campaign mode, the per-row work (in worker processes, or in this process with jobs=1): resolve
a row's answers, skip the drafts the manifest shows are up to date, build the rest with the
engine, and return one small result per row.
"""
from __future__ import annotations

import hashlib
import os
import time
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from .answers import RawAnswer
from .batch_records import sha256_file
from .batch_rows import Row
from .errors import ChecksFailed, UserError


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


_W: dict[str, Any] = {}


def init_worker(library_dir: Path | None, base: dict[str, RawAnswer], base_meta: dict,
                base_source: str, outdir: Path, options: Options, in_pool: bool = True) -> None:
    """Once per worker: load the library, import the writers and read the DOCX template."""
    if in_pool:
        _follow_the_parent()
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


def _follow_the_parent() -> None:
    """Ctrl-C goes to the whole process group: the parent decides how to stop, so workers
    ignore SIGINT. SIGTERM and SIGHUP keep their default action (end the worker): a forked
    worker would otherwise inherit the parent's handler. On Linux a worker also ends when the
    parent dies, however it dies, so none is left writing on to the caller's terminal."""
    import signal

    signal.signal(signal.SIGINT, signal.SIG_IGN)
    for name in ("SIGTERM", "SIGHUP"):
        if hasattr(signal, name):
            signal.signal(getattr(signal, name), signal.SIG_DFL)
    try:
        import ctypes

        libc = ctypes.CDLL(None, use_errno=True)
        libc.prctl(1, signal.SIGTERM, 0, 0, 0)       # PR_SET_PDEATHSIG
        import multiprocessing

        parent = multiprocessing.parent_process()
        if parent is not None and os.getppid() != parent.pid:   # it died before the call
            os._exit(1)
    except (OSError, AttributeError):                 # not Linux: the parent terminates us
        pass


def build_chunk(tasks: list[tuple[Row, dict[str, dict]]]) -> list[RowResult]:
    return [build_row(row, entries) for row, entries in tasks]


def build_row(row: Row, entries: dict[str, dict]) -> RowResult:
    """Build one row's outputs. `entries` are the manifest records of its files."""
    from .answers import resolve
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
            fname = engine.file_name(row.slug, fmt)
            rec = entries.get(fname)
            if (not opts.force and rec and rec.get("answers") == digest
                    and rec.get("library") == lib.digest and rec.get("format") == fmt
                    and rec.get("sha256") and sha256_file(outdir / fname) == rec["sha256"]):
                res.skipped.append(fname)
            else:
                todo.append((fmt, fname))
        result = None
        for fmt, fname in todo:
            if result is None:      # assemble and check once; errors raise ChecksFailed
                result = engine.build(lib, answers, fmt, final=opts.final, notes=opts.notes,
                                      line_numbers=opts.line_numbers, where=fname)
                data = result.data
            else:                   # the same checked draft in another format
                data = engine.render(result, fmt, where=fname)
            atomic_write(outdir / fname, data)
            res.built.append((fname, fmt, digest, hashlib.sha256(data).hexdigest()))
    except UserError as exc:
        res.error = exc.render()
    except ChecksFailed as exc:
        errs = [f for f in exc.findings if f.level == "error"]
        res.error = "checks failed: " + "; ".join(f"{f.where}: {f.message}" for f in errs)
    except Exception as exc:      # a bug must cost one row, not the whole campaign
        res.error = (f"could not build this row ({type(exc).__name__}: {exc}); the other rows "
                     "are not affected. Please report this.")
    res.seconds = time.perf_counter() - t0
    res.maxrss_kb = _maxrss_kb()
    return res


def _maxrss_kb() -> int:
    try:
        import resource

        return int(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss)
    except Exception:     # pragma: no cover - not on POSIX
        return 0
