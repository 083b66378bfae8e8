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
