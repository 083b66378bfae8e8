"""Finding the ' #' that silently cuts a YAML value.

In YAML a space followed by '#' starts a comment, even in the middle of an unquoted value, so
`chose: Ordinance #12 of 2018` reads as 'Ordinance' and the rest is lost without a word. A
comment is accepted when written the way yamllint wants it (two spaces before the '#', one
after); any other ' #' after plain text is reported, because the reader cannot tell which was
meant. Quoted values and block scalars (`note: >`) are skipped: there '#' is just a character.
A line scanner, not a parser: the file has already parsed, this only looks at its text.
"""
from __future__ import annotations

import re


def cut_values(lines: list[str], first: int = 1) -> list[tuple[int, str, str]]:
    """(line, key or '', what the value keeps) for every ' #' that cuts a plain value.
    `first` is the number of lines[0] in its file."""
    if not any(re.search(r"\S[ \t]+#", line) for line in lines):
        return []                       # most files have no ' #' at all: skip the scan
    out = []
    block_col: int | None = None        # inside a block scalar (| or >) owned by this column
    quote = ""
    for n, line in enumerate(lines, first):
        stripped = line.strip()
        indent = len(line) - len(line.lstrip())
        if block_col is not None:
            if not stripped or indent > block_col:
                continue
            block_col = None
        if not quote and (not stripped or stripped.startswith("#")):
            continue
        key_col, key, cut = _scan(line, quote)
        quote = cut[1]
        if cut[0] is not None:
            i = cut[0]
            before = line[:i]
            spaces = len(before) - len(before.rstrip())
            kept = before.strip()
            if ":" in kept and key:
                kept = kept.split(":", 1)[1].strip()
            if spaces < 2 or line[i + 1:i + 2] not in ("", " "):
                out.append((n, key, kept))
        value = line[:cut[0]] if cut[0] is not None else line
        if re.search(r":\s*[|>][-+0-9]*\s*$", value) or re.match(r"\s*(-\s+)*[|>][-+0-9]*\s*$",
                                                                   value):
            block_col = key_col
    return out


def _scan(line: str, quote: str) -> tuple[int, str, tuple[int | None, str]]:
    """(column of the line's key, the key, (index of a '#' that follows plain text, open quote
    at the end of the line))."""
    m = re.match(r"(\s*(?:-\s+)*)([A-Za-z_][\w-]*)\s*:(\s|$)", line)
    key_col = len(m.group(1)) if m else len(line) - len(line.lstrip())
    key = m.group(2) if m else ""
    i = m.end() if m else key_col
    value_start = True                  # a quote opens a scalar only where a value starts
    plain = False                       # the last thing read was plain text
    while i < len(line):
        ch = line[i]
        if quote:
            if ch == "\\" and quote == '"':
                i += 2
                continue
            if ch == quote:
                if quote == "'" and line[i + 1:i + 2] == "'":
                    i += 2
                    continue
                quote = ""
                plain = False
            i += 1
            continue
        if ch in " \t":
            i += 1
            continue
        if ch == "#" and i > 0 and line[i - 1] in " \t":
            return key_col, key, (i if plain else None, "")
        if value_start and ch in "'\"":
            quote, plain = ch, False
        elif ch in "[{,":
            value_start, plain = True, False
            i += 1
            continue
        elif ch in "]}":
            plain = False
        elif ch == ":" and line[i + 1:i + 2] in (" ", ""):
            value_start, plain = True, False
            i += 1
            continue
        else:
            plain = True
        value_start = False
        i += 1
    return key_col, key, (None, quote)
