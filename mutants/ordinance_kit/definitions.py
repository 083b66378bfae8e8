"""Step 3 of assembly: the definitions section holds only the terms the draft uses (and the
terms their definitions use), alphabetically, each rendered like a clause.
"""
from __future__ import annotations

from .assembly import Assembly, Decision
from .clause import Clause, term_key
from .markup import RawBlock, RawTerm
from .model import DefinedTerm, Text
from .rendering import render_clause
from .selection import evaluate


def definition_blocks(asm: Assembly, ctx: dict, used: list[str],
                       rendered: dict[str, list[RawBlock]], facts: dict) -> list[RawBlock]:
    """Render the definitions of every used term (and of terms their definitions use)."""
    lib = asm.library
    queue = list(used)
    chosen: dict[str, Clause] = {}
    while queue:
        key = queue.pop(0)
        if key in chosen or key not in lib.definitions_by_term:
            continue
        variants = [d for d in lib.definitions_by_term[key]
                    if not d.when or evaluate(d, d.when, ctx)]
        if not variants:
            continue
        if len(variants) > 1:
            asm.markup_problems.append((variants[1].id, f"more than one definition of "
                                        f"'{variants[0].term}' applies ({', '.join(v.id for v in variants)})"))
        definition = variants[0]
        chosen[key] = definition
        asm.decisions[definition.id] = Decision(definition.id, True, "the term is used")
        rendered[definition.id], facts[definition.id] = render_clause(asm, definition, ctx)
        asm.included.append(definition)
        for block in rendered[definition.id]:
            for item in block.inlines:
                if isinstance(item, RawTerm):
                    queue.append(term_key(item.key))
    for d in lib.definitions:
        if d.id not in asm.decisions:
            asm.decisions[d.id] = Decision(d.id, False, "the term is not used in this draft")

    out: list[RawBlock] = []
    for key in sorted(chosen, key=lambda k: chosen[k].term.lower()):
        definition = chosen[key]
        asm.defined_terms[key] = definition.id
        blocks = rendered[definition.id]
        if not blocks:
            continue
        head, rest = blocks[0], blocks[1:]
        out.append(RawBlock("numbered", 1,
                            [DefinedTerm(definition.term), Text(" ")] + head.inlines,
                            sub_id=definition.id, line=head.line, source_clause=definition.id))
        for block in rest:
            out.append(RawBlock(block.kind, block.depth + 1 if block.kind == "numbered" else 0,
                                block.inlines, block.sub_id, block.line, definition.id))
    return out
