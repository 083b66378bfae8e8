"""Writing output files safely: never half-written, never overwritten without --force."""
from __future__ import annotations

import os
import tempfile
from pathlib import Path

from .errors import UserError


def check_target(path: Path, force: bool) -> None:
    """Refuse early (before any work) when the output cannot or must not be written."""
    folder = path.parent if str(path.parent) else Path(".")
    if path.is_dir():
        raise UserError(f"{path} is a folder; give a file name, for example {path / 'draft.docx'}.")
    if not folder.exists():
        raise UserError(f"{path}: the folder '{folder}' does not exist. Create it first "
                        f"(mkdir -p {folder}) or choose another output path.")
    if not os.access(folder, os.W_OK):
        raise UserError(f"{path}: the folder '{folder}' is not writable.")
    if path.exists() and not force:
        raise UserError(f"{path} already exists. Add --force to replace it, or choose another "
                        "output name with -o.")
    lock = _office_lock(path)
    if lock is not None:
        raise UserError(f"{path} looks open in Word or LibreOffice (lock file {lock.name}). "
                        "Close the document first, or write to another name with -o.")


def _office_lock(path: Path) -> Path | None:
    for name in (f".~lock.{path.name}#", "~$" + path.name[2:] if len(path.name) > 2 else ""):
        if name and (path.parent / name).exists():
            return path.parent / name
    return None


def atomic_write(path: Path, data: bytes) -> None:
    """Write to a temporary file in the same folder, fsync, then rename over the target.

    A failure at any point leaves the previous file (if any) untouched and no temp file.
    """
    folder = path.parent if str(path.parent) else Path(".")
    fd, tmp = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=folder)
    try:
        with os.fdopen(fd, "wb") as handle:
            handle.write(data)
            handle.flush()
            os.fsync(handle.fileno())
        os.chmod(tmp, 0o644)
        os.replace(tmp, path)
    except BaseException as exc:
        try:
            os.unlink(tmp)
        except FileNotFoundError:
            pass
        if isinstance(exc, OSError):
            raise UserError(f"{path}: could not write the file ({exc.strerror}). Nothing was "
                            "changed.") from None
        raise
