"""Answer values shared by the answers, the templates and the interview.

`Unanswered` (an optional answer not given) and `AnswerGroup` (attribute access to one answer
group in a template) live here rather than in answers.py so that templating.py can use them
without importing answers.py, which imports templating.py. `plain` turns what the YAML parser
returns into plain Python values; `show_value` prints an answer as a person reads it.
"""
from __future__ import annotations

import datetime as _dt
from typing import Any


class Unanswered:
    """An optional answer that was not given. Falsy, empty, and printed as a blank."""

    __slots__ = ("key", "label")

    def __init__(self, key: str, label: str):
        self.key = key
        self.label = label

    def __bool__(self):
        return False

    def __iter__(self):
        return iter(())

    def __len__(self):
        return 0

    def __contains__(self, item):
        return False

    def __eq__(self, other):
        return isinstance(other, Unanswered) and other.key == self.key

    def __hash__(self):
        return hash(self.key)

    def __str__(self):
        return f"[{self.label}]"

    __repr__ = __str__


class AnswerGroup:
    """Attribute access to one answer group (`options.notice_days`).

    A plain dict would expose dict methods (`options.items` would be a method), so the
    answers are wrapped in an object whose only attributes are the answer keys.
    """

    __slots__ = ("_name", "_values")

    def __init__(self, name: str, values: dict[str, Any]):
        object.__setattr__(self, "_name", name)
        object.__setattr__(self, "_values", values)

    def __getattr__(self, item):
        try:
            return self._values[item]
        except KeyError:
            raise AttributeError(item) from None

    def __getitem__(self, item):
        return self._values[item]

    def __contains__(self, item):
        return item in self._values

    def __repr__(self):
        return f"<answers {self._name}>"


def plain(value: Any) -> Any:
    """ruamel scalar, mapping and sequence subclasses -> plain Python values (str keys)."""
    if isinstance(value, bool):
        return bool(value)
    if isinstance(value, int):
        return int(value)
    if isinstance(value, float):
        return float(value)
    if isinstance(value, str):
        return str(value)
    if isinstance(value, list):
        return [plain(v) for v in value]
    if isinstance(value, dict):
        return {str(k): plain(v) for k, v in value.items()}
    return value


def show_value(q: Any, value: Any) -> str:
    """An answer as a person reads it. `q` is its questions.Question (for the type), or None."""
    if isinstance(value, Unanswered) or value is None:
        return "(left blank)"
    if isinstance(value, bool):
        return "yes" if value else "no"
    if isinstance(value, list):
        return ", ".join(str(v) for v in value) if value else "(none)"
    if isinstance(value, _dt.date):
        return value.isoformat()
    if q is not None and q.type == "money":
        return f"${value:,}" if isinstance(value, int) else f"${value:,.2f}"
    return str(value)
