"""Step 7 of assembly: lay the rendered clauses out as the ordinance's parts: numbered sections,
and the unnumbered caption, recitals ("WHEREAS, ...; and"), enacting clause and closing.
"""
from __future__ import annotations

from .assembly import Assembly
from .clause import Clause
from .markup import RawBlock
from .model import Blank, Block, Section, Text
from .cross_references import Resolver
from .values import Unanswered


def build_sections(asm: Assembly, sections: list[Clause], numbered: dict, numbers: dict,
                   anchors: dict, notes_for: dict, resolve: Resolver) -> list[Section]:
    built_sections = []
    for clause in sections:
        blocks = []
        for raw, label, anchor in numbered[clause.id]:
            owner = raw.source_clause or clause.id
            blocks.append(Block(raw.kind, resolve.inlines(raw.inlines, owner), level=raw.depth,
                                label=label, anchor=anchor, clause_id=owner))
        if not blocks:
            asm.empty_sections.append(clause.id)
        built_sections.append(Section(numbers[clause.id], clause.heading or clause.title,
                                      anchors[(clause.id, None)], tuple(blocks),
                                      notes_for[clause.id]))
    return built_sections


def part_blocks(asm: Assembly, included: list[Clause], rendered: dict[str, list[RawBlock]],
                part: str, notes_for: dict, resolve: Resolver) -> list[Block]:
    """The blocks of an unnumbered part; the clause's note rides on its first block."""
    out: list[Block] = []
    for clause in (c for c in included if c.part == part):
        first = True
        for raw in rendered[clause.id]:
            if raw.kind == "numbered":
                asm.markup_problems.append((clause.id, "numbered subdivisions are only "
                                            "allowed in sections"))
                continue
            out.append(Block(raw.kind, resolve.inlines(raw.inlines, clause.id),
                             clause_id=clause.id,
                             note=notes_for[clause.id] if first else None))
            first = False
    return out


def whereas(blocks: list[Block]) -> list[Block]:
    """Add 'WHEREAS, ' and the '; and' / ';' endings, so dropped recitals leave no stray 'and'."""
    out = []
    for i, block in enumerate(blocks):
        ending = "; and" if i < len(blocks) - 1 else ";"
        inlines = list(block.inlines)
        if inlines and isinstance(inlines[-1], Text):
            inlines[-1] = Text(inlines[-1].text.rstrip(" .;,"))
        out.append(Block(block.kind, (Text("WHEREAS, "),) + tuple(inlines) + (Text(ending),),
                         clause_id=block.clause_id, note=block.note))
    return out


# The number line names the instrument (jurisdiction.instrument); a Massachusetts town bylaw is
# numbered by its article in the town meeting warrant.
NUMBER_LABELS = {"local-law": "LOCAL LAW NO. ", "bylaw": "ARTICLE ", "order": "ORDER NO. ",
                 "resolution": "RESOLUTION NO. "}


def number_line(number, instrument: str = "ordinance") -> tuple:
    """"ORDINANCE NO. " (or the instrument's own label) and the number, or a blank for the
    clerk to fill in."""
    return (Text(NUMBER_LABELS.get(instrument, "ORDINANCE NO. ")),
            Blank("ordinance number") if isinstance(number, Unanswered) or not number
            else Text(str(number)))
