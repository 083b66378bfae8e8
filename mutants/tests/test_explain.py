"""`ordinance-kit explain`: every clause in or out and why, values with their origin, sources."""
from __future__ import annotations

from pathlib import Path

from ordinance_kit.library import load_library

ROOT = Path(__file__).resolve().parents[1]
RIVERBEND = ROOT / "examples" / "riverbend-ca.yaml"


def _line_of(path: Path, text: str) -> int:
    for n, line in enumerate(path.read_text().splitlines(), start=1):
        if line.strip().startswith(text):
            return n
    raise AssertionError(text)


def test_every_clause_and_definition_is_explained(cli):
    code, out, err = cli("explain", RIVERBEND)
    assert code == 0, err
    lib = load_library()
    for c in lib.clauses + lib.definitions:
        assert f"] {c.id}: " in out, c.id
    assert "[IN ] facial-recognition-ban" in out
    assert "[OUT] private-partnerships:" in out


def test_condition_values_with_their_origin(cli, tmp_path):
    line = _line_of(RIVERBEND, "facial_recognition_ban:")
    code, out, _ = cli("explain", RIVERBEND, "facial-recognition-ban")
    assert code == 0
    assert "Included because this condition is true: options.facial_recognition_ban." in out
    assert (f"decided by: options.facial_recognition_ban = true (from {RIVERBEND} line {line})"
            in out)
    assert "options.facial_recognition_delete_days = 10" in out        # a parameter used
    assert "Admin. Code § 19B.2" in out                                # a source
    code, out, _ = cli("explain", RIVERBEND, "facial-recognition-ban",
                       "--set", "options.facial_recognition_ban=false")
    assert "[OUT] facial-recognition-ban" in out
    assert "options.facial_recognition_ban = false (--set)" in out
    assert "Left out because this condition is false" in out


def test_defaults_are_marked(cli, answers_file):
    path = answers_file("jurisdiction:\n  name: Testville\n  state: CA\n")
    code, out, _ = cli("explain", path, "enacting")
    assert code == 0 and "jurisdiction.kind = city (default)" in out


def test_unknown_id_suggests(cli):
    code, _, err = cli("explain", RIVERBEND, "facial-recognition-bann")
    assert code == 2 and "did you mean 'facial-recognition-ban'" in err


def test_markdown_to_stdout_and_file(cli, tmp_path):
    code, out, _ = cli("explain", RIVERBEND, "--format", "md")
    assert code == 0 and out.startswith("# Why the draft for the City of Riverbend")
    assert "## In the draft" in out and "## Left out" in out
    assert "### Facial recognition prohibited (`facial-recognition-ban`, section)" in out
    target = tmp_path / "why.md"
    code, _, _ = cli("explain", RIVERBEND, "--format", "md", "-o", target)
    assert code == 0 and target.read_text() == out
    code, _, err = cli("explain", RIVERBEND, "--format", "md", "-o", target)
    assert code == 2 and "already exists" in err
    code, _, _ = cli("explain", RIVERBEND, "--format", "md", "-o", target, "--force")
    assert code == 0


def test_bad_format_and_bad_answers(cli, answers_file):
    code, _, err = cli("explain", RIVERBEND, "--format", "pdf")
    assert code == 2 and "use text or md" in err
    code, _, err = cli("explain", answers_file("jurisdiction:\n  nme: X\n"))
    assert code == 2 and "did you mean 'name'" in err
