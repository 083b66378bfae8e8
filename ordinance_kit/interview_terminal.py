"""The interview in a terminal (questionary, imported only when an interview starts).

How a person answers, said once in the introduction and kept true for every kind of question:
- Enter keeps the suggestion shown in [brackets]; typing replaces it (the answer box starts
  empty, so typing never adds to the suggestion).
- "<" goes back one question; "?" shows the sources behind the question.
- A long list (the states) is answered by typing: a code, a name or an abbreviation; text that
  fits no item, or several, is refused and asked again, never taken as the first item.
- Ctrl-C (or Ctrl-D) raises KeyboardInterrupt; the session then offers to save.
"""
from __future__ import annotations

import datetime as _dt
from typing import Any

from .interview import BACK, DONE, EVERY, RECOMMENDED
from .interview_help import help_for_state, sources_for
from .questions import Question
from .state_names import match_state, resolve_state
from .values import Unanswered, show_value

SOURCES = "__sources__"
LONG_LIST = 12                   # more choices than this: answered by typing, not arrows

INTRO = ("Answer each question. A suggested answer is shown in [brackets]: press Enter to keep "
         "it, or type your own answer to replace it. Type < and Enter (or press < in a list) to "
         "go back one question, and ? for the sources behind a question. You can review and "
         "change everything at the end. Ctrl-C offers to save your answers so far.")


def _text_default(value: Any) -> str:
    if value is None or isinstance(value, Unanswered):
        return ""
    if isinstance(value, _dt.date):
        return value.isoformat()
    return str(value)


class QuestionaryPrompter:
    """Asks in the terminal. `library` gives state names and sources; `state` is read from
    the answers so far through `answers_now` (set by the interview session)."""

    def __init__(self, library=None, console=None):
        from rich.console import Console

        from .state_names import state_names

        self.console = console or Console(highlight=False)
        self.library = library
        self.names = state_names(library.states) if library is not None else {}
        self.answers_now = None           # a callable giving the answers so far

    # -- output ------------------------------------------------------------------------------

    def say(self, text: str, style: str = "") -> None:
        from .cli_common import escape_rich as escape

        if style == "heading":
            self.console.print(f"\n[bold underline]{escape(text)}[/bold underline]")
        elif style == "module":
            self.console.print(f"\n[bold]{escape(text)}[/bold]")
        elif style == "progress":
            self.console.print(f"\n[dim]{escape(text)}[/dim]")
        else:
            self.console.print(escape(text))

    def _answers(self):
        return self.answers_now() if self.answers_now else None

    def _state(self) -> str | None:
        answers = self._answers()
        state = answers.values.get("jurisdiction.state") if answers is not None else None
        return state if isinstance(state, str) else None

    def _show_sources(self, q: Question) -> None:
        from .cli_common import escape_rich as escape

        lines = sources_for(self.library, q, self._answers()) if self.library else []
        if not lines:
            self.console.print("[dim]No citations stand behind this question; its help says "
                               "what it decides.[/dim]")
            return
        self.console.print("[dim]Sources:[/dim]")
        for line in lines:
            self.console.print(f"[dim]  - {escape(line)}[/dim]")

    # -- asking ------------------------------------------------------------------------------

    def _run(self, question, keys: bool = False) -> Any:
        if keys:
            _add_keys(question)
        try:
            value = question.unsafe_ask()
        except EOFError:
            raise KeyboardInterrupt from None
        if value is None:
            raise KeyboardInterrupt
        return value

    def ask(self, q: Question, default: Any) -> Any:
        from .cli_common import escape_rich as escape

        help_text = help_for_state(q.help, self._state(), self.names) if q.help else ""
        if help_text:
            self.console.print(f"[dim]{escape(help_text)}[/dim]")
        while True:
            value = self._ask_once(q, default)
            if value == SOURCES:
                self._show_sources(q)
                continue
            return value

    def _ask_once(self, q: Question, default: Any) -> Any:
        import questionary

        has = default is not None and not isinstance(default, Unanswered)
        if q.type == "bool":
            keep = bool(default) if has else True
            return self._run(questionary.confirm(
                q.label, default=keep,
                instruction=f"(y/n; Enter keeps {'yes' if keep else 'no'}; < back, ? sources) "),
                keys=True)
        if q.type == "choice" and len(q.choices) <= LONG_LIST:
            choices = [questionary.Choice(c.label, value=c.value) for c in q.choices]
            return self._run(questionary.select(
                q.label, choices=choices, default=default if has else None, use_jk_keys=False,
                instruction="(arrows to move, Enter to pick, < back, ? sources)"), keys=True)
        if q.type == "choice":
            return self._ask_long_choice(q, default if has else None)
        if q.type == "multi":
            chosen = list(default) if has else []
            choices = [questionary.Choice(c.label, value=c.value, checked=c.value in chosen)
                       for c in q.choices]
            value = self._run(questionary.checkbox(
                q.label, choices=choices, use_jk_keys=False,
                instruction="(arrows to move, Space to tick or untick, Enter when done, "
                            "< back, ? sources)"), keys=True)
            if value in (BACK, SOURCES):
                return value
            return [c.value for c in q.choices if c.value in value]
        return self._ask_text(q, default, has)

    def _ask_text(self, q: Question, default: Any, has: bool) -> Any:
        import questionary

        shown = _text_default(default) if has else ""
        if has:
            message = f"{q.label} [{shown}]"
        elif not q.required:
            message = f"{q.label} (optional: Enter leaves it blank)"
        else:
            message = q.label

        def validate(text: str):
            typed = text.strip()
            if typed in ("<", "?"):
                return True
            if not typed:
                if has or not q.required:
                    return True
                return f"An answer is needed: {q.expected()}."
            try:
                q.coerce(text, from_text=True)
            except ValueError as exc:
                return f"Not accepted: {q.explain(exc, text)}."
            return True

        text = self._run(questionary.text(message, default="", validate=validate)).strip()
        if text == "<":
            return BACK
        if text == "?":
            return SOURCES
        if not text:
            return default if has else Unanswered(q.key, q.label)
        return q.coerce(text, from_text=True)

    def _ask_long_choice(self, q: Question, default: Any) -> Any:
        """A long list (the states) is answered by typing; the completion menu narrows as you
        type, and Enter takes only text that means exactly one item."""
        import questionary

        options = self._options(q)
        message = f"{q.label} [{default}]" if default else q.label

        def validate(text: str):
            typed = text.strip()
            if typed in ("<", "?") or (not typed and default):
                return True
            if not typed:
                return "An answer is needed: type the name or the code."
            try:
                resolve_state(typed, options)
            except ValueError as exc:
                return f"{str(exc)[0].upper()}{str(exc)[1:]}."
            return True

        text = self._run(questionary.text(
            message, default="", validate=validate, completer=_Completer(options),
            complete_style=_column_style(),
            instruction="(type a name or code)")).strip()
        if text == "<":
            return BACK
        if text == "?":
            return SOURCES
        if not text:
            return default
        return resolve_state(text, options)

    def _options(self, q: Question) -> dict[str, str]:
        if q.key == "jurisdiction.state" and self.names:
            return {c.value: self.names.get(c.value, c.label) for c in q.choices}
        return {c.value: c.label for c in q.choices}

    # -- review, path, confirmation -----------------------------------------------------------

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

    def choose_path(self, every: int, short: int) -> str:
        import questionary

        self.console.print(f"\n[bold]{every} more choices shape the ordinance.[/bold] Each has "
                           "a recommended answer: the strongest protection that enacted "
                           "ordinances or the model use.")
        short_words = (f"{short} question{'s' if short != 1 else ''} still need an answer, "
                       "then review them" if short else "then review them")
        return self._run(questionary.select(
            "How do you want to go on?",
            choices=[questionary.Choice("Take the recommended choices for everything else; "
                                        + short_words, value=RECOMMENDED),
                     questionary.Choice(f"Go through every choice ({every} questions)",
                                        value=EVERY)],
            default=RECOMMENDED, instruction="(arrows to move, Enter to pick, < back)"),
            keys=True)

    def confirm(self, message: str, default: bool = False) -> bool:
        import questionary

        return bool(self._run(questionary.confirm(message, default=default)))

    def ask_path(self, message: str, default: str) -> str:
        import questionary

        return self._run(questionary.text(f"{message} [{default}]", default="")).strip() \
            or default


def _add_keys(question) -> None:
    """"<" answers BACK and "?" asks for the sources, in lists and yes/no questions, where
    there is no text box to type them into."""
    from prompt_toolkit.key_binding import KeyBindings, merge_key_bindings

    kb = KeyBindings()

    @kb.add("<", eager=True)
    def _back(event):
        event.app.exit(result=BACK)

    @kb.add("?", eager=True)
    def _sources(event):
        event.app.exit(result=SOURCES)

    app = question.application
    app.key_bindings = merge_key_bindings([app.key_bindings, kb])


def _column_style():
    from prompt_toolkit.shortcuts import CompleteStyle

    return CompleteStyle.MULTI_COLUMN


class _Completer:
    """Shows the items the typed text may mean ("new" -> New Hampshire, New Jersey, ...)."""

    def __new__(cls, options: dict[str, str]):
        from prompt_toolkit.completion import Completer, Completion

        class C(Completer):
            def get_completions(self, document, complete_event):
                typed = document.text_before_cursor
                if not typed.strip() or typed.strip() in ("<", "?"):
                    return
                for code in match_state(typed, options)[:12]:
                    yield Completion(code, start_position=-len(typed),
                                     display=f"{code} {options[code]}")

        return C()
