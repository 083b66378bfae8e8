"""Lint rules over an assembled ordinance.

Each rule is a small function `rule(asm) -> list[Finding]`; every finding has the same shape
(level, where, message), as in Common Form's linter. Errors stop a build (exit 1); warnings
are printed and the build goes on. `--final` and `--strict` make some warnings errors.
"""
from __future__ import annotations

import re
from typing import Callable

from .assembly import Assembly
from .checks_government import GOVERNMENT_RULES
from .checks_state_law import STATE_LAW_RULES
from .findings import ERROR, WARNING, Finding  # noqa: F401  (re-exported: the runner's shape)
from .model import DefinedTerm, TermUse, Text

def undefined_terms(asm: Assembly) -> list[Finding]:
    users: dict[str, list[str]] = {}
    shown: dict[str, str] = {}
    for use in asm.term_uses:
        if use.key in asm.defined_terms:
            continue
        shown.setdefault(use.key, use.text)
        if use.where not in users.setdefault(use.key, []):
            users[use.key].append(use.where)
    return [Finding(ERROR, where[0], f"uses the term '{shown[key]}'"
                    + (f" (so do {', '.join(where[1:])})" if len(where) > 1 else "")
                    + ", but no definition of it applies to this draft. Add a definition file "
                    f"with term: {shown[key]}, or unmark the words.")
            for key, where in users.items()]


def unused_definitions(asm: Assembly) -> list[Finding]:
    """A definition printed in the document that nothing but itself uses."""
    if asm.ordinance is None:
        return []
    defined: dict[str, str] = {}
    uses: dict[str, set[str]] = {}
    for block in asm.ordinance.all_blocks():
        for item in block.inlines:
            if isinstance(item, DefinedTerm):
                defined[" ".join(item.text.lower().split())] = block.clause_id
            elif isinstance(item, TermUse):
                uses.setdefault(item.key, set()).add(block.clause_id)
    return [Finding(ERROR, where, f"defines '{key}', but the draft never uses it.")
            for key, where in defined.items() if not (uses.get(key, set()) - {where})]


def broken_references(asm: Assembly) -> list[Finding]:
    return [Finding(ERROR, r.where, r.problem + ".") for r in asm.refs if not r.resolved]


def duplicate_ids(asm: Assembly) -> list[Finding]:
    return [Finding(ERROR, clause, f"two subdivisions have the id '{sub}'; ids must be "
                    "unique within a clause.") for clause, sub in asm.duplicate_ids]


def markup_problems(asm: Assembly) -> list[Finding]:
    return [Finding(ERROR, clause, msg + ".") for clause, msg in asm.markup_problems]


def requirements(asm: Assembly) -> list[Finding]:
    included = {c.id for c in asm.included}
    out = []
    for clause in asm.included:
        for needed in clause.requires:
            if needed not in included:
                # the loader refuses a `requires` naming no clause, so a decision exists
                reason = f" (its condition: {asm.decisions[needed].reason})"
                out.append(Finding(ERROR, clause.id, f"requires '{needed}', which is not in "
                                   f"this draft{reason}."))
        for banned in clause.excludes:
            if banned in included:
                out.append(Finding(ERROR, clause.id, f"cannot appear together with "
                                   f"'{banned}', but both are in this draft."))
    return out


def one_enacting_clause(asm: Assembly) -> list[Finding]:
    enacting = [c.id for c in asm.included if c.part == "enacting"]
    if len(enacting) == 1:
        return []
    if not enacting:
        return [Finding(ERROR, "enacting", "no enacting clause applies to these answers; an "
                        "ordinance needs exactly one.")]
    return [Finding(ERROR, "enacting", "more than one enacting clause applies: "
                    + ", ".join(enacting) + ".")]


def unfilled_blanks(asm: Assembly) -> list[Finding]:
    ordinance = asm.ordinance
    if ordinance is None or not ordinance.blanks:
        return []
    level = ERROR if asm.final else WARNING
    labels: dict[str, int] = {}
    for blank in ordinance.blanks:
        labels[blank.label] = labels.get(blank.label, 0) + 1
    return [Finding(level, "document", f"blank to fill in: [{label}]"
                    + (f" ({n} places)" if n > 1 else "") + ".", "blank")
            for label, n in labels.items()]


def empty_sections(asm: Assembly) -> list[Finding]:
    return [Finding(WARNING, cid, "this section has no text with these answers.")
            for cid in asm.empty_sections]


def unmarked_terms(asm: Assembly) -> list[Finding]:
    seen = set()
    out = []
    for where, term in scan_unmarked_terms(asm):
        if (where, term) in seen:
            continue
        seen.add((where, term))
        out.append(Finding(WARNING, where, f"'{term}' is a defined term but is not marked "
                           f"as one; write [[{term}]]."))
    return out


def scan_unmarked_terms(asm: Assembly) -> list[tuple[str, str]]:
    """Defined terms typed as plain capitalised text instead of [[Term]]: (where, term)."""
    found: list[tuple[str, str]] = []
    terms = [asm.library.definitions_by_term[k][0].term for k in asm.defined_terms]
    if not terms or asm.ordinance is None:
        return found
    pattern = re.compile(r"\b(" + "|".join(re.escape(t) for t in sorted(terms, key=len, reverse=True)) + r")\b")
    for section in asm.ordinance.sections:
        for block in section.blocks:
            for item in block.inlines:
                if type(item) is Text:
                    for m in pattern.finditer(item.text):
                        found.append((block.clause_id or section.anchor, m.group(1)))
    return found


def answer_warnings(asm: Assembly) -> list[Finding]:
    return [Finding(WARNING, where, msg) for where, msg in asm.answers.warnings]


def library_changed(asm: Assembly) -> list[Finding]:
    """Answers recorded by `init` for another version of the clause library."""
    recorded = asm.answers.meta.get("_library")
    if not recorded or recorded == asm.library.digest:
        return []
    return [Finding(WARNING, asm.answers.source, f"these answers were written for clause "
                    f"library {recorded}; the library is now {asm.library.digest}. Run "
                    f"'ordinance-kit init --update {asm.answers.source}' to answer any new "
                    "questions and check answers that no longer fit.")]


RULES: list[Callable[[Assembly], list[Finding]]] = [
    undefined_terms, unused_definitions, broken_references, duplicate_ids, markup_problems,
    requirements, one_enacting_clause, unfilled_blanks, empty_sections, unmarked_terms,
    answer_warnings, library_changed, *GOVERNMENT_RULES, *STATE_LAW_RULES,
]


def run_checks(asm: Assembly, *, strict: bool = False) -> list[Finding]:
    findings = [f for rule in RULES for f in _named(rule, asm)]
    if strict:
        findings = [Finding(ERROR, f.where, f.message, f.rule) for f in findings]
    findings.sort(key=lambda f: (f.level != ERROR, f.where))
    return findings


def _named(rule, asm) -> list[Finding]:
    return [Finding(f.level, f.where, f.message, f.rule or rule.__name__.replace("_", "-"))
            for f in rule(asm)]


def has_errors(findings: list[Finding]) -> bool:
    return any(f.level == ERROR for f in findings)
