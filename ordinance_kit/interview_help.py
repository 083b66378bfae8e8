"""What the interview shows around a question: its help for the reader's own state, and the
sources behind it when the reader types "?".

Help text in the question set sometimes quotes what another state's law says ("a California
general-law city, Gov. Code § 36932"). An advocate in Ohio should not be told that, so such a
parenthesis or sentence is shown only to a reader in the state it names. A state named only as
the place of an enacted example ("Yellow Springs, Ohio allows 96 hours") stays for everyone.
"""
from __future__ import annotations

import re

_SENTENCE = re.compile(r"(?<=[.!?])\s+(?=[A-Z\"'(])")
_PAREN = re.compile(r"\s*\([^()]*\)")


def _named_states(text: str, names: dict[str, str]) -> set[str]:
    """States named in `text` as a jurisdiction: not "New York City", not "ACLU of
    Massachusetts", not the state after a city's name ("Santa Cruz, California")."""
    found = set()
    for code, name in names.items():
        for m in re.finditer(rf"\b{re.escape(name)}\b", text):
            before, after = text[:m.start()], text[m.end():]
            if after.startswith(" City") or before.endswith((", ", "of ")):
                continue
            if code == "WA" and after.startswith(","):         # "Washington, D.C."
                continue
            found.add(code)
    # "Virginia" inside "West Virginia" is not Virginia.
    if "WV" in found and "VA" in found and not re.search(r"(?<!West )\bVirginia\b", text):
        found.discard("VA")
    return found


def _other_state(text: str, state: str | None, names: dict[str, str]) -> bool:
    named = _named_states(text, names)
    return bool(named) and (state not in named)


def help_for_state(text: str, state: str | None, names: dict[str, str]) -> str:
    """`text` without the parentheses and sentences about another state's law."""
    text = " ".join(str(text).split())
    if not text or not names or not state:     # before the state is known, all of it
        return text
    text = _PAREN.sub(lambda m: "" if _other_state(m.group(0), state, names) else m.group(0),
                      text)
    kept = [s for s in _SENTENCE.split(text) if not _other_state(s, state, names)]
    return re.sub(r"\s+([,.;])", r"\1", " ".join(kept)).strip()


def sources_for(library, q, answers) -> list[str]:
    """The citations behind a question, for "?": the enacted ordinances its part of the draft
    draws on, and for questions about the place the state's own laws on the form of the
    measure (each marked when it has not been checked against the statute)."""
    lines: list[str] = []
    clause = library.by_id.get(q.module) if q.module else None
    if clause is not None:
        lines += [s.describe() for s in clause.sources]
    state = answers.values.get("jurisdiction.state") if answers is not None else None
    if q.group in ("jurisdiction", "ordinance") and isinstance(state, str) \
            and state in library.states:
        from .state_facts import read_state

        government = (read_state(library.states[state]).get("government") or {})
        for kind in ("formulas", "adoption"):
            for item in government.get(kind) or []:
                cite = str(item.get("cite") or "").strip()
                if not cite:
                    continue
                what = str(item.get("step") or "enacting words").replace("_", " ")
                mark = "" if item.get("verified") else " (not yet checked against the statute)"
                line = f"{cite}: {what}{mark}"
                if line not in lines:
                    lines.append(line)
    return lines
