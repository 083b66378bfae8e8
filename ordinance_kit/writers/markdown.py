"""Markdown writer: a plain preview of the ordinance, good for diffs and review.

It renders the tree as is: numbers, labels and reference texts come from the engine.
Blanks are bold and bracketed; drafter's notes become block quotes after their clause.
"""
from __future__ import annotations

import re

from ..dates import long_date
from ..model import (Blank, Block, DefinedTerm, Emphasis, Note, Ordinance, Ref, TermUse, Text,
                     WriterOptions)

# One space a level, three at most: CommonMark reads a line indented four spaces after a blank
# line as a code block, which shows every escape and ** literally and drops the anchors.
_INDENT = {0: "", 1: "", 2: " ", 3: "  ", 4: "   "}

# "&copy;", "&#169;", "&#xA9;" would print as a symbol; a bare "A & B" prints as it is, so only
# an ampersand that starts a character reference is escaped (the raw text stays readable).
_ENTITY = re.compile(r"&(?=#[0-9]{1,7};|#[xX][0-9a-fA-F]{1,6};|[A-Za-z][A-Za-z0-9]{0,31};)")
# At the start of a line these start a list, a setext heading underline or a code fence.
_LINE_START = re.compile(r"[-+=~]|[0-9]{1,9}(?=[.)])")


def _escape(text: str) -> str:
    # Keep answer text literal in Markdown viewers too.
    for ch in ("\\", "*", "_", "`", "[", "]", "<", ">", "#"):
        text = text.replace(ch, "\\" + ch)
    return escape_entities(text)


def escape_entities(text: str) -> str:
    """'&copy;' stays those six characters in a viewer; a bare '&' is left as it is.
    (Shared with `explain --format md`.)"""
    return _ENTITY.sub(r"\\&", text)


def _line_start(text: str) -> str:
    """Escape what would make a line that begins with `text` a list, heading or fence.
    Leading spaces and tabs go: four of them make a code block, and fewer print nothing."""
    text = text.lstrip(" \t")
    m = _LINE_START.match(text)
    if not m:
        return text
    if m.group()[0].isdigit():          # "1. Mayor": escape the dot, not the digits
        return text[:m.end()] + "\\" + text[m.end():]
    return "\\" + text


def _inline(items) -> str:
    out = []
    for item in items:
        if isinstance(item, DefinedTerm):
            out.append(f"**\u201c{_escape(item.text)}\u201d**")
        elif isinstance(item, Emphasis):
            out.append(f"*{_escape(item.text)}*")
        elif isinstance(item, Blank):
            out.append(f"**\\[{_escape(item.label)}\\]**")
        elif isinstance(item, Ref):
            out.append(f"[{_escape(item.text)}](#{item.anchor})")
        elif isinstance(item, (Text, TermUse)):
            out.append(_escape(item.text))
    return "".join(out)


def _note(note: Note | None, enabled: bool) -> list[str]:
    if note is None or not enabled:
        return []
    lines = [f"> **Drafter's note: {_escape(note.title)}.**", ">"]
    for para in note.text.split("\n\n"):
        lines.append(f"> {_line_start(_escape(para))}")
        lines.append(">")
    if note.sources:
        lines.append("> Sources: " + "; ".join(_escape(s) for s in note.sources))
    else:
        lines.pop()
    return lines + [""]


def _block(block: Block) -> str:
    text = _inline(block.inlines)
    anchor = f'<a id="{block.anchor}"></a>' if block.anchor else ""
    if block.kind == "numbered":
        return f"{_INDENT[block.level]}{anchor}{block.label} {text}"
    if block.kind == "signature":
        return f"\\_\\_\\_\\_\\_\\_\\_\\_\\_\\_\\_\\_\\_\\_\\_\\_\\_\\_\\_\\_  \n{_line_start(text)}"
    return _line_start(text)


def render_markdown(ordinance: Ordinance, options: WriterOptions | None = None) -> str:
    meta = ordinance.meta
    notes = (options or WriterOptions()).notes
    lines: list[str] = []
    lines.append(f"<!-- {meta.generator}; library {meta.library_hash}; answers "
                 f"{meta.answers_hash} -->")
    if meta.draft:
        lines.append(f"*DRAFT of {long_date(meta.draft_date)} \u2014 {_escape(meta.header_text)}*")
        lines.append("")
    lines.append(f"# {_inline(ordinance.number_line)}")
    lines.append("")
    for block in ordinance.caption:
        lines.append(f"**{_inline(block.inlines)}**")
        lines.append("")
        lines += _note(block.note, notes)
    for block in ordinance.recitals:
        lines.append(_line_start(_inline(block.inlines)))
        lines.append("")
        lines += _note(block.note, notes)
    for block in ordinance.enacting:
        lines.append(f"**{_inline(block.inlines)}**")
        lines.append("")
        lines += _note(block.note, notes)
    for section in ordinance.sections:
        lines.append(f'## <a id="{section.anchor}"></a>{section.label} {_escape(section.heading)}.')
        lines.append("")
        lines += _note(section.note, notes)
        for block in section.blocks:
            lines.append(_block(block))
            lines.append("")
            lines += _note(block.note, notes)
    for block in ordinance.closing:
        lines.append(_block(block))
        lines.append("")
        lines += _note(block.note, notes)
    while lines and lines[-1] == "":
        lines.pop()
    return "\n".join(lines) + "\n"
