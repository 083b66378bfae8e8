"""What the clause library is made of: clauses, definitions, their sources and notes, and the
loaded `Library`. The order of an ordinance's parts is defined here, once.
"""
from __future__ import annotations

from dataclasses import dataclass, field
from functools import cached_property
from pathlib import Path
from typing import Any

from .errors import UserError
from .questions import QuestionSet
from .state_facts import read_state
from .suggest import nearest
from .templating import environment

# The parts of an ordinance, in the order they are printed.
PARTS = ("title", "recitals", "enacting", "sections", "closing")
PART_ORDER = {part: i for i, part in enumerate(PARTS)}
# Parts whose clauses are formal text (caption, enacting clause, closing), not provisions.
STRUCTURAL_PARTS = {"title", "enacting", "closing"}
# What one clause of each part is called in explanations.
PART_NOUNS = {"title": "title", "recitals": "recital", "enacting": "enacting clause",
              "sections": "section", "closing": "closing"}


@dataclass(frozen=True)
class Source:
    cite: str
    jurisdiction: str = ""
    year: str = ""
    chose: str = ""

    def describe(self) -> str:
        bits = [self.cite]
        ctx = ", ".join(b for b in (self.jurisdiction, self.year) if b)
        if ctx:
            bits.append(f"({ctx})")
        text = " ".join(bits)
        if self.chose:
            text += f": {self.chose}"
        return text


@dataclass(frozen=True)
class ConditionalNote:
    when: str
    text: str


@dataclass
class Clause:
    """One clause or definition file."""
    id: str
    title: str
    path: Path
    body: str
    body_line: int              # 0-based line in the file where the body starts
    part: str = "sections"
    order: int = 0
    when: str | None = None
    requires: tuple[str, ...] = ()
    excludes: tuple[str, ...] = ()
    params: tuple[str, ...] = ()
    tags: tuple[str, ...] = ()
    sources: tuple[Source, ...] = ()
    note: str = ""
    summary: str = ""           # one plain sentence for the one-page summary (a note template)
    conditional_notes: tuple[ConditionalNote, ...] = ()
    omitted_note: ConditionalNote | None = None
    kind: str = "clause"        # clause | definitions | definition
    term: str | None = None     # definitions only
    heading: str | None = None
    template: Any = None        # compiled body (rebuilt from `code` after unpickling)
    body_ast: Any = None        # parsed body, kept only while the library is validated
    code: Any = None            # the body's compiled Python code
    reads: frozenset[str] = frozenset()   # answer keys read by when, notes and body
    body_reads: frozenset[str] = frozenset()   # answer keys the body reads (should be params)

    def __getstate__(self) -> dict:
        """For the disk cache: templates are not picklable, their code objects marshal."""
        import marshal

        state = dict(self.__dict__)
        state.update(template=None, body_ast=None, code=marshal.dumps(self.code))
        return state

    def __setstate__(self, state: dict) -> None:
        import marshal

        self.__dict__.update(state)
        self.code = marshal.loads(state["code"])
        env = environment()
        self.template = env.template_class.from_code(env, self.code, env.make_globals(None))

    def templated_parts(self) -> list[tuple[str, str, bool]]:
        """(label, source, is_expression) for every condition and note the clause carries;
        compiled at load for syntax errors and analysed for the answers they read."""
        parts = [("when", self.when, True), ("note", self.note, False),
                 ("summary", self.summary, False)]
        for n in self.conditional_notes:
            parts += [("conditional note condition", n.when, True), ("conditional note", n.text, False)]
        if self.omitted_note:
            parts += [("omitted note condition", self.omitted_note.when, True),
                      ("omitted note", self.omitted_note.text, False)]
        return [p for p in parts if p[1]]

    @property
    def is_definition(self) -> bool:
        return self.kind == "definition"

    @property
    def rel(self) -> str:
        return _rel(self.path)


def _rel(path: Path) -> str:
    try:
        return str(path.relative_to(Path.cwd()))
    except ValueError:
        return str(path)


@dataclass
class Library:
    root: Path
    questions: QuestionSet
    clauses: list[Clause]                 # sections, recitals, ... (not definitions)
    definitions: list[Clause]
    tags: dict[str, str]
    states: dict[str, Path]               # state code -> facts file (read on first use)
    digest: str
    warnings: list[tuple[str, str]] = field(default_factory=list)

    @cached_property
    def by_id(self) -> dict[str, Clause]:
        return {c.id: c for c in self.clauses + self.definitions}

    def get(self, clause_id: str) -> Clause:
        try:
            return self.by_id[clause_id]
        except KeyError:
            raise UserError(f"no clause with id '{clause_id}'{nearest(clause_id, self.by_id)}. "
                            "Run 'ordinance-kit clauses' to list them.") from None

    @cached_property
    def definitions_by_term(self) -> dict[str, list[Clause]]:
        out: dict[str, list[Clause]] = {}
        for d in self.definitions:
            out.setdefault(term_key(d.term or ""), []).append(d)
        return out

    def state(self, code: str) -> dict:
        """The facts for one state, read when first needed (a draft needs one of 51)."""
        if code not in self._state_cache:
            path = self.states.get(code)
            self._state_cache[code] = read_state(path) if path else {}
        return self._state_cache[code]

    @cached_property
    def _state_cache(self) -> dict[str, dict]:
        return {}


def term_key(term: str) -> str:
    return " ".join(term.lower().split())
