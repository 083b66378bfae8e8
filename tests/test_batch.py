"""`ordinance-kit batch`: real builds from small CSVs against the shipped library."""
from __future__ import annotations

import csv
import os
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
CAMPAIGN = ROOT / "examples" / "campaign"
BASE = CAMPAIGN / "base.yaml"

HEADER = "jurisdiction.name,jurisdiction.kind,jurisdiction.state,options.facial_recognition_ban\n"
ROWS = ["Riverbend,city,CA,true", "Harlan,county,TX,false", "Millbrook,town,MA,",
        "Lakeport,city-county,CO,true"]
NAMES = ["riverbend-city-ca", "harlan-county-tx", "millbrook-town-ma",
         "lakeport-city-county-co"]


@pytest.fixture
def write_csv(tmp_path):
    def write(rows=ROWS, header=HEADER, name="j.csv") -> Path:
        path = tmp_path / name
        path.write_text(header + "".join(r + "\n" for r in rows), encoding="utf-8")
        return path
    return write


def outputs(folder: Path) -> list[str]:
    return sorted(p.name for p in folder.iterdir() if not p.name.startswith("."))


def mtimes(folder: Path) -> dict[str, int]:
    return {p.name: p.stat().st_mtime_ns for p in folder.iterdir()
            if p.suffix in (".docx", ".md")}


def test_one_draft_per_row_with_expected_names(cli, write_csv, tmp_path):
    out = tmp_path / "out"
    code, _, err = cli("batch", write_csv(), "--base", BASE, "-o", out, "--jobs", "1")
    assert code == 0, err
    assert outputs(out) == sorted(n + ".docx" for n in NAMES)
    assert (out / ".ordinance-kit-manifest.json").exists()
    assert not (out / "errors.csv").exists()
    assert "built" in err and "drafts/s" in err
    for n in NAMES:
        assert (out / f"{n}.docx").read_bytes()[:2] == b"PK"
    assert not list(out.glob(".*.tmp"))


def test_unknown_column_is_an_error_before_any_file(cli, write_csv, tmp_path):
    out = tmp_path / "out"
    path = write_csv(header="jurisdiction.name,jurisdiction.kind,jurisdiction.stat,"
                            "options.facial_recognition_ban\n")
    code, _, err = cli("batch", path, "--base", BASE, "-o", out, "--jobs", "1")
    assert code == 2
    assert "jurisdiction.stat" in err and "did you mean 'jurisdiction.state'" in err
    assert not out.exists() or outputs(out) == []


def test_malformed_csv_names_the_row(cli, write_csv, tmp_path):
    out = tmp_path / "out"
    code, _, err = cli("batch", write_csv(rows=ROWS[:2] + ["Oops,city"]), "--base", BASE,
                       "-o", out, "--jobs", "1")
    assert code == 2 and "row 4" in err
    assert not out.exists() or outputs(out) == []


def test_duplicate_slugs_name_both_rows(cli, write_csv, tmp_path):
    code, _, err = cli("batch", write_csv(rows=ROWS + ["Riverbend,city,CA,false"]), "--base",
                       BASE, "-o", tmp_path / "out", "--jobs", "1")
    assert code == 2 and "rows 2 and 6" in err and "riverbend-city-ca" in err


def test_bad_row_reported_others_built(cli, write_csv, tmp_path):
    out = tmp_path / "out"
    rows = ROWS[:2] + ["Millbrook,town,MA,perhaps"] + ROWS[3:]
    code, _, err = cli("batch", write_csv(rows=rows), "--base", BASE, "-o", out, "--jobs", "1")
    assert code == 1
    assert "row 4" in err
    assert outputs(out) == sorted([n + ".docx" for n in NAMES if n != "millbrook-town-ma"]
                                  + ["errors.csv"])
    with open(out / "errors.csv", newline="") as f:
        errors = list(csv.DictReader(f))
    assert len(errors) == 1
    assert errors[0]["row"] == "4" and errors[0]["jurisdiction"] == "Millbrook"
    assert "options.facial_recognition_ban" in errors[0]["reason"]
    # fixed: the next run builds only that row and drops errors.csv
    before = mtimes(out)
    code, _, err = cli("batch", write_csv(), "--base", BASE, "-o", out, "--jobs", "1")
    assert code == 0, err
    after = mtimes(out)
    assert {k for k in after if before.get(k) != after[k]} == {"millbrook-town-ma.docx"}
    assert not (out / "errors.csv").exists()


def test_check_error_fails_the_row(cli, write_csv, tmp_path):
    """--final makes an unfilled blank an error: each row fails with its reason."""
    out = tmp_path / "out"
    code, _, err = cli("batch", write_csv(rows=ROWS[:1]), "--base", BASE, "-o", out,
                       "--jobs", "1", "--final", "--format", "md")
    assert code == 1
    with open(out / "errors.csv", newline="") as f:
        errors = list(csv.DictReader(f))
    assert [e["row"] for e in errors] == ["2"] and "checks failed" in errors[0]["reason"]


def test_rerun_skips_force_rebuilds_changed_row_rebuilds(cli, write_csv, tmp_path):
    out = tmp_path / "out"
    args = ("--base", BASE, "-o", out, "--jobs", "1", "--format", "md")
    assert cli("batch", write_csv(), *args)[0] == 0
    first = mtimes(out)
    code, _, err = cli("batch", write_csv(), *args)
    assert code == 0 and mtimes(out) == first
    from ordinance_kit.batch_records import read_manifest

    assert set(read_manifest(out)) == {n + ".md" for n in NAMES}
    # a changed row rebuilds only that draft
    rows = list(ROWS)
    rows[1] = "Harlan,county,TX,true"
    assert cli("batch", write_csv(rows=rows), *args)[0] == 0
    changed = {k for k, v in mtimes(out).items() if first[k] != v}
    assert changed == {"harlan-county-tx.md"}
    # a file edited or deleted by hand is rebuilt
    (out / "riverbend-city-ca.md").write_text("edited")
    (out / "millbrook-town-ma.md").unlink()
    assert cli("batch", write_csv(rows=rows), *args)[0] == 0
    assert (out / "millbrook-town-ma.md").exists()
    assert (out / "riverbend-city-ca.md").read_text() != "edited"
    # --force rebuilds everything
    second = mtimes(out)
    assert cli("batch", write_csv(rows=rows), *args, "--force")[0] == 0
    assert all(mtimes(out)[k] != second[k] for k in second)


def test_deterministic_across_jobs_and_multi_format(cli, write_csv, tmp_path):
    one, two = tmp_path / "one", tmp_path / "two"
    path = write_csv()
    assert cli("batch", path, "--base", BASE, "-o", one, "--jobs", "1",
               "--format", "docx,md")[0] == 0
    code, _, err = cli("batch", path, "--base", BASE, "-o", two, "--jobs", "2",
                       "--format", "docx,md")
    assert code == 0, err
    names = sorted([n + ".docx" for n in NAMES] + [n + ".md" for n in NAMES])
    assert outputs(one) == outputs(two) == names
    for name in names:
        assert (one / name).read_bytes() == (two / name).read_bytes(), name


def test_same_bytes_as_build(cli, write_csv, tmp_path):
    """A row builds exactly what `build` builds from the same answers."""
    answers = tmp_path / "a.yaml"
    answers.write_text(BASE.read_text() + "\njurisdiction:\n  name: Riverbend\n  kind: city\n"
                       "  state: CA\n")
    # base has options.facial_recognition_ban true already; the CSV row says true too
    assert cli("build", answers, "-o", tmp_path / "single.docx")[0] == 0
    out = tmp_path / "out"
    assert cli("batch", write_csv(rows=ROWS[:1]), "--base", BASE, "-o", out, "-j", "1")[0] == 0
    assert (out / "riverbend-city-ca.docx").read_bytes() == (tmp_path / "single.docx").read_bytes()


def test_interrupted_chunk_keeps_finished_drafts(write_csv, tmp_path, monkeypatch):
    """Ctrl-C after the first chunk: its drafts and the manifest stay, no temp file is left,
    and the next run builds only the rest."""
    from ordinance_kit import batch

    out = tmp_path / "out"
    calls = {"n": 0}
    real = batch.build_chunk

    def interrupting(tasks):
        calls["n"] += 1
        if calls["n"] == 2:
            raise KeyboardInterrupt
        return real(tasks)

    monkeypatch.setattr(batch, "build_chunk", interrupting)
    monkeypatch.setattr(batch, "chunk_size", lambda n, jobs: 2)
    opts = batch.Options(("md",))
    summary = batch.run_batch(write_csv(), BASE, out, opts, jobs=1)
    assert summary.interrupted and summary.built == 2
    assert outputs(out) == sorted(n + ".md" for n in NAMES[:2])
    assert not list(out.glob(".*.tmp"))
    monkeypatch.setattr(batch, "build_chunk", real)
    summary = batch.run_batch(write_csv(), BASE, out, opts, jobs=1)
    assert not summary.interrupted and (summary.built, summary.skipped) == (2, 2)


def test_cli_exit_130_on_interrupt(cli, write_csv, tmp_path, monkeypatch):
    from ordinance_kit import batch

    def boom(tasks):
        raise KeyboardInterrupt

    monkeypatch.setattr(batch, "build_chunk", boom)
    code, _, err = cli("batch", write_csv(), "--base", BASE, "-o", tmp_path / "out", "-j", "1")
    assert code == 130 and "Interrupted" in err


def test_campaign_example_builds_cleanly(cli, tmp_path):
    rows = list(csv.DictReader(open(CAMPAIGN / "jurisdictions.csv", newline="")))
    assert len(rows) >= 40
    assert {r["jurisdiction.kind"] for r in rows} == {"city", "county", "town", "city-county"}
    states = {p.stem for p in (ROOT / "clauses" / "states").glob("*.yaml")}
    assert {r["jurisdiction.state"] for r in rows} <= states
    out = tmp_path / "campaign"
    code, _, err = cli("batch", CAMPAIGN / "jurisdictions.csv", "--base", BASE, "-o", out,
                       "--jobs", "2", "--format", "md")
    assert code == 0, err
    assert len(outputs(out)) == len(rows)


def test_help_lists_batch_without_heavy_imports():
    import subprocess
    import sys

    code = ("import sys, ordinance_kit.cli, ordinance_kit.cli_batch; "
            "print(sorted(m for m in ('docx','jinja2','ruamel.yaml','lxml') if m in sys.modules))")
    res = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True)
    assert res.stdout.strip() == "[]"
    res = subprocess.run([sys.executable, "-m", "ordinance_kit", "batch", "--help"],
                         capture_output=True, text=True, env=dict(os.environ, COLUMNS="120"))
    assert res.returncode == 0 and "--jobs" in res.stdout
