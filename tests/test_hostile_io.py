"""Hostile files, paths, signals and races (issue 14): every case ends in a clean message and
exit 2 (or the exit code of the signal), in bounded time, with no file half-written or lost.

Categories: output paths, format and name, exclusive create and --force, signals, races,
non-regular inputs, the library cache, and the cost of rendering a clause body.

Signals and races are made deterministic with a small harness that runs the real CLI in a
subprocess but pauses it inside the fsync of the output's temporary file (the moment a
half-written file exists) until the test has done its part.
"""
from __future__ import annotations

import os
import pickle
import signal
import stat
import subprocess
import sys
import threading
import time
from pathlib import Path

import pytest

from helpers import MINI

ROOT = Path(__file__).resolve().parents[1]
ANSWERS = "jurisdiction:\n  name: Testville\n"
HANG_GUARD = 120          # seconds; only so that a regression fails instead of hanging CI

pytestmark = pytest.mark.skipif(os.name != "posix", reason="POSIX files, signals and owners")


def error(err: str) -> str:
    """The one-paragraph message the CLI printed last (after any warnings), never a traceback."""
    assert "Traceback" not in err and err.endswith("\n"), err
    return err.strip().splitlines()[-1]


def tmp_files(folder: Path) -> list[str]:
    return sorted(p.name for p in folder.iterdir() if p.name.endswith(".tmp"))


def name_max(folder: Path) -> int:
    return os.pathconf(folder, "PC_NAME_MAX")


# --- output paths ------------------------------------------------------------------------------

@pytest.mark.parametrize("length", [245, 250])
def test_long_names_that_fit_are_written(cli, answers_file, tmp_path, length):
    """245 characters: the temp name used to pass 255 bytes; 250: the lock-file name did."""
    if name_max(tmp_path) < 255:
        pytest.skip("file system with short names")
    out = tmp_path / ("d" * (length - 3) + ".md")
    code, _, err = cli("build", answers_file(ANSWERS), "--library", MINI, "-o", out)
    assert code == 0, err
    assert out.read_text().startswith("<!-- ordinance-kit")
    assert tmp_files(tmp_path) == []


def test_name_too_long_for_the_file_system(cli, answers_file, tmp_path):
    out = tmp_path / ("c" * 297 + ".md")
    code, _, err = cli("build", answers_file(ANSWERS), "--library", MINI, "-o", out)
    assert code == 2
    assert error(err) == (f"Error: {out}: the file name is 300 bytes long; this file system "
                          f"allows at most {name_max(tmp_path)}. Choose a shorter output name "
                          "with -o.")


def test_name_length_counts_bytes(cli, answers_file, tmp_path):
    out = tmp_path / ("é" * 130 + ".md")                  # 130 characters, 263 bytes
    code, _, err = cli("build", answers_file(ANSWERS), "--library", MINI, "-o", out)
    assert code == 2 and "the file name is 263 bytes long" in error(err)


def test_path_too_long(cli, answers_file, tmp_path):
    out = tmp_path.joinpath(*["p" * 250] * 20, "x.md")
    code, _, err = cli("build", answers_file(ANSWERS), "--library", MINI, "-o", out)
    assert code == 2
    assert error(err) == (f"Error: {out}: this output path cannot be used (a name in it is too "
                          "long for the file system). Choose another output path with -o.")


def test_parent_is_a_file(cli, answers_file, tmp_path):
    src = answers_file(ANSWERS)
    out = src / "x.docx"
    code, _, err = cli("build", src, "--library", MINI, "-o", out)
    assert code == 2
    assert error(err) == (f"Error: {out}: '{src}' is a file, not a folder, so nothing can be "
                          "written inside it. Choose an output path in a folder, for example "
                          "-o x.docx.")
    assert src.read_text() == ANSWERS


# --- format and name ---------------------------------------------------------------------------

@pytest.mark.parametrize("name, fmt, message", [
    ("draft.docx", "md", "{out}: the name ends in .docx (a Word document) but --format md writes "
                         "Markdown. Use -o {folder}/draft.md, or leave out --format."),
    ("draft.md", "docx", "{out}: the name ends in .md (Markdown) but --format docx writes a Word "
                         "document. Use -o {folder}/draft.docx, or leave out --format."),
    ("draft.txt", None, "{out}: the ending '.txt' is not a format; an output name must end in "
                        ".docx, .md, .xml or .html, the format it holds. For example: -o {folder}/draft.docx."),
    ("draft", "md", "{out}: the name has no ending; an output name must end in .docx, .md, .xml "
                    "or .html, the format it holds. For example: -o {folder}/draft.md."),
    ("draft.md", "html", "{out}: the name ends in .md (Markdown) but --format html writes a web "
                         "page. Use -o {folder}/draft.html, or leave out --format."),
    ("draft.md", "pdf", "--format pdf: use one of docx, md, akn, html."),
])
def test_name_and_format_must_agree(cli, answers_file, tmp_path, name, fmt, message):
    out = tmp_path / name
    args = ["--format", fmt] if fmt else []
    code, _, err = cli("build", answers_file(ANSWERS), "--library", MINI, "-o", out, *args)
    assert code == 2
    assert error(err) == "Error: " + message.format(out=out, folder=tmp_path)
    assert sorted(p.name for p in tmp_path.iterdir()) == ["answers.yaml"]


def test_format_and_ending_ignore_case(cli, answers_file, tmp_path):
    out = tmp_path / "draft.MD"
    code, _, err = cli("build", answers_file(ANSWERS), "--library", MINI, "-o", out,
                       "--format", "Md")
    assert code == 0, err
    assert out.read_text().startswith("<!-- ordinance-kit")


# --- --force and what it may replace ------------------------------------------------------------

def test_force_never_replaces_the_input(cli, answers_file, tmp_path):
    src = answers_file(ANSWERS)
    code, _, err = cli("build", src, "--library", MINI, "-o", src, "--force")
    assert code == 2 and "the ending '.yaml' is not a format" in error(err)
    twin = tmp_path / "draft.md"                       # the same file under another name
    os.link(src, twin)
    code, _, err = cli("build", src, "--library", MINI, "-o", twin, "--force")
    assert code == 2
    assert error(err) == (f"Error: {twin} is the input file {src}; writing the draft there "
                          "would destroy the answers. Choose another output name with -o.")
    assert src.read_text() == ANSWERS and os.path.samefile(src, twin)


def test_force_refuses_a_fifo(cli, answers_file, tmp_path):
    fifo = tmp_path / "pipe.md"
    os.mkfifo(fifo)
    code, _, err = cli("build", answers_file(ANSWERS), "--library", MINI, "-o", fifo, "--force")
    assert code == 2
    assert error(err) == (f"Error: {fifo} is a FIFO (named pipe), not a regular file; --force "
                          "replaces only regular files. Choose an output file name with -o.")
    assert stat.S_ISFIFO(os.lstat(fifo).st_mode)


def test_force_refuses_a_device_behind_a_link(cli, answers_file, tmp_path):
    link = tmp_path / "null.md"
    link.symlink_to("/dev/null")
    code, _, err = cli("build", answers_file(ANSWERS), "--library", MINI, "-o", link, "--force")
    assert code == 2
    assert error(err) == (f"Error: {link} is a device, not a regular file; --force replaces only "
                          "regular files. Choose an output file name with -o.")
    assert link.is_symlink()


def test_force_refuses_dev_stdout(answers_file, tmp_path):
    """/dev/stdout is a pipe here (a subprocess with captured output)."""
    link = tmp_path / "out.md"
    link.symlink_to("/dev/stdout")
    run = subprocess.run([sys.executable, "-m", "ordinance_kit", "build", answers_file(ANSWERS),
                          "--library", MINI, "-o", link, "--force"], cwd=ROOT,
                         capture_output=True, text=True, timeout=HANG_GUARD)
    assert run.returncode == 2 and run.stdout == ""
    assert "is a FIFO (named pipe), not a regular file; --force replaces only regular files" \
        in error(run.stderr)


@pytest.mark.parametrize("mode", [0o600, 0o640, 0o444])
def test_force_keeps_the_permissions(cli, answers_file, tmp_path, mode):
    out = tmp_path / "draft.md"
    out.write_text("old draft")
    out.chmod(mode)
    code, _, err = cli("build", answers_file(ANSWERS), "--library", MINI, "-o", out, "--force")
    assert code == 0, err
    assert stat.S_IMODE(out.stat().st_mode) == mode
    assert out.read_text().startswith("<!-- ordinance-kit")


def test_new_file_follows_the_umask(cli, answers_file, tmp_path):
    out = tmp_path / "draft.md"
    old = os.umask(0o027)
    try:
        code, _, err = cli("build", answers_file(ANSWERS), "--library", MINI, "-o", out)
    finally:
        os.umask(old)
    assert code == 0, err
    assert stat.S_IMODE(out.stat().st_mode) == 0o640


def test_exclusive_write_keeps_a_file_that_appeared_meanwhile(tmp_path):
    from ordinance_kit.errors import UserError
    from ordinance_kit.output import atomic_write

    out = tmp_path / "draft.md"
    atomic_write(out, b"first", replace=False)
    with pytest.raises(UserError) as caught:
        atomic_write(out, b"second", replace=False)
    assert str(caught.value) == (f"{out} already exists: another program created it while this "
                                 "one was working, and it was left as it is. Add --force to "
                                 "replace it, or choose another output name with -o.")
    assert out.read_bytes() == b"first" and tmp_files(tmp_path) == []


# --- signals and races (the real CLI, paused mid-write) -------------------------------------------

HARNESS = r"""
import os, sys, time
paused, go = sys.argv[1], sys.argv[2]
real_fsync = os.fsync
def fsync(fd):
    # the output's temp file is written but not yet moved: tell the test, wait for it
    os.fsync = real_fsync
    open(paused, "w").close()
    limit = time.monotonic() + 120
    while not os.path.exists(go) and time.monotonic() < limit:
        time.sleep(0.02)
    real_fsync(fd)
os.fsync = fsync
sys.argv = ["ordinance-kit"] + sys.argv[3:]
from ordinance_kit.cli import main
main()
"""


def paused_build(tmp_path: Path, out: Path, tag: str, *extra: str) -> tuple[subprocess.Popen, Path]:
    """Start `build` and return once it is paused with its temp file written."""
    src = tmp_path / "answers.yaml"
    if not src.exists():
        src.write_text(ANSWERS)
    paused, go = tmp_path / f"{tag}.paused", tmp_path / f"{tag}.go"
    proc = subprocess.Popen([sys.executable, "-c", HARNESS, str(paused), str(go), "build",
                             str(src), "--library", str(MINI), "-o", str(out), *extra],
                            cwd=ROOT, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    limit = time.monotonic() + HANG_GUARD
    while not paused.exists():
        assert proc.poll() is None, proc.communicate()
        assert time.monotonic() < limit, "the build never reached its write"
        time.sleep(0.02)
    return proc, go


@pytest.mark.parametrize("signum, code", [(signal.SIGTERM, 143), (signal.SIGHUP, 129)])
def test_signal_during_a_build_leaves_no_temp_file(tmp_path, signum, code):
    out = tmp_path / "draft.md"
    proc, _ = paused_build(tmp_path, out, "a")
    assert len(tmp_files(tmp_path)) == 1                  # the half-finished file exists now
    proc.send_signal(signum)
    _, err = proc.communicate(timeout=HANG_GUARD)
    assert proc.returncode == code
    assert error(err) == f"Stopped by {signal.Signals(signum).name}; nothing was written."
    assert tmp_files(tmp_path) == [] and not out.exists()


def test_two_builds_to_one_new_path_only_one_wins(tmp_path):
    """The first build checks the name is free, then pauses mid-write; a second build writes
    the same name meanwhile. The first must then fail, leaving the second's draft as it is."""
    out = tmp_path / "draft.md"
    first, go = paused_build(tmp_path, out, "first", "--set", "jurisdiction.name=First")
    second = subprocess.run([sys.executable, "-m", "ordinance_kit", "build",
                             tmp_path / "answers.yaml", "--library", MINI, "-o", out,
                             "--set", "jurisdiction.name=Second"],
                            cwd=ROOT, capture_output=True, text=True, timeout=HANG_GUARD)
    assert second.returncode == 0, second.stderr
    go.touch()
    _, err = first.communicate(timeout=HANG_GUARD)
    assert first.returncode == 2
    assert error(err) == (f"Error: {out} already exists: another program created it while this "
                          "one was working, and it was left as it is. Add --force to replace "
                          "it, or choose another output name with -o.")
    assert "City of Second" in out.read_text() and "First" not in out.read_text()
    assert tmp_files(tmp_path) == []


# --- non-regular inputs: read at most the limit plus one byte --------------------------------------

def test_dev_zero_is_refused(cli):
    code, _, err = cli("check", "/dev/zero", "--library", MINI)
    assert code == 2
    assert error(err) == ("Error: /dev/zero: the answers file is more than 1,000,000 bytes; the "
                          "limit is 1,000,000. Is this the right file?")


def test_endless_stdin_is_refused():
    yes = subprocess.Popen(["yes"], stdout=subprocess.PIPE)
    try:
        run = subprocess.run([sys.executable, "-m", "ordinance_kit", "check", "/dev/stdin",
                              "--library", MINI], stdin=yes.stdout, cwd=ROOT,
                             capture_output=True, text=True, timeout=HANG_GUARD)
    finally:
        yes.kill()
        yes.wait()
    assert run.returncode == 2
    assert error(run.stderr) == ("Error: /dev/stdin: the answers file is more than 1,000,000 "
                                 "bytes; the limit is 1,000,000. Is this the right file?")


def test_stdin_pipe_with_answers_still_works():
    run = subprocess.run([sys.executable, "-m", "ordinance_kit", "check", "/dev/stdin",
                          "--library", MINI], input=ANSWERS, cwd=ROOT,
                         capture_output=True, text=True, timeout=HANG_GUARD)
    assert run.returncode == 0, run.stderr


def _feed_fifo(path: Path, data: bytes, repeat: int) -> threading.Thread:
    def write():
        try:
            with open(path, "wb") as handle:
                for _ in range(repeat):
                    handle.write(data)
        except BrokenPipeError:            # the reader stopped early, as it should
            pass
    thread = threading.Thread(target=write, daemon=True)
    thread.start()
    return thread


def test_endless_fifo_is_refused(cli, tmp_path):
    fifo = tmp_path / "answers.yaml"
    os.mkfifo(fifo)
    writer = _feed_fifo(fifo, b"# comment\n" * 1000, 10_000)      # 100 MB if read to the end
    code, _, err = cli("check", fifo, "--library", MINI)
    writer.join(HANG_GUARD)
    assert code == 2
    assert error(err) == (f"Error: {fifo}: the answers file is more than 1,000,000 bytes; the "
                          "limit is 1,000,000. Is this the right file?")


def test_fifo_with_answers_still_works(cli, tmp_path):
    fifo = tmp_path / "answers.yaml"
    os.mkfifo(fifo)
    writer = _feed_fifo(fifo, ANSWERS.encode(), 1)
    code, out, err = cli("check", fifo, "--library", MINI)
    writer.join(HANG_GUARD)
    assert code == 0, err


def test_batch_csv_from_dev_zero_is_refused(cli, tmp_path):
    base = tmp_path / "base.yaml"
    base.write_text("jurisdiction:\n  state: CA\n")
    code, _, err = cli("batch", "/dev/zero", "--base", base, "--library", MINI,
                       "-o", tmp_path / "out")
    assert code == 2
    assert error(err) == ("Error: /dev/zero: the CSV file is more than 100,000,000 bytes; the "
                          "limit is 100,000,000. Is this the right file?")


# --- the library cache never runs what another user could have written --------------------------

class Payload:
    """Unpickling this creates a marker file: proof that the cache ran the entry's code."""

    def __init__(self, marker: Path):
        self.marker = marker

    def __reduce__(self):
        return (Path.touch, (self.marker,))


@pytest.fixture
def plant(tmp_path, monkeypatch):
    """Point the cache at a folder with the given mode holding a booby-trapped entry."""
    from ordinance_kit import library as lib_mod

    def make(folder_mode: int, entry_mode: int = 0o600) -> tuple[Path, Path]:
        folder, marker = tmp_path / "cache", tmp_path / "payload-ran"
        folder.mkdir(mode=0o700)
        monkeypatch.setenv("ORDINANCE_KIT_CACHE_DIR", str(folder))
        lib_mod._CACHE.clear()
        lib_mod.load_library(MINI)                       # writes the real entry: find its name
        (entry,) = folder.glob("library-*.pickle")
        entry.write_bytes(pickle.dumps(Payload(marker)))
        entry.chmod(entry_mode)
        folder.chmod(folder_mode)
        lib_mod._CACHE.clear()
        return entry, marker

    yield make
    lib_mod._CACHE.clear()


def test_private_cache_entry_is_read(plant):
    """The control: the planted entry really is the one the loader reads, and it runs."""
    from ordinance_kit.library import load_library

    _, marker = plant(0o700)
    assert load_library(MINI).clauses
    assert marker.exists()


@pytest.mark.parametrize("folder_mode, entry_mode", [(0o777, 0o600), (0o770, 0o600),
                                                     (0o1777, 0o600), (0o700, 0o666),
                                                     (0o700, 0o620)])
def test_cache_others_can_write_is_not_read(plant, folder_mode, entry_mode):
    from ordinance_kit.library import load_library

    entry, marker = plant(folder_mode, entry_mode)
    assert load_library(MINI).clauses                  # built from the files instead
    assert not marker.exists()
    if folder_mode & 0o022:                            # nothing written there either
        assert sorted(p.name for p in entry.parent.iterdir()) == [entry.name]


@pytest.mark.skipif(not hasattr(os, "geteuid") or os.geteuid() != 0, reason="needs root to chown")
def test_cache_entry_owned_by_another_user_is_not_read(plant):
    from ordinance_kit.library import load_library

    entry, marker = plant(0o700)
    os.chown(entry, 65534, 65534)
    assert load_library(MINI).clauses
    assert not marker.exists()


def test_default_cache_folder_is_made_private(tmp_path, monkeypatch):
    from ordinance_kit import library as lib_mod

    monkeypatch.delenv("ORDINANCE_KIT_CACHE_DIR")
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path / "xdg"))
    folder = tmp_path / "xdg" / "ordinance-kit"
    folder.mkdir(parents=True)
    folder.chmod(0o775)                              # as an older version left it (umask 002)
    lib_mod._CACHE.clear()
    try:
        lib_mod.load_library(MINI)
    finally:
        lib_mod._CACHE.clear()
    assert stat.S_IMODE(folder.stat().st_mode) == 0o755
    assert len(list(folder.glob("library-*.pickle"))) == 1


# --- clause bodies: bounded steps, size and time ------------------------------------------------

def build_with_body(library: Path, extra: str):
    from ordinance_kit.engine import build, prepare

    clause = library / "sections" / "purpose.md"
    clause.write_text(clause.read_text() + extra + "\n")
    lib, answers = prepare(None, ["jurisdiction.name=Testville"], library)
    return build(lib, answers, "md"), clause


RENDER_CASES = {
    "nested-loops": ("{% for i in range(100000) %}{% for j in range(100000) %}{% endfor %}"
                     "{% endfor %}",
                     "it took more than 1,000,000 steps, counting loop turns and calls; a clause "
                     "takes a few hundred, so a loop runs far too long"),
    "huge-repeat": ("{{ 'a' * 4000000000 }}",
                    "a repeated string or list would be 4,000,000,000 characters long; a value "
                    "in a clause may have at most 1,000,000"),
    "huge-list": ("{{ ([1, 2] * 3000000)|length }}",
                  "a repeated string or list would be 6,000,000 characters long; a value in a "
                  "clause may have at most 1,000,000"),
    "huge-padding": ("{{ 'a'|center(4000000000) }}",
                     "the padded text would be 4,000,000,000 characters long; a value in a "
                     "clause may have at most 1,000,000"),
    "huge-method-padding": ("{{ 'a'.ljust(4000000000) }}",
                            "the padded text would be 4,000,000,000 characters long; a value in "
                            "a clause may have at most 1,000,000"),
    "huge-format": ("{{ '%0999999999d' % 1 }}",
                    "a formatted value would be 999,999,999 characters long; a value in a clause "
                    "may have at most 1,000,000"),
    "huge-power": ("{{ 2 ** 100000000000 }}", "2 ** 100000000000 is far too large a number"),
    "huge-replace": ("{{ ('x' * 900000)|replace('', 'yy') }}",
                     "the replaced text would be 2,700,002 characters long; a value in a clause "
                     "may have at most 1,000,000"),
    "long-output": ("{% for i in range(2000) %}{{ 'x' * 900 }}{% endfor %}",
                    "its output passed 1,000,000 characters; a clause prints a few thousand"),
}


@pytest.mark.parametrize("case", sorted(RENDER_CASES))
def test_clause_body_over_a_limit_is_a_clean_error(mini, case):
    from ordinance_kit.errors import UserError

    body, reason = RENDER_CASES[case]
    with pytest.raises(UserError) as caught:
        build_with_body(mini, body)
    # The message names the line too: the body's last line, where the case was appended.
    where = f"{mini / 'sections' / 'purpose.md'}, line 12"
    assert str(caught.value) == (f"{where}: the clause body failed to "
                                 f"render with these answers ({reason}). This is a problem in "
                                 "the clause library.")


def test_clause_body_within_the_limits_renders(mini):
    result, _ = build_with_body(mini, "{% for i in range(300) %}{{ 'ab' * 3 }}{% endfor %}"
                                      " {{ '%5d' % 7 }}")
    text = result.data.decode()
    assert "ababab" * 300 in text and "    7" in text


def test_the_cli_names_the_clause_file(cli, mini, answers_file, tmp_path):
    clause = mini / "sections" / "purpose.md"
    clause.write_text(clause.read_text() + RENDER_CASES["nested-loops"][0] + "\n")
    code, _, err = cli("build", answers_file(ANSWERS), "--library", mini,
                       "-o", tmp_path / "d.md")
    assert code == 2 and f"Error: {clause}, line 12: the clause body failed to render" in error(err)
    assert not (tmp_path / "d.md").exists()
