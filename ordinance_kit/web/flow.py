"""The web interview's pages and the way through them, without any web framework.

The pages follow `init`: the questions in the question set's order, the place and the document
first, then one page per group of questions and one per module (with the module's
introduction from its clause note). A page shows only the questions that apply to the answers
so far (the same `when` conditions, through answers.resolve), so there is one source of truth.

The whole interview lives in an `InterviewState`: the answers the person gave (plain values
that re-load exactly as an answers file would), the questions they have been shown, and
whether they took the short path. The web layer signs it into the page; this module only
decides what to show and where to go next.
"""
from __future__ import annotations

import datetime as _dt
from dataclasses import dataclass, field
from typing import Any

from ..answers import Answers, RawAnswer, resolve
from ..interview import EVERY, PLACE_GROUPS, RECOMMENDED, SHORT_PATH_MIN, module_intro
from ..questions import Question
from ..values import Unanswered

WEB = "the web interview"          # where an answer came from, in messages and the explain view
REVIEW = "review"                  # the page after the questions
PATH = "path"                      # the short-path offer, after the place and the document


@dataclass(frozen=True)
class Page:
    id: str                         # a question group's id, or a module's clause id
    title: str
    intro: str
    keys: tuple[str, ...]
    module: bool = False
    sources: tuple[str, ...] = ()   # a module's enacted laws, shown on request


@dataclass
class InterviewState:
    answers: dict[str, Any] = field(default_factory=dict)   # key -> plain value (JSON-able)
    seen: set[str] = field(default_factory=set)             # shown on a page, or settled
    path: str | None = None                                  # RECOMMENDED, EVERY or None
    reviewed: bool = False                                   # has reached the review once

    def to_data(self) -> dict:
        return {"a": self.answers, "s": sorted(self.seen), "p": self.path,
                "r": self.reviewed}

    @classmethod
    def from_data(cls, data: Any, known: set[str]) -> "InterviewState":
        """From signed data; anything not shaped as written is dropped, never trusted."""
        if not isinstance(data, dict):
            return cls()
        answers = data.get("a") if isinstance(data.get("a"), dict) else {}
        seen = data.get("s") if isinstance(data.get("s"), list) else []
        path = data.get("p") if data.get("p") in (RECOMMENDED, EVERY) else None
        return cls({k: v for k, v in answers.items() if k in known},
                   {k for k in seen if isinstance(k, str) and k in known}, path,
                   data.get("r") is True)


def plain_value(value: Any) -> Any:
    """A typed answer as the JSON-able value that coerces back to it."""
    if isinstance(value, (_dt.date, _dt.datetime)):
        return value.isoformat()
    return value


def plan_pages(library) -> list[Page]:
    """One page per question group and per module, in the order init first shows them. A
    module whose id extends another's ('private-partnerships-permitted') shares its page."""
    qs = library.questions
    titles = {g.id: g for g in qs.groups}
    order: list[str] = []
    members: dict[str, list[str]] = {}
    modules: list[str] = []
    for q in qs.questions:
        if q.module:
            home = next((m for m in modules if q.module.startswith(m + "-")), q.module)
            if home == q.module and home not in modules:
                modules.append(home)
            pid = home
        else:
            pid = q.group
        if pid not in members:
            order.append(pid)
            members[pid] = []
        members[pid].append(q.key)
    pages = []
    for pid in order:
        if pid in modules:
            clause = library.by_id.get(pid)
            title = clause.title if clause is not None else pid
            sources = tuple(src.describe() for src in clause.sources) if clause else ()
            pages.append(Page(pid, title, module_intro(library, pid, sources_hint=False),
                              tuple(members[pid]), module=True, sources=sources))
        else:
            group = titles.get(pid)
            pages.append(Page(pid, group.title if group else pid,
                              " ".join((group.intro if group else "").split()),
                              tuple(members[pid])))
    return pages


class Flow:
    """Which page comes next, which questions a page shows, and the progress."""

    def __init__(self, library):
        self.library = library
        self.qs = library.questions
        self.pages = plan_pages(library)
        self.by_id = {p.id: p for p in self.pages}
        self.page_of = {k: p.id for p in self.pages for k in p.keys}

    # -- answers ----------------------------------------------------------------------------------

    def resolve(self, state: InterviewState, *, require_all: bool = False) -> Answers:
        """The answers as `check` sees them (raises UserError with its messages)."""
        layer = {k: RawAnswer(v, f"{WEB}, {self.qs.by_key[k].label}")
                 for k, v in state.answers.items()}
        return resolve(self.qs, [layer], source=WEB, require_all=require_all)

    def visible(self, page: Page, answers: Answers) -> list[Question]:
        return [self.qs.by_key[k] for k in page.keys if answers.applicable.get(k)]

    def live_pages(self, answers: Answers) -> list[Page]:
        return [p for p in self.pages if self.visible(p, answers)]

    def missing(self, answers: Answers) -> list[Question]:
        return [q for q in self.qs.questions if answers.applicable.get(q.key) and q.required
                and isinstance(answers.values.get(q.key), Unanswered)]

    # -- where to go ------------------------------------------------------------------------------

    def first_page(self, answers: Answers) -> Page:
        return self.live_pages(answers)[0]

    def _unseen(self, page: Page, state: InterviewState, answers: Answers) -> list[Question]:
        return [q for q in self.visible(page, answers) if q.key not in state.seen]

    def after(self, current: str, state: InterviewState, answers: Answers) -> str:
        """The page to show after `current` was answered: the same page when an answer there
        brought up a new question; an earlier page holding one; the short-path offer after
        the place and the document; on the short path (or after the review) the next page
        with anything new, else the review; otherwise simply the next page."""
        live = self.live_pages(answers)
        ids = [p.id for p in live]
        if current in self.by_id:
            if self._unseen(self.by_id[current], state, answers):
                return current
            for p in live:
                if p.id == current:
                    break
                if self._unseen(p, state, answers):
                    return p.id
        if current in PLACE_GROUPS and state.path is None and not state.reviewed:
            rest = [p for p in live if p.id not in PLACE_GROUPS]
            if current == [p.id for p in live if p.id in PLACE_GROUPS][-1]:
                left = sum(len(self._unseen(p, state, answers)) for p in rest)
                if left >= SHORT_PATH_MIN:
                    return PATH
                state.path = EVERY
        if state.path == RECOMMENDED or state.reviewed or current == PATH:
            for p in live:
                if self._unseen(p, state, answers):
                    return p.id
            return REVIEW
        if current in ids and ids.index(current) + 1 < len(ids):
            return ids[ids.index(current) + 1]
        return REVIEW

    def before(self, current: str, answers: Answers) -> str | None:
        """The page Back goes to (None: the welcome page)."""
        ids = [p.id for p in self.live_pages(answers)]
        if current == REVIEW:
            return ids[-1]
        if current == PATH:
            return [i for i in ids if i in PLACE_GROUPS][-1]
        if current not in ids or ids.index(current) == 0:
            return None
        return ids[ids.index(current) - 1]

    def take_short_path(self, state: InterviewState, answers: Answers) -> int:
        """Settle every remaining choice at its recommended answer; returns how many. A
        question that has none and must be answered stays to be asked."""
        state.path = RECOMMENDED
        settled = 0
        for q in self.qs.questions:
            if q.group in PLACE_GROUPS or q.key in state.seen or not answers.applicable.get(q.key):
                continue
            if q.required and isinstance(answers.values.get(q.key), Unanswered):
                continue
            state.seen.add(q.key)
            settled += 1
        return settled

    def remaining_choices(self, state: InterviewState, answers: Answers) -> int:
        return sum(1 for q in self.qs.questions if q.group not in PLACE_GROUPS
                   and answers.applicable.get(q.key) and q.key not in state.seen)

    def progress(self, current: str, answers: Answers) -> tuple[int, int]:
        """(step, of): every page with a question that applies, then the review."""
        ids = [p.id for p in self.live_pages(answers)]
        total = len(ids) + 1
        if current == REVIEW:
            return total, total
        if current == PATH:
            return len([i for i in ids if i in PLACE_GROUPS]) + 1, total
        return (ids.index(current) + 1 if current in ids else 1), total
