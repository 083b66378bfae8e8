"""The drafting conventions in clauses/STYLE.md, checked on every clause body."""
from __future__ import annotations

import re

import pytest

from ordinance_kit.library import load_library

LIB = load_library()
CLAUSES = LIB.clauses + LIB.definitions

BANNED = {
    r"\bshall not\b": "use 'may not' for a prohibition",
    r"\bsaid\s+(?!that)\w+": "'said' as a pointer; use 'the' or 'that'",
    r"\baforementioned\b": "banned word",
    r"\bherein(after)?\b": "banned word",
    r"\bthereof\b": "banned word",
    r"\bwhereby\b": "banned word",
    r"\band/or\b": "say 'or', or 'and', or 'either or both'",
    r"\b(he or she|his or her|him or her|he/she|s/he)\b": "gender-neutral: repeat the noun",
    r"\b(he|she|his|her|him)\b": "gender-neutral: repeat the noun",
    r"\bprior to\b": "say 'before'",
    r"\bsubsequent to\b": "say 'after'",
    r"\bpursuant to\b": "say 'under'",
    r"\butiliz(e|es|ed|ing)\b": "say 'use'",
    r"\b[a-z]+ \(\d+\) (days|months|years|hours)\b": "numerals only, no words-and-figures",
    r"\bshall be required to\b": "say 'shall'",
}

# Bodies with Jinja and markup removed, so only the words a reader sees are checked.
def words(clause) -> str:
    text = re.sub(r"\{%.*?%\}|\{\{.*?\}\}|\{#.*?#\}", " ", clause.body, flags=re.S)
    text = re.sub(r"\[\[([^\]|]+)(\|([^\]]+))?\]\]", lambda m: m.group(3) or m.group(1), text)
    return re.sub(r"@\[[^\]]*\]", "Section 1", text)


@pytest.mark.parametrize("clause", CLAUSES, ids=lambda c: c.id)
def test_no_banned_words(clause):
    text = words(clause)
    problems = [f"{m.group(0)!r}: {why}" for pattern, why in BANNED.items()
                for m in re.finditer(pattern, text, flags=re.I)]
    assert not problems, f"{clause.rel}: " + "; ".join(problems)


@pytest.mark.parametrize("clause", CLAUSES, ids=lambda c: c.id)
def test_no_hand_numbered_subdivisions(clause):
    hits = re.findall(r"^\s*\*?\s*\(([a-z]{1,3}|\d{1,2}|[A-Z]|[ivx]+)\)\s", clause.body, re.M)
    assert not hits, f"{clause.rel}: subdivisions are numbered by the engine, found {hits}"


@pytest.mark.parametrize("clause", [c for c in CLAUSES if c.is_definition], ids=lambda c: c.id)
def test_definitions_start_with_means_or_includes(clause):
    first = words(clause).strip().split()[0]
    assert first in ("means", "includes"), f"{clause.rel} starts with {first!r}"


def test_the_rules_catch_violations():
    class Fake:
        body = "The officer shall not, prior to the hearing, tell his supervisor thirty (30) days."
    text = words(Fake)
    caught = {p for p in BANNED if re.search(p, text, flags=re.I)}
    assert len(caught) >= 4
