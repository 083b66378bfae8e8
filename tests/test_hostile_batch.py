"""Hostile batch runs (issue 14): a row that breaks the worker, damaged records in the output
folder, formula cells in errors.csv, names no slug used to tell apart, signals, and the cost
of keeping the manifest. Every case ends in failed rows (exit 1), a clean message (exit 2) or
the signal's exit code -- never a dead batch, a traceback, a lost record or an orphaned worker.

Categories: worker failures, damaged manifest and records, --stats-json, CSV formula
injection, slugs, manifest growth, signals.
"""
from __future__ import annotations

import csv
import json
import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from helpers import MINI

ROOT = Path(__file__).resolve().parents[1]
MANIFEST = ".ordinance-kit-manifest.json"
HANG_GUARD = 120          # seconds; only so that a regression fails instead of hanging


def error(err: str) -> str:
    assert "Traceback" not in err, err
    return err.strip().splitlines()[-1]


def write_csv(folder: Path, names: list[str], extra: str = "") -> Path:
    path = folder / "j.csv"
    with open(path, "w", newline="", encoding="utf-8") as f:
        w = csv.writer(f, lineterminator="\n")
        w.writerow(["jurisdiction.name"] + ([extra] if extra else []))
        for n in names:
            w.writerow([n] if not extra else n)
    return path


def batch(cli, csv_path, out, *more, jobs="1"):
    return cli("batch", csv_path, "--library", MINI, "-o", out, "--format", "md", "-j", jobs,
               *more)


def drafts(out: Path) -> list[str]:
    return sorted(p.name for p in out.iterdir() if p.suffix == ".md")


def errors_csv(out: Path) -> list[dict]:
    with open(out / "errors.csv", newline="", encoding="utf-8") as f:
        return list(csv.DictReader(f))


# --- any failure in a row is a failed row ------------------------------------------------------

def test_a_long_name_does_not_stop_the_batch(cli, tmp_path):
    """Issue 14 #2: a 196+ character name once killed the whole run with a remote traceback."""
    long = "L" * 200
    out = tmp_path / "out"
    code, _, err = cli("batch", write_csv(tmp_path, ["Alpha", long, "Omega"]), "--library",
                       MINI, "-o", out, "--format", "docx,md", "-j", "2")
    assert "Traceback" not in err and code in (0, 1), err
    assert {"alpha-city-ca.md", "omega-city-ca.md", "alpha-city-ca.docx", "omega-city-ca.docx"} <= set(os.listdir(out))
    if code == 1:                           # refused: listed with its reason, others built
        assert [r["row"] for r in errors_csv(out)] == ["3"]


@pytest.mark.parametrize("jobs", ["1", "2"])
def test_a_bug_in_one_row_is_a_failed_row(cli, tmp_path, monkeypatch, jobs):
    from ordinance_kit import engine

    real = engine.build

    def buggy(lib, answers, *a, **k):
        if answers.get("jurisdiction.name") == "Bad":
            raise ZeroDivisionError("division by zero")
        return real(lib, answers, *a, **k)
    monkeypatch.setattr(engine, "build", buggy)        # forked workers inherit the patch
    out = tmp_path / "out"
    code, _, err = batch(cli, write_csv(tmp_path, ["A", "Bad", "C", "D"]), out, jobs=jobs)
    assert code == 1 and "Traceback" not in err, err
    assert drafts(out) == ["a-city-ca.md", "c-city-ca.md", "d-city-ca.md"]
    rows = errors_csv(out)
    assert rows == [{"row": "3", "jurisdiction": "Bad", "reason":
                     "could not build this row (ZeroDivisionError: division by zero); the other "
                     "rows are not affected. Please report this."}]
    from ordinance_kit.batch_records import read_manifest

    assert sorted(read_manifest(out)) == ["a-city-ca.md", "c-city-ca.md", "d-city-ca.md"]


def test_a_worker_that_dies_fails_its_rows_not_the_batch(cli, tmp_path, monkeypatch):
    from ordinance_kit import batch as batch_mod
    from ordinance_kit import engine

    real = engine.build

    def dying(lib, answers, *a, **k):
        if answers.get("jurisdiction.name") == "Die":
            os._exit(3)                      # the whole worker process vanishes
        return real(lib, answers, *a, **k)
    monkeypatch.setattr(engine, "build", dying)
    monkeypatch.setattr(batch_mod, "chunk_size", lambda n, jobs: 1)
    out = tmp_path / "out"
    code, _, err = batch(cli, write_csv(tmp_path, ["A", "Die", "C"]), out, jobs="2")
    assert code == 1 and "Traceback" not in err, err
    failed = errors_csv(out)
    assert "3" in [r["row"] for r in failed]
    assert all(r["reason"].startswith("the worker building this row stopped unexpectedly")
               for r in failed)
    assert (out / MANIFEST).exists()


# --- damaged records in the output folder -------------------------------------------------------

@pytest.mark.parametrize("content", [
    '{"version": 1, "files": {"a-city-ca.md": "a string"}}',
    '{"version": 1, "files": {"a-city-ca.md": ["a", "list"]}}',
    '{"version": 1, "files": {"a-city-ca.md": {"answers": 1, "sha256": null}}}',
    '{"version": 1, "files": ["a-city-ca.md"]}',
    '{"version": 1, "files": "junk"}',
    '["a list"]',
    '"a string"',
    'junk {{{',
    '{"version":2}\n"a string"\n["a"]\n{"file": 5}\n{"file": "a-city-ca.md", "answers": []}\n{"fi',
    '\x00\x01\x02',
])
def test_a_damaged_manifest_starts_over(cli, tmp_path, content):
    out = tmp_path / "out"
    out.mkdir()
    (out / MANIFEST).write_text(content)
    code, _, err = batch(cli, write_csv(tmp_path, ["A", "B"]), out)
    assert code == 0, err
    assert drafts(out) == ["a-city-ca.md", "b-city-ca.md"]
    code, _, err = batch(cli, write_csv(tmp_path, ["A", "B"]), out)     # now it resumes
    assert code == 0 and "Traceback" not in err
    assert json.loads((out / MANIFEST).read_text().splitlines()[0]) == {"version": 2}


def test_an_old_manifest_is_still_read(cli, tmp_path):
    out = tmp_path / "out"
    csv_path = write_csv(tmp_path, ["A", "B"])
    assert batch(cli, csv_path, out)[0] == 0
    from ordinance_kit.batch_records import read_manifest

    files = read_manifest(out)
    (out / MANIFEST).write_text(json.dumps({"version": 1, "files": files}, indent=1))
    before = {p.name: p.stat().st_mtime_ns for p in out.glob("*.md")}
    code, _, err = batch(cli, csv_path, out)
    assert code == 0, err
    assert {p.name: p.stat().st_mtime_ns for p in out.glob("*.md")} == before   # all skipped
    assert read_manifest(out) == files


def test_errors_csv_that_is_a_folder_stops_before_work(cli, tmp_path):
    out = tmp_path / "out"
    (out / "errors.csv").mkdir(parents=True)
    code, _, err = batch(cli, write_csv(tmp_path, ["A"]), out)
    assert code == 2
    assert error(err) == (f"Error: {out / 'errors.csv'} is not a regular file; the batch lists "
                          "failed rows there. Move it away, or choose another output folder "
                          "with -o.")
    assert drafts(out) == []


def test_stats_json_follows_the_output_rules(cli, tmp_path):
    csv_path = write_csv(tmp_path, ["A"])
    out = tmp_path / "out"
    missing = tmp_path / "nowhere" / "stats.json"
    code, _, err = batch(cli, csv_path, out, "--stats-json", missing)
    assert code == 2
    assert error(err) == (f"Error: {missing}: the folder '{missing.parent}' does not exist. "
                          f"Create it first (mkdir -p {missing.parent}) or choose another "
                          "output path.")
    assert not out.exists()                              # refused before any work
    stats = tmp_path / "stats.json"
    stats.write_text("keep me")
    code, _, err = batch(cli, csv_path, out, "--stats-json", stats)
    assert code == 2 and "already exists" in error(err) and stats.read_text() == "keep me"
    code, _, err = batch(cli, csv_path, out, "--stats-json", stats, "--force")
    assert code == 0 and json.loads(stats.read_text())["rows"] == 1


# --- CSV formula injection ---------------------------------------------------------------------

@pytest.mark.parametrize("name", ['=HYPERLINK("http://x","click")', "+cmd|' /C calc'!A0",
                                  "-2+3+cmd|' /C calc'!A0", "@SUM(1+1)*cmd|' /C calc'!A0",
                                  "=1+1"])
def test_errors_csv_cells_cannot_run_as_formulas(cli, tmp_path, name):
    out = tmp_path / "out"
    path = write_csv(tmp_path, [[name, "0"]], extra="options.notice_days")
    code, _, err = batch(cli, path, out)
    assert code == 1, err
    rows = errors_csv(out)
    assert [r["jurisdiction"] for r in rows] == ["'" + name]
    for cell in (c for r in rows for c in r.values()):
        assert not cell.startswith(("=", "+", "-", "@", "\t", "\r")), cell


def test_every_csv_cell_goes_through_one_rule():
    from ordinance_kit.batch_records import csv_cell, csv_text

    assert [csv_cell(v) for v in ("=1", "+1", "-1", "@a", "\tx", "\rx", "a=1", "", 5)] == \
        ["'=1", "'+1", "'-1", "'@a", "'\tx", "'\rx", "a=1", "", "5"]
    assert csv_text(["=h"], [["-x", 2]]) == "'=h\n'-x,2\n"


# --- slugs -------------------------------------------------------------------------------------

def test_non_latin_names_get_distinct_stable_slugs(cli, tmp_path):
    out = tmp_path / "out"
    code, _, err = batch(cli, write_csv(tmp_path, ["北京", "東京", "Αθήνα", "Łódź", "Straße"]),
                         out)
    assert code == 0, err
    assert drafts(out) == ["130016b2-city-ca.md", "68c77e15-city-ca.md", "c52df369-city-ca.md",
                           "lodz-city-ca.md", "strasse-city-ca.md"]


def test_the_duplicate_message_is_true(cli, tmp_path):
    path = write_csv(tmp_path, ["St. Paul", "St Paul"])
    code, _, err = batch(cli, path, tmp_path / "out")
    assert code == 2
    assert error(err) == (f"Error: {path}: rows 2 and 3 would both be written as "
                          "'st-paul-city-ca' ('St. Paul city CA' and 'St Paul city CA' differ "
                          "only in case, accents, spaces or punctuation, which file names leave "
                          "out). Change the name in one of them.")
    path = write_csv(tmp_path, ["Same", "Same"])
    code, _, err = batch(cli, path, tmp_path / "out")
    assert code == 2 and "(same name, kind and state)" in error(err)


# --- the manifest grows with the rows, not their square ----------------------------------------

def test_the_manifest_is_rewritten_twice_and_appended_per_chunk(cli, tmp_path, monkeypatch):
    from ordinance_kit import batch as batch_mod

    calls = {"write": 0, "append": 0}
    real_write, real_append = batch_mod.write_manifest, batch_mod.append_manifest

    def counting_write(*a):
        calls["write"] += 1
        real_write(*a)

    def counting_append(*a):
        calls["append"] += 1
        real_append(*a)
    monkeypatch.setattr(batch_mod, "write_manifest", counting_write)
    monkeypatch.setattr(batch_mod, "append_manifest", counting_append)
    monkeypatch.setattr(batch_mod, "chunk_size", lambda n, jobs: 1)
    out = tmp_path / "out"
    names = [f"Town {i}" for i in range(12)]
    assert batch(cli, write_csv(tmp_path, names), out)[0] == 0
    assert calls == {"write": 2, "append": 12}
    lines = (out / MANIFEST).read_text().splitlines()
    assert len(lines) == 1 + 12                       # compacted at the end: one line a draft


def test_a_torn_last_line_loses_only_that_draft(cli, tmp_path):
    out = tmp_path / "out"
    path = write_csv(tmp_path, ["A", "B"])
    assert batch(cli, path, out)[0] == 0
    text = (out / MANIFEST).read_text()
    (out / MANIFEST).write_text(text[:-20])              # a run killed mid-append
    before = (out / "a-city-ca.md").stat().st_mtime_ns
    assert batch(cli, path, out)[0] == 0
    assert (out / "a-city-ca.md").stat().st_mtime_ns == before    # still recorded, skipped


# --- signals -----------------------------------------------------------------------------------

def _children(pid: int) -> set[int]:
    kids: set[int] = set()
    for task in Path(f"/proc/{pid}/task").glob("*"):
        try:
            kids |= {int(p) for p in (task / "children").read_text().split()}
        except OSError:
            pass
    return kids


def _alive(pid: int) -> bool:
    try:
        state = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()[0]
    except OSError:
        return False
    return state != "Z"


@pytest.mark.skipif(not Path("/proc/self/task").exists(), reason="needs Linux /proc")
@pytest.mark.parametrize("sig, code", [(signal.SIGTERM, 143), (signal.SIGHUP, 129)])
def test_a_signal_stops_the_batch_and_its_workers(tmp_path, sig, code):
    out = tmp_path / "out"
    names = [f"Town {i}" for i in range(400)]
    path = write_csv(tmp_path, names)
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    proc = subprocess.Popen([sys.executable, "-m", "ordinance_kit", "batch", path, "--library",
                             MINI, "-o", out, "--format", "md", "-j", "2"],
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE, env=env,
                            cwd=tmp_path, start_new_session=True)
    try:
        _signal_and_check(proc, out, names, sig, code)
    finally:                  # on a failure, leave no process behind (its own session)
        try:
            os.killpg(proc.pid, signal.SIGKILL)
        except OSError:
            pass
        proc.wait()


def _signal_and_check(proc, out: Path, names: list[str], sig, code) -> None:
    workers: set[int] = set()
    deadline = time.monotonic() + HANG_GUARD
    while time.monotonic() < deadline:          # wait until drafts are being written
        workers |= _children(proc.pid)
        try:
            recorded = (out / MANIFEST).read_text().count("\n") - 1
        except OSError:
            recorded = 0
        if recorded >= 1 and len(workers) >= 2:       # a chunk is finished and recorded
            break
        time.sleep(0.05)
    workers |= _children(proc.pid)
    assert len(workers) >= 2, "the pool never started"
    proc.send_signal(sig)
    _, stderr = proc.communicate(timeout=HANG_GUARD)   # no worker holds the pipes open
    err = stderr.decode()
    assert proc.returncode == code, err
    assert "Traceback" not in err
    assert f"Stopped by {signal.Signals(sig).name}" in err
    assert not any(_alive(w) for w in workers), "a worker outlived the batch"
    assert not list(out.glob(".*.tmp"))
    from ordinance_kit.batch_records import read_manifest

    built = read_manifest(out)             # what was recorded survives, and is on disk
    assert built and set(built) <= {p.name for p in out.glob("*.md")}
    assert len(built) < len(names)
