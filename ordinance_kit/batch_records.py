"""Campaign mode, the records kept in the output folder: the manifest (which drafts are up to
date, so a run resumes where it stopped), errors.csv (the rows that failed), and the cleanup
of temporary files a stopped worker left.

The manifest is JSON lines: a header line {"version": 2}, then one line per change
({"file": NAME, ...record} or {"file": NAME, "removed": true}); the last line for a name wins.
A run rewrites it once at the start (compacted) and once at the end, and in between only
appends the lines of each finished chunk: rewriting the whole file after every chunk made a
run's writes grow with the square of the rows. A run stopped mid-append leaves at most one
torn last line, which the reader skips. The version 1 file (one JSON object) is still read.
"""
from __future__ import annotations

import csv
import hashlib
import io
import json
import os
from pathlib import Path

from .errors import UserError

MANIFEST = ".ordinance-kit-manifest.json"
ERRORS = "errors.csv"
MANIFEST_VERSION = 2
RECORD_FIELDS = ("answers", "library", "format", "sha256")   # strings a record must have


def read_manifest(outdir: Path) -> dict[str, dict]:
    """The valid records by file name. Anything damaged -- a missing or unreadable file, junk,
    an entry that is a string or a list, a field of the wrong type -- is dropped: the drafts it
    described are rebuilt, which is always safe."""
    path = outdir / MANIFEST
    try:
        from .yamlio import read_bounded

        text = read_bounded(path, "manifest", limit=100_000_000).decode("utf-8")
    except (UserError, ValueError, OSError):      # missing, a FIFO's junk, not UTF-8
        return {}
    try:
        whole = json.loads(text)
    except ValueError:
        whole = None
    if isinstance(whole, dict) and whole.get("version") == 1:      # the old format
        files = whole.get("files")
        items = files.items() if isinstance(files, dict) else ()
        return {name: rec for name, rec in items if _valid(name, rec)}
    lines = text.splitlines()
    if not lines or _json(lines[0]) != {"version": MANIFEST_VERSION}:
        return {}
    records: dict[str, dict] = {}
    for line in lines[1:]:
        entry = _json(line)
        if not isinstance(entry, dict) or not isinstance(entry.get("file"), str):
            continue                                 # a torn or damaged line
        name = entry.pop("file")
        if entry.get("removed") is True:
            records.pop(name, None)
        elif _valid(name, entry):
            records[name] = entry
    return records


def _json(line: str):
    try:
        return json.loads(line)
    except ValueError:
        return None


def _valid(name, rec) -> bool:
    return (isinstance(name, str) and isinstance(rec, dict)
            and all(isinstance(rec.get(k), str) for k in RECORD_FIELDS))


def _line(obj: dict) -> str:
    return json.dumps(obj, sort_keys=True, separators=(",", ":")) + "\n"


def write_manifest(outdir: Path, files: dict[str, dict]) -> None:
    """The whole manifest, compacted, replacing the old one atomically."""
    from .output import atomic_write

    text = _line({"version": MANIFEST_VERSION}) + "".join(
        _line({"file": name, **files[name]}) for name in sorted(files))
    atomic_write(outdir / MANIFEST, text.encode())


def append_manifest(outdir: Path, changed: dict[str, dict | None]) -> None:
    """Record one chunk's changes (None: the file is no longer current) at the manifest's end."""
    if not changed:
        return
    text = "".join(_line({"file": name, **rec}) if rec is not None
                   else _line({"file": name, "removed": True})
                   for name, rec in changed.items())
    try:
        fd = os.open(outdir / MANIFEST, os.O_WRONLY | os.O_APPEND)
    except OSError as exc:
        raise UserError(f"{outdir / MANIFEST}: cannot update the batch manifest "
                        f"({exc.strerror}).") from None
    try:
        os.write(fd, text.encode())
    finally:
        os.close(fd)


def sha256_file(path: Path) -> str | None:
    try:
        return hashlib.sha256(path.read_bytes()).hexdigest()
    except OSError:
        return None


def remove_temp_files(outdir: Path, rows: list, formats: tuple[str, ...]) -> None:
    """atomic_write's temp files are `.NAME.XXXX.tmp`; remove any a stopped worker left."""
    names = {f"{r.slug}.{fmt}" for r in rows for fmt in formats} | {MANIFEST, ERRORS}
    for path in outdir.glob(".*.tmp"):
        stem = path.name[1:].rsplit(".", 2)[0]
        if stem in names:
            try:
                path.unlink()
            except OSError:
                pass


def check_errors_path(outdir: Path) -> None:
    """Before any work: errors.csv must be a file (or absent), so the run can report."""
    path = outdir / ERRORS
    if path.is_symlink() or (path.exists() and not path.is_file()):
        raise UserError(f"{path} is not a regular file; the batch lists failed rows there. "
                        "Move it away, or choose another output folder with -o.")


# A spreadsheet runs a cell that starts with one of these as a formula (OWASP, "CSV
# injection"): a jurisdiction named '=HYPERLINK(...)' must stay text when errors.csv is opened.
_FORMULA_START = ("=", "+", "-", "@", "\t", "\r")


def csv_cell(value) -> str:
    text = str(value)
    return "'" + text if text.startswith(_FORMULA_START) else text


def csv_text(header: list[str], rows: list[list]) -> str:
    """Every CSV this tool writes goes through here, so every cell is neutralised."""
    buf = io.StringIO(newline="")
    w = csv.writer(buf, lineterminator="\n")
    w.writerow([csv_cell(h) for h in header])
    for row in rows:
        w.writerow([csv_cell(c) for c in row])
    return buf.getvalue()


def write_errors(outdir: Path, errors: list) -> None:
    from .output import atomic_write

    path = outdir / ERRORS
    if not errors:
        if path.is_file() and not path.is_symlink():
            path.unlink()      # a stale list from an earlier run would mislead
        return
    text = csv_text(["row", "jurisdiction", "reason"], [[r.row, r.name, r.error] for r in errors])
    atomic_write(path, text.encode("utf-8"))
