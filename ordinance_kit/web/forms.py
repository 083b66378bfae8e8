"""One page's form: the fields to show for its questions, and reading what came back.

Every value typed into the page goes through the question's own `coerce`, and a refusal is
worded by answers.py exactly as `check` words it for an answers file, minus the file and line.
"""
from __future__ import annotations

import datetime as _dt
from dataclasses import dataclass, field
from typing import Any

from ..answers import Answers
from ..questions import Question
from ..values import Unanswered, show_value
from .flow import InterviewState, plain_value

FIELD_LIMIT = 2_000          # characters in one answer field; a question allows at most 500
SEARCHABLE = 12              # a pick list longer than this gets a <select> with a filter box


@dataclass
class Option:
    value: str
    label: str
    checked: bool


@dataclass
class Field:
    """What a template needs to draw one question."""
    key: str
    id: str                    # the HTML id: the key with '.' as '-'
    label: str
    help: str
    kind: str                  # text | number | date | yesno | radio | select | checkboxes
    value: str = ""
    options: list[Option] = field(default_factory=list)
    default_words: str = ""
    optional: bool = False
    computed: bool = False     # the default is worked out from other answers: blank keeps it
    error: str = ""


def field_id(key: str) -> str:
    return "q-" + key.replace(".", "-").replace("_", "-")


def _kind(q: Question) -> str:
    if q.type == "bool":
        return "yesno"
    if q.type == "choice":
        return "select" if len(q.choices) > SEARCHABLE else "radio"
    if q.type == "multi":
        return "checkboxes"
    if q.type == "date":
        return "date"
    if q.type in ("int", "money"):
        return "number"
    return "text"


def _text(q: Question, value: Any) -> str:
    if value is None or isinstance(value, Unanswered):
        return ""
    if isinstance(value, _dt.date):
        return value.isoformat()
    if isinstance(value, bool):
        return "true" if value else "false"
    return str(value)


def choice_label(q: Question, value: str, state_names: dict[str, str]) -> str:
    """A choice in words: a state's code with its name, so 'Ohio' finds OH."""
    if q.key == "jurisdiction.state" and value in state_names:
        return f"{state_names[value]} ({value})"
    label = next((c.label for c in q.choices if c.value == value), value)
    # the help text names choices by their value ("regulate" lets ...): show it beside the label
    return label if label.casefold() == value.casefold() else f"{label} ({value})"


def fields_for(questions: list[Question], answers: Answers, state_names: dict[str, str],
               typed: dict[str, Any] | None = None, errors: dict[str, str] | None = None
               ) -> list[Field]:
    """The fields of a page, filled with the current answers (or, after a refused
    submission, with what was typed, so nothing typed is lost)."""
    typed, errors = typed or {}, errors or {}
    out = []
    for q in questions:
        current = answers.values.get(q.key)
        has_default = q.has_default and answers.origins.get(q.key) == "default"
        f = Field(q.key, field_id(q.key), q.label, " ".join(q.help.split()), _kind(q),
                  optional=not q.required, error=errors.get(q.key, ""))
        if has_default and not isinstance(current, Unanswered) and current is not None:
            f.default_words = show_value(q, current)
        shown: Any = typed.get(q.key, current)
        if has_default and q.default is None and q.type not in ("choice", "bool", "multi"):
            # Shown as a blank with the default beside it: a blank keeps following the
            # answers it is worked out from (the name typed just above, say).
            f.computed = True
            if "[" in f.default_words:
                f.default_words = ""
            if q.key not in typed:
                shown = ""
        if q.type in ("choice", "bool"):
            chosen = _text(q, shown)
            values = ["true", "false"] if q.type == "bool" else q.choice_values
            f.value = chosen
            f.options = [Option(v, {"true": "Yes", "false": "No"}[v] if q.type == "bool"
                                else choice_label(q, v, state_names), v == chosen)
                         for v in values]
        elif q.type == "multi":
            chosen_list = shown if isinstance(shown, list) else []
            f.options = [Option(c.value, c.label, c.value in chosen_list) for c in q.choices]
        else:
            f.value = shown if isinstance(shown, str) and q.key in typed else _text(q, shown)
        out.append(f)
    return out


def read_page(questions: list[Question], form, answers: Answers, state: InterviewState
              ) -> tuple[dict[str, Any], dict[str, str]]:
    """Apply a submitted page to `state`. Returns (what was typed, per-field errors); the
    state changes only when there are no errors. A value equal to the current default is not
    stored, so a default worked out from other answers keeps following them."""
    typed: dict[str, Any] = {}
    errors: dict[str, str] = {}
    new: dict[str, Any] = {}
    drop: set[str] = set()
    for q in questions:
        if q.type == "multi":
            raw: Any = [v for v in form.getlist(q.key) if isinstance(v, str)]
            typed[q.key] = raw
        else:
            raw = form.get(q.key, "")
            typed[q.key] = raw
        if any(len(v) > FIELD_LIMIT for v in (raw if isinstance(raw, list) else [raw])):
            errors[q.key] = (f"is more than {FIELD_LIMIT:,} characters long; the limit is "
                             f"{q.max_length}")
            continue
        if not isinstance(raw, list) and not raw.strip():
            if q.has_default or not q.required:
                drop.add(q.key)               # back to the default, or left blank
                continue
            errors[q.key] = f"missing answer; expected {q.expected()}"
            continue
        try:
            value = q.coerce(raw, from_text=True)
        except ValueError as exc:
            errors[q.key] = q.explain(exc, raw)
            continue
        current = answers.values.get(q.key)
        if answers.origins.get(q.key) == "default" and value == current:
            drop.add(q.key)
        else:
            new[q.key] = plain_value(value)
    if errors:
        return typed, errors
    for q in questions:
        state.seen.add(q.key)
    for key in drop:
        state.answers.pop(key, None)
    state.answers.update(new)
    return typed, errors


def check_one(q: Question, text: str) -> str:
    """The message for one typed value ('' when accepted): the as-you-type check."""
    if len(text) > FIELD_LIMIT:
        return f"is more than {FIELD_LIMIT:,} characters long; the limit is {q.max_length}"
    if not text.strip():
        return "" if (q.has_default or not q.required) else \
            f"missing answer; expected {q.expected()}"
    try:
        q.coerce(text, from_text=True)
    except ValueError as exc:
        return q.explain(exc, text)
    return ""
