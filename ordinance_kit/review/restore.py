"""Plan the advocate's counter-draft (`review --restore`): which paragraphs of staff's file to
turn back, and the comment that gives the reason for each.

Only weakened and removed findings are reverted; strengthened, neutral and new text stay as
staff wrote them. The plan is plain values (writers/restore.py's Reword, Reinsert, Drop) so
the writer never sees a review record.
"""
from __future__ import annotations

import datetime as _dt
import re

from ..writers.restore import Drop, Reinsert, Reword, restore
from .align import word_diff
from .model import ReviewFinding
from .run import FLAGGED, Review

AUTHOR = "ordinance-kit"
# "45 days became 10 days (timelines.notice_days: a larger ...)": the answer's key is the
# tool's word, not the reader's; the comment keeps the rest.
_KEY = re.compile(r"\((?:[a-z0-9_]+\.)+[a-z0-9_]+: ")


def plan(review: Review) -> list:
    """Reword, Reinsert and Drop edits in the edited file's order. Everything put back at one
    gap is one Reinsert, so the paragraphs go back in their original order (and a kept
    deletion between two reverted ones does not reverse them)."""
    edits: list = []
    gaps: dict[int | None, Reinsert] = {}          # after which w:p -> what goes back there
    reworded: set[int] = set()
    at: int | None = None          # the w:p position of the last edited paragraph seen
    for pair, found in review.judged:
        flagged = [f for f in found if f.effect in FLAGGED]
        mine = pair.edited.parts if pair.edited is not None else ()
        if flagged and pair.original is not None and pair.edited is not None and mine:
            if pair.edited.index not in reworded:      # a paragraph staff merged: once
                reworded.add(pair.edited.index)
                ops = tuple(word_diff(pair.edited.text, pair.original.text))
                edits.append(Reword(mine, ops, comment(flagged, review, "reword")))
        elif flagged and pair.original is not None and pair.edited is None:
            gap = gaps.get(at) or Reinsert(at, (), "")
            note = comment(flagged, review, "reinsert")
            notes = gap.comment.split("\n\n") if gap.comment else []
            gap = Reinsert(at, gap.paragraphs + ((pair.original.style, pair.original.text),),
                           "\n\n".join(notes + [note] if note not in notes else notes))
            if at not in gaps:
                edits.append(at)                      # its place in the order
            gaps[at] = gap
        elif flagged and pair.edited is not None and mine:
            edits.append(Drop(mine, comment(flagged, review, "drop")))
        if mine:
            at = mine[-1]
    return [e if isinstance(e, (Reword, Drop)) else gaps[e] for e in edits]


def comment(found: list[ReviewFinding], review: Review, how: str) -> str:
    """The reason, in plain words: what the edit did, the protection, and why it matters."""
    first = found[0]
    lead = {"reword": f"Restores the original wording of {first.where}.",
            "reinsert": f"Puts back text that was deleted ({_place(first.where)}).",
            "drop": f"Takes out text added at {first.where} that weakens the ordinance."}[how]
    what = "; ".join(dict.fromkeys(_plain(f.message) for f in found))
    parts = [lead, f"What the edit did: {what}"]
    if first.protection:
        name = review.tag_names.get(first.protection) or first.protection.replace("-", " ")
        parts.append(f"Protection affected: {name}.")
    if first.why:
        parts.append(f"Why it matters: {first.why}")
    return " ".join(parts)


def _plain(message: str) -> str:
    text = _KEY.sub("(", message).strip()
    return text[:1].upper() + text[1:]


def _place(where: str) -> str:
    return where.replace(" of the original (deleted)", " of the original")


def render_restore(review: Review, edited_bytes: bytes, *, author: str = AUTHOR,
                   when: _dt.datetime | None = None) -> bytes:
    """The counter-draft's bytes: staff's file with the plan applied as tracked changes."""
    initials = "".join(w[0] for w in author.split()[:3]).upper() or "OK"
    return restore(edited_bytes, plan(review), author=author, initials=initials, when=when)
