"""--final means final: drafter's notes are left out unless --notes is given, and the closing
line says so. A draft keeps its notes unless --no-notes."""
from __future__ import annotations

import io
import zipfile
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
RIVERBEND = ROOT / "examples" / "riverbend-ca.yaml"      # no blanks: a final build succeeds
NOTE = "Drafter's note"


def comments(docx: Path) -> int:
    with zipfile.ZipFile(io.BytesIO(docx.read_bytes())) as z:
        if "word/comments.xml" not in z.namelist():
            return 0
        return z.read("word/comments.xml").count(b"<w:comment ")


def closing(err: str) -> str:
    assert "Traceback" not in err, err
    return err.strip().splitlines()[-1]


@pytest.mark.parametrize("args,notes,line", [
    (["--final"], False, "final, without drafter's notes (add --notes to keep them)."),
    (["--final", "--notes"], True, "final, with drafter's notes."),
    (["--final", "--no-notes"], False, "final, without drafter's notes."),
    ([], True, "draft, with drafter's notes."),
    (["--no-notes"], False, "draft."),
])
def test_notes_follow_final_unless_asked(cli, tmp_path, args, notes, line):
    md = tmp_path / "d.md"
    code, _, err = cli("build", RIVERBEND, "-o", md, *args)
    assert code == 0, err
    assert closing(err).endswith(line), closing(err)
    assert (NOTE in md.read_text(encoding="utf-8")) is notes


def test_a_final_word_document_has_no_comments(cli, tmp_path):
    final, kept = tmp_path / "final.docx", tmp_path / "kept.docx"
    assert cli("build", RIVERBEND, "-o", final, "--final")[0] == 0
    assert cli("build", RIVERBEND, "-o", kept, "--final", "--notes")[0] == 0
    assert comments(final) == 0
    assert comments(kept) > 10


def test_batch_final_leaves_out_notes_and_says_so(cli, tmp_path):
    csv = tmp_path / "towns.csv"
    base = tmp_path / "base.yaml"
    base.write_text(RIVERBEND.read_text(encoding="utf-8"), encoding="utf-8")
    csv.write_text("jurisdiction.name\nRiverbend\n", encoding="utf-8")
    out = tmp_path / "out"
    code, _, err = cli("batch", csv, "--base", base, "-o", out, "--final", "--jobs", "1",
                       "--format", "docx,md")
    assert code == 0, err
    assert "Each text is final, without drafter's notes (add --notes to keep them)." in err
    assert comments(next(out.glob("*.docx"))) == 0
    assert NOTE not in next(out.glob("*.md")).read_text(encoding="utf-8")
