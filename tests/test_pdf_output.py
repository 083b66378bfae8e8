"""PDF output: LibreOffice converts the DOCX, tracked changes accepted first; without
LibreOffice a one-paragraph install message and exit 2."""
from __future__ import annotations

import io
import re
import shutil
import subprocess
import zipfile
from pathlib import Path

import docx
import pytest

from ordinance_kit import pdf
from ordinance_kit.engine import build, prepare
from ordinance_kit.errors import UserError

ROOT = Path(__file__).resolve().parents[1]
OLD, NEW = ROOT / "examples" / "riverbend-ca.yaml", ROOT / "examples" / "millbrook-ma.yaml"

needs_soffice = pytest.mark.skipif(
    pdf.pdf_unavailable() is not None or not all(shutil.which(t) for t in ("pdftotext", "pdfinfo")),
    reason="LibreOffice (soffice) or poppler (pdftotext, pdfinfo) not installed; CI installs "
           "them (see .ci/run)")


def _document_xml(data: bytes) -> bytes:
    with zipfile.ZipFile(io.BytesIO(data)) as z:
        return z.read("word/document.xml") + z.read("word/settings.xml")


def _paragraphs(data: bytes) -> list[str]:
    return [p.text for p in docx.Document(io.BytesIO(data)).paragraphs]


@pytest.fixture(scope="module")
def redline_and_new(tmp_path_factory):
    from ordinance_kit.engine import check, redline

    old = check(*prepare(OLD), final=False, notes=False)
    new = check(*prepare(NEW), final=False, notes=False)
    data = redline(old, new)
    built = build(*prepare(NEW), "docx", notes=False).data
    return data, built


def test_accepting_tracked_changes_gives_the_new_text(redline_and_new):
    red, new = redline_and_new
    assert b"<w:del " in _document_xml(red) and b"<w:ins " in _document_xml(red)
    accepted = pdf.accept_tracked_changes(red)
    for mark in (b"<w:del ", b"<w:ins ", b"w:delText", b"<w:moveFrom", b"w:rPrChange",
                 b"w:pPrChange", b"w:trackRevisions"):
        assert mark not in _document_xml(accepted), mark
    assert _paragraphs(accepted) == _paragraphs(new)


def test_a_document_without_revisions_is_left_alone(redline_and_new):
    _, new = redline_and_new
    assert pdf.accept_tracked_changes(new) is new


def test_a_reference_field_is_frozen_to_its_words_for_print():
    """LibreOffice would recompute REF fields ("Section 7.(b)"); the PDF keeps the draft's
    words, in a hyperlink to the same bookmark. Other fields (page numbers) stay live."""
    from lxml import etree

    w = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
    body = etree.fromstring(
        f'<w:body xmlns:w="{w}">'
        '<w:p><w:r><w:t xml:space="preserve">See </w:t></w:r>'
        '<w:r><w:fldChar w:fldCharType="begin"/></w:r>'
        '<w:r><w:instrText xml:space="preserve"> REF s_notice_a \\w \\h </w:instrText></w:r>'
        '<w:r><w:fldChar w:fldCharType="separate"/></w:r><w:r><w:t>Section 7(b)</w:t></w:r>'
        '<w:r><w:fldChar w:fldCharType="end"/></w:r><w:r><w:t>.</w:t></w:r></w:p>'
        '<w:p><w:r><w:fldChar w:fldCharType="begin"/></w:r>'
        '<w:r><w:instrText xml:space="preserve"> PAGE </w:instrText></w:r>'
        '<w:r><w:fldChar w:fldCharType="separate"/></w:r><w:r><w:t>1</w:t></w:r>'
        '<w:r><w:fldChar w:fldCharType="end"/></w:r></w:p></w:body>')
    assert pdf._freeze_references(body)
    first, second = body.findall(f"{{{w}}}p")
    assert "".join(first.itertext()) == "See Section 7(b)."
    link = first.find(f"{{{w}}}hyperlink")
    assert link.get(f"{{{w}}}anchor") == "s_notice_a" and "".join(link.itertext()) == "Section 7(b)"
    assert first.find(f".//{{{w}}}fldChar") is None
    assert len(second.findall(f".//{{{w}}}fldChar")) == 3          # the page number stays live


def test_a_deleted_paragraph_mark_joins_the_next_paragraph():
    from lxml import etree

    w = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
    body = etree.fromstring(
        f'<w:body xmlns:w="{w}">'
        '<w:p><w:pPr><w:rPr><w:del w:id="1" w:author="a"/></w:rPr></w:pPr>'
        '<w:r><w:t>kept </w:t></w:r><w:del w:id="2" w:author="a"><w:r><w:delText>gone'
        '</w:delText></w:r></w:del></w:p>'
        '<w:p><w:pPr><w:pStyle w:val="Body"/></w:pPr><w:ins w:id="3" w:author="a"><w:r>'
        '<w:t>joined</w:t></w:r></w:ins></w:p></w:body>')
    assert pdf._accept(body)
    paras = body.findall(f"{{{w}}}p")
    assert len(paras) == 1
    assert "".join(paras[0].itertext()) == "kept joined"
    assert paras[0][0].tag == f"{{{w}}}pPr"          # the surviving mark's properties first


def test_without_libreoffice_the_user_is_told_how_to_install_it(monkeypatch):
    monkeypatch.setattr(pdf, "soffice_path", lambda: None)
    reason = pdf.pdf_unavailable()
    assert reason and "apt install" in reason and "brew install --cask" in reason
    assert "Windows" in reason and ".docx" in reason
    with pytest.raises(UserError) as err:
        pdf.docx_to_pdf(b"PK", where="draft.pdf")
    assert err.value.render().startswith("draft.pdf: ") and "\n" not in err.value.render()


@needs_soffice
def test_a_redline_converts_without_revision_marks(redline_and_new, tmp_path):
    red, _ = redline_and_new
    out = tmp_path / "red.pdf"
    out.write_bytes(pdf.docx_to_pdf(red, where=str(out)))
    text = subprocess.run(["pdftotext", str(out), "-"], capture_output=True, text=True,
                          check=True).stdout
    flat = re.sub(r"\s+", " ", text)
    assert "Town of Millbrook" in flat
    # Riverbend's own words were deleted by the redline: accepted, they are not printed
    assert "Riverbend" not in flat


# --- build -o draft.pdf ---------------------------------------------------------------------------

NOTE_ANNOTATION = re.compile(rb"/Subtype\s*/Text\b")      # a comment (sticky note), not a link


def pdf_text(path: Path) -> str:
    """The words in reading order (-layout: the DRAFT watermark does not split a line)."""
    out = subprocess.run(["pdftotext", "-layout", str(path), "-"], capture_output=True,
                         text=True, check=True).stdout
    return re.sub(r"\s+", " ", out)


def pdf_pages(path: Path) -> int:
    info = subprocess.run(["pdfinfo", str(path)], capture_output=True, text=True,
                          check=True).stdout
    return int(re.search(r"^Pages:\s+(\d+)", info, re.M).group(1))


@needs_soffice
def test_build_writes_a_real_pdf(cli, tmp_path):
    out = tmp_path / "draft.pdf"
    code, _, err = cli("build", OLD, "-o", out)
    assert code == 0, err
    assert "Wrote" in err and "draft, with drafter's notes" in err
    data = out.read_bytes()
    assert data.startswith(b"%PDF-") and b"%%EOF" in data[-64:]
    ordinance = build(*prepare(OLD), "md").ordinance
    text = pdf_text(out)
    assert "ORDINANCE NO. 2026-14" in text
    assert "CITY OF RIVERBEND" in text
    last = ordinance.sections[-1]
    assert f"{last.label} {last.heading}" in text
    words = sum(len(b.text.split()) for b in ordinance.all_blocks())
    assert words // 700 <= pdf_pages(out) <= words // 200 + 3      # 300-500 words a page
    assert len(NOTE_ANNOTATION.findall(data)) > 10                   # notes as PDF comments
    # cross-references read as the draft writes them, never LibreOffice's "Section 7.(b)"
    refs = re.findall(r"Section \d+\.?\([a-z]\)", text)
    assert refs and not [r for r in refs if ".(" in r], refs[:5]
    # the same with --format and without notes: no comments at all
    bare = tmp_path / "bare.pdf"
    code, _, err = cli("build", OLD, "--format", "pdf", "-o", bare, "--no-notes")
    assert code == 0, err
    assert NOTE_ANNOTATION.findall(bare.read_bytes()) == []
    assert pdf_pages(bare) <= pdf_pages(out)


@needs_soffice
def test_the_default_name_and_batch_pdf(cli, tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    code, _, err = cli("build", OLD, "--format", "pdf", "--final")
    assert code == 0, err
    assert (tmp_path / "riverbend-ca.pdf").read_bytes().startswith(b"%PDF-")
    assert "DRAFT" not in pdf_text(tmp_path / "riverbend-ca.pdf")
    csv = tmp_path / "towns.csv"
    csv.write_text("jurisdiction.name\nRiverbend\n", encoding="utf-8")
    code, _, err = cli("batch", csv, "--base", OLD, "-o", tmp_path / "out", "--format",
                       "md,pdf", "--jobs", "1")
    assert code == 0, err
    made = sorted(p.suffix for p in (tmp_path / "out").iterdir() if p.suffix in (".md", ".pdf"))
    assert made == [".md", ".pdf"]
    assert next((tmp_path / "out").glob("*.pdf")).read_bytes().startswith(b"%PDF-")


# --- LibreOffice misbehaving: a stand-in soffice (no LibreOffice needed) ---------------------------

def fake_soffice(tmp_path: Path, script: str) -> str:
    path = tmp_path / "soffice"
    path.write_text("#!/bin/sh\n" + script, encoding="utf-8")
    path.chmod(0o755)
    return str(path)


def running(pid: int) -> bool:
    """Alive and not a zombie (a killed child waits for its new parent to reap it)."""
    import os
    import time

    for _ in range(50):
        try:
            os.kill(pid, 0)
        except ProcessLookupError:
            return False
        stat = Path(f"/proc/{pid}/stat")
        if stat.exists() and stat.read_text().rsplit(")", 1)[-1].split()[0] == "Z":
            return False
        time.sleep(0.1)
    return True


@pytest.mark.skipif(not Path("/bin/sh").exists(), reason="needs a POSIX shell")
def test_a_hung_conversion_is_stopped_with_everything_it_started(tmp_path, monkeypatch,
                                                                 redline_and_new):
    pids = tmp_path / "pids"
    # soffice starts a child (as the real one does) and both hang
    soffice = fake_soffice(tmp_path, f"sleep 300 & echo $! > {pids}; echo $$ >> {pids}; wait\n")
    monkeypatch.setattr(pdf, "soffice_path", lambda: soffice)
    monkeypatch.setattr(pdf, "CONVERT_SECONDS", 2)
    with pytest.raises(UserError) as err:
        pdf.docx_to_pdf(redline_and_new[1], where="x.pdf")
    assert "did not finish the PDF within 2 seconds" in err.value.render()
    for pid in map(int, pids.read_text().split()):
        assert not running(pid), pid


@pytest.mark.skipif(not Path("/bin/sh").exists(), reason="needs a POSIX shell")
def test_a_failed_conversion_is_a_clear_message(tmp_path, monkeypatch, redline_and_new):
    soffice = fake_soffice(tmp_path, "echo 'Error: source file could not be loaded' >&2; exit 1\n")
    monkeypatch.setattr(pdf, "soffice_path", lambda: soffice)
    with pytest.raises(UserError) as err:
        pdf.docx_to_pdf(redline_and_new[1], where="x.pdf")
    text = err.value.render()
    assert text.startswith("x.pdf: LibreOffice could not convert") and "could not be loaded" in text


def test_conversions_take_turns_and_the_wait_is_bounded(tmp_path, monkeypatch, redline_and_new):
    import fcntl
    import tempfile

    monkeypatch.setattr(pdf, "soffice_path", lambda: "/bin/true")
    monkeypatch.setattr(pdf, "LOCK_WAIT_SECONDS", 1)
    lock = Path(tempfile.gettempdir()) / "ordinance-kit-soffice.lock"
    with open(lock, "a+b") as held:
        fcntl.flock(held.fileno(), fcntl.LOCK_EX)      # another conversion is running
        try:
            with pytest.raises(UserError) as err:
                pdf.docx_to_pdf(redline_and_new[1], where="x.pdf")
        finally:
            fcntl.flock(held.fileno(), fcntl.LOCK_UN)
    assert "another PDF conversion" in err.value.render()


def test_what_is_not_a_word_file_is_refused(monkeypatch):
    monkeypatch.setattr(pdf, "soffice_path", lambda: "/bin/true")
    with pytest.raises(UserError) as err:
        pdf.docx_to_pdf(b"not a zip", where="x.pdf")
    assert "not a readable Word file" in err.value.render()
