"""Pair each paragraph of an edited draft with the original paragraph it came from.

Strongest evidence first: (1) the kit's bookmark (or clause and subdivision id) on both sides;
(2) the manifest: the same clause id read from it, or the same text hash; (3) in order: what
is left, between those fixed points, matched by difflib over normalised texts, with similar
neighbours in a changed run paired in place; (4) a paragraph split or merged by staff joins
the original its neighbour came from; (5) rapidfuzz over whatever is still unpaired, above a
threshold. An original left over was removed; an edited paragraph left over is new text.
"""
from __future__ import annotations

import re
from difflib import SequenceMatcher

from rapidfuzz import fuzz

from ..writers.manifest import normalise
from .model import Pair, Paragraph

# Similarity (0-100, rapidfuzz ratio over normalised text) needed to pair two paragraphs that
# share no anchor. In a run of changed paragraphs between fixed points the position already
# says a lot, so less similarity is needed there than for a match found anywhere.
IN_PLACE = 50
ANYWHERE = 65
# A split half, or an original merged into its neighbour, must lie almost whole inside the
# other text (partial_ratio) and be long enough that this means something.
PIECE = 85
PIECE_MIN_CHARS = 25


# A number typed as text ("Section 7. ", "(b) ", "(iv) "): what Word's numbering becomes when
# a draft is pasted as plain text or exported from another system. Compared without it.
_TYPED_NUMBER = re.compile(r"^(?:section \d+[.:]?|\((?:[a-z]{1,2}|\d{1,3}|[ivxl]{1,6})\))\s+")


def _compared(text: str) -> str:
    return _TYPED_NUMBER.sub("", normalise(text), count=1)


def align(original: list[Paragraph], edited: list[Paragraph]) -> list[Pair]:
    """Every edited paragraph with its original (or None: new text), and every original no
    edited paragraph came from as Pair(original, None) (removed), in the edited order."""
    o_norm = [_compared(p.text) for p in original]
    e_norm = [_compared(p.text) for p in edited]
    e_to_o: dict[int, tuple[int, str]] = {}     # edited index -> (original index, how)
    o_used: set[int] = set()

    def pair(j: int, i: int, how: str) -> None:
        e_to_o[j] = (i, how)
        o_used.add(i)

    # 1. the bookmark the kit wrote, then clause#sub read through it
    by_bookmark = {p.bookmark: i for i, p in enumerate(original) if p.bookmark}
    by_anchor: dict[str, int] = {}
    for i, p in enumerate(original):
        if p.anchor is not None:
            by_anchor.setdefault(p.anchor, i)
    for j, p in enumerate(edited):
        i = by_bookmark.get(p.bookmark) if p.bookmark else None
        if i is None and p.bookmark and p.anchor:
            i = by_anchor.get(p.anchor)
        if i is not None and i not in o_used:
            pair(j, i, "anchor")

    # 2. the manifest: clause#sub it gave by text hash, then equal texts (what the manifest's
    #    hashes compare, numbers typed as text left out), first come first served
    for j, p in enumerate(edited):
        if j in e_to_o or p.anchor is None:
            continue
        i = by_anchor.get(p.anchor)
        if i is not None and i not in o_used:
            pair(j, i, "manifest")
    by_hash: dict[str, list[int]] = {}
    for i in range(len(original)):
        if i not in o_used:
            by_hash.setdefault(o_norm[i], []).append(i)
    for j in range(len(edited)):
        if j in e_to_o:
            continue
        free = [i for i in by_hash.get(e_norm[j], ()) if i not in o_used]
        if free:
            pair(j, free[0], "manifest")

    # 3. in order, between the fixed points
    _in_order(o_norm, e_norm, e_to_o, o_used, pair)

    # 4. splits and merges: a leftover that is a piece of its neighbour's partner
    merged_into: dict[int, int] = {}            # original index -> edited index (many to one)
    o_to_e = {i: j for j, (i, _) in e_to_o.items()}
    for j in range(len(edited)):
        if j in e_to_o or len(e_norm[j]) < PIECE_MIN_CHARS:
            continue
        near = [e_to_o[k][0] for k in (j - 1, j + 1) if k in e_to_o]
        best = _best_piece(e_norm[j], [(i, o_norm[i]) for i in near])
        if best is not None:
            e_to_o[j] = (best, "fuzzy")
    for i in range(len(original)):
        if i in o_used or len(o_norm[i]) < PIECE_MIN_CHARS:
            continue
        near = [o_to_e[k] for k in (i - 1, i + 1) if k in o_to_e]
        best = _best_piece(o_norm[i], [(j, e_norm[j]) for j in near])
        if best is not None:
            merged_into[i] = best
            o_used.add(i)

    # 5. anything left, anywhere, by similarity (best pairs first)
    e_left = [j for j in range(len(edited)) if j not in e_to_o]
    o_left = [i for i in range(len(original)) if i not in o_used]
    if e_left and o_left:
        # (rapidfuzz's cdist would need numpy; the leftovers are few, so plain loops do)
        scored = ((fuzz.ratio(e_norm[j], o_norm[i], score_cutoff=ANYWHERE), j, i)
                  for j in e_left for i in o_left)
        for _, j, i in sorted((t for t in scored if t[0]), key=lambda t: (-t[0], t[1], t[2])):
            if j not in e_to_o and i not in o_used:
                pair(j, i, "fuzzy")

    return _ordered(original, edited, o_norm, e_norm, e_to_o, merged_into, o_used)


def _in_order(o_norm, e_norm, e_to_o, o_used, pair) -> None:
    """Between consecutive fixed pairs, match what is left by position: difflib's equal runs,
    then, inside a changed run, neighbours similar enough to be the same paragraph edited."""
    fixed = sorted((i, j) for j, (i, _) in e_to_o.items())
    # keep only pairs that preserve order (a moved section is not a fixed point)
    points, last_j = [], -1
    for i, j in fixed:
        if j > last_j:
            points.append((i, j))
            last_j = j
    bounds = [(-1, -1)] + points + [(len(o_norm), len(e_norm))]
    for (i0, j0), (i1, j1) in zip(bounds, bounds[1:]):
        o_gap = [i for i in range(i0 + 1, i1) if i not in o_used]
        e_gap = [j for j in range(j0 + 1, j1) if j not in e_to_o]
        if not o_gap or not e_gap:
            continue
        sm = SequenceMatcher(None, [o_norm[i] for i in o_gap], [e_norm[j] for j in e_gap],
                             autojunk=False)
        for tag, a0, a1, b0, b1 in sm.get_opcodes():
            if tag == "equal":
                for k in range(a1 - a0):
                    pair(e_gap[b0 + k], o_gap[a0 + k], "order")
            elif tag == "replace":
                # in place, keeping order: each edited paragraph takes the first similar
                # original after the last one taken
                start = a0
                for b in range(b0, b1):
                    for a in range(start, a1):
                        if fuzz.ratio(e_norm[e_gap[b]], o_norm[o_gap[a]]) >= IN_PLACE:
                            pair(e_gap[b], o_gap[a], "order")
                            start = a + 1
                            break


def _best_piece(text: str, candidates: list[tuple[int, str]]) -> int | None:
    best, best_score = None, PIECE
    for k, other in candidates:
        if len(other) <= len(text):
            continue
        score = fuzz.partial_ratio(text, other)
        if score >= best_score:
            best, best_score = k, score
    return best


def _ordered(original, edited, o_norm, e_norm, e_to_o, merged_into, o_used) -> list[Pair]:
    """Pairs in the edited file's order; a removed original goes after the pair of the
    original before it (so a report reads top to bottom)."""
    rows: list[tuple[tuple, Pair]] = []
    o_pos: dict[int, int] = {}
    for j, p in enumerate(edited):
        if j in e_to_o:
            i, how = e_to_o[j]
            o_pos.setdefault(i, j)
            sim = 1.0 if o_norm[i] == e_norm[j] else fuzz.ratio(o_norm[i], e_norm[j]) / 100
            rows.append(((j, 0, i), Pair(original[i], p, how, round(sim, 3))))
        else:
            rows.append(((j, 0, -1), Pair(None, p, None, 0.0)))
    for i, j in merged_into.items():
        o_pos.setdefault(i, j)
        sim = fuzz.partial_ratio(o_norm[i], e_norm[j]) / 100
        rows.append(((j, 1, i), Pair(original[i], edited[j], "fuzzy", round(sim, 3))))
    before = -1
    for i, p in enumerate(original):
        if i in o_pos:
            before = o_pos[i]
        elif i not in o_used:
            rows.append(((before, 2, i), Pair(p, None, None, 0.0)))
    rows.sort(key=lambda r: r[0])
    return [pair for _, pair in rows]


# --- word-level differences ----------------------------------------------------------------

_TOKEN = re.compile(r"\s+|\w+(?:[.,'\u2019]\w+)*|[^\w\s]", re.UNICODE)

Op = str   # "equal" | "delete" | "insert"


def word_diff(a: str, b: str) -> list[tuple[Op, str]]:
    """Word-level changes from `a` to `b`: ("equal"|"delete"|"insert", text) runs. Joining the
    equal and delete runs gives `a` back exactly, the equal and insert runs give `b`."""
    ta, tb = _TOKEN.findall(a), _TOKEN.findall(b)
    out: list[tuple[Op, str]] = []

    def emit(op: Op, text: str) -> None:
        if not text:
            return
        if out and out[-1][0] == op:
            out[-1] = (op, out[-1][1] + text)
        else:
            out.append((op, text))

    for tag, a0, a1, b0, b1 in SequenceMatcher(None, ta, tb, autojunk=False).get_opcodes():
        if tag == "equal":
            emit("equal", "".join(ta[a0:a1]))
        else:
            emit("delete", "".join(ta[a0:a1]))
            emit("insert", "".join(tb[b0:b1]))
    return out
