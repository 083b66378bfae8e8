"""What changed between two drafts, paragraph by paragraph and word by word.

Pure Python (difflib only): no Word, no python-docx. The redline writer renders the result.

A draft is a list of `Para` (style id + inline content). `pair_paragraphs` lines OLD up with
NEW: unchanged paragraphs by exact text, then, inside each changed stretch, paragraphs that
still resemble each other (same anchor, or word similarity >= SIMILAR) as pairs to diff word by
word; what is left is deleted or inserted. A deletion and an insertion at the same spot are
merged into one paragraph (`merged`), so neither accept-all nor reject-all leaves an empty
paragraph behind. A moved section is simply a deletion here and an insertion there.
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from difflib import SequenceMatcher
from typing import Literal

from ..model import Blank, DefinedTerm, Emphasis, Inline, Ref, plain_text

SIMILAR = 0.5     # word-level similarity above which two paragraphs are one paragraph edited

# Word tokens including the whitespace between them: a diff over these keeps spacing exact.
# A number with its separators ("1,000", "9.70") is one token: "$1,000" to "$2,500" shows as
# one number replaced, not "1" and "000" replaced on either side of an unchanged comma.
_TOKEN = re.compile(r"\s+|\d+(?:[.,:]\d+)*|\w+|[^\w\s]")


@dataclass(frozen=True)
class Para:
    """One paragraph as the redline sees it: the NEW tree's style id for it, its content, and
    the anchor a cross-reference may point at. A paragraph read back from a DOCX (no tree)
    becomes a Para with a single Text inline."""
    style: str
    inlines: tuple[Inline, ...]
    anchor: str | None = None

    @property
    def text(self) -> str:
        return plain_text(self.inlines)


Kind = Literal["same", "merged", "deleted", "inserted"]


@dataclass(frozen=True)
class Change:
    """One output paragraph: `same` (a pair diffed word by word; maybe identical), `merged`
    (unrelated old and new paragraphs sharing one paragraph mark), `deleted`, `inserted`."""
    kind: Kind
    old: Para | None
    new: Para | None


@dataclass(frozen=True)
class Atom:
    """The smallest unit of a word diff: a token of text in one character style, or a whole
    cross-reference (a field is never split)."""
    text: str
    rstyle: str | None = None
    ref: str | None = None          # the Ref's anchor

    @property
    def key(self) -> tuple[str, bool]:
        return (self.text, self.ref is not None)


def atoms(inlines, styles: dict[type, str]) -> list[Atom]:
    """Split a paragraph's inlines into atoms; `styles` maps an inline type to its character
    style id (the writer's choice, passed in so this module stays free of Word)."""
    out: list[Atom] = []
    for item in inlines:
        if isinstance(item, Ref):
            out.append(Atom(item.text, None, item.anchor))
        elif isinstance(item, Blank):
            out.append(Atom(item.text, styles.get(Blank)))
        else:
            text = f"\u201c{item.text}\u201d" if isinstance(item, DefinedTerm) else item.text
            style = styles.get(type(item)) if isinstance(item, (DefinedTerm, Emphasis)) else None
            out.extend(Atom(tok, style) for tok in _TOKEN.findall(text))
    return out


def word_ops(old: list[Atom], new: list[Atom]):
    """difflib opcodes over the atoms' keys (text, is-a-reference), with changes that are
    separated only by spaces joined into one: "Privacy Advisory Commission" replaced by
    "Public Safety Committee" reads as one phrase struck and one inserted, not three words
    interleaved with their replacements."""
    ops = SequenceMatcher(None, [a.key for a in old], [a.key for a in new],
                          autojunk=False).get_opcodes()
    out: list[list] = []
    for k, (op, i1, i2, j1, j2) in enumerate(ops):
        between = 0 < k < len(ops) - 1
        if op == "equal" and between and all(a.text.isspace() for a in old[i1:i2]):
            op = "replace"
        if op != "equal" and out and out[-1][0] != "equal":
            out[-1][0], out[-1][2], out[-1][4] = "replace", i2, j2
        else:
            out.append([op, i1, i2, j1, j2])
    return [tuple(o) for o in out]


def similarity(a: Para, b: Para) -> float:
    if a.anchor and a.anchor == b.anchor:
        return 1.0
    ta, tb = _TOKEN.findall(a.text), _TOKEN.findall(b.text)
    if not ta and not tb:
        return 1.0
    m = SequenceMatcher(None, ta, tb, autojunk=False)
    if m.real_quick_ratio() < SIMILAR or m.quick_ratio() < SIMILAR:
        return 0.0
    return m.ratio()


def pair_paragraphs(old: list[Para], new: list[Para]) -> list[Change]:
    """The output paragraphs, in NEW's order with deleted OLD paragraphs where they stood."""
    out: list[Change] = []
    matcher = SequenceMatcher(None, [p.text for p in old], [p.text for p in new],
                              autojunk=False)
    for op, i1, i2, j1, j2 in matcher.get_opcodes():
        if op == "equal":
            out.extend(Change("same", o, n) for o, n in zip(old[i1:i2], new[j1:j2]))
        else:
            out.extend(_pair_block(old[i1:i2], new[j1:j2]))
    return out


def _pair_block(old: list[Para], new: list[Para]) -> list[Change]:
    """A changed stretch: pair the most similar paragraphs in order (the best-scoring
    alignment, dynamic programming), then settle the gaps between pairs."""
    n, m = len(old), len(new)
    if n == 0 or m == 0:
        return _gap(old, new)
    score = [[0.0] * (m + 1) for _ in range(n + 1)]
    sim = [[similarity(o, p) for p in new] for o in old]
    for i in range(n - 1, -1, -1):
        for j in range(m - 1, -1, -1):
            s = sim[i][j]
            best = max(score[i + 1][j], score[i][j + 1])
            if s >= SIMILAR:
                best = max(best, s + score[i + 1][j + 1])
            score[i][j] = best
    out: list[Change] = []
    i = j = 0
    gap_old: list[Para] = []
    gap_new: list[Para] = []
    while i < n and j < m:
        s = sim[i][j]
        if s >= SIMILAR and score[i][j] == s + score[i + 1][j + 1]:
            out.extend(_gap(gap_old, gap_new))
            gap_old, gap_new = [], []
            out.append(Change("same", old[i], new[j]))
            i, j = i + 1, j + 1
        elif score[i][j] == score[i + 1][j]:
            gap_old.append(old[i])
            i += 1
        else:
            gap_new.append(new[j])
            j += 1
    out.extend(_gap(gap_old + old[i:], gap_new + new[j:]))
    return out


def _gap(old: list[Para], new: list[Para]) -> list[Change]:
    """Deleted and inserted paragraphs at one spot: merged one for one (so no empty paragraph
    is left either way), the rest deleted or inserted."""
    k = min(len(old), len(new))
    out = [Change("merged", o, n) for o, n in zip(old[:k], new[:k])]
    out.extend(Change("deleted", o, None) for o in old[k:])
    out.extend(Change("inserted", None, n) for n in new[k:])
    return out
