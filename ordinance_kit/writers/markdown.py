"""Markdown writer: a plain preview of the ordinance, good for diffs and review.

It renders the tree as is: numbers, labels and reference texts come from the engine.
Blanks are bold and bracketed; drafter's notes become block quotes after their clause.
"""
from __future__ import annotations

from ..dates import long_date
from ..model import (Blank, Block, DefinedTerm, Emphasis, Note, Ordinance, Ref, TermUse, Text,
                     WriterOptions)

_INDENT = {0: "", 1: "", 2: "    ", 3: "        ", 4: "            "}


def _escape(text: str) -> str:
    # Keep answer text literal in Markdown viewers too.
    for ch in ("\\", "*", "_", "`", "[", "]", "<", ">", "#"):
        text = text.replace(ch, "\\" + ch)
    return text


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
        lines.append(f"> {_escape(para)}")
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
        return f"\\_\\_\\_\\_\\_\\_\\_\\_\\_\\_\\_\\_\\_\\_\\_\\_\\_\\_\\_\\_  \n{text}"
    return text


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
        lines.append(_inline(block.inlines))
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
