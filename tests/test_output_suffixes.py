"""The suffix rule: every command that writes a file writes what its name says, or refuses.

An unknown ending, a missing ending, or an ending that disagrees with --format is a usage error
(exit 2, one paragraph, nothing written) for build, batch, redline, review -o, explain -o,
questions -o and init -o; a matching ending chooses the format.
"""
from __future__ import annotations

import io
import zipfile
from pathlib import Path

import pytest

from helpers import MINI
from ordinance_kit import pdf
from ordinance_kit.file_formats import MARKDOWN, TEXT, choose_format

ANSWERS = "jurisdiction:\n  name: Testville\n"


def message(err: str) -> str:
    assert "Traceback" not in err, err
    lines = err.strip().splitlines()
    return lines[-1] if lines else ""


def refused(cli, tmp_path, *args) -> str:
    before = sorted(p.name for p in tmp_path.rglob("*"))
    code, _, err = cli(*args)
    assert code == 2, (args, err)
    assert sorted(p.name for p in tmp_path.rglob("*")) == before, "something was written"
    return message(err)


@pytest.fixture
def answers(answers_file):
    return answers_file(ANSWERS)


# --- build --------------------------------------------------------------------------------------

@pytest.mark.parametrize("name", ["draft.txt", "draft.doc", "draft.rtf", "draft", "draft.pdf.bak",
                                  "draft.odt"])
def test_build_refuses_a_name_that_is_not_a_format(cli, tmp_path, answers, name):
    text = refused(cli, tmp_path, "build", answers, "--library", MINI, "-o", tmp_path / name)
    assert "an output name must end in .docx, .md, .pdf, .html or .xml" in text


@pytest.mark.parametrize("name,fmt", [("draft.docx", "md"), ("draft.md", "docx"),
                                      ("draft.pdf", "docx"), ("draft.docx", "pdf"),
                                      ("draft.pdf", "md")])
def test_build_refuses_a_name_that_disagrees_with_format(cli, tmp_path, answers, name, fmt):
    text = refused(cli, tmp_path, "build", answers, "--library", MINI, "-o", tmp_path / name,
                   "--format", fmt)
    assert f"but --format {fmt} writes" in text and "leave out --format" in text


@pytest.mark.parametrize("name,magic", [("d.docx", b"PK\x03\x04"), ("d.MD", b"<!--"),
                                        ("d.markdown", b"<!--")])
def test_the_ending_chooses_the_format(cli, tmp_path, answers, name, magic):
    code, _, err = cli("build", answers, "--library", MINI, "-o", tmp_path / name)
    assert code == 0, err
    assert (tmp_path / name).read_bytes().startswith(magic)


def test_a_pdf_without_libreoffice_is_refused_before_any_work(cli, tmp_path, answers,
                                                              monkeypatch):
    monkeypatch.setattr(pdf, "soffice_path", lambda: None)
    for args in (["-o", tmp_path / "d.pdf"], ["--format", "pdf", "-o", tmp_path / "e.pdf"]):
        text = refused(cli, tmp_path, "build", answers, "--library", MINI, *args)
        assert "needs LibreOffice" in text and "apt install" in text


# --- batch --------------------------------------------------------------------------------------

def test_batch_names_each_file_by_its_format(cli, tmp_path):
    csv = tmp_path / "towns.csv"
    csv.write_text("jurisdiction.name\nTestville\n", encoding="utf-8")
    out = tmp_path / "out"
    code, _, err = cli("batch", csv, "--library", MINI, "-o", out, "--format", "docx,md",
                       "--jobs", "1")
    assert code == 0, err
    drafts = sorted(p.name for p in out.iterdir() if p.suffix in (".docx", ".md"))
    assert len(drafts) == 2 and {Path(d).suffix for d in drafts} == {".docx", ".md"}
    docx = next(out.glob("*.docx")).read_bytes()
    assert zipfile.ZipFile(io.BytesIO(docx)).read("word/document.xml")
    assert next(out.glob("*.md")).read_text(encoding="utf-8").startswith("<!--")


def test_batch_pdf_without_libreoffice_is_refused_before_any_work(cli, tmp_path, monkeypatch):
    monkeypatch.setattr(pdf, "soffice_path", lambda: None)
    csv = tmp_path / "towns.csv"
    csv.write_text("jurisdiction.name\nTestville\n", encoding="utf-8")
    text = refused(cli, tmp_path, "batch", csv, "--library", MINI, "-o", tmp_path / "out",
                   "--format", "docx,pdf", "--jobs", "1")
    assert "needs LibreOffice" in text


# --- the other commands that write --------------------------------------------------------------

def test_redline_writes_only_a_word_document(cli, tmp_path, answers):
    for name in ("changes.pdf", "changes.md", "changes"):
        text = refused(cli, tmp_path, "redline", answers, answers, "-o", tmp_path / name)
        assert "redline writes a Word document" in text and "changes.docx" in text


@pytest.mark.parametrize("name,fmt,expect", [
    ("report.pdf", None, "an output name must end in .txt, .md, .html, .json or .docx"),
    ("report", None, "the name has no ending"),
    ("report.md", "json", "the name ends in .md (Markdown) but --format json writes JSON"),
    ("report.txt", "docx", "but --format docx writes a Word document"),
])
def test_review_report_names(cli, tmp_path, name, fmt, expect):
    edited = tmp_path / "edited.docx"
    edited.write_bytes(b"PK\x03\x04 not really")
    args = ["--format", fmt] if fmt else []
    before = sorted(p.name for p in tmp_path.iterdir())
    code, _, err = cli("review", edited, "--against", edited, "-o", tmp_path / name, *args)
    assert code == 2 and expect in message(err), err
    assert sorted(p.name for p in tmp_path.iterdir()) == before


@pytest.mark.parametrize("command", ["explain", "questions"])
def test_explain_and_questions_name_their_files(cli, tmp_path, answers, command):
    first = [command, answers] if command == "explain" else [command]
    lib = ["--library", MINI]
    text = refused(cli, tmp_path, *first, *lib, "-o", tmp_path / "why.pdf")
    assert "must end in .txt or .md" in text
    text = refused(cli, tmp_path, *first, *lib, "-o", tmp_path / "why.txt", "--format", "md")
    assert "writes Markdown" in text and "why.md" in text
    code, _, err = cli(*first, *lib, "-o", tmp_path / "why.md")         # the ending chooses md
    assert code == 0, err
    assert (tmp_path / "why.md").read_text(encoding="utf-8").lstrip().startswith("#")
    code, _, err = cli(*first, *lib, "-o", tmp_path / "why.txt")
    assert code == 0, err
    assert not (tmp_path / "why.txt").read_text(encoding="utf-8").lstrip().startswith("#")


def test_init_writes_a_yaml_answers_file(cli, tmp_path):
    text = refused(cli, tmp_path, "init", "--defaults", "--set", "jurisdiction.name=X",
                   "-o", tmp_path / "answers.docx")
    assert "init writes an answers file (YAML)" in text and "answers.yaml" in text


def test_the_rule_itself():
    formats = (TEXT, MARKDOWN)
    assert choose_format(None, None, formats, default="text") == "text"
    assert choose_format(None, " MD ", formats, default="text") == "md"
    assert choose_format(Path("a.Markdown"), None, formats, default="text") == "md"
    assert choose_format(Path("a.txt"), "text", formats, default="text") == "text"
