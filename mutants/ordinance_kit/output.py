"""Writing output files safely: never half-written, never overwritten without --force.

Three promises, each kept at the moment of writing and not only checked beforehand:
- the file appears complete or not at all (written under a temporary name, then moved);
- without --force an existing file is never replaced, even one another program created a
  second ago (the finished file is linked to its name, which fails if the name is taken);
- with --force only a regular file is replaced, never a FIFO, a device or the command's own
  input, and the replaced file keeps its permissions.
SIGTERM and SIGHUP stop a command the way Ctrl-C does (`stop_on_signals`), so the temporary
file is removed whichever way the command is stopped.
"""
from __future__ import annotations

import contextlib
import errno
import os
import signal
import stat
import tempfile
import threading
from pathlib import Path
from typing import Iterable, Iterator

from .errors import UserError

_STOP_SIGNALS = tuple(getattr(signal, name) for name in ("SIGINT", "SIGTERM", "SIGHUP")
                      if hasattr(signal, name))


def check_target(path: Path, force: bool, inputs: Iterable[Path] = ()) -> None:
    """Refuse early (before any work) when the output cannot or must not be written.

    `inputs` are the files the command reads: --force never replaces one of them.
    """
    folder = _folder(path)
    try:
        _check_name_length(path, folder)
        if path.is_dir():
            raise UserError(f"{path} is a folder; give a file name, for example "
                            f"{path / 'draft.docx'}.")
        if not folder.exists():
            raise UserError(f"{path}: the folder '{folder}' does not exist. Create it first "
                            f"(mkdir -p {folder}) or choose another output path.")
        if not folder.is_dir():
            raise UserError(f"{path}: '{folder}' is a file, not a folder, so nothing can be "
                            f"written inside it. Choose an output path in a folder, for example "
                            f"-o {path.name}.")
        if not os.access(folder, os.W_OK):
            raise UserError(f"{path}: the folder '{folder}' is not writable.")
        existing = _stat(path)
        if existing is not None:
            if not force:
                raise UserError(f"{path} already exists. Add --force to replace it, or choose "
                                "another output name with -o.")
            _refuse_to_replace(path, existing, inputs)
        lock = _office_lock(path)
    except OSError as exc:          # anything the checks above did not foresee
        raise UserError(f"{path}: this output path cannot be used ({_reason(exc)}). Choose "
                        "another output path with -o.") from None
    if lock is not None:
        raise UserError(f"{path} looks open in Word or LibreOffice (lock file {lock.name}). "
                        "Close the document first, or write to another name with -o.")


def atomic_write(path: Path, data: bytes, *, replace: bool = True) -> None:
    """Write to a temporary file in the same folder, fsync, then move it to `path`.

    With `replace` False the target is created exclusively: if any file has that name by the
    time the data is ready, nothing is written and a UserError says so. With `replace` True
    an existing regular file is replaced and keeps its permission bits.
    A failure or a signal at any point leaves the previous file (if any) untouched and no
    temporary file behind.
    """
    folder = _folder(path)
    tmp = None
    blocked = _block_stop_signals()      # no signal between creating the temp file and the try
    try:
        fd, tmp = tempfile.mkstemp(prefix=_temp_prefix(path.name, folder), suffix=".tmp",
                                   dir=folder)
        _unblock(blocked)
        blocked = None
        with os.fdopen(fd, "wb") as handle:
            handle.write(data)
            handle.flush()
            os.fsync(handle.fileno())
        if replace:
            existing = _stat(path)
            if existing is not None:
                _refuse_to_replace(path, existing, ())
            os.chmod(tmp, (existing.st_mode & 0o777) if existing else _new_file_mode())
            os.replace(tmp, path)
            tmp = None
        else:
            os.chmod(tmp, _new_file_mode())
            _link_exclusively(tmp, path)
    except OSError as exc:
        raise UserError(f"{path}: could not write the file ({_reason(exc)}). Nothing was "
                        "changed.") from None
    finally:
        if tmp is not None:
            with contextlib.suppress(OSError):
                os.unlink(tmp)
        if blocked is not None:          # only when mkstemp itself failed
            _unblock(blocked)


def _link_exclusively(tmp: str, path: Path) -> None:
    """Give the finished temp file its real name only if that name is free."""
    try:
        os.link(tmp, path)
        return
    except FileExistsError:
        raise _taken(path) from None
    except OSError as exc:
        if exc.errno not in (errno.EPERM, errno.EOPNOTSUPP, errno.ENOTSUP, errno.EXDEV,
                             errno.EMLINK, errno.ENOSYS):
            raise
    # A file system without hard links (FAT, some network shares): claim the name with an
    # exclusive create, then move the data over that (still empty) claim.
    try:
        os.close(os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600))
    except FileExistsError:
        raise _taken(path) from None
    os.replace(tmp, path)


def _taken(path: Path) -> UserError:
    return UserError(f"{path} already exists: another program created it while this one was "
                     "working, and it was left as it is. Add --force to replace it, or choose "
                     "another output name with -o.")


def _refuse_to_replace(path: Path, existing: os.stat_result, inputs: Iterable[Path]) -> None:
    if not stat.S_ISREG(existing.st_mode):
        raise UserError(f"{path} is {_kind(existing.st_mode)}, not a regular file; --force "
                        "replaces only regular files. Choose an output file name with -o.")
    for source in inputs:
        src = _stat(Path(source))
        if src is not None and (src.st_dev, src.st_ino) == (existing.st_dev, existing.st_ino):
            raise UserError(f"{path} is the input file {source}; writing the draft there would "
                            "destroy the answers. Choose another output name with -o.")


def _kind(mode: int) -> str:
    if stat.S_ISFIFO(mode):
        return "a FIFO (named pipe)"
    if stat.S_ISCHR(mode) or stat.S_ISBLK(mode):
        return "a device"
    if stat.S_ISSOCK(mode):
        return "a socket"
    if stat.S_ISDIR(mode):
        return "a folder"
    return "a special file"


def _stat(path: Path) -> os.stat_result | None:
    """stat() following links; None when nothing (or a dangling link) has that name."""
    try:
        return os.stat(path)
    except (FileNotFoundError, NotADirectoryError):
        return None


def _folder(path: Path) -> Path:
    return path.parent if str(path.parent) else Path(".")


def _name_max(folder: Path) -> int:
    try:
        return os.pathconf(folder, "PC_NAME_MAX")
    except (OSError, ValueError, AttributeError):
        return 255


def _check_name_length(path: Path, folder: Path) -> None:
    size, limit = len(os.fsencode(path.name)), _name_max(folder if folder.is_dir() else ".")
    if size > limit:
        raise UserError(f"{path}: the file name is {size} bytes long; this file system allows at "
                        f"most {limit}. Choose a shorter output name with -o.")


def _temp_prefix(name: str, folder: Path) -> str:
    """'.NAME.' cut short enough that the temp name (prefix + 8 random + '.tmp') fits."""
    room = max(1, _name_max(folder) - len(".") - len(".") - 8 - len(".tmp"))
    short = os.fsencode(name)[:room].decode("utf-8", "ignore")   # never half a character
    return f".{short}."


def _new_file_mode() -> int:
    """What open() would give a new file: 0o666 less the umask (mkstemp makes it 0o600)."""
    mask = os.umask(0o022)
    os.umask(mask)
    return 0o666 & ~mask


def _office_lock(path: Path) -> Path | None:
    for name in (f".~lock.{path.name}#", "~$" + path.name[2:] if len(path.name) > 2 else ""):
        try:
            if name and (path.parent / name).exists():
                return path.parent / name
        except OSError:      # a lock name too long for the file system cannot exist
            continue
    return None


def _reason(exc: OSError) -> str:
    if exc.errno == errno.ENAMETOOLONG:
        return "a name in it is too long for the file system"
    return exc.strerror or str(exc)


def _block_stop_signals():
    if not hasattr(signal, "pthread_sigmask"):
        return None
    return signal.pthread_sigmask(signal.SIG_BLOCK, _STOP_SIGNALS)


def _unblock(previous) -> None:
    if previous is not None:
        signal.pthread_sigmask(signal.SIG_SETMASK, previous)


# --- stopping on SIGTERM and SIGHUP ----------------------------------------------------------

class Stopped(BaseException):
    """SIGTERM or SIGHUP arrived. A BaseException, like KeyboardInterrupt, so that only
    clean-up code (finally, `except BaseException`) runs on the way out."""

    def __init__(self, signum: int):
        self.signum = signum
        self.exit_code = 128 + signum        # what a shell reports for a killed command
        super().__init__(signal.Signals(signum).name)

    @property
    def message(self) -> str:
        return f"Stopped by {signal.Signals(self.signum).name}; nothing was written."


@contextlib.contextmanager
def stop_on_signals() -> Iterator[None]:
    """Turn SIGTERM and SIGHUP into `Stopped` while the block runs (main thread only)."""
    wanted = [getattr(signal, n) for n in ("SIGTERM", "SIGHUP") if hasattr(signal, n)]
    if threading.current_thread() is not threading.main_thread():
        yield
        return

    def stop(signum, _frame):
        raise Stopped(signum)

    previous = {s: signal.signal(s, stop) for s in wanted}
    try:
        yield
    finally:
        for s, handler in previous.items():
            signal.signal(s, handler)
