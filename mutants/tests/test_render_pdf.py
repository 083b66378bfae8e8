"""LibreOffice lays out the fullest example: page count, text, and its own numbering."""
import shutil
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "tools"))

pytestmark = pytest.mark.skipif(
    not all(shutil.which(t) for t in ("soffice", "pdftotext", "pdfinfo")),
    reason="LibreOffice or poppler not installed (CI installs them: see .ci/run)")


def test_fullest_example_renders_with_matching_numbers(tmp_path):
    import render_examples

    problems = render_examples.check_example(ROOT / "examples" / "riverbend-ca.yaml",
                                             tmp_path, png=False)
    assert problems == []
    pdf = tmp_path / "riverbend-ca.pdf"
    assert render_examples.pdf_pages(pdf) >= 15
    assert len(render_examples.printed_numbers(pdf)) > 100
