"""Writing an answers file that explains itself.

`ordinance-kit init` writes every answer that applies, grouped as in the question set, each
preceded by its question's label and help as comments, with "(default)" after answers that
are the default. The file starts with the library digest and ordinance-kit version it was
written with, so `init --update` can tell what changed. The text re-loads with
`answers.load_answers` to the same values (tested).
"""
from __future__ import annotations

import datetime as _dt
import io
import textwrap
from typing import Any

from . import __version__
from .answers import Answers
from .questions import Question
from .values import Unanswered

WIDTH = 92


def render_answers_yaml(library, answers: Answers, *, title: str | None = None,
                        partial: bool = False) -> str:
    """The whole answers file as text. `partial`: answers saved part-way through an interview
    (only those given, each written as an answer), for `init --update` to go on from."""
    qs = library.questions
    out: list[str] = []
    head = title or "Answers for ordinance-kit"
    out.append(f"# {head}.")
    if partial:
        out += _comment("Saved part-way through the interview: to answer the remaining "
                        "questions, run 'ordinance-kit init --update FILE'.", "")
    out += _comment("Each answer follows a short note on what it means. Change a value after "
                    "its colon, then run 'ordinance-kit check FILE' to test the file and "
                    "'ordinance-kit build FILE -o draft.docx' to make the draft. "
                    "'ordinance-kit questions' lists every question.", "")
    out.append(f"_library: {_scalar(library.digest)}")
    out.append(f"_version: {_scalar(__version__)}")
    if partial:
        out.append("_partial: true")
    groups = [g for g in qs.groups]
    known = {g.id for g in groups}
    for q in qs.questions:                 # groups used only by questions, in order
        if q.group not in known:
            from .questions import QuestionGroup
            groups.append(QuestionGroup(q.group, q.group))
            known.add(q.group)
    for group in groups:
        questions = [q for q in qs.group_questions(group.id) if answers.applicable.get(q.key)]
        if not questions:
            continue
        out.append("")
        out.append("# " + "-" * (WIDTH - 2))
        out.append(f"# {group.title}")
        if group.intro:
            out += _comment(group.intro, "")
        out.append(f"{group.id}:")
        for q in questions:
            out += _question_lines(q, answers)
    return "\n".join(out) + "\n"


def _question_lines(q: Question, answers: Answers) -> list[str]:
    lines = [""]
    value = answers.values.get(q.key)
    lines += _comment(q.label + ("." if not q.label.endswith((".", "?")) else "")
                      + (" " + q.help if q.help else ""), "  ")
    lines += _comment(f"Answer: {q.expected()}.", "  ")
    if isinstance(value, Unanswered) or value is None:
        lines.append(f"  # {q.name}:   (not answered; optional: leave it out to print a blank)")
        return lines
    if is_computed_default(q, answers):
        # A computed default stays computed: written active, it would not follow a later
        # change to the answers it is worked out from (a new name, a new date).
        lines.append(f"  # {q.name}: {_scalar(value) if q.type != 'multi' else value}"
                     "   (default, worked out from other answers; to fix it, remove the #)")
        return lines
    mark = "  # (default)" if is_marked_default(q, answers) else ""
    if q.type == "multi":
        if not value:
            lines.append(f"  {q.name}: []{mark}")
        else:
            lines.append(f"  {q.name}:{mark}")
            lines += [f"    - {_scalar(item)}" for item in value]
        return lines
    lines.append(f"  {q.name}: {_scalar(value)}{mark}")
    return lines


def is_computed_default(q: Question, answers: Answers) -> bool:
    """A default worked out from other answers, written commented out so it keeps following
    them."""
    return (answers.origins.get(q.key) == "default" and q.default is None
            and q.default_expr is not None)


def is_marked_default(q: Question, answers: Answers) -> bool:
    """Whether the file shows this answer as a default: a computed default, or the question's
    fixed default (marked by value, so the mark survives re-loading the file)."""
    value = answers.values.get(q.key)
    if isinstance(value, Unanswered) or value is None:
        return False
    return is_computed_default(q, answers) or (q.default is not None and value == q.default)


def _comment(text: str, indent: str) -> list[str]:
    text = " ".join(str(text).split())
    return [f"{indent}# {line}" for line in
            textwrap.wrap(text, WIDTH - len(indent) - 2, break_on_hyphens=False)] or []


# --- scalars ------------------------------------------------------------------------------------

def _scalar(value: Any) -> str:
    """One YAML scalar that reads back as exactly `value`."""
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, int):
        return str(value)
    if isinstance(value, float):
        return repr(value)
    if isinstance(value, _dt.date):
        return value.isoformat()
    text = str(value)
    if _plain_ok(text):
        return text
    return _double_quoted(text)


def _plain_ok(text: str) -> bool:
    """Plain (unquoted) style only when ruamel reads it back as the same string."""
    if not text or text != text.strip() or len(text) > 200:
        return False
    if any(not (c.isalnum() or c in " .,'()&/-_$§") for c in text):
        return False
    if text.lower() in {"y", "n", "yes", "no", "on", "off", "true", "false", "null", "~"}:
        return False
    if text[0] in "-&*'!|>%@`" or text.endswith(":"):
        return False
    try:
        from ruamel.yaml import YAML

        loaded = YAML(typ="rt").load(io.StringIO(f"k: {text}\n"))
    except Exception:
        return False
    got = loaded.get("k") if isinstance(loaded, dict) else None
    return type(got) is not bool and isinstance(got, str) and str(got) == text


def _double_quoted(text: str) -> str:
    out = ['"']
    for ch in text:
        code = ord(ch)
        if ch == '"':
            out.append('\\"')
        elif ch == "\\":
            out.append("\\\\")
        elif ch == "\n":
            out.append("\\n")
        elif ch == "\t":
            out.append("\\t")
        elif code < 0x20 or 0x7F <= code <= 0x9F or ch in "\u2028\u2029\ufeff" \
                or 0xD800 <= code <= 0xDFFF or code in (0xFFFE, 0xFFFF):
            out.append(f"\\u{code:04x}" if code <= 0xFFFF else f"\\U{code:08x}")
        else:
            out.append(ch)
    out.append('"')
    return "".join(out)
