"""A disk cache of the loaded clause library, like Python's own __pycache__.

Loading the library means parsing about sixty YAML blocks and compiling as many Jinja
templates: two thirds of a one-draft build. The result depends only on the library's content
and on this code, so it is kept in the user's cache folder, keyed by both, and reused while
neither changes. A missing, stale or unreadable cache is simply rebuilt; nothing depends on it.

Folder: $ORDINANCE_KIT_CACHE_DIR, else $XDG_CACHE_HOME/ordinance-kit, else ~/.cache/ordinance-kit.
Set ORDINANCE_KIT_CACHE_DIR=off to disable. Like .pyc files, entries are trusted: they hold
pickled data and marshalled code, written only by ordinance-kit in the user's own folder.
"""
from __future__ import annotations

import hashlib
import os
import pickle
import sys
import tempfile
from pathlib import Path
from typing import Any

FORMAT = 1
_CODE_FILES = ("library.py", "clause.py", "clause_files.py", "library_validate.py",
               "state_facts.py", "questions.py", "values.py", "templating.py",
               "library_cache.py", "library_lint.py")   # a cached library passed this lint


def cache_dir() -> Path | None:
    value = os.environ.get("ORDINANCE_KIT_CACHE_DIR")
    if value is not None:
        return None if value.strip().lower() in ("", "off", "0", "no") else Path(value)
    base = os.environ.get("XDG_CACHE_HOME") or os.path.join(os.path.expanduser("~"), ".cache")
    return Path(base) / "ordinance-kit"


def _key(root: Path, digest: str) -> str:
    import jinja2

    from . import __version__

    h = hashlib.sha256()
    for part in (str(FORMAT), __version__, jinja2.__version__, sys.version, str(root), digest):
        h.update(part.encode() + b"\0")
    here = Path(__file__).resolve().parent
    for name in _CODE_FILES:          # the code that builds what is cached
        h.update((here / name).read_bytes())
    return h.hexdigest()[:32]


def read(root: Path, digest: str) -> Any | None:
    folder = cache_dir()
    if folder is None:
        return None
    path = folder / f"library-{_key(root, digest)}.pickle"
    try:
        with open(path, "rb") as handle:
            return pickle.load(handle)
    except FileNotFoundError:
        return None
    except Exception:                 # stale or damaged entry: drop it and rebuild
        try:
            path.unlink()
        except OSError:
            pass
        return None


def write(root: Path, digest: str, library: Any) -> None:
    folder = cache_dir()
    if folder is None:
        return
    try:
        folder.mkdir(parents=True, exist_ok=True)
        path = folder / f"library-{_key(root, digest)}.pickle"
        fd, tmp = tempfile.mkstemp(dir=folder, prefix=".library-", suffix=".tmp")
        try:
            with os.fdopen(fd, "wb") as handle:
                pickle.dump(library, handle, protocol=pickle.HIGHEST_PROTOCOL)
            os.replace(tmp, path)
        except BaseException:
            os.unlink(tmp)
            raise
    except Exception:                 # a read-only home folder only costs speed
        pass
