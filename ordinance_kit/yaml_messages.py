"""A YAML syntax problem in the words of the person who made it.

The parser reports what it expected ("mapping values are not allowed here", "expected <block
end>, but found '<scalar>'"); an advocate editing an answers file needs to hear what is wrong
with the line and how to fix it. Each rule below recognises one parser problem and looks at
the text to tell apart the mistakes that produce it (a colon inside a value, a line indented
too far, a line with no colon at all). What no rule recognises keeps the parser's words.
"""
from __future__ import annotations

import re


def explain_yaml_problem(problem: str, text: str, line: int | None,
                         start_line: int | None = None) -> tuple[int | None, str]:
    """(the 0-based line to point at, a plain sentence or two saying what to fix).

    `line` is where the parser stopped; `start_line` where the construct it was reading began
    (an opening quote or bracket), when it knows."""
    lines = text.split("\n")
    here = lines[line] if line is not None and 0 <= line < len(lines) else ""
    char = re.match(r"found character '(.+)' that cannot start any token", problem)
    if char and char.group(1) in ("\\t", "\t"):
        return line, ("this line is indented with a tab, and YAML needs spaces; replace the tab "
                      "with spaces (two for each level)")
    if char:
        return line, (f"a value cannot start with '{char.group(1)}'; put the whole value in "
                      f"quotes, like name: \"{char.group(1)}...\"")
    if problem.startswith("found undefined alias"):
        return line, ("a value cannot start with '*'; put the whole value in quotes, like "
                      "name: \"*...\"")
    if problem == "mapping values are not allowed here":
        return _stray_colon(lines, line, here)
    bracket = re.match(r"expected ',' or '([\]}])'", problem)
    if bracket:
        opener = "[" if bracket.group(1) == "]" else "{"
        kind = "a list" if opener == "[" else "a group"
        return (start_line if start_line is not None else line), (
            f"{kind} opened with '{opener}' on this line is not closed with "
            f"'{bracket.group(1)}'; close it on the same line, or put a value that contains "
            f"'{opener}' in quotes")
    if problem == "found unexpected end of stream" and start_line is not None:
        return start_line, ("a quotation mark on this line is opened but never closed; close it "
                            "at the end of the value")
    if problem.startswith("expected <block end>, but found '<block mapping start>'"):
        return line, ("this line is not lined up with the line above it; give every answer in "
                      "a group the same number of spaces at the start of the line")
    if problem.startswith("expected <block end>, but found '<scalar>'"):
        return line, ("there is text after a closing quotation mark; put the whole value in "
                      "double quotes, or write a single quote inside single quotes twice, like "
                      "'O''Brien'")
    if problem.startswith("found duplicate key"):
        return line, "this key appears twice in the same group; keep one of them"
    return line, (f"this line cannot be read ({problem}); check its indentation, colons and "
                  "quotes")


def _stray_colon(lines: list[str], line: int | None, here: str) -> tuple[int | None, str]:
    """'mapping values are not allowed here' has three usual causes; the text tells which."""
    above = _previous_content_line(lines, line)
    if above is not None:
        prev = lines[above]
        if ":" not in _without_comment(prev) and not prev.lstrip().startswith("-"):
            return above, (f"this line has no colon; write it as 'key: value' "
                           f"(it reads '{prev.strip()[:40]}')")
        if _indent(here) > _indent(prev) and not _without_comment(prev).rstrip().endswith(":"):
            return line, ("this line is indented more than the line above; line up each "
                          "'key: value' with the one above it")
    return line, ("the value has a colon followed by a space; put the whole value in quotes, "
                  "like name: \"Surveillance: Oversight\"")


def _previous_content_line(lines: list[str], line: int | None) -> int | None:
    if line is None:
        return None
    for i in range(min(line, len(lines)) - 1, -1, -1):
        stripped = lines[i].strip()
        if stripped and not stripped.startswith("#"):
            return i
    return None


def _without_comment(text: str) -> str:
    return re.sub(r"\s#.*$", "", text)


def _indent(text: str) -> int:
    return len(text) - len(text.lstrip(" "))
