"""The whole `ordinance-kit init` session: check where the answers file goes, plan an update of
an existing file, run the interview (or accept the defaults), write the self-explaining answers
file, and say what happened. The CLI only parses the options and calls `run_init`.
"""
from __future__ import annotations

import sys
from pathlib import Path

from .cli_common import escape_rich as escape

from .answers_writer import render_answers_yaml
from .errors import UserError
from .interview import Interview, QuestionaryPrompter, given_from_sets, plan_update
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
    prompter = QuestionaryPrompter() if interactive else None
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
    if plan:
        only = {k for k in qs.by_key if k not in plan.mentioned} | plan.reask
    interview = Interview(lib, prompter, given, only=only,
                          source=str(update) if update else "the interview")
    if interactive:
        if not plan:
            prompter.say("Answer each question; press Enter to keep the suggested answer. "
                         "You can review and change everything at the end. Ctrl-C stops "
                         "without writing anything.")
        answers = interview.run()
    else:
        answers = interview.finish()
    text = render_answers_yaml(lib, answers)
    before = update.read_bytes() if in_place else None
    atomic_write(out, text.encode("utf-8"), replace=replace)
    applicable = [k for k, on in answers.applicable.items() if on]
    written = [k for k in applicable if not isinstance(answers.values.get(k), Unanswered)]
    defaulted = sum(1 for k in written if answers.origins.get(k) == "default")
    if plan:
        asked = [k for k in interview.asked_order]
        new = sorted(k for k in applicable if k not in plan.mentioned)
        if new:
            con.print("New questions answered: " + escape(", ".join(new)) + ".")
        if asked and interactive:
            con.print("Asked again or for the first time: " + escape(", ".join(asked)) + ".")
        if not (new or plan.notes or asked):
            con.print("Nothing needed changing: every answer is still valid.")
        if before is not None and before == text.encode("utf-8"):
            con.print("The file was already up to date.")
    con.print(f"Wrote {escape(str(out))}: {len(written)} answers "
              f"({defaulted} of them defaults). Next: ordinance-kit check "
              f"{escape(str(out))}, then ordinance-kit build {escape(str(out))} "
              "-o draft.docx")
    return 0
