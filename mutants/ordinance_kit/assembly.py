"""What assembly records besides the tree: which clauses are in and why, the terms used,
the references and the problems found, so lint rules (checks.py) and `explain` stay small.
"""
from __future__ import annotations

from dataclasses import dataclass, field

from .answers import Answers
from .clause import Clause, Library
from .model import Ordinance


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
    final: bool = False
    with_notes: bool = True          # drafter's notes were made (they flag unverified facts)
