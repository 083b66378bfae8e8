"""'Did you mean ...?' for typos in keys and ids."""
from __future__ import annotations

import difflib
from typing import Iterable


def nearest(word: str, candidates: Iterable[str]) -> str:
    """' (did you mean 'x'?)' or '' when nothing is close."""
    found = difflib.get_close_matches(str(word), sorted(set(candidates)), n=1, cutoff=0.6)
    return f" (did you mean '{found[0]}'?)" if found else ""
