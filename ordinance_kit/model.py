"""The ordinance tree: the one document model every writer renders.

The engine (library + answers -> assemble) produces an `Ordinance`; writers (DOCX, Markdown)
only turn it into bytes. Nothing here knows about Word or Markdown, and writers never decide
content: numbers, labels and cross-reference texts are all final when a writer sees them.
"""
from __future__ import annotations

import datetime as _dt
from dataclasses import dataclass, field
from typing import Literal, Union


# --- inline content -------------------------------------------------------------------------

@dataclass(frozen=True)
class Text:
    """Literal text (clause wording or an answer value)."""
    text: str


@dataclass(frozen=True)
class TermUse:
    """A use of a defined term; `text` is what the reader sees (e.g. a plural form)."""
    key: str
    text: str


@dataclass(frozen=True)
class DefinedTerm:
    """The term being defined, at the start of a definition: printed in quotes and bold."""
    text: str


@dataclass(frozen=True)
class Emphasis:
    """An italic run, used for subdivision headings."""
    text: str


@dataclass(frozen=True)
class Ref:
    """A cross-reference. `anchor` is the target's anchor name (a block or section anchor);
    `text` is the final rendered reference, e.g. "Section 7(b)"."""
    anchor: str
    text: str


@dataclass(frozen=True)
class Blank:
    """A value the answers did not supply; shown highlighted in a draft."""
    label: str

    @property
    def text(self) -> str:
        return f"[{self.label}]"


Inline = Union[Text, TermUse, DefinedTerm, Emphasis, Ref, Blank]


def plain_text(inlines: tuple[Inline, ...] | list[Inline]) -> str:
    """The text a reader sees, for checks, tests and previews."""
    out = []
    for item in inlines:
        if isinstance(item, DefinedTerm):
            out.append(f"\u201c{item.text}\u201d")
        else:
            out.append(item.text)
    return "".join(out)


# --- notes ----------------------------------------------------------------------------------

@dataclass(frozen=True)
class Note:
    """A drafter's note for one clause: rendered as a Word comment or a Markdown aside."""
    clause_id: str
    title: str
    text: str                 # paragraphs separated by blank lines
    sources: tuple[str, ...] = ()


# --- blocks ---------------------------------------------------------------------------------

BlockKind = Literal["text", "numbered", "signature"]


@dataclass(frozen=True)
class Block:
    """One paragraph.

    kind:
      "text"      unnumbered paragraph (level 0);
      "numbered"  a subdivision at `level` 1..4 with its final `label`, e.g. "(b)";
      "signature" a signature line; `inlines` holds the signer's title.
    `anchor` names the block for cross-references (None when nothing may point at it).
    `note` is set on the first block of a clause outside the numbered sections.
    `sub_id` is the subdivision's [#id], or "p<n>" (its place among the clause's blocks) when
    it has none; with `clause_id` it names the paragraph in the DOCX anchors (bookmark and
    manifest) that review reads back. `tags` are the clause's protections (clauses/tags.yaml).
    """
    kind: BlockKind
    inlines: tuple[Inline, ...]
    level: int = 0
    label: str | None = None
    anchor: str | None = None
    clause_id: str | None = None
    note: Note | None = None
    sub_id: str | None = None
    tags: tuple[str, ...] = ()

    @property
    def text(self) -> str:
        return plain_text(self.inlines)


@dataclass(frozen=True)
class Section:
    """A numbered section: "Section 3. Approval required." followed by its blocks."""
    number: int
    heading: str
    anchor: str               # also the clause id
    blocks: tuple[Block, ...]
    note: Note | None = None
    clause_id: str | None = None   # the clause's own id (anchor is its sanitised form)
    tags: tuple[str, ...] = ()

    @property
    def label(self) -> str:
        return f"Section {self.number}."


# --- the whole ordinance --------------------------------------------------------------------

@dataclass(frozen=True)
class Meta:
    title: str                # short title, e.g. "Surveillance Technology Oversight Ordinance"
    subject: str              # e.g. "Surveillance technology oversight"
    keywords: tuple[str, ...]
    jurisdiction: str         # e.g. "City of Riverside"
    header_text: str          # e.g. "City of Riverside, California"
    draft: bool               # True: DRAFT marking, watermark; False: --final
    draft_date: _dt.date      # shown in the footer; also the fixed date used for comments
    generator: str            # "ordinance-kit 0.1.0"
    library_hash: str         # "sha256:..." of the clause library
    answers_hash: str         # "sha256:..." of the normalised answers
    # (question key, value as JSON) for every answer an included clause reads, sorted by key:
    # recorded in the DOCX manifest so review can tell which values the draft used.
    parameters: tuple[tuple[str, str], ...] = ()
    # Who and where, for writers that record them as data (Akoma Ntoso's FRBR identity and
    # references): the state's postal code ("CA"), the body that adopts the measure ("City
    # Council") and the kind of measure ("ordinance", "local-law", "bylaw", "order", ...).
    state: str = ""
    governing_body: str = ""
    instrument: str = "ordinance"


@dataclass(frozen=True)
class WriterOptions:
    """How to print a document, not what it says: passed to a writer beside the ordinance."""
    notes: bool = True        # False: omit drafter's notes (--no-notes)
    line_numbers: bool = False   # DOCX only: number the lines (--line-numbers)


@dataclass(frozen=True)
class Ordinance:
    meta: Meta
    number_line: tuple[Inline, ...]           # "ORDINANCE NO. ..."
    caption: tuple[Block, ...]                # long title paragraphs
    recitals: tuple[Block, ...]               # "WHEREAS, ...; and"
    enacting: tuple[Block, ...]               # "NOW, THEREFORE, ..."
    sections: tuple[Section, ...]
    closing: tuple[Block, ...]                # adoption and signature blocks
    blanks: tuple[Blank, ...] = field(default=())

    def all_blocks(self):
        """Every block in reading order (section headings excluded)."""
        yield from self.caption
        yield from self.recitals
        yield from self.enacting
        for section in self.sections:
            yield from section.blocks
        yield from self.closing
