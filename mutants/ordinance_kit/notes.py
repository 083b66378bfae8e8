"""Step 5 of assembly: drafter's notes: a clause's note and the conditional notes that apply,
"verify this citation" for unverified state facts it printed, and notes on modules left out.
"""
from __future__ import annotations

from .assembly import Assembly
from .clause import Clause
from .errors import UserError
from .model import Block, Note
from .selection import evaluate
from .state_facts import FACTS_USED, verify_notes
from .templating import note_template


def note_text(clause: Clause, text: str, ctx: dict, facts: list | None = None) -> str:
    """Notes may print answers and state facts ({{ state.name }}); they are plain text."""
    if "{" not in text:
        return text
    reset = FACTS_USED.set(facts if facts is not None else [])
    try:
        return " ".join(note_template(text).render(ctx).split())
    except Exception as exc:
        raise UserError(f"{clause.rel}: a drafter's note failed to render ({exc}). This is a "
                        "problem in the clause library.") from None
    finally:
        FACTS_USED.reset(reset)


def clause_note(asm: Assembly, clause: Clause, ctx: dict, facts_used: list) -> Note | None:
    facts_used = list(facts_used)
    parts = [note_text(clause, clause.note, ctx, facts_used)] if clause.note else []
    for cnote in clause.conditional_notes:
        if evaluate(clause, cnote.when, ctx):
            parts.append(note_text(clause, cnote.text, ctx, facts_used))
    parts += verify_notes(facts_used)
    if not parts:
        return None
    return Note(clause.id, clause.title, "\n\n".join(parts),
                tuple(s.describe() for s in clause.sources))


def omitted_note(asm: Assembly, clause: Clause, ctx: dict) -> Note | None:
    if clause.omitted_note is None or asm.decisions[clause.id].included:
        return None
    if not evaluate(clause, clause.omitted_note.when, ctx):
        return None
    facts: list = []
    text = note_text(clause, clause.omitted_note.text, ctx, facts)
    text = " ".join([text] + verify_notes(facts))
    return Note(clause.id, f"Left out: {clause.title}", text,
                tuple(s.describe() for s in clause.sources))


def attach_extra_notes(caption: list[Block], extra: list[Note]) -> list[Block]:
    if not caption:
        return caption
    first = caption[0]
    base = first.note
    texts = ([base.text] if base else []) + [f"{n.title}. {n.text}" for n in extra]
    merged = Note(base.clause_id if base else extra[0].clause_id,
                  base.title if base else "Drafter's notes", "\n\n".join(texts),
                  (base.sources if base else ()) + tuple(s for n in extra for s in n.sources))
    return [Block(first.kind, first.inlines, first.level, first.label, first.anchor,
                  first.clause_id, merged)] + caption[1:]
