"""`explain --format md`: a short, readable account of the draft for a proposal.

Part by part of the ordinance, each section with what it does (the first sentences of its
drafter's note) and why this draft has it in the form it has (the answers that put it in, by
the question's own label, and the choices it uses); then the modules left out and why. No
question keys, no file names: that full trace is `explain --format md --verbose`
(explain.render_markdown).
"""
from __future__ import annotations

import re

from .clause import PART_ORDER
from .explain import _keys_in, _md, _state_value
from .questions import Question
from .values import show_value

# A full stop that ends a sentence, not one in "Gov. Code", "No. 5" or "U.S.C.".
_SENTENCE_END = re.compile(r"(?<=[.!?])\s+(?=[A-Z\"\u201c(])")
_ABBREVIATION = re.compile(r"(?:\b[A-Z][a-z]{0,3}|\b[A-Z](?:\.[A-Z])+|§)\.$")
# Kept short so the fullest draft's account fits in under five printed pages.
MAX_CHOICES = 5          # choices listed per section; the rest are counted
SHORT_SENTENCE = 25      # words; a longer sentence loses its parenthesised asides
MAX_PLACES = 2           # enacted laws named per section (the verbose trace has them all)


def sentences(text: str, n: int) -> str:
    """The first `n` sentences of the first paragraph of `text`."""
    para = " ".join(text.strip().split("\n\n")[0].split())
    pieces, current = [], ""
    for chunk in _SENTENCE_END.split(para):
        current = f"{current} {chunk}".strip()
        if not _ABBREVIATION.search(current):
            pieces.append(current)
            current = ""
        if len(pieces) == n:
            break
    if current and len(pieces) < n:
        pieces.append(current)
    return " ".join(pieces)


def answer_words(q: Question | None, value) -> str:
    """An answer as the interview offered it: a choice's label, yes/no, a number."""
    if q is not None and q.choices:
        # most choices are labelled by their value ("department-head"): print it as words
        labels = {c.value: c.label if c.label != c.value else _words(c.value)
                  for c in q.choices}
        if isinstance(value, list):
            if len(value) > 2 and set(value) == set(labels):
                return f"all {len(value)}"
            return "; ".join(labels.get(v, str(v)) for v in value) if value else "none"
        if value in labels:
            return labels[value]
    return show_value(q, value)


def _words(value: str) -> str:
    return value.replace("-", " ").replace("_", " ")


def _answer(library, answers, key: str) -> str:
    q = library.questions.by_key.get(key)
    label = q.label if q is not None else key.split(".", 1)[-1].replace("_", " ")
    return f"{label}: {answer_words(q, answers.values.get(key))}"


def _deciding(asm, clause) -> list[str]:
    """The answers (and state law) that decide whether `clause` is in, in plain words."""
    if not clause.when:
        return []
    keys, state_paths = _keys_in(clause.when, asm.library.questions.group_ids)
    out = [_answer(asm.library, asm.answers, k) for k in keys]
    state = asm.library.state(str(asm.answers.get("jurisdiction.state") or ""))
    for path in state_paths:
        fact = _state_value(asm.library, asm.answers, path.rsplit(".", 1)[0])
        name = fact.get("name") if isinstance(fact, dict) else None
        out.append(f"{state.get('name', 'state')} law" + (f" ({name})" if name else ""))
    return list(dict.fromkeys(out))


def _followed(clause) -> str:
    seen = []
    for s in clause.sources:
        place = s.jurisdiction or s.cite
        label = f"{place} ({s.year})" if s.year else place
        if label not in seen:
            seen.append(label)
    return "; ".join(seen[:MAX_PLACES])


def _context(asm) -> dict:
    from .state_facts import StateNode

    state = asm.library.state(str(asm.answers.get("jurisdiction.state") or ""))
    return asm.answers.context({"state": StateNode("state", state)})


def _what_it_does(asm, clause, section, ctx) -> str:
    if section is not None and section.note is not None:
        text = section.note.text
    elif clause.note:
        from .notes import note_text
        text = note_text(clause, clause.note, ctx)
    else:
        return ""
    # some notes open "What it does: ..."; here the sentence stands on its own
    first = re.sub(r"^What it does: (\w)", lambda m: m.group(1).upper(), sentences(text, 1))
    return _without_asides(first)


def _without_asides(sentence: str) -> str:
    """A long sentence without its parenthesised examples (the verbose trace and the drafter's
    notes keep them)."""
    if len(sentence.split()) <= SHORT_SENTENCE:
        return sentence
    return re.sub(r"\s+\([^()]*\)", "", sentence)


def _section_block(asm, clause, section, ctx, shown_keys: set) -> list[str]:
    # one paragraph a section: its name, what it does, why it is in, the choices, the models
    out = [f"**{_md(section.label)} {_md(section.heading)}.**"]
    does = _what_it_does(asm, clause, section, ctx)
    if does:
        out.append(_md(does))
    if clause.id == "definitions":
        terms = sum(1 for b in section.blocks if b.level == 1)
        out.append(_md(f"This draft defines {terms} terms."))
    why = _deciding(asm, clause)
    if why:
        out.append("*In because:* " + _md("; ".join(why)) + ".")
    deciding = set(_keys_in(clause.when, asm.library.questions.group_ids)[0]) if clause.when \
        else set()
    # each choice once, at the first section that uses it; the names of offices are in the
    # draft itself
    keys = [k for k in clause.params if k not in deciding and k not in shown_keys
            and asm.answers.applicable.get(k, True) and not k.startswith("jurisdiction.")]
    shown_keys.update(keys)
    chosen = [_answer(asm.library, asm.answers, k) for k in keys]
    if chosen:
        shown = chosen[:MAX_CHOICES]
        more = f"; and {len(chosen) - MAX_CHOICES} more" if len(chosen) > MAX_CHOICES else ""
        out.append("*Choices:* " + _md("; ".join(shown) + more) + ".")
    followed = _followed(clause)
    if followed:
        out.append("*Follows:* " + _md(followed) + ".")
    return [" ".join(out), ""]


def render_one(asm, clause, header: str) -> str:
    """The readable account of one clause or definition."""
    ctx = _context(asm)
    out = [f"# {_md(header)}", ""]
    section = next((s for s in asm.ordinance.sections if s.clause_id == clause.id), None)
    if section is not None:
        out += _section_block(asm, clause, section, ctx, set())
    elif any(c.id == clause.id for c in asm.included):
        out += [f"**{_md(clause.title)}.** {_md(_what_it_does(asm, clause, None, ctx))}", ""]
    else:
        out += [f"**{_md(clause.title)}.** {_md(_left_out(asm, clause, ctx))}", ""]
    return "\n".join(out).rstrip() + "\n"


def render_proposal(asm, header: str) -> str:
    """The readable Markdown for the whole draft."""
    lib, o = asm.library, asm.ordinance
    ctx = _context(asm)
    by_clause = {s.clause_id: s for s in o.sections}
    in_ids = {c.id for c in asm.included}
    clauses = sorted(lib.clauses,
                     key=lambda c: (PART_ORDER[c.part], c.order, c.id))
    left = [c for c in clauses if c.id not in in_ids and c.part == "sections"]
    shown_keys: set[str] = set()
    out = [f"# {_md(header)}", "",
           _md(f"This explains, part by part, what the proposed {o.meta.title} does and why "
               f"this draft made each choice. The draft has {len(o.sections)} sections; "
               f"{len(left)} optional sections are left out, listed at the end with the "
               "reason."), ""]
    opening = [c for c in clauses if c.part in ("title", "recitals", "enacting")
               and c.id in in_ids]
    if opening:
        # the formal parts in one line: a reader of a proposal needs to know they are there
        parts = [c.title + (f" (in because: {'; '.join(_deciding(asm, c))})"
                            if _deciding(asm, c) else "") for c in opening]
        out += ["## Opening: title, findings and enacting clause", "",
                _md("The draft opens with: " + "; ".join(parts) + "."), ""]
    out += ["## The sections", ""]
    for c in clauses:
        if c.part == "sections" and c.id in by_clause:
            out += _section_block(asm, c, by_clause[c.id], ctx, shown_keys)
    closing = [c for c in clauses if c.part == "closing" and c.id in in_ids]
    if closing:
        out += ["## Closing: adoption and signatures", ""]
        for c in closing:
            out += [f"- **{_md(c.title)}.** {_md(_what_it_does(asm, c, None, ctx))}".rstrip()]
        out.append("")
    left = [c for c in clauses if c.id not in in_ids and c.part == "sections"]
    if left:
        out += ["## Left out of this draft", ""]
        for c in left:
            out.append(f"- **{_md(c.title)}.** " + _md(_left_out(asm, c, ctx)))
        out.append("")
    return "\n".join(out).rstrip() + "\n"


def _left_out(asm, clause, ctx) -> str:
    why = _deciding(asm, clause)
    text = ("Out because: " + "; ".join(why) + "." if why else "Left out.")
    if clause.omitted_note is not None:
        from .notes import omitted_note
        note = omitted_note(asm, clause, ctx)
        if note is not None:
            return f"{text} {_without_asides(sentences(note.text, 1))}"
    does = _what_it_does(asm, clause, None, ctx)
    return f"{text} {sentences(does, 1)}".rstrip()
