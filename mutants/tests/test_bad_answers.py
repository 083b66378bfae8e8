"""A corpus of broken answers files, each with the exact message `ordinance-kit check` prints.

`tests/bad_answers/NN-name.yaml` holds one fault; `NN-name.expected` holds the exact stderr,
with the file's path written as {file}. Every case must exit 2 with that message and no
traceback. Cases too big to commit (a file over the 1 MB limit) are generated here.

After a deliberate wording change, regenerate the expected files with
    ORDINANCE_KIT_REGEN=1 .venv/bin/python -m pytest tests/test_bad_answers.py
and read the diff before committing it.
"""
from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

CORPUS = Path(__file__).resolve().parent / "bad_answers"
REGEN = bool(os.environ.get("ORDINANCE_KIT_REGEN"))


def _huge(path: Path) -> None:
    """Over the 1,000,000-byte limit: a valid-looking file padded with comments."""
    path.write_text("jurisdiction:\n  name: Riverside\n  state: CA\n"
                    + ("# padding padding padding padding padding padding padding\n" * 18000),
                    encoding="utf-8")


def _many_unknown_keys(path: Path) -> None:
    """20,000 unknown keys: once 86 s of "did you mean" matching and 3.3 MB of message; now the
    first 50 problems and "... and N more"."""
    path.write_text("jurisdiction:\n  name: Riverside\n  state: CA\noptions:\n"
                    + "".join(f"  unknown_key_{i}: {i}\n" for i in range(20_000)),
                    encoding="utf-8")


GENERATED = {"29-huge-file": _huge, "63-many-unknown-keys": _many_unknown_keys}


def _cases() -> list[str]:
    names = {p.stem for p in CORPUS.glob("*.yaml")} | set(GENERATED)
    return sorted(names)


def _materialise(name: str, tmp_path: Path) -> Path:
    target = tmp_path / f"{name}.yaml"
    if name in GENERATED:
        GENERATED[name](target)
    else:
        shutil.copyfile(CORPUS / f"{name}.yaml", target)
    return target


def test_corpus_is_large_and_paired():
    cases = _cases()
    assert len(cases) >= 25
    for name in cases:
        assert (CORPUS / f"{name}.expected").exists() or REGEN, f"{name}.expected is missing"
    for exp in CORPUS.glob("*.expected"):
        assert exp.stem in cases, f"{exp.name} has no answers file"


@pytest.mark.parametrize("name", _cases())
def test_bad_answers_file(cli, tmp_path, name):
    path = _materialise(name, tmp_path)
    code, out, err = cli("check", path)
    message = err.replace(str(path), "{file}")
    expected_path = CORPUS / f"{name}.expected"
    if REGEN:
        expected_path.write_text(message, encoding="utf-8")
    assert "Traceback" not in err
    assert code == 2, f"exit {code}; stdout: {out}\nstderr: {err}"
    assert out == ""
    assert message == expected_path.read_text(encoding="utf-8")
    assert message.startswith("Error: ") and "{file}" in message


def test_as_a_real_process(tmp_path):
    """One case end to end through the installed command: exit 2, message, no traceback."""
    path = _materialise("05-unknown-key-typo", tmp_path)
    run = subprocess.run([sys.executable, "-m", "ordinance_kit", "check", str(path)],
                         capture_output=True, text=True, timeout=60)
    assert run.returncode == 2
    assert run.stderr.replace(str(path), "{file}") == \
        (CORPUS / "05-unknown-key-typo.expected").read_text(encoding="utf-8")


def test_json_form_reports_the_same_problem(cli, tmp_path):
    import json

    path = _materialise("11-int-out-of-range", tmp_path)
    code, out, _ = cli("check", path, "--json")
    assert code == 2
    finding = json.loads(out)["findings"][0]
    assert finding["level"] == "error" and "line 5, key 'timelines.notice_days'" in finding["message"]


def test_unused_answer_warning_names_file_line_and_key(cli, answers_file):
    import json

    path = answers_file("jurisdiction:\n  name: Foo\n  state: CA\noversight:\n  body: none\n"
                        "  members: 9\n")
    code, out, _ = cli("check", path, "--json")
    assert code == 0
    found = [f for f in json.loads(out)["findings"] if f["rule"] == "answer-warnings"]
    assert found == [{"level": "warning", "where": f"{path}, line 6, key 'oversight.members'",
                      "message": "this answer is not used because the question only applies "
                                 "when oversight.body == 'new'.", "rule": "answer-warnings"}]
    code, out, _ = cli("check", path)
    assert code == 0 and "line 6, key" in out and "'oversight.members'" in out
