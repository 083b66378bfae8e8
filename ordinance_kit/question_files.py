"""Reading the question files (`clauses/questions/*.yaml`) into a QuestionSet: groups,
questions, choices, and the type of every field, each problem named by file, line and key."""
from __future__ import annotations

from pathlib import Path
from typing import Any

from .errors import UserError
from .questions import (DIRECTIONS, GROUP_KEYS, KEY_RE, QUESTION_KEYS, TYPES, Choice, Question,
                        QuestionGroup, QuestionSet)
from .values import plain as _plain
from .yamlio import describe_position, key_line, parse_yaml, read_text


def load_question_set(folder: Path, positions: bool = True) -> QuestionSet:
    """Load and merge `*.yaml` in `folder` (name order). Library errors are UserErrors."""
    files = sorted(folder.glob("*.yaml"))
    if not files:
        raise UserError(f"{folder}: no question files (*.yaml) found; the clause library is "
                        "incomplete.")
    groups: list[QuestionGroup] = []
    questions: list[Question] = []
    seen: dict[str, str] = {}
    intros: dict[str, str] = {}
    for path in files:
        data = parse_yaml(read_text(path, "question set"), path, "question file",
                          positions=positions)
        if not isinstance(data, dict):
            raise UserError(f"{path}: a question file must be a mapping with 'groups' and "
                            "'questions'.")
        unknown = set(data) - {"groups", "questions", "modules"}
        if unknown:
            key = sorted(unknown)[0]
            raise UserError(f"{describe_position(path, key_line(data, key), key)}: unknown "
                            "section; a question file has only 'groups', 'questions' and "
                            "'modules'.")
        for raw in data.get("groups") or []:
            groups.append(_load_group(raw, path))
        for raw in data.get("modules") or []:
            clause, intro = _load_module_intro(raw, path)
            if clause in intros:
                raise UserError(f"{path}: module '{clause}' has two introductions; keep one.")
            intros[clause] = intro
        for index, raw in enumerate(data.get("questions") or []):
            q = _load_question(raw, path)
            if q.key in seen:
                raise UserError(f"{q.source}: question '{q.key}' is already defined in "
                                f"{seen[q.key]}; define each key once.")
            seen[q.key] = q.source
            questions.append(q)
    return QuestionSet(groups, questions, intros)


def _load_module_intro(raw: Any, path: Path) -> tuple[str, str]:
    """One `modules:` entry: the clause id of an optional part and its plain introduction."""
    line = getattr(getattr(raw, "lc", None), "line", None)
    if not isinstance(raw, dict) or set(raw) != {"clause", "intro"} \
            or not all(isinstance(raw[k], str) and raw[k].strip() for k in ("clause", "intro")):
        raise UserError(f"{describe_position(path, line)}: each module entry has exactly "
                        "'clause' (the id of the part's clause) and 'intro' (two or three plain "
                        "sentences).")
    return raw["clause"].strip(), " ".join(raw["intro"].split())


def _load_group(raw: Any, path: Path) -> QuestionGroup:
    if not isinstance(raw, dict) or "id" not in raw:
        raise UserError(f"{path}: each group needs an 'id' and a 'title'.")
    unknown = set(raw) - GROUP_KEYS
    if unknown:
        k = sorted(unknown)[0]
        raise UserError(f"{describe_position(path, key_line(raw, k), k)}: unknown group key; "
                        f"expected one of {', '.join(sorted(GROUP_KEYS))}.")
    return QuestionGroup(str(raw["id"]), str(raw.get("title", raw["id"])), str(raw.get("intro", "")))


def _load_question(raw: Any, path: Path) -> Question:
    from .suggest import nearest

    line = getattr(getattr(raw, "lc", None), "line", None)
    where = describe_position(path, line)
    if not isinstance(raw, dict):
        raise UserError(f"{where}: each question must be a mapping with key, type and label.")
    unknown = set(raw) - QUESTION_KEYS
    if unknown:
        k = sorted(unknown)[0]
        raise UserError(f"{describe_position(path, key_line(raw, k), k)}: unknown question "
                        f"field{nearest(k, QUESTION_KEYS)}.")
    for needed in ("key", "type", "label"):
        if needed not in raw:
            raise UserError(f"{where}: the question has no '{needed}'.")
    key = str(raw["key"])
    where = describe_position(path, line, key)
    if not KEY_RE.match(key):
        raise UserError(f"{where}: a question key is two lower-case words joined by a dot, "
                        "like options.notice_days.")
    _check_field_types(raw, path)
    qtype = str(raw["type"])
    if qtype not in TYPES:
        raise UserError(f"{where}: type '{qtype}' is not one of {', '.join(TYPES)}.")
    choices = tuple(_load_choice(c) for c in (raw.get("choices") or []))
    if qtype in ("choice", "multi") and not choices:
        raise UserError(f"{where}: a {qtype} question needs 'choices'.")
    stronger = raw.get("stronger")
    if stronger is not None and (qtype not in ("int", "money") or str(stronger) not in DIRECTIONS):
        raise UserError(f"{describe_position(path, key_line(raw, 'stronger'), key)}: 'stronger' "
                        "is for int and money questions only, and is 'more' (a larger number "
                        "protects more, like days of notice) or 'less' (like days of retention).")
    if raw.get("unit") is not None and qtype != "int":
        raise UserError(f"{describe_position(path, key_line(raw, 'unit'), key)}: 'unit' says what "
                        "a whole number counts (days, months), so only int questions have one.")
    has_default = raw.get("default") is not None or raw.get("default_expr") is not None
    q = Question(
        key=key, type=qtype, label=str(raw["label"]), help=str(raw.get("help", "")).strip(),
        choices=choices, default=None, default_expr=raw.get("default_expr"),
        when=raw.get("when"), required=bool(raw.get("required", not has_default)),
        min=raw.get("min"), max=raw.get("max"), module=raw.get("module"),
        example=raw.get("example"), max_length=int(raw.get("max_length", 500)),
        stronger=None if stronger is None else str(stronger), source=where,
        unit=None if raw.get("unit") is None else str(raw["unit"]),
    )
    if raw.get("default") is not None:
        try:
            default = q.coerce(_plain(raw["default"]))
        except ValueError as exc:
            raise UserError(f"{where}: the default is not valid: "
                            f"{q.explain(exc, raw['default'])}.") from None
        q = Question(**{**q.__dict__, "default": default})
    return q


# What each question field holds; a wrong type (min: abc, max_length: lots, required: maybe)
# is refused with the file, line and key instead of crashing later in a comparison.
_NUMBER = (int, float)
_LINE = (str, int, float)
FIELD_TYPES: dict[str, tuple[tuple[type, ...], str]] = {
    "key": ((str,), "a key like options.notice_days"),
    "type": ((str,), "one of " + ", ".join(TYPES)),
    "label": (_LINE, "one line of text"),
    "help": (_LINE, "text"),
    "min": (_NUMBER, "a number"),
    "max": (_NUMBER, "a number"),
    "max_length": ((int,), "a whole number of characters, like 200"),
    "required": ((bool,), "true or false"),
    "choices": ((list,), "a list, like [a, b]"),
    "when": ((str, bool), "a condition, like options.funding"),
    "default_expr": ((str,), "an expression, like jurisdiction.name"),
    "module": ((str,), "a clause id"),
    "example": (_LINE, "one line of text"),
    "unit": ((str,), "what the number counts, like days"),
}


def _check_field_types(raw: dict, path: Path) -> None:
    import math

    for k, (kinds, expected) in FIELD_TYPES.items():
        value = raw.get(k)
        if value is None:
            continue
        bad = not isinstance(value, kinds) or (isinstance(value, bool) and bool not in kinds)
        if not bad and k in ("min", "max") and not math.isfinite(value):
            bad = True
        if not bad and k == "max_length" and value < 1:
            bad = True
        if bad:
            shown = ("a list" if isinstance(value, list) else "a mapping"
                     if isinstance(value, dict) else f"'{value}'")
            raise UserError(f"{describe_position(path, key_line(raw, k))}, question "
                            f"'{raw.get('key')}': '{k}' is {expected}, not {shown}.")


def _load_choice(raw: Any) -> Choice:
    if isinstance(raw, dict):
        return Choice(str(raw.get("value")), str(raw.get("label", raw.get("value"))))
    return Choice(str(raw), str(raw))
