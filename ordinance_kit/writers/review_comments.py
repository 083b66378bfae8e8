"""Word comments on an existing DOCX (the review's "commented copy" of an edited draft).

Kept with the writers because it is the one place outside them that would otherwise import
python-docx; it takes plain values (paragraph index, its text, the comment), not review records.
"""
from __future__ import annotations

import datetime as _dt
import io

from . import ooxml


def add_comments(data: bytes, notes: list[tuple[int | None, str, str]], author: str,
                 initials: str, when: _dt.datetime) -> bytes:
    """`data` with one comment per note: (paragraph index or None, the paragraph's text or "",
    comment text). The paragraph is found by index when its text agrees, else by its text,
    else by index alone (a deletion sits on the paragraph before the gap)."""
    import docx

    document = docx.Document(io.BytesIO(data))
    paragraphs = document.paragraphs
    for index, text, comment_text in notes:
        para = _find(paragraphs, index, text)
        if para is None:
            continue
        runs = para.runs or [para.add_run("")]
        comment = document.add_comment([runs[0], runs[-1]] if len(runs) > 1 else runs[0],
                                       text=ooxml.clean_text(comment_text), author=author,
                                       initials=initials)
        # python-docx stamps comments with *now*; a fixed date keeps the copy reproducible
        comment._comment_elm.date = when
    return ooxml.save_reproducible(document)


def _find(paragraphs, index: int | None, text: str):
    wanted = text.strip()
    if wanted:
        if index is not None and index < len(paragraphs) and \
                paragraphs[index].text.strip() == wanted:
            return paragraphs[index]
        for p in paragraphs:
            if p.text.strip() == wanted:
                return p
    if index is not None and 0 <= index < len(paragraphs):
        return paragraphs[index]
    return paragraphs[0] if paragraphs else None
