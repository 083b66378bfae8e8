"""The floor: a bare python-docx script writing the same paragraphs with the same styles.

Input is a JSON list of [style name, text] pairs (see `paragraphs_of` in _common.py, which
reads them back from a draft ordinance-kit wrote). It opens the same template (base.docx),
adds each paragraph with python-docx's ordinary API and saves. No cross-references,
bookmarks, comments, watermark or reproducible re-pack: this is the least work that produces
a document with the same paragraphs, so it is a lower bound, not a competitor.

    python bench/floor_docx.py paragraphs.json out.docx [--repeat N]
"""
from __future__ import annotations

import io
import json
import sys
from pathlib import Path

TEMPLATE = Path(__file__).resolve().parents[1] / "ordinance_kit" / "writers" / "base.docx"


def write_docx(paragraphs, template_bytes: bytes) -> bytes:
    import docx

    doc = docx.Document(io.BytesIO(template_bytes))
    body = doc.element.body
    for p in list(body.p_lst):       # the template's one empty paragraph
        body.remove(p)
    for style, text in paragraphs:
        doc.add_paragraph(text, style=style)
    buf = io.BytesIO()
    doc.save(buf)
    return buf.getvalue()


def main(argv: list[str]) -> None:
    src, out = Path(argv[0]), Path(argv[1])
    repeat = int(argv[argv.index("--repeat") + 1]) if "--repeat" in argv else 1
    paragraphs = json.loads(src.read_text())
    template = TEMPLATE.read_bytes()
    for _ in range(repeat):
        data = write_docx(paragraphs, template)
    out.write_bytes(data)


if __name__ == "__main__":
    main(sys.argv[1:])
