"""State facts (public records and open meetings laws, preemption): reading a state's file, and
noting which unverified facts a draft prints so its drafter's note can say "verify this".
"""
from __future__ import annotations

import contextvars
from pathlib import Path
from typing import Any

from .errors import UserError
from .values import plain
from .yamlio import parse_yaml, read_text


def read_state(path: Path) -> dict:
    data = parse_yaml(read_text(path, "state facts"), path, "state file", positions=False)
    if not isinstance(data, dict) or str(data.get("code")) != path.stem:
        raise UserError(f"{path}: a state file is a mapping that starts with 'code: "
                        f"{path.stem}' (the code must match the file name).")
    return plain(data)


def state_paths(state: dict) -> set[str]:
    """Every dotted path in a state file ('state.records_law.name', ...)."""
    paths: set[str] = {"state"}

    def walk(prefix: str, node: Any):
        if isinstance(node, dict):
            for k, v in node.items():
                p = f"{prefix}.{k}"
                paths.add(p)
                walk(p, v)

    walk("state", state)
    return paths


# --- which unverified facts a draft prints ----------------------------------------------------

# While a body or note renders, unverified state facts it prints are collected here.
FACTS_USED: contextvars.ContextVar[list | None] = contextvars.ContextVar("facts_used",
                                                                           default=None)


class StateNode:
    """Attribute access to the state facts. Reading a leaf of an unverified fact while a body
    renders records it, so the clause's note can say "verify this citation"."""

    __slots__ = ("_path", "_data")

    def __init__(self, path: str, data: dict):
        object.__setattr__(self, "_path", path)
        object.__setattr__(self, "_data", data)

    def __getattr__(self, item):
        try:
            value = self._data[item]
        except KeyError:
            raise AttributeError(item) from None
        if isinstance(value, dict):
            return StateNode(f"{self._path}.{item}", value)
        if "verified" in self._data and item not in ("verified", "source", "preempted"):
            used = FACTS_USED.get()
            if used is not None and not self._data.get("verified"):
                used.append((self._path, self._data))
        return value

    def __bool__(self):
        return bool(self._data)

    def __repr__(self):
        return f"<state facts {self._path}>"


def verify_notes(facts_used: list) -> list[str]:
    """One "verify this citation" sentence per unverified state fact a clause printed."""
    out = []
    seen = set()
    for path, fact in facts_used:
        if path in seen:
            continue
        seen.add(path)
        # a fact without a name is named in words, never by its key ("state.retention_minimum")
        name = fact.get("name") or fact.get("law") or \
            "the state's " + path.rsplit(".", 1)[-1].replace("_", " ")
        if not (fact.get("name") or fact.get("law")) and fact.get("value"):   # home_rule
            name = f"the {path.rsplit('.', 1)[-1].replace('_', '-')} status '{fact['value']}'"
        cite = f" ({fact['cite']})" if fact.get("cite") else " (no citation found yet)"
        # For city staff: what to do, in the law's terms. Where the fact came from (a research
        # note) is shown by `explain`, not printed in the draft.
        out.append(f"Verify this citation: {name}{cite} has not been checked against the "
                   "official text; confirm it before the draft is introduced.")
    return out
