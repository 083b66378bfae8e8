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
    def ask(self, q: Question, default: Any) -> Any: ...
    def review(self, sections: list[tuple[str, list[tuple[str, str]]]]) -> str: ...
    # Optional: choose_path(left: int) -> RECOMMENDED or EVERY. A prompter without it
    # (a script in a test) goes through every question.


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


def module_intro(library, clause_id: str) -> str:
    """The part's plain introduction (or, in a library without one, two or three sentences from
    the clause's note), and up to three enacted examples."""
    clause = library.by_id.get(clause_id)
    if clause is None:
        return ""
    text = library.questions.module_intros.get(clause_id) or first_sentences(clause.note)
    if clause.sources:
        text += " Enacted examples: " + "; ".join(s.describe() for s in clause.sources[:3])
        text = text.rstrip(".") + "."
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
    plan = UpdatePlan({}, set(), old_library=str(meta.get("_library", "")))
    for p in problems:
        plan.notes.append(f"Dropped: {p}")
    for key, item in raw.items():
        q = qs.by_key[key]
        try:
            q.coerce(item.value)
        except ValueError as exc:
            plan.notes.append(f"No longer valid, asked again: {item.where}: {exc}; expected "
                              f"{q.expected()}.")
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
        if q.key in self.chosen or q.key in self.given or q.key in self.settled:
            return False
        return self.only is None or q.key in self.only

    def ask_pending(self) -> Answers:
        """Ask, in order, every question that applies and has no answer yet."""
        answers = self.state()
        for q in self.qs.questions:
            if not self._wanted(q) or not answers.applicable.get(q.key):
                continue
            if q.group not in PLACE_GROUPS:
                if self.path is None:
                    self.path = self._offer_short_path(answers)
                # On the short path a question keeps its recommended answer; one that has
                # none and must be answered is still asked.
                if self.path == RECOMMENDED and not (
                        q.required and isinstance(answers.values.get(q.key), Unanswered)):
                    continue
            self._introduce(q)
            self._ask(q, answers.values.get(q.key))
            answers = self.state()
        return answers

    def _offer_short_path(self, answers: Answers) -> str:
        choose = getattr(self.prompter, "choose_path", None)
        if choose is None or self.only is not None:         # a script, or --update
            return EVERY
        left = [q for q in self.qs.questions if q.group not in PLACE_GROUPS
                and self._wanted(q) and answers.applicable.get(q.key)]
        if len(left) < SHORT_PATH_MIN:
            return EVERY
        path = choose(len(left))
        if path == RECOMMENDED:
            self.prompter.say(f"Taking the recommended answer for the {len(left)} remaining "
                              "choices. Each one is listed in the review, where you can "
                              "change it.")
        return path

    def _ask(self, q: Question, current: Any) -> None:
        value = self.prompter.ask(q, current)
        self.asked.add(q.key)
        if q.key not in self.asked_order:
            self.asked_order.append(q.key)
        if isinstance(value, Unanswered) or value is None:
            self.chosen.pop(q.key, None)
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
            items = [(q.key, f"{q.label}: {show_value(q, answers.values.get(q.key))}")
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


# --- the terminal prompter ----------------------------------------------------------------------

class QuestionaryPrompter:
    """Asks in the terminal with questionary. Ctrl-C and Ctrl-D raise KeyboardInterrupt."""

    def __init__(self, console=None):
        from rich.console import Console

        self.console = console or Console(highlight=False)

    def say(self, text: str, style: str = "") -> None:
        from .cli_common import escape_rich as escape

        if style == "heading":
            self.console.print(f"\n[bold underline]{escape(text)}[/bold underline]")
        elif style == "module":
            self.console.print(f"\n[bold]{escape(text)}[/bold]")
        else:
            self.console.print(escape(text))

    def _run(self, question) -> Any:
        try:
            value = question.unsafe_ask()
        except EOFError:
            raise KeyboardInterrupt from None
        if value is None:
            raise KeyboardInterrupt
        return value

    def ask(self, q: Question, default: Any) -> Any:
        import questionary
        from .cli_common import escape_rich as escape

        self.console.print()
        if q.help:
            self.console.print(f"[dim]{escape(' '.join(q.help.split()))}[/dim]")
        if default is not None and not isinstance(default, Unanswered):
            self.console.print(f"[dim]Default: {escape(show_value(q, default))}[/dim]")
        elif not q.required:
            self.console.print("[dim]Optional: press Enter to leave it blank.[/dim]")
        has = default is not None and not isinstance(default, Unanswered)
        if q.type == "bool":
            return self._run(questionary.confirm(q.label, default=bool(default) if has else True))
        if q.type == "choice":
            choices = [questionary.Choice(c.label if c.label == c.value else f"{c.value} ({c.label})",
                                          value=c.value) for c in q.choices]
            many = len(choices) > 12
            return self._run(questionary.select(
                q.label, choices=choices, default=default if has else None,
                use_search_filter=many, use_jk_keys=not many,
                instruction="(type to narrow the list, arrows to move, Enter to pick)" if many
                else "(arrows to move, Enter to pick)"))
        if q.type == "multi":
            chosen = list(default) if has else []
            choices = [questionary.Choice(c.label, value=c.value, checked=c.value in chosen)
                       for c in q.choices]
            value = self._run(questionary.checkbox(
                q.label, choices=choices,
                instruction="(arrows to move, Space to tick or untick, Enter when done)"))
            return [c.value for c in q.choices if c.value in value]

        def validate(text: str):
            if not text.strip() and not q.required and not has:
                return True
            try:
                q.coerce(text, from_text=True)
            except ValueError as exc:
                return f"Not accepted: {q.explain(exc, text)}."
            return True

        text = self._run(questionary.text(q.label, default=_text_default(q, default),
                                          validate=validate))
        if not text.strip() and not q.required and not has:
            return Unanswered(q.key, q.label)
        return q.coerce(text, from_text=True)

    def review(self, sections) -> str:
        import questionary
        from .cli_common import escape_rich as escape

        self.console.print("\n[bold underline]Review your answers[/bold underline]")
        choices: list[Any] = [questionary.Choice("Looks good — write the file", value=DONE)]
        for title, items in sections:
            self.console.print(f"\n[bold]{escape(title)}[/bold]")
            choices.append(questionary.Separator(f"-- {title} --"))
            for key, text in items:
                self.console.print(f"  {escape(text)}")
                choices.append(questionary.Choice(text, value=key))
        self.console.print()
        return self._run(questionary.select(
            "Change an answer, or write the file?", choices=choices, default=DONE,
            instruction="(arrows to move, Enter to pick)"))

    def choose_path(self, left: int) -> str:
        import questionary

        self.console.print(f"\n[bold]{left} more choices shape the ordinance.[/bold] Each has "
                           "a recommended answer: the strongest protection that enacted "
                           "ordinances or the model use.")
        return self._run(questionary.select(
            "How do you want to go on?",
            choices=[questionary.Choice("Take the recommended choices for everything else, "
                                        "then review them", value=RECOMMENDED),
                     questionary.Choice("Go through every choice", value=EVERY)],
            default=RECOMMENDED, instruction="(arrows to move, Enter to pick)"))

    def confirm(self, message: str, default: bool = False) -> bool:
        import questionary

        return bool(self._run(questionary.confirm(message, default=default)))
