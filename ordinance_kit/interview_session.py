"""The whole `ordinance-kit init` session: check where the answers file goes, plan an update of
an existing file, run the interview (or accept the defaults), write the self-explaining answers
file, and say what happened. The CLI only parses the options and calls `run_init`.
"""
from __future__ import annotations

import sys
from pathlib import Path

from .cli_common import escape_rich as escape

from .answers import RawAnswer
from .answers_writer import is_marked_default, render_answers_yaml
from .errors import UserError
from .interview import Interview, given_from_sets, plan_update
from .library import load_library
from .output import atomic_write, check_target
from .values import Unanswered


def run_init(*, output: Path | None, defaults: bool, update: Path | None, force: bool,
             sets: list[str] | None, library: Path | None, console) -> int:
    """Run the session; returns the exit code (0 written, 1 kept an existing file).
    `console` is a rich console for messages (stderr)."""
    lib = load_library(library)
    qs = lib.questions
    out = output or update or Path("answers.yaml")
    if output is not None:
        from .file_formats import YAML, require_ending

        require_ending(output, YAML, "init")      # an answers file is YAML
    in_place = update is not None and out.resolve() == update.resolve()
    check_target(out, True)                 # folder exists and is writable
    interactive = not defaults
    if interactive and not (sys.stdin.isatty() and sys.stdout.isatty()):
        raise UserError("init asks its questions in a terminal, and this is not one. To "
                        "write an answers file without questions, add --defaults and give "
                        "the answers that have no default with --set key=value.")
    plan = plan_update(update, lib) if update is not None else None
    given = dict(plan.given) if plan else {}
    given.update(given_from_sets(sets, qs))
    con = console
    prompter = None
    if interactive:
        from .interview_terminal import QuestionaryPrompter

        prompter = QuestionaryPrompter(lib)
    replace = force or in_place          # else the file is created exclusively, as build does
    if out.exists() and not force and not in_place:
        if not interactive:
            raise UserError(f"{out} already exists. Add --force to replace it, or choose "
                            "another name with -o.")
        if not prompter.confirm(f"{out} already exists. Replace it when the interview "
                                "is done?", default=False):
            con.print(f"Kept {escape(str(out))}; nothing was written. Choose another "
                      "name with -o.")
            return 1
        replace = True                   # the user said yes
    if plan:
        for note in plan.notes:
            con.print(escape(note))
    only = None
    if plan and not plan.partial:       # a saved partial interview goes on where it stopped
        only = {k for k in qs.by_key if k not in plan.mentioned} | plan.reask
    interview = Interview(lib, prompter, given, only=only,
                          source=str(update) if update else "the interview")
    if interactive:
        from .interview_terminal import INTRO

        prompter.answers_now = interview.state
        prompter.say(INTRO)
        try:
            answers = interview.run()
        except KeyboardInterrupt:
            return _offer_to_save(lib, interview, prompter, out, replace, con)
    else:
        answers = interview.finish()
    text = render_answers_yaml(lib, answers)
    before = update.read_bytes() if in_place else None
    unchanged = before is not None and before == text.encode("utf-8")
    if not unchanged:
        atomic_write(out, text.encode("utf-8"), replace=replace)
    applicable = [k for k, on in answers.applicable.items() if on]
    written = [k for k in applicable if not isinstance(answers.values.get(k), Unanswered)]
    # Counted as the file marks them, so the two always agree.
    defaulted = sum(1 for k in written if is_marked_default(qs.by_key[k], answers))
    if plan:
        asked = [k for k in interview.asked_order]
        new = sorted(k for k in applicable if k not in plan.mentioned)
        def labels(keys):            # the questions as the advocate saw them, not their keys
            return escape("; ".join(qs.by_key[k].label if k in qs.by_key else k for k in keys))

        if new:
            con.print("New questions answered: " + labels(new) + ".")
        if asked and interactive:
            con.print("Asked again or for the first time: " + labels(asked) + ".")
        if not (new or plan.notes or asked):
            con.print("Nothing needed changing: every answer is still valid.")
    if unchanged:
        con.print(f"{escape(str(out))} was already up to date; nothing was written "
                  f"({len(written)} answers, {defaulted} of them defaults).")
        return 0
    con.print(f"Wrote {escape(str(out))}: {len(written)} answers "
              f"({defaulted} of them defaults). Next: ordinance-kit check "
              f"{escape(str(out))}, then ordinance-kit build {escape(str(out))} "
              "-o draft.docx")
    return 0


def _offer_to_save(lib, interview, prompter, out: Path, replace: bool, con) -> int:
    """Ctrl-C during the interview: offer to keep what was answered as a partial answers file
    that `init --update` goes on from. A second Ctrl-C (or "no") quits without writing."""
    answers = interview.state()
    kept = {k: v for k, v in interview.given.items()}
    for key in sorted(set(interview.asked) | set(interview.chosen)):  # typed, even if gone back
        value = answers.values.get(key)
        if answers.applicable.get(key) and not isinstance(value, Unanswered):
            kept.setdefault(key, RawAnswer(value, "the interview"))
    typed = [k for k in set(interview.asked) | set(interview.chosen) if k in kept]
    if not typed:
        raise KeyboardInterrupt           # nothing answered yet: nothing to lose
    if out.exists() and not replace:
        raise KeyboardInterrupt           # never replace a file the user did not agree to
    prompter.say("")
    n = len(typed)
    if not prompter.confirm(f"Stopped. Save your {n} answer{'s' if n != 1 else ''} so far to "
                            f"{out}, so you can go on later?", default=True):
        raise KeyboardInterrupt
    from .answers import resolve

    partial = resolve(lib.questions, [kept], source="the interview", require_all=False)
    partial.applicable = {k: on and k in kept for k, on in partial.applicable.items()}
    text = render_answers_yaml(lib, partial, partial=True)
    atomic_write(out, text.encode("utf-8"), replace=replace)
    con.print(f"Saved {len(kept)} answers to {escape(str(out))}. To go on from the first "
              f"question left, run: ordinance-kit init --update {escape(str(out))}")
    return 130
