"""Library lint for the state fact files (clauses/states/XX.yaml).

The loader takes the list of facts a clause may read from one state file, because every state
file has the same shape; so a fact missing from another state's file passes the load and fails
only when a draft for that state is built. These rules tell the author at once. Each finding
is (level, line, message) for library_lint to wrap; line 0 means the file as a whole.
"""
from __future__ import annotations

import re
from typing import Any

HOME_RULE_VALUES = ("home-rule", "dillon", "mixed")


def leaf_paths(node: Any, prefix: str = "") -> dict[str, Any]:
    """'records_law.cite' -> value, for every leaf of a state file."""
    if not isinstance(node, dict):
        return {prefix: node}
    out: dict[str, Any] = {}
    for key, value in node.items():
        out.update(leaf_paths(value, f"{prefix}.{key}" if prefix else str(key)))
    return out


def path_line(lines: list[str], path: str) -> int:
    """1-based line of a dotted key in a block-style YAML file (0 when not found)."""
    start = 0
    for part in path.split("."):
        for n in range(start, len(lines)):
            if re.match(rf"\s*{re.escape(part)}\s*:", lines[n]):
                start = n + 1
                break
        else:
            return 0
    return start


def state_findings(data: dict, model_name: str, model: dict,
                   lines: list[str]) -> list[tuple[str, int, str]]:
    """Compare one state file with the model file (the first), then check its facts."""
    out: list[tuple[str, int, str]] = []
    mine, theirs = leaf_paths(data), leaf_paths(model)
    for path in sorted(set(theirs) - set(mine)):
        out.append(("error", 0, f"has no '{path}', which {model_name} has; every state file "
                    "has the same keys (a clause reading it would fail for this state). Add "
                    f"it, with an empty value and 'verified: false' if the fact is unknown."))
    for path in sorted(set(mine) - set(theirs)):
        out.append(("warning", path_line(lines, path), f"'{path}' is not in {model_name}; "
                    "clauses can read only the facts every state file has. Add it to every "
                    "state file, or remove it."))
    for path, value in sorted(mine.items()):
        fact, _, key = path.rpartition(".")
        if key == "verified" and not isinstance(value, bool):
            out.append(("error", path_line(lines, path), f"'{path}' is '{value}'; write true "
                        "or false."))
        if key == "verified" and value is True and not str(mine.get(f"{fact}.source") or "").strip():
            out.append(("warning", path_line(lines, path), f"'{fact}' is verified but has no "
                        "'source'; say where it was checked."))
        if key == "preempted" and value is True:
            for needed in ("law", "note"):
                if not str(mine.get(f"{fact}.{needed}") or "").strip():
                    out.append(("warning", path_line(lines, path), f"'{fact}' is preempted but "
                                f"has no '{needed}'; the draft's note prints it to explain why "
                                "the module is left out."))
    value = mine.get("home_rule.value")
    if value is not None and value not in HOME_RULE_VALUES:
        out.append(("warning", path_line(lines, "home_rule.value"), f"home_rule.value is "
                    f"'{value}'; use one of {', '.join(HOME_RULE_VALUES)}."))
    return out
