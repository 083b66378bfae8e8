"""The words the weakening rules look for, and the counters they use. Data, kept apart from the
rules so a drafter can read and extend the lists.
"""
from __future__ import annotations

import re

# Conditions and exceptions: each one added opens a way around the duty.
EXCEPTIONS = (
    "unless", "except", "provided that", "provided, however", "to the extent feasible",
    "to the extent practicable", "to the extent possible", "to the extent reasonable",
    "where feasible", "when feasible", "if feasible", "where practicable", "when practicable",
    "if practicable", "as practicable", "whenever possible", "at the discretion of",
    "in the discretion of", "in its discretion", "in his or her discretion", "as determined by",
    "as the chief determines", "as deemed appropriate", "as appropriate", "notwithstanding",
    "subject to the approval of", "reasonable efforts", "good faith efforts", "may waive",
)

# Words that narrow a definition.
NARROWERS = ("does not include", "do not include", "excluding", "other than", "except",
             "only if", "only when", "solely")

# Words that limit a remedy.
REMEDY_LIMITS = ("only", "solely", "limited to", "not to exceed", "may not exceed",
                 "shall not exceed", "no more than", "in no event", "exclusive remedy",
                 "sole remedy", "cap", "capped", "at most", "resident of")

# A mandatory word not followed by "not" (prohibitions are counted separately).
MODAL_RE = re.compile(r"\b(shall|must|is required to|are required to|may not|shall not|"
                      r"must not|is prohibited|are prohibited)\b", re.I)
WEAK_RE = re.compile(r"\b(should not|should|need not|is encouraged to|are encouraged to|"
                     r"is discouraged|are discouraged|will endeavor to|may)\b(?!\s+not\b)", re.I)
_DUTY = re.compile(r"\b(shall|must|is required to|are required to)\b", re.I)
_PROHIBIT = re.compile(r"\b(may not|shall not|must not|cannot|is prohibited|are prohibited|"
                       r"is forbidden|are forbidden)\b", re.I)
_WEAK_DUTY = re.compile(r"\b(should|need not|is encouraged|are encouraged|is discouraged|"
                        r"are discouraged|endeavor|endeavour|make reasonable efforts|"
                        r"is advised|are advised)\b", re.I)
_PERMIT = re.compile(r"\bmay\b(?!\s+not\b)", re.I)

_UNITS = {"hour": 1 / 24, "day": 1, "month": 30, "year": 365}
_NUMBER = re.compile(r"(\$\s?\d{1,3}(?:,\d{3})+(?:\.\d+)?|\$\s?\d+(?:\.\d+)?)|\b(\d[\d,]*)\s*(?:\(\d+\)\s*)?"
                     r"(business\s+|calendar\s+)?(hours?|days?|months?|years?)\b", re.I)
_WORD_NUMBERS = {"one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7,
                 "eight": 8, "nine": 9, "ten": 10, "twelve": 12, "fourteen": 14, "fifteen": 15,
                 "twenty": 20, "thirty": 30, "forty-five": 45, "sixty": 60, "ninety": 90}
_WORD_NUMBER = re.compile(r"\b(" + "|".join(_WORD_NUMBERS) + r")\s+(hours?|days?|months?|years?)\b",
                          re.I)
# A time limit: a number of days (or hours ...) or a date-like duty.
_DEADLINE = re.compile(r"\b(\d[\d,]*|" + "|".join(_WORD_NUMBERS) + r")\s*(?:\(\d+\)\s*)?"
                       r"(?:business\s+|calendar\s+)?(hours?|days?|months?|years?)\b|"
                       r"\bby (January|February|March|April|May|June|July|August|September|"
                       r"October|November|December) \d", re.I)


def count(text: str, phrase: str) -> int:
    return len(re.findall(r"(?<![\w-])" + re.escape(phrase) + r"(?![\w-])", text, re.I))


def duties(text: str) -> int:
    """Duties and prohibitions: 'shall', 'must', 'may not', 'shall not', 'is prohibited'."""
    return len(_DUTY.findall(_PROHIBIT.sub(" ", text))) + len(_PROHIBIT.findall(text))


def weak_duties(text: str) -> int:
    return len(_WEAK_DUTY.findall(text))


def permissions(text: str) -> int:
    return len(_PERMIT.findall(text))


def numbers(text: str) -> list[tuple[float, str, str]]:
    """Amounts and time periods in reading order: (value in days or dollars, unit, as printed).

    The unit of a period is its base word ('day'); the value is converted to days so that '3
    months' compares with '90 days'.
    """
    found = []
    for m in _NUMBER.finditer(text):
        if m.group(1):
            found.append((m.start(), float(re.sub(r"[^\d.]", "", m.group(1))), "money",
                          m.group(1)))
        else:
            unit = m.group(4).lower().rstrip("s")
            n = float(m.group(2).replace(",", ""))
            found.append((m.start(), n * _UNITS[unit], unit, m.group(0)))
    for m in _WORD_NUMBER.finditer(text):
        unit = m.group(2).lower().rstrip("s")
        found.append((m.start(), _WORD_NUMBERS[m.group(1).lower()] * _UNITS[unit], unit,
                      m.group(0)))
    return [(v, u, raw) for _, v, u, raw in sorted(found)]


def deadlines(text: str) -> int:
    return len(_DEADLINE.findall(text))
