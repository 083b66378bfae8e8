"""Answers: read, validate and layer them (command line over file over defaults).

An answers file is YAML nested by question key:

    jurisdiction:
      name: Riverbend
      kind: city
    options:
      facial_recognition_ban: true

Every problem is collected and reported together, each with file, line and key, what was
expected, and the nearest valid key for a typo.
"""
from __future__ import annotations

import datetime as _dt
import hashlib
import json
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from .errors import UserError
from .questions import Question, QuestionSet
from .suggest import nearest
from .templating import compile_condition
from .values import AnswerGroup, Unanswered, plain
from .yamlio import describe_position, key_line, parse_yaml, read_text

META_KEYS = {"_library", "_version", "_partial"}   # recorded by `init`; informational
# `_partial: true` marks answers saved part-way through an interview (Ctrl-C); `init --update`
# goes on from the first question they do not answer.
# A message lists at most this many problems, then "... and N more": a file of 20,000 unknown
# keys must not cost minutes of "did you mean" matching and megabytes of output.
MAX_PROBLEMS = 50


@dataclass(frozen=True)
class RawAnswer:
    value: Any
    where: str          # "answers.yaml, line 4, key 'options.notice_days'" or "--set ..."
    from_text: bool = False


@dataclass
class Answers:
    """The resolved answers: one typed value (or Unanswered) per question that applies."""
    values: dict[str, Any]
    origins: dict[str, str]              # key -> "file line 4" | "--set" | "default"
    applicable: dict[str, bool]
    source: str = "<defaults>"
    meta: dict[str, str] = field(default_factory=dict)
    warnings: list[tuple[str, str]] = field(default_factory=list)   # (where, message)

    def get(self, key: str) -> Any:
        return self.values.get(key)

    def context(self, extra: dict[str, Any] | None = None) -> dict[str, Any]:
        """Nested, attribute-style values for Jinja: {'options': Group(...), ...}."""
        groups: dict[str, dict[str, Any]] = {}
        for key, value in self.values.items():
            group, name = key.split(".", 1)
            groups.setdefault(group, {})[name] = value
        ctx: dict[str, Any] = {g: AnswerGroup(g, v) for g, v in groups.items()}
        ctx["today"] = _dt.date.today()
        if extra:
            ctx.update(extra)
        return ctx

    def digest(self) -> str:
        """A stable hash of the answers that decide the document."""
        plain = {k: _jsonable(v) for k, v in sorted(self.values.items())}
        blob = json.dumps(plain, sort_keys=True, ensure_ascii=False).encode()
        return "sha256:" + hashlib.sha256(blob).hexdigest()[:16]


def _jsonable(value: Any) -> Any:
    if isinstance(value, Unanswered):
        return None
    if isinstance(value, (_dt.date, _dt.datetime)):
        return value.isoformat()
    return value


# --- reading ---------------------------------------------------------------------------------

def read_answers_file(path: Path, qs: QuestionSet) -> tuple[dict[str, RawAnswer], dict, list[str]]:
    """Parse an answers file into raw values per dotted key, meta keys, and problems found."""
    return read_answers_text(read_text(path, "answers"), path, qs)


def read_answers_text(text: str, path: Path | str, qs: QuestionSet
                      ) -> tuple[dict[str, RawAnswer], dict, list[str]]:
    """The same for answers already in memory (an upload to the web interview); `path` is the
    name messages give the file."""
    data = parse_yaml(text, path, "answers file")
    problems: list[str] = []
    raw: dict[str, RawAnswer] = {}
    meta: dict[str, str] = {}
    if data is None:
        return raw, meta, problems
    if not isinstance(data, dict):
        raise UserError(f"{path}: an answers file is a set of groups like 'jurisdiction:' and "
                        "'options:', each holding 'key: value' lines; this file holds "
                        f"{_kind(data)} instead.")
    groups = qs.group_ids
    for group, body in data.items():
        group_s = str(group)
        where = describe_position(path, key_line(data, group), group_s)
        if group_s in META_KEYS:
            meta[group_s] = str(body)
            continue
        if group_s not in groups:
            if len(problems) >= MAX_PROBLEMS:     # counted, not shown: skip the matching
                problems.append(f"{where}: unknown group.")
                continue
            hint = nearest(group_s, groups | META_KEYS)
            owners = [q.group for q in qs.questions if q.name == group_s]
            if not hint and owners:
                hint = (f" ('{group_s}' is a question of the '{owners[0]}' group: indent it "
                        f"below a line '{owners[0]}:')")
            problems.append(f"{where}: unknown group{hint}. "
                            f"Valid groups: {', '.join(sorted(groups))}.")
            continue
        if body is None:
            continue
        if not isinstance(body, dict):
            problems.append(f"{where}: expected the answers of this group indented below it "
                            f"('name: value' lines), found {_kind(body)}.")
            continue
        names = {q.name for q in qs.group_questions(group_s)}
        for name, value in body.items():
            name_s = str(name)
            key = f"{group_s}.{name_s}"
            kwhere = describe_position(path, key_line(body, name), key)
            if name_s not in names:
                if len(problems) >= MAX_PROBLEMS:     # counted, not shown: skip the matching
                    problems.append(f"{kwhere}: unknown question.")
                    continue
                problems.append(f"{kwhere}: unknown question"
                                f"{nearest(name_s, names) or nearest(key, qs.by_key)}. "
                                f"Run 'ordinance-kit questions' to see every valid key.")
                continue
            raw[key] = RawAnswer(value, kwhere)
    return raw, meta, problems


def parse_set_options(items: list[str], qs: QuestionSet) -> tuple[dict[str, RawAnswer], list[str]]:
    """`--set key=value` strings -> raw answers (typed later, per question)."""
    raw: dict[str, RawAnswer] = {}
    problems: list[str] = []
    for item in items:
        if "=" not in item:
            problems.append(f"--set {item}: write it as key=value, for example "
                            "--set options.notice_days=30.")
            continue
        key, value = item.split("=", 1)
        key = key.strip()
        if key not in qs.by_key and len(problems) >= MAX_PROBLEMS:
            problems.append(f"--set {key}: unknown question.")
            continue
        if key not in qs.by_key:
            problems.append(f"--set {key}: unknown question{nearest(key, qs.by_key)}. "
                            "Run 'ordinance-kit questions' to see every valid key.")
            continue
        raw[key] = RawAnswer(value, f"--set {key}", from_text=True)
    return raw, problems


def _kind(value: Any) -> str:
    if isinstance(value, list):
        return "a list"
    if isinstance(value, dict):
        return "a group"
    if value is None:
        return "nothing"
    return f"the value '{value}'"


# --- resolving -------------------------------------------------------------------------------

def resolve(qs: QuestionSet, layers: list[dict[str, RawAnswer]], *, source: str = "<defaults>",
            meta: dict | None = None, problems: list[str] | None = None,
            require_all: bool = True, extra_context: dict | None = None) -> Answers:
    """Combine raw layers (later layers win), type every value, apply defaults and conditions.

    Raises one UserError listing every problem. With `require_all` False, missing required
    answers are left Unanswered (the interview uses this to know what to ask).
    """
    problems = list(problems or [])
    merged: dict[str, RawAnswer] = {}
    for layer in layers:
        merged.update(layer)

    values: dict[str, Any] = {}
    origins: dict[str, str] = {}
    applicable: dict[str, bool] = {}
    warnings: list[tuple[str, str]] = []
    missing: list[Question] = []
    answers = Answers(values, origins, applicable, source, dict(meta or {}), warnings)

    for q in qs.questions:     # question order: a condition may only read earlier answers
        applies = _applies(q, answers, extra_context, problems)
        applicable[q.key] = applies
        given = merged.get(q.key)
        if given is not None:
            try:
                values[q.key] = q.coerce(_unwrap(given.value), from_text=given.from_text)
                origins[q.key] = given.where
            except ValueError as exc:
                problems.append(f"{given.where}: {q.explain(exc, _unwrap(given.value))}.")
                values[q.key] = Unanswered(q.key, q.label)
                origins[q.key] = given.where
                continue
            if not applies:
                warnings.append((given.where, f"this answer is not used because the question "
                                              f"only applies when {q.when}."))
            continue
        if q.has_default:
            try:
                values[q.key] = _default(q, answers, extra_context)
                origins[q.key] = "default"
            except ValueError as exc:
                if not problems:    # else it follows from a bad answer already reported
                    problems.append(f"{q.source}: the computed default failed ({exc}); "
                                    f"give an answer for {q.key}.")
                values[q.key] = Unanswered(q.key, q.label)
                origins[q.key] = "default"
            continue
        values[q.key] = Unanswered(q.key, q.label)
        origins[q.key] = "unanswered"
        if applies and q.required:
            missing.append(q)

    if missing and require_all:
        for q in missing:
            problems.append(f"{source}: missing answer for '{q.key}' ({q.label}); give "
                            f"{q.expected()}.")
    if problems:
        raise UserError(_join_problems(problems, source))
    return answers


def _join_problems(problems: list[str], source: str) -> str:
    if len(problems) == 1:
        return problems[0]
    head = f"{len(problems):,} problems with the answers in {source}:"
    shown = "\n".join(f"  - {p}" for p in problems[:MAX_PROBLEMS])
    if len(problems) > MAX_PROBLEMS:
        shown += (f"\n  ... and {len(problems) - MAX_PROBLEMS:,} more. Fix the problems above "
                  "and run the check again to see the rest.")
    return head + "\n" + shown


def _unwrap(value: Any) -> Any:
    return plain(value)


def _applies(q: Question, answers: Answers, extra, problems) -> bool:
    if not q.when:
        return True
    try:
        fn = compile_condition(q.when)
        return bool(fn(**answers.context(extra)))
    except Exception as exc:  # a broken condition in the library, not in the answers
        problems.append(f"{q.source}: the condition 'when: {q.when}' cannot be evaluated "
                        f"({exc}).")
        return False


def _default(q: Question, answers: Answers, extra) -> Any:
    if q.default is not None:
        return q.default
    try:
        value = compile_condition(q.default_expr)(**answers.context(extra))
        if isinstance(value, Unanswered):
            return value
        return q.coerce(value)
    except Exception as exc:    # includes reading an answer that was invalid (Unanswered)
        raise ValueError(str(exc)) from None


def load_answers(path: Path | None, qs: QuestionSet, sets: list[str] | None = None, *,
                 require_all: bool = True, extra_context: dict | None = None) -> Answers:
    """The usual entry point: file (optional) plus --set overrides, validated."""
    layers: list[dict[str, RawAnswer]] = []
    problems: list[str] = []
    meta: dict = {}
    source = str(path) if path else "<command line>"
    if path is not None:
        raw, meta, problems = read_answers_file(path, qs)
        layers.append(raw)
    if sets:
        raw_set, set_problems = parse_set_options(sets, qs)
        problems += set_problems
        layers.append(raw_set)
    return resolve(qs, layers, source=source, meta=meta, problems=problems,
                   require_all=require_all, extra_context=extra_context)
