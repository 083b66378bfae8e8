"""The records review passes between its steps: paragraphs read back, pairs, findings.

Kept apart from the ordinance tree (model.py) because a paragraph read back from an edited file
may have no clause at all (staff's new text), and apart from checks.Finding because a review
finding carries both texts side by side.
"""
from __future__ import annotations

from dataclasses import dataclass, field
from typing import Literal

# How a paragraph was matched: by the bookmark the kit wrote, by the manifest's text hash, by
# position among unchanged neighbours, or by fuzzy similarity when anchors were lost.
Matched = Literal["anchor", "manifest", "order", "fuzzy"]

# What a change does to the protection the clause gives.
Effect = Literal["removed", "weakened", "strengthened", "neutral", "new"]


@dataclass(frozen=True)
class Paragraph:
    """One paragraph as a reader sees it (with every tracked change accepted)."""
    index: int                       # position in its document, from 0
    text: str                        # the visible text, tracked insertions in, deletions out
    style: str = ""                  # paragraph style name ("Subsection", "Section Heading", ...)
    label: str = ""                  # the number a reader sees: "Section 7", "(b)", "(2)"
    clause_id: str | None = None     # the clause it came from, when an anchor or manifest says so
    sub_id: str | None = None        # the subdivision id within the clause ("no-use"), if any
    pending: bool = False            # it still holds tracked changes not yet accepted
    tags: tuple[str, ...] = ()       # protections (clauses/tags.yaml) the clause carries
    bookmark: str | None = None      # the kit's bookmark on it (kept even without a manifest)
    # where it sits in the file: the positions of its w:p elements among all of the body's
    # (more than one when a deleted paragraph mark joined two); what --restore edits
    parts: tuple[int, ...] = field(default=(), compare=False)

    @property
    def anchor(self) -> str | None:
        """'clause-id' or 'clause-id#sub-id': the stable id the kit wrote."""
        if self.clause_id is None:
            return None
        return f"{self.clause_id}#{self.sub_id}" if self.sub_id else self.clause_id


@dataclass
class ReadDocument:
    """A whole document read back."""
    source: str                                  # file name, for messages
    paragraphs: list[Paragraph]
    library_hash: str | None = None              # from the manifest, when the kit wrote the file
    answers_hash: str | None = None
    parameters: dict[str, object] = field(default_factory=dict)  # answer values the draft used
    pending_changes: int = 0                     # tracked revisions not yet accepted or rejected
    anchored: bool = False                       # bookmarks or manifest were found


@dataclass(frozen=True)
class Pair:
    """An original paragraph and what became of it. Either side may be None (added/removed)."""
    original: Paragraph | None
    edited: Paragraph | None
    matched: Matched | None = None
    similarity: float = 1.0                      # 0..1 for fuzzy matches


@dataclass(frozen=True)
class ReviewFinding:
    """One change judged: the finding shape of checks.Finding plus both texts."""
    effect: Effect
    rule: str                                    # the rule that decided it ("mandatory-to-permissive")
    where: str                                   # section label in the edited file ("Section 7(b)")
    message: str                                 # plain words: what changed and why it matters
    original: str = ""
    edited: str = ""
    clause_id: str | None = None
    protection: str | None = None                # a tag from clauses/tags.yaml
    why: str = ""                                # why the protection matters (from the clause note)
    edited_index: int | None = None              # the edited paragraph it sits at (for a deletion:
                                                 # the one before the gap), for Word comments

    def as_dict(self) -> dict:
        return {k: getattr(self, k) for k in self.__dataclass_fields__}
