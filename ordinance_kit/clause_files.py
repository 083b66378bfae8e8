"""Reading one clause or definition file: front matter, body, sources and notes, and compiling
its templates so a syntax error names the file and line. Also the tags file.
"""
from __future__ import annotations

import math
import re
from pathlib import Path
from typing import Any

from .clause import PARTS, Clause, ConditionalNote, Source, _rel
from .errors import UserError
from .suggest import nearest
from .templating import compile_condition, environment, note_template
from .yamlio import describe_position, key_line, parse_yaml, read_text

ID_RE = re.compile(r"^[a-z][a-z0-9]*(-[a-z0-9]+)*$")
CLAUSE_KEYS = {"id", "title", "part", "order", "when", "requires", "excludes", "params", "tags",
               "sources", "note", "conditional_notes", "omitted_note", "kind", "heading",
               "summary"}
DEFINITION_KEYS = {"id", "term", "when", "note", "sources", "tags", "params", "requires"}
SOURCE_KEYS = {"cite", "jurisdiction", "year", "chose", "verified", "url"}


def load_tags(path: Path) -> dict[str, str]:
    data = parse_yaml(read_text(path, "tags"), path, "tags file")
    if not isinstance(data, dict) or not isinstance(data.get("tags"), dict):
        raise UserError(f"{path}: expected 'tags:' followed by 'tag-name: description' lines.")
    return {str(k): str(v) for k, v in data["tags"].items()}


# What each front-matter key holds. Anything else (order: abc, order: [1], title: [a, b]) is
# refused with the file, line and key, before it can crash the loader or print "['a', 'b']".
_TEXT = (str, int, float)
FRONT_TYPES: dict[str, tuple[tuple[type, ...], str]] = {
    "id": ((str,), "'id' is a word like approval-required"),
    "title": (_TEXT, "'title' is one line of text"),
    "term": (_TEXT, "'term' is one line of text"),
    "part": ((str,), "'part' is one of " + ", ".join(PARTS)),
    # a finite fraction is let through: `clauses check` reports it with its own rule
    "order": ((int, float), "'order' is a whole number, like 40"),
    "when": ((str, bool), "'when' is a condition, like options.funding"),
    "kind": ((str,), "'kind' is a word, like clause"),
    "heading": (_TEXT, "'heading' is one line of text"),
    "note": (_TEXT, "'note' is text"),
    "summary": (_TEXT, "'summary' is one plain sentence"),
    "requires": ((str, list), "'requires' is a list of clause ids, like [a, b]"),
    "excludes": ((str, list), "'excludes' is a list of clause ids, like [a, b]"),
    "params": ((str, list), "'params' is a list of answer keys, like [a.b]"),
    "tags": ((str, list), "'tags' is a list of tags, like [a, b]"),
    "sources": ((list,), "'sources' is a list of {cite: ..., jurisdiction: ..., year: ...}"),
    "conditional_notes": ((list,), "'conditional_notes' is a list of {when: ..., text: ...}"),
    "omitted_note": ((dict,), "'omitted_note' is {when: ..., text: ...}"),
}


def _describe(value: Any) -> str:
    if isinstance(value, bool):
        return f"{str(value).lower()} (yes/no)"
    if isinstance(value, list):
        return "a list"
    if isinstance(value, dict):
        return "a mapping"
    return f"'{value}'"


FRONT_RE = re.compile(r"\A---[ \t]*\r?\n(.*?)^---[ \t]*\r?\n?", re.S | re.M)


def load_clause(path: Path, positions: bool = True) -> Clause:
    text = read_text(path, "clause")
    where = _rel(path)
    m = FRONT_RE.match(text)
    if not m:
        raise UserError(f"{where}, line 1: a clause file starts with a '---' line, then its "
                        "front matter (id, title, ...), then another '---' line, then the body.")
    front = parse_yaml(m.group(1), where, "clause front matter", line_offset=1,
                       positions=positions)
    if not isinstance(front, dict):
        raise UserError(f"{where}: the front matter must be 'key: value' lines.")
    body_line = text[: m.end()].count("\n")
    body = text[m.end():]
    is_def = "term" in front
    allowed = DEFINITION_KEYS if is_def else CLAUSE_KEYS
    for key in front:
        if key not in allowed:
            line = key_line(front, key)          # front matter starts on the file's line 2
            raise UserError(f"{describe_position(where, None if line is None else line + 1, str(key))}: "
                            f"unknown front-matter key{nearest(str(key), allowed)}.")

    def at(key: str) -> str:
        line = key_line(front, key)              # front matter starts on the file's line 2
        return describe_position(where, None if line is None else line + 1, key)

    for key, (kinds, expected) in FRONT_TYPES.items():
        value = front.get(key)
        if value is not None and (not isinstance(value, kinds) or isinstance(value, bool)
                                  and bool not in kinds
                                  or isinstance(value, float) and not math.isfinite(value)):
            raise UserError(f"{at(key)}: {expected}, not {_describe(value)}.")

    def need(key: str) -> Any:
        if front.get(key) in (None, ""):
            raise UserError(f"{where}: the front matter has no '{key}'.")
        return front[key]

    cid = str(need("id"))
    if not ID_RE.match(cid):
        raise UserError(f"{where}: id '{cid}' must be lower-case words joined by hyphens, "
                        "like approval-required.")
    if cid != path.stem:
        raise UserError(f"{where}: the id '{cid}' must match the file name ('{path.stem}').")
    sources = tuple(_load_source(s, at("sources")) for s in (front.get("sources") or []))
    cnotes = tuple(_load_cnote(n, at("conditional_notes"))
                   for n in (front.get("conditional_notes") or []))
    omitted = (_load_cnote(front["omitted_note"], at("omitted_note"))
               if front.get("omitted_note") else None)
    clause = Clause(
        id=cid,
        title=str(front.get("term") if is_def else need("title")),
        path=path, body=body, body_line=body_line,
        part="sections" if is_def else str(need("part")),
        order=int(front.get("order", 0) or 0),
        when=_opt_str(front.get("when")),
        requires=_str_tuple(front.get("requires"), where, "requires"),
        excludes=_str_tuple(front.get("excludes"), where, "excludes"),
        params=_str_tuple(front.get("params"), where, "params"),
        tags=_str_tuple(front.get("tags"), where, "tags"),
        sources=sources,
        note=_paragraphs(front.get("note")),
        summary=" ".join(str(front.get("summary") or "").split()),
        conditional_notes=cnotes,
        omitted_note=omitted,
        kind="definition" if is_def else str(front.get("kind", "clause")),
        term=str(need("term")) if is_def else None,
        heading=_opt_str(front.get("heading")),
    )
    if clause.part not in PARTS:
        raise UserError(f"{where}: part '{clause.part}' is not one of {', '.join(PARTS)}"
                        f"{nearest(clause.part, PARTS)}.")
    _compile(clause)
    return clause


def _paragraphs(value: Any) -> str:
    """A note as paragraphs separated by one blank line, each on a single line."""
    paras = str(value or "").split("\n\n")
    return "\n\n".join(" ".join(p.split()) for p in paras if p.strip())


def _opt_str(value: Any) -> str | None:
    if value is None or value is True:
        return None
    return str(value)


def _str_tuple(value: Any, where: str, key: str) -> tuple[str, ...]:
    if value is None:
        return ()
    if isinstance(value, str):
        return (value,)
    if not isinstance(value, list):
        raise UserError(f"{where}: '{key}' must be a list, like [a, b].")
    return tuple(str(v) for v in value)


def _load_source(raw: Any, where: str) -> Source:
    if isinstance(raw, dict) and any(isinstance(v, (list, dict)) for v in raw.values()):
        k = next(k for k, v in raw.items() if isinstance(v, (list, dict)))
        raise UserError(f"{where}: source field '{k}' is one line of text, not "
                        f"{_describe(raw[k])}.")
    if not isinstance(raw, dict) or not raw.get("cite"):
        raise UserError(f"{where}: each source needs at least 'cite' (and usually "
                        "'jurisdiction', 'year', 'chose').")
    unknown = set(raw) - SOURCE_KEYS
    if unknown:
        k = sorted(unknown)[0]
        raise UserError(f"{where}: unknown source field '{k}'{nearest(k, SOURCE_KEYS)}.")
    return Source(str(raw["cite"]), str(raw.get("jurisdiction", "") or ""),
                  str(raw.get("year", "") or ""), " ".join(str(raw.get("chose", "") or "").split()))


def _load_cnote(raw: Any, where: str) -> ConditionalNote:
    if not isinstance(raw, dict) or "when" not in raw or "text" not in raw:
        raise UserError(f"{where}: each conditional note needs 'when' and 'text'.")
    for k in ("when", "text"):
        if isinstance(raw[k], (list, dict)):
            raise UserError(f"{where}: a conditional note's '{k}' is text, not "
                            f"{_describe(raw[k])}.")
    return ConditionalNote(str(raw["when"]), " ".join(str(raw["text"]).split()))


def _compile(clause: Clause) -> None:
    """Compile the body and condition now, so syntax errors name the file and line."""
    from jinja2 import TemplateSyntaxError

    env = environment()
    try:
        clause.body_ast = env.parse(clause.body)       # parsed once: compiled and analysed
        clause.code = env.compile(clause.body_ast)
        clause.template = env.template_class.from_code(env, clause.code, env.make_globals(None))
    except TemplateSyntaxError as exc:
        line = clause.body_line + (exc.lineno or 1)
        raise UserError(f"{clause.rel}, line {line}: template error in the clause body: "
                        f"{exc.message.rstrip('.')}.") from None
    for label, text, is_expression in clause.templated_parts():
        try:
            if is_expression:
                compile_condition(text)
            elif "{" in text:
                note_template(text)          # cached: the build reuses this compilation
        except TemplateSyntaxError as exc:
            what = f"{label} '{text}' is not a valid expression" if is_expression else \
                f"{label} has a template error"
            raise UserError(f"{clause.rel}: the {what} ({exc.message.rstrip('.')}).") from None
