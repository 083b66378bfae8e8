"""What the summary and the scorecard need to know about a draft, from either source: the
paragraphs it holds (clause id and subdivision id) and the answer values they used.

From an answers file the draft is assembled and its paragraphs taken from the tree; from a Word
file the review reader reads them back from the bookmarks and the manifest the kit wrote, so
staff's deletions count and their unchanged text is never parsed for meaning.
"""
from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from .errors import UserError


@dataclass(frozen=True)
class DraftFacts:
    name: str                                  # "City of Riverbend"
    present: frozenset                         # {(clause id, subdivision id or None)}
    values: dict                               # answer key -> value the draft used


def from_assembly(asm) -> DraftFacts:
    from .review.document import paragraphs_from_ordinance

    paras = paragraphs_from_ordinance(asm.ordinance)
    return DraftFacts(str(asm.answers.get("jurisdiction.formal_name")),
                      frozenset((p.clause_id, p.sub_id) for p in paras if p.clause_id),
                      dict(asm.answers.values))


def from_docx(path: Path) -> DraftFacts:
    from .review.document import read_docx

    doc = read_docx(path)
    present = frozenset((p.clause_id, p.sub_id) for p in doc.paragraphs if p.clause_id)
    if not present:
        raise UserError(f"{path}: this Word file has none of the marks ordinance-kit puts on "
                        "each paragraph of a draft it builds (they are lost when text is pasted "
                        "into a new document), so it cannot tell which provisions are in it. "
                        "Give the answers file the draft was built from instead.")
    values = dict(doc.parameters or {})
    name = values.get("jurisdiction.formal_name") or path.stem
    return DraftFacts(str(name), present, values)
