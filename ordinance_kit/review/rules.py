"""The weakening rules: one small function per kind of change, as the lint rules in checks.py.

Each rule is `rule(change, ctx) -> list[ReviewFinding]`. A `Change` is one aligned Pair with
what every rule needs worked out once (the clause it came from, the words removed and added);
the `Context` holds what the clause library and the answers know (tags, notes, parameter
values and which way each number protects more). A rule that does not recognise its kind of
change returns nothing; `judge` runs them all and calls an edit neutral when none spoke.

The rules read wording, not meaning: they look for the marks a weakening leaves ("shall"
turned "may", an "unless" added, a number moved the weak way, a list item gone). That is
deliberate: every finding can be explained in one sentence and checked by a person.
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field
from difflib import SequenceMatcher
from typing import Callable

from .model import Pair, Paragraph, ReviewFinding
from .rules_words import (EXCEPTIONS, NARROWERS, REMEDY_LIMITS, count, deadlines, duties,
                          numbers, permissions, weak_duties)

# Tags whose clauses are remedies: a change there "limits a remedy".
REMEDY_TAGS = {"private-right-of-action", "damages", "attorneys-fees", "suppression",
               "discipline", "criminal-penalty"}


@dataclass(frozen=True)
class ClauseInfo:
    """What review needs from one clause of the library."""
    id: str
    title: str
    tags: tuple[str, ...] = ()
    note: str = ""
    params: tuple[str, ...] = ()
    definition: bool = False


@dataclass
class Context:
    clauses: dict[str, ClauseInfo] = field(default_factory=dict)
    parameters: dict[str, object] = field(default_factory=dict)   # answer key -> value
    directions: dict[str, str] = field(default_factory=dict)      # answer key -> more | less
    tag_names: dict[str, str] = field(default_factory=dict)       # tag -> description
    labels: dict[str, str] = field(default_factory=dict)          # answer key -> question label


def context_from_library(library, parameters: dict[str, object]) -> Context:
    """A Context from the loaded clause library and the answer values the draft used."""
    clauses = {c.id: ClauseInfo(c.id, c.title or (c.term or c.id), tuple(c.tags), c.note or "",
                                tuple(c.params), c.kind == "definition")
               for c in list(library.clauses) + list(library.definitions)}
    directions = {q.key: q.stronger for q in library.questions.questions if q.stronger}
    labels = {q.key: q.label for q in library.questions.questions}
    return Context(clauses, dict(parameters), directions, dict(library.tags), labels)


@dataclass
class Change:
    """One Pair, with what the rules share worked out once."""
    pair: Pair
    where: str                      # label in the edited file ("Section 7(b)")
    clause: ClauseInfo | None       # the clause the original came from (or, for new text, the
    host: bool = False              # clause it was inserted into: then host is True)
    after: str = ""                 # the original paragraph just before an insertion
    removed: str = ""               # words taken out (joined), for a changed paragraph
    added: str = ""                 # words put in
    at: int | None = None           # edited paragraph index it sits at (a deletion: the one before)

    @property
    def old(self) -> str:
        return self.pair.original.text if self.pair.original else ""

    @property
    def new(self) -> str:
        return self.pair.edited.text if self.pair.edited else ""

    @property
    def changed(self) -> bool:
        return bool(self.pair.original and self.pair.edited) and _norm(self.old) != _norm(self.new)


Rule = Callable[[Change, Context], list[ReviewFinding]]


# --- helpers ---------------------------------------------------------------------------------

_LO_REF = re.compile(r"\b(Section \d+)\.(?=\()")


def _norm(text: str) -> str:
    """Text as compared: spaces, curly quotes, and LibreOffice's "Section 8.(c)" (it recomputes
    the kit's REF fields with the heading's dot) made the same as the kit's own."""
    text = _LO_REF.sub(r"\1", text)
    return " ".join(text.replace("\u2019", "'").replace("\u201c", '"').replace("\u201d", '"')
                    .split())


def word_changes(a: str, b: str) -> tuple[str, str]:
    """The words taken out of `a` and put into `b`, each joined by spaces (for counting)."""
    wa, wb = _norm(a).split(), _norm(b).split()
    out, into = [], []
    for op, i1, i2, j1, j2 in SequenceMatcher(None, wa, wb, autojunk=False).get_opcodes():
        if op != "equal":
            out.append(" ".join(wa[max(0, i1 - 1):i2 + 1]))     # a word of context each side,
            into.append(" ".join(wb[max(0, j1 - 1):j2 + 1]))    # so "may not" stays whole
    return " | ".join(out), " | ".join(into)


def why_it_matters(clause: ClauseInfo | None) -> str:
    """The first sentence or two of the clause's note: why this protection matters."""
    if clause is None or not clause.note:
        return ""
    sentences = re.split(r"(?<=[.!?])\s+", " ".join(clause.note.split()))
    text = sentences[0]
    if len(text) < 80 and len(sentences) > 1:
        text += " " + sentences[1]
    return text


def protection(clause: ClauseInfo | None, pair: Pair) -> str | None:
    """The tag the paragraph protects: the clause's tag whose words best match the paragraph."""
    if clause is None or not clause.tags:
        return None
    para = pair.original or pair.edited
    words = set(re.findall(r"[a-z]+", ((para.sub_id or "") + " " + para.text).lower()))
    best = max(clause.tags, key=lambda t: (sum(w in words or w.rstrip("s") in words
                                               for w in t.split("-")), -clause.tags.index(t)))
    return best


def finding(change: Change, ctx: Context, effect: str, rule: str, message: str) -> ReviewFinding:
    clause = change.clause
    return ReviewFinding(effect=effect, rule=rule, where=change.where, message=message,
                         original=change.old, edited=change.new,
                         clause_id=clause.id if clause else None,
                         protection=protection(clause, change.pair),
                         why=why_it_matters(clause), edited_index=change.at)


# --- the rules -------------------------------------------------------------------------------

def removed_paragraph(change: Change, ctx: Context) -> list[ReviewFinding]:
    """A subdivision, remedy or definition item taken out."""
    if change.pair.original is None or change.pair.edited is not None or not change.old.strip():
        return []
    clause = change.clause
    if clause is None:
        return []
    if not set(clause.tags) - {"structure"}:
        return [finding(change, ctx, "neutral", "removed-formal-text",
                        f"formal text of {clause.title} was deleted; it protects nothing by "
                        "itself, but check the ordinance still reads as adopted.")]
    if clause.definition:
        what = "an item of the definition" if change.pair.original.sub_id is None else \
            "part of the definition"
        return [finding(change, ctx, "removed", "removed-definition-item",
                        f"{what} of {clause.title} was deleted, so the term covers less.")]
    if set(clause.tags) & REMEDY_TAGS:
        return [finding(change, ctx, "removed", "removed-remedy",
                        f"an enforcement remedy was deleted from {clause.title}.")]
    return [finding(change, ctx, "removed", "removed-subdivision",
                    f"a subdivision of {clause.title} was deleted.")]


def mandatory_to_permissive(change: Change, ctx: Context) -> list[ReviewFinding]:
    """'shall' -> 'may', 'may not' -> 'should not', 'is prohibited' -> 'is discouraged'."""
    if not change.changed:
        return []
    old, new = change.removed, change.added
    strong_lost = (duties(old) - duties(new))
    weak_gained = (weak_duties(new) - weak_duties(old)) + (permissions(new) - permissions(old))
    if strong_lost > 0 and weak_gained > 0:
        return [finding(change, ctx, "weakened", "mandatory-to-permissive",
                        "a duty or prohibition became permissive ("
                        + _quote_modal(old) + " became " + _quote_modal(new, weak=True) + ").")]
    strong_gained = (duties(new) - duties(old))
    weak_lost = (weak_duties(old) - weak_duties(new)) + (permissions(old) - permissions(new))
    if strong_gained > 0 and weak_lost > 0:
        return [finding(change, ctx, "strengthened", "permissive-to-mandatory",
                        "a permission became a duty or prohibition.")]
    if strong_lost > 0 and strong_gained <= 0 and \
            len(old.split()) - len(new.split()) >= 6:      # a clause with a duty cut out
        return [finding(change, ctx, "weakened", "duty-removed",
                        "words carrying a duty or prohibition were deleted.")]
    if strong_gained > 0 and strong_lost <= 0:
        return [finding(change, ctx, "strengthened", "duty-added",
                        "a new duty or prohibition was added.")]
    return []


def _quote_modal(text: str, weak: bool = False) -> str:
    from .rules_words import MODAL_RE, WEAK_RE

    m = (WEAK_RE if weak else MODAL_RE).search(text)
    return f"'{m.group(0)}'" if m else "the wording"


def number_moved(change: Change, ctx: Context) -> list[ReviewFinding]:
    """A number moved the weak (or strong) way, judged by its parameter's direction."""
    if not change.changed:
        return []
    old, new = numbers(change.old), numbers(change.new)
    if len(old) != len(new):
        return []     # a number gone: deadline_removed speaks
    out = []
    for (v, unit, raw_a), (w, unit_b, raw_b) in zip(old, new):
        if v == w or (unit == "money") != (unit_b == "money"):
            continue
        key = parameter_for(raw_a, unit, change.clause, ctx, change.old)
        direction = ctx.directions.get(key) if key else None
        if direction is None:
            out.append(finding(change, ctx, "neutral", "number-changed",
                               f"{raw_a} became {raw_b}; no answer of the draft says which "
                               "way this number protects more, so check it."))
            continue
        weaker = (w < v) if direction == "more" else (w > v)
        out.append(finding(change, ctx, "weakened" if weaker else "strengthened",
                           "number-weaker" if weaker else "number-stronger",
                           f"{raw_a} became {raw_b}; for \"{ctx.labels.get(key, key)}\" a "
                           f"{'larger' if direction == 'more' else 'smaller'} number protects "
                           "more."))
    return out


def parameter_for(raw: str, unit: str, clause: ClauseInfo | None, ctx: Context,
                  text: str = "") -> str | None:
    """Which answer printed this number: a parameter with that value and unit, the clause's own
    first; when several fit (two 30-day periods), the one whose name and question share most
    words with the paragraph."""
    value = _raw_value(raw)
    own = list(clause.params) if clause else []
    for keys in (own, [k for k in ctx.parameters if k not in own]):
        fits = [k for k in keys if _given(ctx.parameters.get(k)) == value
                and k in ctx.directions and _unit_fits(k, unit)]
        if fits:
            words = set(re.findall(r"[a-z]+", text.lower()))
            return max(fits, key=lambda k: (_overlap(k, ctx.labels.get(k, ""), words),
                                            -fits.index(k)))
    return None


def _given(value) -> float | None:
    return None if isinstance(value, bool) or not isinstance(value, (int, float)) else value


def _overlap(key: str, label: str, words: set[str]) -> int:
    mine = set(re.findall(r"[a-z]+", (key.rsplit(".", 1)[-1] + " " + label).lower()))
    mine -= {"days", "day", "to", "the", "of", "a", "from", "may", "after"}
    return sum(w in words or w + "s" in words or w.rstrip("s") in words for w in mine)


def _raw_value(raw: str) -> float:
    return float(re.sub(r"[^\d.]", "", raw.split()[0]) or 0)


def _unit_fits(key: str, unit: str) -> bool:
    name = key.rsplit(".", 1)[-1]
    if unit == "money":
        return name.startswith("damages")
    return {"hour": "hours", "day": "days", "month": "months", "year": "years"}[unit] in name \
        or (unit == "day" and name.endswith("_days"))


def deadline_removed(change: Change, ctx: Context) -> list[ReviewFinding]:
    """'within 30 days' became 'promptly' or nothing: the duty has no date any more."""
    if not change.changed or deadlines(change.new) >= deadlines(change.old):
        return []
    return [finding(change, ctx, "weakened", "deadline-removed",
                    "a deadline was taken out, so the duty has no fixed date.")]


def new_exception(change: Change, ctx: Context) -> list[ReviewFinding]:
    """An 'unless', 'except', 'provided that', 'to the extent feasible' ... added."""
    if not change.changed:
        return []
    gained = [p for p in EXCEPTIONS if count(change.added, p) > count(change.removed, p)]
    lost = [p for p in EXCEPTIONS if count(change.removed, p) > count(change.added, p)]
    if gained:
        clause = change.clause
        rule = "definition-narrowed" if clause and clause.definition else "new-exception"
        return [finding(change, ctx, "weakened", rule,
                        f"a new exception or condition was added ('{gained[0]}').")]
    if lost and not (change.clause and change.clause.definition and _is_exclusion(change.old)):
        return [finding(change, ctx, "strengthened", "exception-removed",
                        f"an exception or condition was taken out ('{lost[0]}').")]
    return []


def definition_narrowed(change: Change, ctx: Context) -> list[ReviewFinding]:
    """An exclusion added to a definition (a new item, or 'does not include' words)."""
    clause = change.clause
    if clause is None or not clause.definition:
        return []
    if change.pair.original is None and change.new.strip():
        if _is_exclusion(change.after) or _is_exclusion(change.new):
            return [finding(change, ctx, "weakened", "definition-narrowed",
                            f"a new exclusion was added to the definition of {clause.title}.")]
        return [finding(change, ctx, "strengthened", "definition-widened",
                        f"a new item was added to the definition of {clause.title}.")]
    if change.changed and [p for p in NARROWERS if count(change.added, p) > count(change.removed, p)]:
        return [finding(change, ctx, "weakened", "definition-narrowed",
                        f"the definition of {clause.title} now excludes more.")]
    return []


def _is_exclusion(text: str) -> bool:
    return bool(re.search(r"does not include|do not include|excluded|excluding", text, re.I))


def remedy_limited(change: Change, ctx: Context) -> list[ReviewFinding]:
    """A cap, an 'only', 'exclusive remedy', or fewer people who may sue."""
    clause = change.clause
    if not change.changed or clause is None or not set(clause.tags) & REMEDY_TAGS:
        return []
    added = [p for p in REMEDY_LIMITS if count(change.added, p) > count(change.removed, p)]
    fewer = count(change.removed, "any person") > count(change.added, "any person")
    if added or fewer:
        what = f"'{added[0]}'" if added else "fewer people may use it"
        return [finding(change, ctx, "weakened", "remedy-limited",
                        f"the remedy was limited ({what}).")]
    return []


def new_text(change: Change, ctx: Context) -> list[ReviewFinding]:
    """A paragraph that matches nothing in the original: quoted for a person to read. When it
    overrides the rest ('notwithstanding', 'does not apply', an exception) it is a weakening."""
    if change.pair.original is not None or not change.new.strip():
        return []
    if change.clause and change.clause.definition:
        return []     # definition_narrowed judges items added to a definition
    overrides = [p for p in EXCEPTIONS + ("notwithstanding", "does not apply", "exempt", "waive")
                 if count(change.new, p)]
    if overrides:
        return [finding(change, ctx, "weakened", "new-exception",
                        f"new text adds an exception ('{overrides[0]}') to the protections.")]
    return [finding(change, ctx, "new", "new-text",
                    "new text that matches no clause of the original; read it.")]


RULES: list[Rule] = [removed_paragraph, mandatory_to_permissive, number_moved, deadline_removed,
                     new_exception, definition_narrowed, remedy_limited, new_text]
