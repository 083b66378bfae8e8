"""Assembly: library + answers -> one ordinance tree.

`assemble()` runs the steps in order, each in its own module: decide which clauses apply
(selection); render each body, Jinja then markup (rendering); gather the definitions the text
actually uses (definitions); number sections and subdivisions (section_numbers); attach
drafter's notes (notes); resolve cross-references and terms to their final text
(cross_references) while laying out the parts (parts). Everything the checks need (term
uses, references, ids, markup problems) is recorded on the `Assembly` (assembly.py) so lint
rules stay small functions (see checks.py). No python-docx here: writers render the tree.
"""
from __future__ import annotations

from . import __version__
from .answers import Answers
from .assembly import Assembly, Decision, RefRecord, TermRecord  # noqa: F401  (re-exported)
from .clause import PART_ORDER, Library
from .definitions import definition_blocks
from .markup import RawBlock
from .model import Blank, Meta, Ordinance
from .notes import attach_extra_notes, clause_note, omitted_note
from .numbering import subdivision_label  # noqa: F401  (re-exported)
from .parts import build_sections, number_line, part_blocks, whereas
from .cross_references import Resolver
from .rendering import render_clause, terms_used
from .section_numbers import number_sections
from .selection import decide
from .state_facts import StateNode  # noqa: F401  (re-exported)


def assemble(library: Library, answers: Answers, *, draft: bool = True,
             notes: bool = True) -> Assembly:
    asm = Assembly(library, answers, final=not draft, with_notes=notes)
    code = str(answers.get("jurisdiction.state") or "")
    state_data = library.state(code)
    ctx = answers.context({"state": StateNode("state", state_data)})

    # 1. which clauses apply
    decide(asm, ctx)
    included = sorted(asm.included, key=lambda c: (PART_ORDER[c.part], c.order, c.id))

    # 2. each body rendered to raw blocks
    rendered: dict[str, list[RawBlock]] = {}
    facts: dict[str, list] = {}
    for clause in included:
        rendered[clause.id], facts[clause.id] = render_clause(asm, clause, ctx)

    # 3. the definitions of the terms used, appended to the definitions section
    sections = [c for c in included if c.part == "sections"]
    definitions_clause = next((c for c in sections if c.kind == "definitions"), None)
    used = terms_used(rendered, included)
    def_blocks: list[RawBlock] = []
    if definitions_clause is not None:
        def_blocks = definition_blocks(asm, ctx, used, rendered, facts)
        rendered[definitions_clause.id] = rendered[definitions_clause.id] + def_blocks

    # 4. section numbers, subdivision labels, anchors and reference texts
    numbers, labels, anchors, numbered = number_sections(asm, sections, rendered)

    # 5. drafter's notes
    notes_for = {c.id: clause_note(asm, c, ctx, facts.get(c.id, [])) if notes else None
                 for c in included}
    omitted = [omitted_note(asm, c, ctx) for c in library.clauses]
    omitted = [n for n in omitted if n]

    # 6. the parts, with terms and references resolved to their final text
    resolve = Resolver(asm, numbers, labels, anchors)
    built_sections = build_sections(asm, sections, numbered, numbers, anchors, notes_for,
                                    resolve)
    caption = part_blocks(asm, included, rendered, "title", notes_for, resolve)
    if omitted and notes:
        caption = attach_extra_notes(caption, omitted)
    recitals = whereas(part_blocks(asm, included, rendered, "recitals", notes_for, resolve))
    enacting = part_blocks(asm, included, rendered, "enacting", notes_for, resolve)
    closing = part_blocks(asm, included, rendered, "closing", notes_for, resolve)

    # 7. the tree, with every blank listed for the checks
    first_line = number_line(answers.get("ordinance.number"),
                             str(answers.get("jurisdiction.instrument")))
    ordinance = Ordinance(
        meta=_meta(library, answers, draft, included),
        number_line=first_line, caption=tuple(caption), recitals=tuple(recitals),
        enacting=tuple(enacting), sections=tuple(built_sections), closing=tuple(closing),
    )
    blanks = [i for b in ordinance.all_blocks() for i in b.inlines if isinstance(i, Blank)]
    blanks += [i for i in first_line if isinstance(i, Blank)]
    asm.ordinance = Ordinance(**{**ordinance.__dict__, "blanks": tuple(blanks)})
    return asm


# --- metadata --------------------------------------------------------------------------------------

def _parameters(answers: Answers, included) -> tuple[tuple[str, str], ...]:
    """Each answer an included clause reads, as JSON (unanswered: null), sorted by key."""
    import json

    from .values import Unanswered

    keys = sorted({k for c in included for k in (*c.params, *c.reads)})
    out = []
    for key in keys:
        value = answers.values.get(key)
        if isinstance(value, Unanswered):
            value = None
        out.append((key, json.dumps(value, default=str, ensure_ascii=False, sort_keys=True)))
    return tuple(out)


def _answered(answers: Answers, key: str, default: str) -> str:
    from .values import Unanswered

    value = answers.get(key)
    return default if value is None or isinstance(value, Unanswered) else str(value)


def _meta(library: Library, answers: Answers, draft: bool, included=()) -> Meta:
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
        parameters=_parameters(answers, included),
        state=state_code,
        governing_body=_answered(answers, "jurisdiction.governing_body", ""),
        instrument=_answered(answers, "jurisdiction.instrument", "ordinance"),
    )
