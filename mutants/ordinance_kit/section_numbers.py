"""Step 4 of assembly: number the sections and their subdivisions, name their anchors and
work out the text a reference to each prints. The labels themselves come from numbering.py.
"""
from __future__ import annotations

import re

from .assembly import Assembly
from .clause import Clause
from .markup import RawBlock
from .numbering import subdivision_label


def anchor_name(clause_id: str, sub: str | None) -> str:
    """A short, stable anchor name for a section or subdivision: letters, digits and `_`, at
    most 40 characters (long ids keep a hash suffix). The Markdown writer prints it as an HTML
    id; the DOCX writer turns it into a Word bookmark name (writers/ooxml.bookmark_name)."""
    import hashlib

    raw = clause_id if sub is None else f"{clause_id}_{sub}"
    name = "s_" + re.sub(r"[^A-Za-z0-9]", "_", raw)
    if len(name) > 40:
        digest = hashlib.sha1(raw.encode()).hexdigest()[:6]
        name = name[:33] + "_" + digest
    return name


def number_subdivisions(asm: Assembly, clause: Clause, blocks: list[RawBlock], number: int,
            labels: dict, anchors: dict) -> list[tuple[RawBlock, str | None, str | None]]:
    counters = [0] * 5
    path: list[str] = [""] * 5
    last_depth = 0
    out = []
    for block in blocks:
        if block.kind != "numbered":
            out.append((block, None, None))
            continue
        depth = block.depth
        if depth > last_depth + 1:
            where = block.source_clause or clause.id
            asm.markup_problems.append((where, f"a level-{depth} subdivision follows a "
                                        f"level-{last_depth} one; go down one level at a time "
                                        "(check conditional subdivisions that dropped out)"))
            depth = last_depth + 1
            block.depth = depth
        counters[depth] += 1
        for deeper in range(depth + 1, 5):
            counters[deeper] = 0
        label = subdivision_label(depth, counters[depth])
        path[depth] = label
        last_depth = depth
        anchor = None
        if block.sub_id:
            anchor = anchor_name(clause.id, block.sub_id)
            anchors[(clause.id, block.sub_id)] = anchor
            labels[(clause.id, block.sub_id)] = f"Section {number}" + "".join(path[1:depth + 1])
        out.append((block, label, anchor))
    return out


def number_sections(asm: Assembly, sections: list[Clause], rendered: dict[str, list[RawBlock]]):
    """Section numbers, subdivision labels, anchors and reference texts ("Section 3(b)")."""
    numbers = {c.id: i for i, c in enumerate(sections, start=1)}
    labels: dict[tuple[str, str], str] = {}       # (clause, sub) -> "Section 3(b)"
    anchors: dict[tuple[str, str | None], str] = {}
    numbered: dict[str, list[tuple[RawBlock, str | None, str | None]]] = {}
    for clause in sections:
        anchors[(clause.id, None)] = anchor_name(clause.id, None)
        numbered[clause.id] = number_subdivisions(asm, clause, rendered[clause.id],
                                                  numbers[clause.id], labels, anchors)
    return numbers, labels, anchors, numbered
