"""The corpus's view of the review reader: thin adapters over ordinance_kit.review.document and
.align (the corpus builds drafts in memory, so it reads DOCX bytes, not files)."""
from __future__ import annotations

import tempfile
from pathlib import Path

from ordinance_kit.review.align import align as _align
from ordinance_kit.review.document import paragraphs_from_ordinance, read_docx as _read_docx
from ordinance_kit.review.model import Pair, Paragraph, ReadDocument

REAL = True      # kept for corpus.py's report line


def from_ordinance(ordinance) -> list[Paragraph]:
    return paragraphs_from_ordinance(ordinance)


def read_docx(data: bytes, source: str) -> ReadDocument:
    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / source
        path.write_bytes(data)
        doc = _read_docx(path)
        doc.source = source
        return doc


def align(original: ReadDocument, edited: ReadDocument) -> list[Pair]:
    return _align(original.paragraphs, edited.paragraphs)
