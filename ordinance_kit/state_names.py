"""Which state a person means: "OH", "oh", "Ohio", "Ohio.", "N.Y.", "new york", "Calif".

The interview's state question accepts a two-letter code, a full name (from the `name:` line of
each clause/states/XX.yaml) or a traditional abbreviation, and never guesses: text that fits no
state, or fits several, is refused with the candidates so the person can say which.
"""
from __future__ import annotations

import re
from pathlib import Path

# Traditional (pre-postal) abbreviations still common in legal citations and newspapers. The
# postal codes and full names need no table; these are what a person might type besides them.
TRADITIONAL = {
    "ala": "AL", "ariz": "AZ", "ark": "AR", "calif": "CA", "cal": "CA", "colo": "CO",
    "conn": "CT", "del": "DE", "dc": "DC", "fla": "FL", "ga": "GA", "ill": "IL", "ind": "IN",
    "kan": "KS", "kans": "KS", "ky": "KY", "la": "LA", "md": "MD", "mass": "MA", "mich": "MI",
    "minn": "MN", "miss": "MS", "mo": "MO", "mont": "MT", "neb": "NE", "nebr": "NE",
    "nev": "NV", "nh": "NH", "nj": "NJ", "nm": "NM", "ny": "NY", "nc": "NC", "nd": "ND",
    "okla": "OK", "ore": "OR", "oreg": "OR", "pa": "PA", "penn": "PA", "penna": "PA",
    "ri": "RI", "sc": "SC", "sd": "SD", "tenn": "TN", "tex": "TX", "vt": "VT", "va": "VA",
    "wash": "WA", "wva": "WV", "wis": "WI", "wisc": "WI", "wyo": "WY",
    "washington dc": "DC", "washington d c": "DC",
}

_NAME_LINE = re.compile(r"^name:\s*['\"]?([^'\"\n]+?)['\"]?\s*$", re.M)


def state_names(states: dict[str, Path]) -> dict[str, str]:
    """Code -> full name, read from each state file's top-level `name:` line."""
    names = {}
    for code, path in states.items():
        m = _NAME_LINE.search(path.read_text(encoding="utf-8"))
        names[code] = m.group(1) if m else code
    return names


def _norm(text: str) -> str:
    """Lower case, dots and commas gone, one space between words ("N. Y." -> "n y")."""
    return " ".join(re.sub(r"[.,]", " ", text.lower()).split())


def match_state(text: str, names: dict[str, str]) -> list[str]:
    """The codes `text` may mean, best first: one exact match (code, name, abbreviation), else
    the states whose name starts with it (so "new" gives NH, NJ, NM, NY), else none."""
    typed = _norm(text)
    if not typed:
        return []
    squeezed = typed.replace(" ", "")
    for code, name in names.items():
        if squeezed == code.lower() or typed == _norm(name):
            return [code]
    if typed in TRADITIONAL and TRADITIONAL[typed] in names:
        return [TRADITIONAL[typed]]
    if squeezed in TRADITIONAL and TRADITIONAL[squeezed] in names:
        return [TRADITIONAL[squeezed]]
    return [code for code, name in names.items() if _norm(name).startswith(typed)]


def resolve_state(text: str, names: dict[str, str]) -> str:
    """The one code `text` means, or ValueError saying why not in plain words."""
    found = match_state(text, names)
    if len(found) == 1:
        return found[0]
    if not found:
        raise ValueError(f"no match for '{text.strip()}'. Type the state's name (Ohio) or its "
                         "two-letter code (OH)")
    listed = ", ".join(f"{c} ({names[c]})" for c in found[:8])
    raise ValueError(f"'{text.strip()}' fits more than one state: {listed}. Type more of the "
                     "name, or the two-letter code")
