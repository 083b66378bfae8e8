"""`ordinance-kit explain`: for every clause, in or out and why, the values used, the sources.

Each answer is shown with where it came from: `options.x = true (from my-city.yaml line 12)`,
`(default)`, or `(--set)`.
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import Any

from .clause import PART_NOUNS, PART_ORDER
from .templating import referenced_paths
from .values import show_value

_FILE_ORIGIN = re.compile(r"^(?P<file>.*), line (?P<line>\d+), key '[^']*'$")


def origin_words(origin: str | None) -> str:
    if not origin:
        return "not given"
    if origin == "default":
        return "default"
    if origin == "unanswered":
        return "not answered"
    if origin.startswith("--set"):
        return "--set"
    if origin == "interview":
        return "interview"
    m = _FILE_ORIGIN.match(origin)
    if m:
        return f"from {m.group('file')} line {m.group('line')}"
    return origin


@dataclass
class ValueLine:
    key: str
    value: str
    origin: str
    note: str = ""

    def text(self) -> str:
        return f"{self.key} = {self.value} ({self.origin}{'; ' + self.note if self.note else ''})"


@dataclass
class ClauseExplanation:
    id: str
    title: str
    kind: str                      # "section", "recital", ..., "definition"
    included: bool
    reason: str
    condition: str | None
    deciding: list[ValueLine] = field(default_factory=list)
    params: list[ValueLine] = field(default_factory=list)
    sources: list[str] = field(default_factory=list)


def _keys_in(expr: str, groups: set[str]) -> tuple[list[str], list[str]]:
    paths, _ = referenced_paths(expr, expression=True)
    keys, state = [], []
    for p in sorted(paths):
        root = p.split(".", 1)[0]
        if root in groups:
            k = ".".join(p.split(".")[:2])
            if k not in keys:
                keys.append(k)
        elif root == "state":
            state.append(p)
    return keys, state


def _state_value(library, answers, path: str) -> Any:
    node: Any = library.state(str(answers.get("jurisdiction.state") or ""))
    for part in path.split(".")[1:]:
        if not isinstance(node, dict) or part not in node:
            return None
        node = node[part]
    return node


def _unverified(library, answers, path: str) -> str:
    """', unverified: verify (source: ...)' when the fact holding this value is not verified."""
    fact = _state_value(library, answers, path.rsplit(".", 1)[0])
    if isinstance(fact, dict) and fact.get("verified") is False:
        return f"; unverified, verify before relying on it (source: {fact.get('source') or 'none'})"
    return ""


def _value_line(library, answers, key: str) -> ValueLine:
    q = library.questions.by_key.get(key)
    value = answers.values.get(key)
    note = ""
    if q is not None and not answers.applicable.get(key, True):
        note = f"not asked, because it applies only when {q.when}"
    return ValueLine(key, show_value(q, value) if not isinstance(value, bool)
                     else ("true" if value else "false"),
                     origin_words(answers.origins.get(key)), note)


def explain_clause(asm, clause) -> ClauseExplanation:
    library, answers = asm.library, asm.answers
    groups = library.questions.group_ids
    decision = asm.decisions.get(clause.id)
    if clause.is_definition:
        kind = "definition"
    else:
        kind = PART_NOUNS[clause.part]
    included = bool(decision and decision.included)
    condition = clause.when
    if clause.is_definition:
        if decision is None:
            reason = "not considered (the definitions section is not in this draft)"
        elif included:
            reason = "included because the draft uses the term"
        elif condition and not _condition_true(asm, clause):
            reason = f"left out because this condition is false: {condition}"
        else:
            reason = "left out: the draft does not use the term"
    elif condition is None:
        reason = "always included"
    else:
        reason = (f"included because this condition is true: {condition}" if included
                  else f"left out because this condition is false: {condition}")
    deciding: list[ValueLine] = []
    if condition:
        keys, state_paths = _keys_in(condition, groups)
        deciding = [_value_line(library, answers, k) for k in keys]
        for p in state_paths:
            v = _state_value(library, answers, p)
            deciding.append(ValueLine(p, show_value(None, v) if not isinstance(v, bool)
                                      else ("true" if v else "false"),
                                      f"state facts for {answers.get('jurisdiction.state')}"
                                      + _unverified(library, answers, p)))
    deciding_keys = {d.key for d in deciding}
    param_keys = [k for k in clause.params] + sorted(k for k in clause.reads
                                                     if k not in clause.params)
    params = [_value_line(library, answers, k) for k in dict.fromkeys(param_keys)
              if k not in deciding_keys]
    return ClauseExplanation(clause.id, clause.title, kind, included, reason, condition,
                             deciding, params, [s.describe() for s in clause.sources])


def explain_all(asm) -> list[ClauseExplanation]:
    lib = asm.library
    clauses = sorted(lib.clauses, key=lambda c: (PART_ORDER[c.part], c.order, c.id))
    defs = sorted(lib.definitions, key=lambda d: ((d.term or "").lower(), d.id))
    return [explain_clause(asm, c) for c in clauses + defs]


# --- rendering ----------------------------------------------------------------------------------

def render_text(items: list[ClauseExplanation], header: str) -> str:
    out = [header, ""]
    for e in items:
        mark = "IN " if e.included else "OUT"
        out.append(f"[{mark}] {e.id}: {e.title} ({e.kind})")
        out.append(f"      {e.reason[0].upper() + e.reason[1:]}.")
        for v in e.deciding:
            out.append(f"      decided by: {v.text()}")
        if e.params and e.included:
            out.append("      values used:")
            out += [f"        {v.text()}" for v in e.params]
        elif e.params:
            out.append("      would use: " + ", ".join(v.key for v in e.params))
        if e.sources:
            out.append("      sources:")
            out += [f"        - {s}" for s in e.sources]
        out.append("")
    return "\n".join(out).rstrip() + "\n"


def _md(text: str) -> str:
    from .writers.markdown import escape_entities      # the same rule as the draft's Markdown

    return escape_entities(re.sub(r"([\\`*_\[\]<>|])", r"\\\1", text))


def render_markdown(items: list[ClauseExplanation], header: str, intro: str) -> str:
    inc = [e for e in items if e.included]
    out = [f"# {_md(header)}", "", _md(intro), "",
           f"{len(inc)} of {len(items)} clauses and definitions are in this draft.", ""]
    for title, group in (("In the draft", inc),
                         ("Left out", [e for e in items if not e.included])):
        if not group:
            continue
        out += [f"## {title}", ""]
        for e in group:
            out += [f"### {_md(e.title)} (`{e.id}`, {e.kind})", "",
                    f"{_md(e.reason[0].upper() + e.reason[1:])}.", ""]
            if e.deciding:
                out.append("Decided by:")
                out.append("")
                out += [f"- `{v.key}` = {_md(v.value)} ({_md(v.origin)}"
                        f"{'; ' + _md(v.note) if v.note else ''})" for v in e.deciding]
                out.append("")
            if e.params and e.included:
                out.append("Values used:")
                out.append("")
                out += [f"- `{v.key}` = {_md(v.value)} ({_md(v.origin)}"
                        f"{'; ' + _md(v.note) if v.note else ''})" for v in e.params]
                out.append("")
            if e.sources:
                out.append("Enacted examples:")
                out.append("")
                out += [f"- {_md(s)}" for s in e.sources]
                out.append("")
    return "\n".join(out).rstrip() + "\n"


def _condition_true(asm, clause) -> bool:
    from .state_facts import StateNode
    from .templating import compile_condition

    state = asm.library.state(str(asm.answers.get("jurisdiction.state") or ""))
    try:
        return bool(compile_condition(clause.when)(
            **asm.answers.context({"state": StateNode("state", state)})))
    except Exception:
        return False
