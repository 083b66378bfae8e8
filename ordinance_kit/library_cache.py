"""A disk cache of the loaded clause library, like Python's own __pycache__.

Loading the library means parsing about sixty YAML blocks and compiling as many Jinja
templates: two thirds of a one-draft build. The result depends only on the library's content
and on this code, so it is kept in the user's cache folder, keyed by both, and reused while
neither changes. A missing, stale or unreadable cache is simply rebuilt; nothing depends on it.

Folder: $ORDINANCE_KIT_CACHE_DIR, else $XDG_CACHE_HOME/ordinance-kit, else ~/.cache/ordinance-kit.
Set ORDINANCE_KIT_CACHE_DIR=off to disable.

Entries hold pickled data and marshalled code, so reading one runs whatever its writer put in
it: an entry is only as trustworthy as the folder it sits in. The cache is therefore used only
when the folder (and the entry) belong to the current user and no one else can write to them;
otherwise it is silently skipped, as if it were switched off. A shared or world-writable cache
folder costs speed, never safety.
"""
from __future__ import annotations

import hashlib
import os
import pickle
import stat
import sys
import tempfile
from pathlib import Path
from typing import Any

FORMAT = 1
_CODE_FILES = ("library.py", "clause.py", "clause_files.py", "library_validate.py",
               "state_facts.py", "questions.py", "values.py", "templating.py", "render_limits.py",
               "question_files.py", "library_cache.py", "library_lint.py")   # a cached library passed this lint


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


def _private(info: os.stat_result) -> bool:
    """Owned by this user (or root) and writable by no one else: no group or other write bit."""
    return info.st_uid in (os.getuid(), 0) and not info.st_mode & (stat.S_IWGRP | stat.S_IWOTH)


def safe_folder(folder: Path) -> bool:
    """May entries in this folder be trusted? Only if no other user could have put them there."""
    if not hasattr(os, "getuid"):        # no POSIX owners to check: do not trust a cache
        return False
    try:
        return _private(os.stat(folder))
    except OSError:
        return False


def read(root: Path, digest: str) -> Any | None:
    folder = cache_dir()
    if folder is None or not safe_folder(folder):
        return None
    path = folder / f"library-{_key(root, digest)}.pickle"
    try:
        with open(path, "rb") as handle:
            # the entry itself too: a file another user placed before the folder was locked
            if not _private(os.fstat(handle.fileno())):
                return None
            return pickle.load(handle)
    except FileNotFoundError:
        return None
    except Exception:                 # stale or damaged entry: drop it and rebuild
        try:
            path.unlink()
        except OSError:
            pass
        return None


def _tighten_default(folder: Path) -> None:
    """Versions before this check made the default folder with the umask (often 0o775 where
    users have their own group): take the group's write bit off our own default folder, so
    the cache works again. A folder named in ORDINANCE_KIT_CACHE_DIR is left as the user set it."""
    if os.environ.get("ORDINANCE_KIT_CACHE_DIR") is not None or not hasattr(os, "getuid"):
        return
    info = os.stat(folder)
    if info.st_uid == os.getuid() and info.st_mode & (stat.S_IWGRP | stat.S_IWOTH):
        os.chmod(folder, stat.S_IMODE(info.st_mode) & ~(stat.S_IWGRP | stat.S_IWOTH))


def write(root: Path, digest: str, library: Any) -> None:
    folder = cache_dir()
    if folder is None:
        return
    try:
        folder.mkdir(mode=0o700, parents=True, exist_ok=True)
        _tighten_default(folder)
        if not safe_folder(folder):      # nothing written where it would not be read back
            return
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
