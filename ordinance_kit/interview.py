"""The `ordinance-kit init` interview: asks the questions that apply, then writes answers.

The logic (which question comes next, module introductions, the review, `--update`) is kept
apart from the terminal: it talks to a `Prompter`. `QuestionaryPrompter` is the real one
(questionary, imported only when an interview starts); tests may pass a scripted prompter.
"""
from __future__ import annotations

import datetime as _dt
import re
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Protocol

from .answers import Answers, RawAnswer, parse_set_options, read_answers_file, resolve
from .errors import UserError
from .questions import Question
from .values import Unanswered, show_value

INTERVIEW = "interview"          # origin of answers typed during the interview
DONE = "__done__"
BACK = "__back__"                # a prompter's answer meaning "the previous question, please"

# The short path: after the questions about the place and the document, the interview offers to
# take the recommended (strongest) answer for everything else and go straight to the review,
# where any of them can still be changed. Offered only when enough questions are left for it to
# matter, so a session that --set most answers goes on asking the few that are left.
PLACE_GROUPS = ("jurisdiction", "ordinance")
RECOMMENDED = "recommended"
EVERY = "every"
SHORT_PATH_MIN = 10


class Prompter(Protocol):
    def say(self, text: str, style: str = "") -> None: ...
    def ask(self, q: Question, default: Any) -> Any: ...      # an answer, or BACK
    def review(self, sections: list[tuple[str, list[tuple[str, str]]]]) -> str: ...
    # Optional: choose_path(every: int, short: int) -> RECOMMENDED, EVERY or BACK, given how
    # many questions each path still asks. A prompter without it (a script in a test) goes
    # through every question. say(text, "progress") carries "Question 12 of about 40".


# --- plain-words helpers ------------------------------------------------------------------------

_SENTENCE = re.compile(r"(?<=[.!?])\s+(?=[A-Z\"'(\[])")


def first_sentences(text: str, n: int = 3, limit: int = 480) -> str:
    sentences = _SENTENCE.split(" ".join(text.split()))
    out = ""
    for s in sentences[:n]:
        if out and len(out) + len(s) > limit:
            break
        out = f"{out} {s}".strip()
    return out


def module_intro(library, clause_id: str, *, sources_hint: bool = True) -> str:
    """The part's plain introduction (or, in a library without one, two or three sentences from
    the clause's note). The citations stay out of the way: "?" at a question of the part lists
    the enacted laws behind it (issue 13: plain words first, sources on request)."""
    clause = library.by_id.get(clause_id)
    if clause is None:
        return ""
    text = library.questions.module_intros.get(clause_id) or first_sentences(clause.note)
    if clause.sources and sources_hint:
        laws = len(clause.sources)
        text += (f" ({laws} enacted law{'s' if laws > 1 else ''} and models behind this part: "
                 "type ? at its questions to see them.)")
    return text


def _text_default(q: Question, value: Any) -> str:
    if value is None or isinstance(value, Unanswered):
        return ""
    if isinstance(value, _dt.date):
        return value.isoformat()
    return str(value)


# --- the interview ------------------------------------------------------------------------------

@dataclass
class UpdatePlan:
    given: dict[str, RawAnswer]
    mentioned: set[str]                        # keys the old file has, even commented out
    notes: list[str] = field(default_factory=list)
    reask: set[str] = field(default_factory=set)
    old_library: str = ""
    partial: bool = False                      # saved part-way through an interview (Ctrl-C)


def given_from_sets(sets: list[str] | None, qs) -> dict[str, RawAnswer]:
    """--set values, checked now so a typo fails before any question is asked."""
    raw, problems = parse_set_options(list(sets or []), qs)
    for key, item in raw.items():
        try:
            qs.by_key[key].coerce(item.value, from_text=True)
        except ValueError as exc:
            problems.append(f"{item.where}: {qs.by_key[key].explain(exc, item.value)}.")
    if problems:
        raise UserError(problems[0] if len(problems) == 1 else
                        f"{len(problems)} problems with the --set values:\n"
                        + "\n".join(f"  - {p}" for p in problems))
    return raw


_GROUP_LINE = re.compile(r"^([a-z][a-z0-9_]*):")
_KEY_LINE = re.compile(r"^\s+#?\s*([a-z][a-z0-9_]*):")


def plan_update(path: Path, library) -> UpdatePlan:
    """Read an existing answers file: keep what is still valid, note what is not."""
    qs = library.questions
    raw, meta, problems = read_answers_file(path, qs)
    plan = UpdatePlan({}, set(), old_library=str(meta.get("_library", "")),
                      partial=str(meta.get("_partial", "")).lower() == "true")
    for p in problems:
        plan.notes.append(f"Dropped: {p}")
    for key, item in raw.items():
        q = qs.by_key[key]
        try:
            q.coerce(item.value)
        except ValueError as exc:
            plan.notes.append(f"No longer valid, asked again: {item.where} ({q.label}): "
                              f"{q.explain(exc, item.value)}.")
            plan.reask.add(key)
            continue
        plan.given[key] = item
    # Keys written commented out by `init` (computed defaults, optional blanks) are not new.
    group = None
    from .yamlio import read_text

    for line in read_text(path, "answers").splitlines():
        m = _GROUP_LINE.match(line)
        if m:
            group = m.group(1)
            continue
        m = _KEY_LINE.match(line)
        if m and group and f"{group}.{m.group(1)}" in qs.by_key:
            plan.mentioned.add(f"{group}.{m.group(1)}")
    plan.mentioned |= set(raw)
    if plan.old_library and plan.old_library != library.digest:
        plan.notes.insert(0, f"The clause library changed since this file was written "
                             f"({plan.old_library} then, {library.digest} now).")
    return plan


class Interview:
    def __init__(self, library, prompter: Prompter | None, given: dict[str, RawAnswer],
                 *, only: set[str] | None = None, source: str = "the interview"):
        self.library = library
        self.qs = library.questions
        self.prompter = prompter
        self.given = dict(given)
        self.chosen: dict[str, RawAnswer] = {}
        self.asked: set[str] = set()
        self.only = only                       # ask only these keys (update mode)
        self.source = source
        self.shown_groups: set[str] = set()
        self.shown_modules: set[str] = set()
        self.asked_order: list[str] = []
        self.settled: set[str] = set()         # applied before the review: not asked again
        self.path: str | None = None           # RECOMMENDED or EVERY once the offer is made
        self.history: list[str] = []           # keys answered in order, for going back

    # -- state ------------------------------------------------------------------------------------

    def state(self, *, require_all: bool = False) -> Answers:
        return resolve(self.qs, [self.given, self.chosen], source=self.source,
                       require_all=require_all)

    def missing(self, answers: Answers) -> list[Question]:
        return [q for q in self.qs.questions if answers.applicable.get(q.key) and q.required
                and isinstance(answers.values.get(q.key), Unanswered)]

    # -- asking -----------------------------------------------------------------------------------

    def _wanted(self, q: Question) -> bool:
        if q.key in self.asked:
            return False
        if q.key in self.given or q.key in self.settled:
            return False
        return self.only is None or q.key in self.only

    def _skipped(self, q: Question, answers: Answers) -> bool:
        """On the short path a question keeps its recommended answer; one that has none and
        must be answered is still asked."""
        return (q.group not in PLACE_GROUPS and self.path == RECOMMENDED
                and not (q.required and isinstance(answers.values.get(q.key), Unanswered)))

    def _pending(self, answers: Answers) -> list[Question]:
        """The questions still to ask, in order, as the answers so far decide."""
        return [q for q in self.qs.questions if self._wanted(q) and answers.applicable.get(q.key)
                and not self._skipped(q, answers)]

    def ask_pending(self) -> Answers:
        """Ask, in order, every question that applies and has no answer yet. BACK from the
        prompter asks the previous question again; the count of what is left is worked out
        afresh after every answer, since an answer can switch questions on or off."""
        answers = self.state()
        while True:
            pending = self._pending(answers)
            if not pending:
                return answers
            q = pending[0]
            if q.group not in PLACE_GROUPS and self.path is None:
                self.path = self._offer_short_path(answers)
                if self.path == BACK:
                    self.path = None
                    self._back()
                    answers = self.state()
                    continue
                pending = self._pending(answers)
                if not pending:
                    return answers
                q = pending[0]
            self._introduce(q)
            self.prompter.say(self._progress(pending, answers), "progress")
            value = self.prompter.ask(q, answers.values.get(q.key))
            if value == BACK:
                self._back()
            else:
                self._record(q, value, answers.values.get(q.key))
                self.history.append(q.key)
            answers = self.state()

    def _progress(self, pending: list[Question], answers: Answers) -> str:
        """"Question 12 of about 40": the questions asked so far and those that apply now.
        Before the short path is offered, both totals: the short path's and every choice's."""
        done = len(self.history)
        if self.path is not None:
            return f"Question {done + 1} of about {done + len(pending)}"
        every = done + len(self._pending_if(EVERY, answers))
        if self._offer_coming(answers):
            short = done + len(self._pending_if(RECOMMENDED, answers))
            return (f"Question {done + 1} of about {short} ({every} if you go through every "
                    "choice)")
        return f"Question {done + 1} of about {every}"

    def _offer_coming(self, answers: Answers) -> bool:
        if getattr(self.prompter, "choose_path", None) is None or self.only is not None:
            return False
        left = [q for q in self._pending_if(EVERY, answers) if q.group not in PLACE_GROUPS]
        return len(left) >= SHORT_PATH_MIN

    def _pending_if(self, path: str, answers: Answers) -> list[Question]:
        saved, self.path = self.path, path
        try:
            return self._pending(answers)
        finally:
            self.path = saved

    def _back(self) -> None:
        """Forget the last answer typed in this pass, so its question is asked next (with
        that answer as the suggestion)."""
        if not self.history:
            self.prompter.say("This is the first question; there is nothing to go back to.")
            return
        key = self.history.pop()
        self.asked.discard(key)
        if self.qs.by_key[key].group in PLACE_GROUPS and self.path is not None \
                and not any(self.qs.by_key[k].group not in PLACE_GROUPS for k in self.history):
            self.path = None                  # back before the short-path offer: offer again

    def _offer_short_path(self, answers: Answers) -> str:
        if not self._offer_coming(answers):         # a script, --update, or few questions left
            return EVERY
        choose = self.prompter.choose_path
        left = self._pending_if(EVERY, answers)
        short = self._pending_if(RECOMMENDED, answers)
        path = choose(len(left), len(short))
        if path == RECOMMENDED:
            self.prompter.say(f"Taking the recommended answer for the {len(left) - len(short)} "
                              "remaining choices. Each one is listed in the review, where you "
                              "can change it.")
        return path

    def _ask(self, q: Question, current: Any) -> None:
        """Ask one question outside the flow (a change from the review)."""
        value = self.prompter.ask(q, current)
        if value != BACK:                      # back from a change: keep the answer it had
            self._record(q, value, current)

    def _record(self, q: Question, value: Any, current: Any) -> None:
        self.asked.add(q.key)
        if q.key not in self.asked_order:
            self.asked_order.append(q.key)
        self.chosen.pop(q.key, None)
        without = self.state()
        if isinstance(value, Unanswered) or value is None or (
                without.origins.get(q.key) == "default" and value == without.values.get(q.key)):
            # Keeping the suggestion leaves the default in place: the file marks it as one,
            # and a default worked out from other answers follows them if they change.
            return
        self.chosen[q.key] = RawAnswer(value, INTERVIEW)

    def _introduce(self, q: Question) -> None:
        say = self.prompter.say
        if q.module and not self.shown_modules:
            for g in self.qs.groups:       # headings: groups that hold no questions themselves
                if not self.qs.group_questions(g.id) and g.id not in self.shown_groups:
                    self.shown_groups.add(g.id)
                    say(g.title, "heading")
                    if g.intro:
                        say(" ".join(g.intro.split()))
        if q.group not in self.shown_groups:
            self.shown_groups.add(q.group)
            group = next((g for g in self.qs.groups if g.id == q.group), None)
            if group is not None:
                say(group.title, "heading")
                if group.intro:
                    say(" ".join(group.intro.split()))
        if q.module and q.module not in self.shown_modules:
            self.shown_modules.add(q.module)
            clause = self.library.by_id.get(q.module)
            text = module_intro(self.library, q.module)
            if clause is not None and text:
                say(f"About this part: {clause.title}", "module")
                say(text)

    # -- review -----------------------------------------------------------------------------------

    def review_sections(self, answers: Answers) -> list[tuple[str, list[tuple[str, str]]]]:
        sections = []
        titles = {g.id: g.title for g in self.qs.groups}
        order: list[str] = []
        for q in self.qs.questions:
            if q.group not in order:
                order.append(q.group)
        for gid in order:
            items = [(q.key, f"{q.label}: {_shown(q, answers.values.get(q.key))}")
                     for q in self.qs.group_questions(gid) if answers.applicable.get(q.key)]
            if items:
                sections.append((titles.get(gid, gid), items))
        return sections

    def run(self) -> Answers:
        answers = self.ask_pending()
        while True:
            # After a change in the review, ask only questions that now apply for the first time.
            self.settled |= {k for k, on in answers.applicable.items() if on}
            self.only = None
            key = self.prompter.review(self.review_sections(answers))
            if key == DONE or key is None:
                break
            self.path = EVERY             # a change in the review asks what it newly needs
            q = self.qs.by_key[key]
            self._ask(q, answers.values.get(key))
            answers = self.ask_pending()
        return self.finish()

    def finish(self) -> Answers:
        answers = self.state()
        missing = self.missing(answers)
        if missing:
            raise UserError(missing_message(missing))
        return answers


def _shown(q: Question, value: Any) -> str:
    """An answer in the review as the person picked it: a choice by its plain label."""
    labels = {c.value: c.label for c in q.choices}
    if q.type == "choice" and isinstance(value, str) and value in labels:
        return labels[value]
    if q.type == "multi" and isinstance(value, list) and value:
        return ", ".join(labels.get(v, v) for v in value)
    return show_value(q, value)


def missing_message(missing: list[Question]) -> str:
    items = "; ".join(f"{q.key} ({q.label}: {q.expected()})" for q in missing)
    example = f"--set {missing[0].key}={_example(missing[0])}"
    return (f"{len(missing)} question(s) have no default, so --defaults cannot answer them. "
            f"Give each one with --set, for example {example}. Missing: {items}.")


def _example(q: Question) -> str:
    if q.example is not None:
        return str(q.example)
    if q.choices:
        return q.choices[0].value
    return {"int": "30", "money": "1000", "bool": "true", "date": "2026-01-31",
            "month_day": "03-15"}.get(q.type, "...")
