"""Campaign mode, the records kept in the output folder: the manifest (which drafts are up to
date, so a run resumes where it stopped), errors.csv (the rows that failed), and the cleanup
of temporary files a stopped worker left.
"""
from __future__ import annotations

import csv
import hashlib
import io
import json
from pathlib import Path

from .errors import UserError

MANIFEST = ".ordinance-kit-manifest.json"
ERRORS = "errors.csv"
MANIFEST_VERSION = 1


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


def remove_temp_files(outdir: Path, rows: list, formats: tuple[str, ...]) -> None:
    """atomic_write's temp files are `.NAME.XXXX.tmp`; remove any a stopped worker left."""
    names = {f"{r.slug}.{fmt}" for r in rows for fmt in formats} | {MANIFEST}
    for path in outdir.glob(".*.tmp"):
        stem = path.name[1:].rsplit(".", 2)[0]
        if stem in names:
            try:
                path.unlink()
            except OSError:
                pass


def write_errors(outdir: Path, errors: list) -> None:
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
