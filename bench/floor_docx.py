"""The floor: a plain python-docx script writing the same paragraphs with the same styles.

Input is a JSON list of [style name, text] pairs (see `paragraphs_of` in _common.py, which
reads them back from a draft ordinance-kit wrote). It opens the same template (base.docx),
looks each style's id up once, appends one `w:p` (style, one run) per pair through
python-docx's element layer and saves once. No cross-references, bookmarks, comments,
watermark or reproducible re-pack: this is the least work that produces a document with the
same paragraphs, so it is a lower bound, not a competitor.

It is what a competent engineer writes, not the python-docx tutorial: `doc.add_paragraph(text,
style=name)` resolves the style by scanning every style in the template for every paragraph
(even when given a style object), and `run.text = ...` walks the text one character at a
time; together they made the old floor about 2.5 times slower than this one for the same
output. `write_docx_naive` keeps that version for comparison (`--naive`).

    python bench/floor_docx.py paragraphs.json out.docx [--repeat N] [--naive]
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
    style_ids = {name: doc.styles[name].style_id for name in {s for s, _ in paragraphs}}
    for style, text in paragraphs:
        p = body.add_p()             # python-docx keeps it before the final w:sectPr
        p.style = style_ids[style]
        if text:
            r = p.add_r()
            if "\t" in text or "\n" in text:
                r.text = text        # python-docx turns these into w:tab / w:br
            else:
                r.add_t(text)
    buf = io.BytesIO()
    doc.save(buf)
    return buf.getvalue()


def write_docx_naive(paragraphs, template_bytes: bytes) -> bytes:
    """The python-docx tutorial way (the old floor): a style lookup by name per paragraph."""
    import docx

    doc = docx.Document(io.BytesIO(template_bytes))
    body = doc.element.body
    for p in list(body.p_lst):
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
    write = write_docx_naive if "--naive" in argv else write_docx
    for _ in range(repeat):
        data = write(paragraphs, template)
    out.write_bytes(data)


if __name__ == "__main__":
    main(sys.argv[1:])
