"""Assembly: library + answers -> one ordinance tree.

Steps, in order: decide which clauses apply; render each body (Jinja, then markup); gather the
definitions the text actually uses; number sections and subdivisions; resolve cross-references
and terms to their final text; attach drafter's notes. Everything the checks need (term uses,
references, ids, markup problems) is recorded on the `Assembly` so lint rules stay small
functions (see checks.py). No python-docx here: writers render the tree.
"""
from __future__ import annotations

import contextvars
import re
from dataclasses import dataclass, field
from typing import Any

from . import __version__
from .answers import Answers
from .errors import UserError
from .library import Clause, Library, term_key
from .markup import MarkupError, RawBlock, RawRef, RawTerm, parse_body
from .model import (Blank, Block, DefinedTerm, Meta, Note, Ordinance, Ref, Section, TermUse,
                    Text)
from .templating import Unanswered, compile_condition, note_template, render_body

PART_ORDER = {"title": 0, "recitals": 1, "enacting": 2, "sections": 3, "closing": 4}
# The number line names the instrument (jurisdiction.instrument); a Massachusetts town bylaw is
# numbered by its article in the town meeting warrant.
NUMBER_LABELS = {"local-law": "LOCAL LAW NO. ", "bylaw": "ARTICLE ", "order": "ORDER NO. ",
                 "resolution": "RESOLUTION NO. "}


# --- records kept for checks and `explain` -------------------------------------------------------

@dataclass(frozen=True)
class Decision:
    clause_id: str
    included: bool
    reason: str                      # plain words: "always included", "options.x is true", ...


@dataclass(frozen=True)
class TermRecord:
    key: str
    text: str
    where: str                       # clause id


@dataclass(frozen=True)
class RefRecord:
    where: str
    target: str                      # "clause" or "clause#sub"
    resolved: bool
    problem: str = ""


@dataclass
class Assembly:
    library: Library
    answers: Answers
    ordinance: Ordinance | None = None
    decisions: dict[str, Decision] = field(default_factory=dict)
    included: list[Clause] = field(default_factory=list)
    term_uses: list[TermRecord] = field(default_factory=list)
    refs: list[RefRecord] = field(default_factory=list)
    defined_terms: dict[str, str] = field(default_factory=dict)   # key -> definition id
    markup_problems: list[tuple[str, str]] = field(default_factory=list)
    duplicate_ids: list[tuple[str, str]] = field(default_factory=list)
    empty_sections: list[str] = field(default_factory=list)
    unmarked_terms: list[tuple[str, str]] = field(default_factory=list)
    final: bool = False


# --- state facts with "verify this" tracking ---------------------------------------------------

# While a body or note renders, unverified state facts it prints are collected here.
_FACTS_USED: contextvars.ContextVar[list | None] = contextvars.ContextVar("facts_used",
                                                                           default=None)


class StateNode:
    """Attribute access to the state facts. Reading a leaf of an unverified fact while a body
    renders records it, so the clause's note can say "verify this citation"."""

    __slots__ = ("_path", "_data")

    def __init__(self, path: str, data: dict):
        object.__setattr__(self, "_path", path)
        object.__setattr__(self, "_data", data)

    def __getattr__(self, item):
        try:
            value = self._data[item]
        except KeyError:
            raise AttributeError(item) from None
        if isinstance(value, dict):
            return StateNode(f"{self._path}.{item}", value)
        if "verified" in self._data and item not in ("verified", "source", "preempted"):
            used = _FACTS_USED.get()
            if used is not None and not self._data.get("verified"):
                used.append((self._path, self._data))
        return value

    def __bool__(self):
        return bool(self._data)

    def __repr__(self):
        return f"<state facts {self._path}>"


# --- the assembler -------------------------------------------------------------------------------

def assemble(library: Library, answers: Answers, *, draft: bool = True, notes: bool = True,
             line_numbers: bool = False) -> Assembly:
    asm = Assembly(library, answers, final=not draft)
    code = str(answers.get("jurisdiction.state") or "")
    state_data = library.state(code)
    ctx = answers.context({"state": StateNode("state", state_data)})

    _decide(asm, ctx)
    included = sorted(asm.included, key=lambda c: (PART_ORDER[c.part], c.order, c.id))
    rendered: dict[str, list[RawBlock]] = {}
    facts: dict[str, list] = {}
    for clause in included:
        rendered[clause.id], facts[clause.id] = _render(asm, clause, ctx)

    sections = [c for c in included if c.part == "sections"]
    definitions_clause = next((c for c in sections if c.kind == "definitions"), None)
    used = _terms_used(rendered, included)
    def_blocks: list[RawBlock] = []
    if definitions_clause is not None:
        def_blocks = _definition_blocks(asm, ctx, used, rendered, facts)
        rendered[definitions_clause.id] = rendered[definitions_clause.id] + def_blocks

    # numbering: section numbers, subdivision labels, anchors and reference texts
    numbers = {c.id: i for i, c in enumerate(sections, start=1)}
    labels: dict[tuple[str, str], str] = {}       # (clause, sub) -> "Section 3(b)"
    anchors: dict[tuple[str, str | None], str] = {}
    numbered: dict[str, list[tuple[RawBlock, str | None, str | None]]] = {}
    for clause in sections:
        anchors[(clause.id, None)] = _anchor(clause.id, None)
        numbered[clause.id] = _number(asm, clause, rendered[clause.id], numbers[clause.id],
                                      labels, anchors)

    notes_for = {c.id: _note(asm, c, ctx, facts.get(c.id, [])) if notes else None
                 for c in included}
    omitted = [_omitted_note(asm, c, ctx) for c in library.clauses]
    omitted = [n for n in omitted if n]

    resolve = _Resolver(asm, numbers, labels, anchors)
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

    def part_blocks(part: str) -> list[Block]:
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

    caption = part_blocks("title")
    if omitted and notes:
        caption = _attach_extra_notes(caption, omitted)
    recitals = _whereas(part_blocks("recitals"))
    enacting = part_blocks("enacting")
    closing = part_blocks("closing")

    number = answers.get("ordinance.number")
    number_line = (Text(NUMBER_LABELS.get(str(answers.get("jurisdiction.instrument")),
                                          "ORDINANCE NO. ")),
                   Blank("ordinance number") if isinstance(number, Unanswered) or not number
                   else Text(str(number)))
    ordinance = Ordinance(
        meta=_meta(library, answers, draft, notes, line_numbers),
        number_line=number_line, caption=tuple(caption), recitals=tuple(recitals),
        enacting=tuple(enacting), sections=tuple(built_sections), closing=tuple(closing),
    )
    blanks = [i for b in ordinance.all_blocks() for i in b.inlines if isinstance(i, Blank)]
    blanks += [i for i in number_line if isinstance(i, Blank)]
    asm.ordinance = Ordinance(**{**ordinance.__dict__, "blanks": tuple(blanks)})
    _scan_unmarked_terms(asm)
    return asm


# --- selection -----------------------------------------------------------------------------------

def _decide(asm: Assembly, ctx: dict) -> None:
    for clause in asm.library.clauses:
        if not clause.when:
            asm.decisions[clause.id] = Decision(clause.id, True, "always included")
            asm.included.append(clause)
            continue
        value = _eval(clause, clause.when, ctx)
        reason = f"{clause.when}  ->  {'true' if value else 'false'}"
        asm.decisions[clause.id] = Decision(clause.id, bool(value), reason)
        if value:
            asm.included.append(clause)


def _eval(clause: Clause, expr: str, ctx: dict) -> bool:
    try:
        return bool(compile_condition(expr)(**ctx))
    except Exception as exc:
        raise UserError(f"{clause.rel}: the condition '{expr}' could not be evaluated with "
                        f"these answers ({exc}). This is a problem in the clause library.") from None


# --- rendering -----------------------------------------------------------------------------------

def _render(asm: Assembly, clause: Clause, ctx: dict) -> tuple[list[RawBlock], list]:
    facts: list = []
    reset = _FACTS_USED.set(facts)
    try:
        text, state = render_body(clause.template, ctx)
    except UserError:
        raise
    except Exception as exc:
        raise UserError(f"{clause.rel}: the clause body failed to render with these answers "
                        f"({exc}). This is a problem in the clause library.") from None
    finally:
        _FACTS_USED.reset(reset)
    try:
        blocks = parse_body(text, state)
    except MarkupError as exc:
        asm.markup_problems.append((clause.id, str(exc)))
        blocks = []
    seen: set[str] = set()
    for block in blocks:
        if block.sub_id:
            if block.sub_id in seen:
                asm.duplicate_ids.append((clause.id, block.sub_id))
            seen.add(block.sub_id)
    return blocks, facts


def _terms_used(rendered: dict[str, list[RawBlock]], included: list[Clause]) -> list[str]:
    out: list[str] = []
    for clause in included:
        for block in rendered[clause.id]:
            for item in block.inlines:
                if isinstance(item, RawTerm) and term_key(item.key) not in out:
                    out.append(term_key(item.key))
    return out


def _definition_blocks(asm: Assembly, ctx: dict, used: list[str],
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
                    if not d.when or _eval(d, d.when, ctx)]
        if not variants:
            continue
        if len(variants) > 1:
            asm.markup_problems.append((variants[1].id, f"more than one definition of "
                                        f"'{variants[0].term}' applies ({', '.join(v.id for v in variants)})"))
        definition = variants[0]
        chosen[key] = definition
        asm.decisions[definition.id] = Decision(definition.id, True, "the term is used")
        rendered[definition.id], facts[definition.id] = _render(asm, definition, ctx)
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


# --- numbering -----------------------------------------------------------------------------------

def _letters(n: int, upper: bool) -> str:
    """Word's letter numbering: a..z, then aa..zz, then aaa..."""
    letter = chr(ord("a") + (n - 1) % 26) * ((n - 1) // 26 + 1)
    return letter.upper() if upper else letter


def _roman(n: int) -> str:
    vals = [(1000, "m"), (900, "cm"), (500, "d"), (400, "cd"), (100, "c"), (90, "xc"),
            (50, "l"), (40, "xl"), (10, "x"), (9, "ix"), (5, "v"), (4, "iv"), (1, "i")]
    out = ""
    for v, s in vals:
        while n >= v:
            out += s
            n -= v
    return out


def subdivision_label(level: int, n: int) -> str:
    if level == 1:
        return f"({_letters(n, False)})"
    if level == 2:
        return f"({n})"
    if level == 3:
        return f"({_letters(n, True)})"
    return f"({_roman(n)})"


def _anchor(clause_id: str, sub: str | None) -> str:
    """A Word-safe bookmark name: starts with a letter, <= 40 characters, no spaces."""
    import hashlib

    raw = clause_id if sub is None else f"{clause_id}_{sub}"
    name = "s_" + re.sub(r"[^A-Za-z0-9]", "_", raw)
    if len(name) > 40:
        digest = hashlib.sha1(raw.encode()).hexdigest()[:6]
        name = name[:33] + "_" + digest
    return name


def _number(asm: Assembly, clause: Clause, blocks: list[RawBlock], number: int,
            labels: dict, anchors: dict) -> list[tuple[RawBlock, str | None, str | None]]:
    counters = [0] * 5
    path: list[str] = [""] * 5
    last_depth = 0
    out = []
    for block in blocks:
        if block.kind != "numbered":
            out.append((block, None, None))
            continue
        depth = block.depth
        if depth > last_depth + 1:
            where = block.source_clause or clause.id
            asm.markup_problems.append((where, f"a level-{depth} subdivision follows a "
                                        f"level-{last_depth} one; go down one level at a time "
                                        "(check conditional subdivisions that dropped out)"))
            depth = last_depth + 1
            block.depth = depth
        counters[depth] += 1
        for deeper in range(depth + 1, 5):
            counters[deeper] = 0
        label = subdivision_label(depth, counters[depth])
        path[depth] = label
        last_depth = depth
        anchor = None
        if block.sub_id:
            anchor = _anchor(clause.id, block.sub_id)
            anchors[(clause.id, block.sub_id)] = anchor
            labels[(clause.id, block.sub_id)] = f"Section {number}" + "".join(path[1:depth + 1])
        out.append((block, label, anchor))
    return out


# --- resolving terms and references --------------------------------------------------------------

class _Resolver:
    def __init__(self, asm: Assembly, numbers: dict, labels: dict, anchors: dict):
        self.asm = asm
        self.numbers = numbers
        self.labels = labels
        self.anchors = anchors

    def inlines(self, items: list[Any], clause_id: str) -> tuple:
        out = []
        for item in items:
            if isinstance(item, RawTerm):
                key = term_key(item.key)
                self.asm.term_uses.append(TermRecord(key, item.text, clause_id))
                out.append(TermUse(key, item.text))
            elif isinstance(item, RawRef):
                out.append(self.ref(item, clause_id))
            else:
                out.append(item)
        return tuple(out)

    def ref(self, ref: RawRef, clause_id: str) -> Any:
        target_clause = ref.clause or clause_id
        target = target_clause + (f"#{ref.sub}" if ref.sub else "")
        lib = self.asm.library
        problem = ""
        if target_clause not in lib.by_id:
            problem = f"refers to '{target}', but there is no clause '{target_clause}'"
        elif target_clause not in self.numbers:
            decision = self.asm.decisions.get(target_clause)
            why = f" ({decision.reason})" if decision else ""
            problem = (f"refers to '{target}', which is not a numbered section of this "
                       f"draft{why}")
        elif ref.sub and (target_clause, ref.sub) not in self.labels:
            problem = (f"refers to '{target}', but section '{target_clause}' has no "
                       f"subdivision with id '{ref.sub}' in this draft")
        if problem:
            self.asm.refs.append(RefRecord(clause_id, target, False, problem))
            return Blank(f"reference to {target}")
        self.asm.refs.append(RefRecord(clause_id, target, True))
        if ref.sub:
            return Ref(self.anchors[(target_clause, ref.sub)], self.labels[(target_clause, ref.sub)])
        return Ref(self.anchors[(target_clause, None)], f"Section {self.numbers[target_clause]}")


# --- recitals -----------------------------------------------------------------------------------

def _whereas(blocks: list[Block]) -> list[Block]:
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


# --- notes ----------------------------------------------------------------------------------------

def _note_text(clause: Clause, text: str, ctx: dict, facts: list | None = None) -> str:
    """Notes may print answers and state facts ({{ state.name }}); they are plain text."""
    if "{" not in text:
        return text
    reset = _FACTS_USED.set(facts if facts is not None else [])
    try:
        return " ".join(note_template(text).render(ctx).split())
    except Exception as exc:
        raise UserError(f"{clause.rel}: a drafter's note failed to render ({exc}). This is a "
                        "problem in the clause library.") from None
    finally:
        _FACTS_USED.reset(reset)


def _note(asm: Assembly, clause: Clause, ctx: dict, facts_used: list) -> Note | None:
    facts_used = list(facts_used)
    parts = [_note_text(clause, clause.note, ctx, facts_used)] if clause.note else []
    for cnote in clause.conditional_notes:
        if _eval(clause, cnote.when, ctx):
            parts.append(_note_text(clause, cnote.text, ctx, facts_used))
    parts += _verify_notes(facts_used)
    if not parts:
        return None
    return Note(clause.id, clause.title, "\n\n".join(parts),
                tuple(s.describe() for s in clause.sources))


def _verify_notes(facts_used: list) -> list[str]:
    """One "verify this citation" sentence per unverified state fact a clause printed."""
    out = []
    seen = set()
    for path, fact in facts_used:
        if path in seen:
            continue
        seen.add(path)
        name = fact.get("name") or fact.get("law") or path
        cite = fact.get("cite") or "no citation recorded"
        source = fact.get("source") or "no source recorded"
        out.append(f"Verify this citation: {name} ({cite}) is marked unverified in the "
                   f"state facts (source: {source}).")
    return out


def _omitted_note(asm: Assembly, clause: Clause, ctx: dict) -> Note | None:
    if clause.omitted_note is None or asm.decisions[clause.id].included:
        return None
    if not _eval(clause, clause.omitted_note.when, ctx):
        return None
    facts: list = []
    text = _note_text(clause, clause.omitted_note.text, ctx, facts)
    text = " ".join([text] + _verify_notes(facts))
    return Note(clause.id, f"Left out: {clause.title}", text,
                tuple(s.describe() for s in clause.sources))


def _attach_extra_notes(caption: list[Block], extra: list[Note]) -> list[Block]:
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


# --- metadata --------------------------------------------------------------------------------------

def _meta(library: Library, answers: Answers, draft: bool, notes: bool,
          line_numbers: bool) -> Meta:
    import datetime as _dt

    formal = str(answers.get("jurisdiction.formal_name"))
    state_code = str(answers.get("jurisdiction.state"))
    state_name = library.state(state_code).get("name", state_code)
    short_title = str(answers.get("ordinance.short_title"))
    date = answers.get("ordinance.draft_date")
    if not isinstance(date, _dt.date):
        date = _dt.date.today()
    return Meta(
        title=short_title,
        subject=f"Surveillance technology oversight ordinance for the {formal}",
        keywords=("surveillance", "oversight", "CCOPS", formal, state_name),
        jurisdiction=formal,
        header_text=f"{formal}, {state_name}",
        draft=draft,
        draft_date=date,
        generator=f"ordinance-kit {__version__}",
        library_hash=library.digest,
        answers_hash=answers.digest(),
        line_numbers=line_numbers,
        notes=notes,
    )


def _scan_unmarked_terms(asm: Assembly) -> None:
    """Find defined terms typed as plain capitalised text instead of [[Term]]."""
    terms = [asm.library.definitions_by_term[k][0].term for k in asm.defined_terms]
    if not terms or asm.ordinance is None:
        return
    pattern = re.compile(r"\b(" + "|".join(re.escape(t) for t in sorted(terms, key=len, reverse=True)) + r")\b")
    for section in asm.ordinance.sections:
        for block in section.blocks:
            for item in block.inlines:
                if type(item) is Text:
                    for m in pattern.finditer(item.text):
                        asm.unmarked_terms.append((block.clause_id or section.anchor, m.group(1)))
