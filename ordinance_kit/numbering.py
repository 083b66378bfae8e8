"""Subdivision labels: (a), (1), (A), (i) -- the one place they are computed.

Pure functions with no engine imports, so both assembly (which prints the labels and the
cross-reference texts) and the DOCX writer (which checks that Word's own list numbering agrees
with them) use the same rules.
"""
from __future__ import annotations


def letters(n: int, upper: bool = False) -> str:
    """Word's letter numbering: a..z, then aa..zz (the letter repeated, not Excel's aa, ab)."""
    letter = chr(ord("a") + (n - 1) % 26) * ((n - 1) // 26 + 1)
    return letter.upper() if upper else letter


def roman(n: int) -> str:
    vals = [(1000, "m"), (900, "cm"), (500, "d"), (400, "cd"), (100, "c"), (90, "xc"),
            (50, "l"), (40, "xl"), (10, "x"), (9, "ix"), (5, "v"), (4, "iv"), (1, "i")]
    out = ""
    for v, s in vals:
        while n >= v:
            out += s
            n -= v
    return out


def subdivision_label(level: int, n: int) -> str:
    if level == 1:
        return f"({letters(n, False)})"
    if level == 2:
        return f"({n})"
    if level == 3:
        return f"({letters(n, True)})"
    return f"({roman(n)})"
