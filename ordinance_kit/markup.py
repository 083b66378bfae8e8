"""The clause body markup, read after Jinja has run.

Blocks are separated by blank lines. `*` to `****` start a subdivision at that depth, an
optional `[#id]` names it, an optional `_Heading._` gives it an italic heading, and lines that
follow continue it. Inline: `[[Term]]` / `[[Term|shown text]]` mark defined terms, `@[id]`,
`@[id#sub]` and `@[#sub]` are cross-references. Printed answer values arrive as opaque tokens
(see templating.py) and come back as literal text here, after the markup is read.
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import Any

from .model import Blank, Emphasis, Text
from .templating import TOKEN_RE, RenderState

MAX_DEPTH = 4
_ITEM_RE = re.compile(r"^(\*+)(\s+|$)(.*)$")
_ID_RE = re.compile(r"^\[#([a-z][a-z0-9-]*)\]\s*")
_HEADING_RE = re.compile(r"^_([^_]+)_(\s+|$)")
_INLINE_RE = re.compile(r"\[\[([^\]|]+?)(?:\|([^\]]+?))?\]\]|@\[([a-z0-9-]*)(?:#([a-z0-9-]+))?\]")


class AnswerText(Text):
    """Literal text that came from an answer value (kept apart so lints skip it)."""


@dataclass(frozen=True)
class RawTerm:
    key: str            # the term as written in [[...]]
    text: str           # what the reader sees


@dataclass(frozen=True)
class RawRef:
    clause: str         # "" means the clause being read
    sub: str | None


@dataclass
class RawBlock:
    kind: str                       # "text" | "numbered" | "signature"
    depth: int                      # 0 for text and signature
    inlines: list[Any] = field(default_factory=list)
    sub_id: str | None = None
    line: int = 0                   # 1-based line in the rendered body
    source_clause: str | None = None   # set when a definition's blocks join the definitions section


class MarkupError(ValueError):
    """A body that does not follow the markup; the message says what and where."""


def parse_body(text: str, state: RenderState) -> list[RawBlock]:
    blocks: list[RawBlock] = []
    current: tuple[RawBlock, list[str]] | None = None

    def close():
        nonlocal current
        if current is not None:
            block, lines = current
            joined = " ".join(lines).strip()
            block.inlines = _inline(joined, state, block.kind == "numbered", block)
            if block.inlines:
                blocks.append(block)
            current = None

    for number, line in enumerate(text.split("\n"), start=1):
        stripped = line.strip()
        if not stripped:
            close()
            continue
        item = _ITEM_RE.match(stripped)
        if item:
            close()
            depth = len(item.group(1))
            if depth > MAX_DEPTH:
                raise MarkupError(f"rendered line {number}: {depth} stars; subdivisions go at "
                                  f"most {MAX_DEPTH} levels deep")
            block = RawBlock("numbered", depth, line=number)
            rest = item.group(3)
            id_match = _ID_RE.match(rest)
            if id_match:
                block.sub_id = id_match.group(1)
                rest = rest[id_match.end():]
            current = (block, [rest])
            continue
        if re.match(r"^\*+\S", stripped):
            raise MarkupError(f"rendered line {number}: put a space after the stars in "
                              f"'{stripped[:30]}'")
        if stripped.startswith("!sig"):
            close()
            title = stripped[4:].strip()
            if not title:
                raise MarkupError(f"rendered line {number}: '!sig' needs the signer's title")
            block = RawBlock("signature", 0, line=number)
            block.inlines = _inline(title, state, False, block)
            blocks.append(block)
            continue
        if current is None:
            current = (RawBlock("text", 0, line=number), [stripped])
        else:
            current[1].append(stripped)
    close()
    return blocks


def _inline(text: str, state: RenderState, allow_heading: bool, block: RawBlock) -> list[Any]:
    out: list[Any] = []
    heading = _HEADING_RE.match(text)
    if heading:
        out.append(Emphasis(_detoken(heading.group(1), state)))
        text = text[heading.end():]
        out.append(Text(" "))
    pos = 0
    for m in _INLINE_RE.finditer(text):
        out.extend(_literal(text[pos:m.start()], state))
        if m.group(1) is not None:
            key = _detoken(m.group(1), state).strip()
            shown = _detoken(m.group(2), state).strip() if m.group(2) else key
            out.append(RawTerm(key, shown))
        else:
            out.append(RawRef(m.group(3), m.group(4)))
        pos = m.end()
    out.extend(_literal(text[pos:], state))
    return _merge_text(out)


def _literal(text: str, state: RenderState) -> list[Any]:
    """Text with tokens replaced by their values (answers become literal Text)."""
    out: list[Any] = []
    pos = 0
    for m in TOKEN_RE.finditer(text):
        if m.start() > pos:
            out.append(Text(text[pos:m.start()]))
        out.append(_value(state.values[int(m.group(1))]))
        pos = m.end()
    if pos < len(text):
        out.append(Text(text[pos:]))
    return out


def _value(value: Any) -> Any:
    from .values import Unanswered

    if isinstance(value, Blank):
        return value
    if isinstance(value, Unanswered):
        return Blank(value.label)
    return AnswerText(str(value))


def _detoken(text: str, state: RenderState) -> str:
    return TOKEN_RE.sub(lambda m: str(state.values[int(m.group(1))]), text)


def _merge_text(items: list[Any]) -> list[Any]:
    out: list[Any] = []
    for item in items:
        if type(item) is Text and out and type(out[-1]) is Text:
            out[-1] = Text(out[-1].text + item.text)
        elif isinstance(item, Text) and not item.text:
            continue
        else:
            out.append(item)
    # trim outer whitespace, keeping the class: an answer value that opens or ends a block
    # stays AnswerText, so the unmarked-term lint still skips it
    if out and isinstance(out[0], Text):
        out[0] = type(out[0])(out[0].text.lstrip())
        if not out[0].text:
            out.pop(0)
    if out and isinstance(out[-1], Text):
        out[-1] = type(out[-1])(out[-1].text.rstrip())
        if not out[-1].text:
            out.pop()
    return out
