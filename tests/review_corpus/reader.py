"""Reading for the review tests: review-read's reader and aligner when this branch has them
(ordinance_kit.review.document / .align), else a minimal private stand-in, used ONLY by tests
and the bench until that branch is merged.

The stand-in reads an untracked python-docx file as paragraphs (text and style, labels counted
from the styles the kit writes) and takes the original's clause and subdivision ids from the
ordinance model; it aligns in order with difflib and pairs the rest by similarity. It has no
anchors, so it exercises the fuzzy path: the rules must work from the original's clause ids.
"""
from __future__ import annotations

import io
from difflib import SequenceMatcher

from ordinance_kit.numbering import subdivision_label
from ordinance_kit.review.model import Pair, Paragraph, ReadDocument

try:   # review-read's modules, once merged (their align takes lists of paragraphs)
    from ordinance_kit.review.align import align as _real_align
    from ordinance_kit.review.document import paragraphs_from_ordinance as _real_from_ordinance
    from ordinance_kit.review.document import read_docx as _real_read_docx
    REAL = True
except ImportError:   # pragma: no cover - depends on the merge
    REAL = False

LEVEL_STYLES = {1: "Subsection", 2: "Paragraph", 3: "Subparagraph", 4: "Clause"}
STYLE_LEVELS = {v: k for k, v in LEVEL_STYLES.items()}


def from_ordinance(ordinance) -> list[Paragraph]:
    if REAL:
        return _real_from_ordinance(ordinance)
    out: list[Paragraph] = []

    def add(text, style, label="", clause=None, sub=None):
        out.append(Paragraph(len(out), text, style, label, clause, sub))

    add("".join(i.text for i in ordinance.number_line), "Ordinance Number")
    for part, style in ((ordinance.caption, "Ordinance Caption"), (ordinance.recitals, "Recital"),
                        (ordinance.enacting, "Enacting Clause")):
        for b in part:
            add(b.text, style, "", b.clause_id)
    for s in ordinance.sections:
        section_clause = next((b.clause_id for b in s.blocks if b.clause_id), None)
        add(s.heading, "Section Heading", f"Section {s.number}", section_clause)
        for b in s.blocks:
            sub = None
            cid = b.clause_id or section_clause or ""
            prefix = "s_" + cid.replace("-", "_") + "_"
            if b.anchor and b.anchor.startswith(prefix):
                sub = b.anchor[len(prefix):]
            style = LEVEL_STYLES.get(b.level, "Section Text") if b.kind == "numbered" else "Section Text"
            add(b.text, style, b.label or "", cid, sub)
    for b in ordinance.closing:      # a signature line prints a rule above the title
        add(("_" * 36 + "\n" + b.text) if b.kind == "signature" else b.text,
            "Signature Line" if b.kind == "signature" else "Closing Text", "", b.clause_id)
    return out


def read_docx(data: bytes, source: str) -> ReadDocument:
    if REAL:
        import tempfile
        from pathlib import Path
        with tempfile.TemporaryDirectory() as tmp:
            path = Path(tmp) / source
            path.write_bytes(data)
            doc = _real_read_docx(path)
            doc.source = source
            return doc
    import docx

    from docx.oxml.ns import qn

    document = docx.Document(io.BytesIO(data))
    names = {s.style_id: s.name for s in document.styles}
    paras, section, counters = [], 0, [0] * 5
    for i, p in enumerate(document.element.body.iterchildren(qn("w:p"))):
        ids = p.xpath("./w:pPr/w:pStyle/@w:val")
        style = names.get(ids[0], "") if ids else ""
        text = "".join(t.text or "" if t.tag == qn("w:t") else "\n"
                       for t in p.iter(qn("w:t"), qn("w:br")))
        label = ""
        if style == "Section Heading":
            section += 1
            counters = [0] * 5
            label = f"Section {section}"
        elif style in STYLE_LEVELS:
            level = STYLE_LEVELS[style]
            counters[level] += 1
            counters[level + 1:] = [0] * (4 - level)
            label = subdivision_label(level, counters[level])
        paras.append(Paragraph(i, text, style, label))
    return ReadDocument(source, paras)


def align(original: ReadDocument, edited: ReadDocument) -> list[Pair]:
    if REAL:
        return _real_align(original.paragraphs, edited.paragraphs)
    a = [" ".join(p.text.split()) for p in original.paragraphs]
    b = [" ".join(p.text.split()) for p in edited.paragraphs]
    pairs: list[Pair] = []
    for op, i1, i2, j1, j2 in SequenceMatcher(None, a, b, autojunk=False).get_opcodes():
        if op == "equal":
            pairs += [Pair(original.paragraphs[i1 + k], edited.paragraphs[j1 + k], "order")
                      for k in range(i2 - i1)]
            continue
        olds, news = list(range(i1, i2)), list(range(j1, j2))
        matched: dict[int, tuple[int, float]] = {}
        for j in news:      # best unused original in the block, in order
            best = max(((SequenceMatcher(None, a[i], b[j]).ratio(), i) for i in olds
                        if i not in {m for m, _ in matched.values()}), default=(0, None))
            if best[1] is not None and best[0] >= 0.5:
                matched[j] = (best[1], best[0])
        used = {m for m, _ in matched.values()}
        for i in olds:      # keep reading order: deletions before the next match
            if i not in used:
                pairs.append(Pair(original.paragraphs[i], None))
        for j in news:
            if j in matched:
                i, ratio = matched[j]
                pairs.append(Pair(original.paragraphs[i], edited.paragraphs[j], "fuzzy", ratio))
            else:
                pairs.append(Pair(None, edited.paragraphs[j]))
    return pairs
