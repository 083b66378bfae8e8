"""The command line: exit codes, refusing to overwrite, clear one-paragraph errors."""
import os
import subprocess
import sys

from helpers import MINI

ANSWERS = "jurisdiction:\n  name: Testville\n"


def test_build_markdown_and_refuse_overwrite(cli, answers_file, tmp_path):
    src = answers_file(ANSWERS)
    out = tmp_path / "draft.md"
    code, _, err = cli("build", src, "--library", MINI, "-o", out)
    assert code == 0, err
    assert out.read_text().startswith("<!-- ordinance-kit")
    before = out.read_bytes()
    code, _, err = cli("build", src, "--library", MINI, "-o", out, "--set", "jurisdiction.name=Other")
    assert code == 2 and "already exists. Add --force" in err
    assert out.read_bytes() == before
    code, _, err = cli("build", src, "--library", MINI, "-o", out, "--force",
                       "--set", "jurisdiction.name=Other")
    assert code == 0 and "City of Other" in out.read_text()


def test_build_docx_by_suffix(cli, answers_file, tmp_path):
    out = tmp_path / "draft.docx"
    code, _, err = cli("build", answers_file(ANSWERS), "--library", MINI, "-o", out)
    assert code == 0, err
    assert out.read_bytes()[:2] == b"PK"


def test_missing_output_folder(cli, answers_file, tmp_path):
    code, _, err = cli("build", answers_file(ANSWERS), "--library", MINI,
                       "-o", tmp_path / "nope" / "draft.docx")
    assert code == 2 and "does not exist" in err
    assert not (tmp_path / "nope").exists()


def test_bad_answers_exit_2_without_traceback(cli, answers_file, tmp_path):
    code, _, err = cli("build", answers_file("jurisdiction:\n  nme: T\n"), "--library", MINI,
                       "-o", tmp_path / "d.md")
    assert code == 2
    assert "Traceback" not in err and "did you mean 'name'" in err
    assert not (tmp_path / "d.md").exists()


def test_check_errors_exit_1_and_nothing_written(cli, answers_file, mini, tmp_path):
    p = mini / "sections" / "reporting.md"
    p.write_text(p.read_text().replace("@[approval]", "@[aproval]"))
    out = tmp_path / "d.docx"
    code, _, err = cli("build", answers_file(ANSWERS), "--library", mini, "-o", out)
    assert code == 1 and "aproval" in err and "Not written" in err
    assert not out.exists()
    assert not [f for f in os.listdir(tmp_path) if f.endswith(".tmp")]


def test_final_with_blanks_fails(cli, answers_file, tmp_path):
    code, _, err = cli("build", answers_file(ANSWERS), "--library", MINI, "--final",
                       "-o", tmp_path / "f.docx")
    assert code == 1 and "ordinance number" in err


def test_check_command_json(cli, answers_file):
    import json

    code, out, _ = cli("check", answers_file(ANSWERS), "--library", MINI, "--json")
    assert code == 0
    data = json.loads(out)
    assert data["ok"] is True
    assert {f["level"] for f in data["findings"]} == {"warning"}
    code, out, _ = cli("check", answers_file(ANSWERS), "--library", MINI, "--json", "--strict")
    assert code == 1 and json.loads(out)["ok"] is False


def test_check_unreadable_input_exit_2(cli, answers_file):
    code, _, err = cli("check", answers_file("jurisdiction: [\n"), "--library", MINI)
    assert code == 2 and "not valid YAML" in err


def test_clauses_list_and_show(cli):
    code, out, _ = cli("clauses", "--library", MINI)
    assert code == 0 and "approval" in out and "options.extra" in out
    code, out, _ = cli("clauses", "--library", MINI, "show", "approval")
    assert code == 0 and "Oakland Mun. Code § 9.64.030" in out and "Four triggers" in out
    code, _, err = cli("clauses", "--library", MINI, "show", "aproval")
    assert code == 2 and "did you mean 'approval'" in err


def test_broken_clause_file_is_exit_2(cli, answers_file, mini, tmp_path):
    p = mini / "sections" / "purpose.md"
    p.write_text(p.read_text().replace("{{ jurisdiction.formal_name }}", "{{ jurisdiction.formal_name "))
    code, _, err = cli("build", answers_file(ANSWERS), "--library", mini, "-o", tmp_path / "x.md")
    assert code == 2 and "purpose.md, line" in err and "template error" in err


def test_version_and_help():
    env = dict(os.environ)
    run = lambda *a: subprocess.run([sys.executable, "-m", "ordinance_kit", *a],
                                    capture_output=True, text=True, env=env)
    v = run("--version")
    assert v.returncode == 0 and v.stdout.startswith("ordinance-kit 0.1.0 (clause library sha256:")
    for cmd in ([], ["build"], ["check"], ["clauses"]):
        h = run(*cmd, "--help")
        assert h.returncode == 0 and "Usage" in h.stdout


def test_help_does_not_import_heavy_libraries():
    code = ("import sys, ordinance_kit.cli; "
            "print(sorted(m for m in ('docx','jinja2','ruamel.yaml','lxml') if m in sys.modules))")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True)
    assert out.stdout.strip() == "[]"
