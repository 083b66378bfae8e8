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


from mutmut.mutation.trampoline import wrap_in_trampoline as _mutmut_mutated, MutantDict


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
mutants_x_parse_body__mutmut: MutantDict = {}  # type: ignore


@_mutmut_mutated(mutants_x_parse_body__mutmut)
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


def x_parse_body__mutmut_orig(text: str, state: RenderState) -> list[RawBlock]:
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


def x_parse_body__mutmut_1(text: str, state: RenderState) -> list[RawBlock]:
    blocks: list[RawBlock] = None
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


def x_parse_body__mutmut_2(text: str, state: RenderState) -> list[RawBlock]:
    blocks: list[RawBlock] = []
    current: tuple[RawBlock, list[str]] | None = ""

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


def x_parse_body__mutmut_3(text: str, state: RenderState) -> list[RawBlock]:
    blocks: list[RawBlock] = []
    current: tuple[RawBlock, list[str]] | None = None

    def close():
        nonlocal current
        if current is None:
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


def x_parse_body__mutmut_4(text: str, state: RenderState) -> list[RawBlock]:
    blocks: list[RawBlock] = []
    current: tuple[RawBlock, list[str]] | None = None

    def close():
        nonlocal current
        if current is not None:
            block, lines = None
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


def x_parse_body__mutmut_5(text: str, state: RenderState) -> list[RawBlock]:
    blocks: list[RawBlock] = []
    current: tuple[RawBlock, list[str]] | None = None

    def close():
        nonlocal current
        if current is not None:
            block, lines = current
            joined = None
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


def x_parse_body__mutmut_6(text: str, state: RenderState) -> list[RawBlock]:
    blocks: list[RawBlock] = []
    current: tuple[RawBlock, list[str]] | None = None

    def close():
        nonlocal current
        if current is not None:
            block, lines = current
            joined = " ".join(None).strip()
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


def x_parse_body__mutmut_7(text: str, state: RenderState) -> list[RawBlock]:
    blocks: list[RawBlock] = []
    current: tuple[RawBlock, list[str]] | None = None

    def close():
        nonlocal current
        if current is not None:
            block, lines = current
            joined = "XX XX".join(lines).strip()
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


def x_parse_body__mutmut_8(text: str, state: RenderState) -> list[RawBlock]:
    blocks: list[RawBlock] = []
    current: tuple[RawBlock, list[str]] | None = None

    def close():
        nonlocal current
        if current is not None:
            block, lines = current
            joined = " ".join(lines).strip()
            block.inlines = None
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


def x_parse_body__mutmut_9(text: str, state: RenderState) -> list[RawBlock]:
    blocks: list[RawBlock] = []
    current: tuple[RawBlock, list[str]] | None = None

    def close():
        nonlocal current
        if current is not None:
            block, lines = current
            joined = " ".join(lines).strip()
            block.inlines = _inline(None, state, block.kind == "numbered", block)
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


def x_parse_body__mutmut_10(text: str, state: RenderState) -> list[RawBlock]:
    blocks: list[RawBlock] = []
    current: tuple[RawBlock, list[str]] | None = None

    def close():
        nonlocal current
        if current is not None:
            block, lines = current
            joined = " ".join(lines).strip()
            block.inlines = _inline(joined, None, block.kind == "numbered", block)
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


def x_parse_body__mutmut_11(text: str, state: RenderState) -> list[RawBlock]:
    blocks: list[RawBlock] = []
    current: tuple[RawBlock, list[str]] | None = None

    def close():
        nonlocal current
        if current is not None:
            block, lines = current
            joined = " ".join(lines).strip()
            block.inlines = _inline(joined, state, None, block)
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


def x_parse_body__mutmut_12(text: str, state: RenderState) -> list[RawBlock]:
    blocks: list[RawBlock] = []
    current: tuple[RawBlock, list[str]] | None = None

    def close():
        nonlocal current
        if current is not None:
            block, lines = current
            joined = " ".join(lines).strip()
            block.inlines = _inline(joined, state, block.kind == "numbered", None)
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


def x_parse_body__mutmut_13(text: str, state: RenderState) -> list[RawBlock]:
    blocks: list[RawBlock] = []
    current: tuple[RawBlock, list[str]] | None = None

    def close():
        nonlocal current
        if current is not None:
            block, lines = current
            joined = " ".join(lines).strip()
            block.inlines = _inline(state, block.kind == "numbered", block)
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


def x_parse_body__mutmut_14(text: str, state: RenderState) -> list[RawBlock]:
    blocks: list[RawBlock] = []
    current: tuple[RawBlock, list[str]] | None = None

    def close():
        nonlocal current
        if current is not None:
            block, lines = current
            joined = " ".join(lines).strip()
            block.inlines = _inline(joined, block.kind == "numbered", block)
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


def x_parse_body__mutmut_15(text: str, state: RenderState) -> list[RawBlock]:
    blocks: list[RawBlock] = []
    current: tuple[RawBlock, list[str]] | None = None

    def close():
        nonlocal current
        if current is not None:
            block, lines = current
            joined = " ".join(lines).strip()
            block.inlines = _inline(joined, state, block)
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


def x_parse_body__mutmut_16(text: str, state: RenderState) -> list[RawBlock]:
    blocks: list[RawBlock] = []
    current: tuple[RawBlock, list[str]] | None = None

    def close():
        nonlocal current
        if current is not None:
            block, lines = current
            joined = " ".join(lines).strip()
            block.inlines = _inline(joined, state, block.kind == "numbered", )
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


def x_parse_body__mutmut_17(text: str, state: RenderState) -> list[RawBlock]:
    blocks: list[RawBlock] = []
    current: tuple[RawBlock, list[str]] | None = None

    def close():
        nonlocal current
        if current is not None:
            block, lines = current
            joined = " ".join(lines).strip()
            block.inlines = _inline(joined, state, block.kind != "numbered", block)
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


def x_parse_body__mutmut_18(text: str, state: RenderState) -> list[RawBlock]:
    blocks: list[RawBlock] = []
    current: tuple[RawBlock, list[str]] | None = None

    def close():
        nonlocal current
        if current is not None:
            block, lines = current
            joined = " ".join(lines).strip()
            block.inlines = _inline(joined, state, block.kind == "XXnumberedXX", block)
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


def x_parse_body__mutmut_19(text: str, state: RenderState) -> list[RawBlock]:
    blocks: list[RawBlock] = []
    current: tuple[RawBlock, list[str]] | None = None

    def close():
        nonlocal current
        if current is not None:
            block, lines = current
            joined = " ".join(lines).strip()
            block.inlines = _inline(joined, state, block.kind == "NUMBERED", block)
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


def x_parse_body__mutmut_20(text: str, state: RenderState) -> list[RawBlock]:
    blocks: list[RawBlock] = []
    current: tuple[RawBlock, list[str]] | None = None

    def close():
        nonlocal current
        if current is not None:
            block, lines = current
            joined = " ".join(lines).strip()
            block.inlines = _inline(joined, state, block.kind == "numbered", block)
            if block.inlines:
                blocks.append(None)
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


def x_parse_body__mutmut_21(text: str, state: RenderState) -> list[RawBlock]:
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
            current = ""

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


def x_parse_body__mutmut_22(text: str, state: RenderState) -> list[RawBlock]:
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

    for number, line in enumerate(None, start=1):
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


def x_parse_body__mutmut_23(text: str, state: RenderState) -> list[RawBlock]:
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

    for number, line in enumerate(text.split("\n"), start=None):
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


def x_parse_body__mutmut_24(text: str, state: RenderState) -> list[RawBlock]:
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

    for number, line in enumerate(start=1):
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


def x_parse_body__mutmut_25(text: str, state: RenderState) -> list[RawBlock]:
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

    for number, line in enumerate(text.split("\n"), ):
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


def x_parse_body__mutmut_26(text: str, state: RenderState) -> list[RawBlock]:
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

    for number, line in enumerate(text.split(None), start=1):
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


def x_parse_body__mutmut_27(text: str, state: RenderState) -> list[RawBlock]:
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

    for number, line in enumerate(text.split("XX\nXX"), start=1):
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


def x_parse_body__mutmut_28(text: str, state: RenderState) -> list[RawBlock]:
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

    for number, line in enumerate(text.split("\n"), start=2):
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


def x_parse_body__mutmut_29(text: str, state: RenderState) -> list[RawBlock]:
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
        stripped = None
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


def x_parse_body__mutmut_30(text: str, state: RenderState) -> list[RawBlock]:
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
        if stripped:
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


def x_parse_body__mutmut_31(text: str, state: RenderState) -> list[RawBlock]:
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
            break
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


def x_parse_body__mutmut_32(text: str, state: RenderState) -> list[RawBlock]:
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
        item = None
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


def x_parse_body__mutmut_33(text: str, state: RenderState) -> list[RawBlock]:
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
        item = _ITEM_RE.match(None)
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


def x_parse_body__mutmut_34(text: str, state: RenderState) -> list[RawBlock]:
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
            depth = None
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


def x_parse_body__mutmut_35(text: str, state: RenderState) -> list[RawBlock]:
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
            if depth >= MAX_DEPTH:
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


def x_parse_body__mutmut_36(text: str, state: RenderState) -> list[RawBlock]:
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
                raise MarkupError(None)
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


def x_parse_body__mutmut_37(text: str, state: RenderState) -> list[RawBlock]:
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
            block = None
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


def x_parse_body__mutmut_38(text: str, state: RenderState) -> list[RawBlock]:
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
            block = RawBlock(None, depth, line=number)
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


def x_parse_body__mutmut_39(text: str, state: RenderState) -> list[RawBlock]:
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
            block = RawBlock("numbered", None, line=number)
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


def x_parse_body__mutmut_40(text: str, state: RenderState) -> list[RawBlock]:
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
            block = RawBlock("numbered", depth, line=None)
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


def x_parse_body__mutmut_41(text: str, state: RenderState) -> list[RawBlock]:
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
            block = RawBlock(depth, line=number)
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


def x_parse_body__mutmut_42(text: str, state: RenderState) -> list[RawBlock]:
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
            block = RawBlock("numbered", line=number)
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


def x_parse_body__mutmut_43(text: str, state: RenderState) -> list[RawBlock]:
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
            block = RawBlock("numbered", depth, )
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


def x_parse_body__mutmut_44(text: str, state: RenderState) -> list[RawBlock]:
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
            block = RawBlock("XXnumberedXX", depth, line=number)
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


def x_parse_body__mutmut_45(text: str, state: RenderState) -> list[RawBlock]:
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
            block = RawBlock("NUMBERED", depth, line=number)
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


def x_parse_body__mutmut_46(text: str, state: RenderState) -> list[RawBlock]:
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
            rest = None
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


def x_parse_body__mutmut_47(text: str, state: RenderState) -> list[RawBlock]:
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
            rest = item.group(None)
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


def x_parse_body__mutmut_48(text: str, state: RenderState) -> list[RawBlock]:
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
            rest = item.group(4)
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


def x_parse_body__mutmut_49(text: str, state: RenderState) -> list[RawBlock]:
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
            id_match = None
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


def x_parse_body__mutmut_50(text: str, state: RenderState) -> list[RawBlock]:
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
            id_match = _ID_RE.match(None)
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


def x_parse_body__mutmut_51(text: str, state: RenderState) -> list[RawBlock]:
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
                block.sub_id = None
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


def x_parse_body__mutmut_52(text: str, state: RenderState) -> list[RawBlock]:
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
                block.sub_id = id_match.group(None)
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


def x_parse_body__mutmut_53(text: str, state: RenderState) -> list[RawBlock]:
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
                block.sub_id = id_match.group(2)
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


def x_parse_body__mutmut_54(text: str, state: RenderState) -> list[RawBlock]:
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
                rest = None
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


def x_parse_body__mutmut_55(text: str, state: RenderState) -> list[RawBlock]:
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
            current = None
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


def x_parse_body__mutmut_56(text: str, state: RenderState) -> list[RawBlock]:
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
            break
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


def x_parse_body__mutmut_57(text: str, state: RenderState) -> list[RawBlock]:
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
        if re.match(None, stripped):
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


def x_parse_body__mutmut_58(text: str, state: RenderState) -> list[RawBlock]:
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
        if re.match(r"^\*+\S", None):
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


def x_parse_body__mutmut_59(text: str, state: RenderState) -> list[RawBlock]:
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
        if re.match(stripped):
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


def x_parse_body__mutmut_60(text: str, state: RenderState) -> list[RawBlock]:
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
        if re.match(r"^\*+\S", ):
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


def x_parse_body__mutmut_61(text: str, state: RenderState) -> list[RawBlock]:
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
        if re.match(r"XX^\*+\SXX", stripped):
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


def x_parse_body__mutmut_62(text: str, state: RenderState) -> list[RawBlock]:
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
            raise MarkupError(None)
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


def x_parse_body__mutmut_63(text: str, state: RenderState) -> list[RawBlock]:
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
                              f"'{stripped[:31]}'")
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


def x_parse_body__mutmut_64(text: str, state: RenderState) -> list[RawBlock]:
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
        if stripped.startswith(None):
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


def x_parse_body__mutmut_65(text: str, state: RenderState) -> list[RawBlock]:
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
        if stripped.startswith("XX!sigXX"):
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


def x_parse_body__mutmut_66(text: str, state: RenderState) -> list[RawBlock]:
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
        if stripped.startswith("!SIG"):
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


def x_parse_body__mutmut_67(text: str, state: RenderState) -> list[RawBlock]:
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
            title = None
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


def x_parse_body__mutmut_68(text: str, state: RenderState) -> list[RawBlock]:
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
            title = stripped[5:].strip()
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


def x_parse_body__mutmut_69(text: str, state: RenderState) -> list[RawBlock]:
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
            if title:
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


def x_parse_body__mutmut_70(text: str, state: RenderState) -> list[RawBlock]:
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
                raise MarkupError(None)
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


def x_parse_body__mutmut_71(text: str, state: RenderState) -> list[RawBlock]:
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
            block = None
            block.inlines = _inline(title, state, False, block)
            blocks.append(block)
            continue
        if current is None:
            current = (RawBlock("text", 0, line=number), [stripped])
        else:
            current[1].append(stripped)
    close()
    return blocks


def x_parse_body__mutmut_72(text: str, state: RenderState) -> list[RawBlock]:
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
            block = RawBlock(None, 0, line=number)
            block.inlines = _inline(title, state, False, block)
            blocks.append(block)
            continue
        if current is None:
            current = (RawBlock("text", 0, line=number), [stripped])
        else:
            current[1].append(stripped)
    close()
    return blocks


def x_parse_body__mutmut_73(text: str, state: RenderState) -> list[RawBlock]:
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
            block = RawBlock("signature", None, line=number)
            block.inlines = _inline(title, state, False, block)
            blocks.append(block)
            continue
        if current is None:
            current = (RawBlock("text", 0, line=number), [stripped])
        else:
            current[1].append(stripped)
    close()
    return blocks


def x_parse_body__mutmut_74(text: str, state: RenderState) -> list[RawBlock]:
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
            block = RawBlock("signature", 0, line=None)
            block.inlines = _inline(title, state, False, block)
            blocks.append(block)
            continue
        if current is None:
            current = (RawBlock("text", 0, line=number), [stripped])
        else:
            current[1].append(stripped)
    close()
    return blocks


def x_parse_body__mutmut_75(text: str, state: RenderState) -> list[RawBlock]:
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
            block = RawBlock(0, line=number)
            block.inlines = _inline(title, state, False, block)
            blocks.append(block)
            continue
        if current is None:
            current = (RawBlock("text", 0, line=number), [stripped])
        else:
            current[1].append(stripped)
    close()
    return blocks


def x_parse_body__mutmut_76(text: str, state: RenderState) -> list[RawBlock]:
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
            block = RawBlock("signature", line=number)
            block.inlines = _inline(title, state, False, block)
            blocks.append(block)
            continue
        if current is None:
            current = (RawBlock("text", 0, line=number), [stripped])
        else:
            current[1].append(stripped)
    close()
    return blocks


def x_parse_body__mutmut_77(text: str, state: RenderState) -> list[RawBlock]:
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
            block = RawBlock("signature", 0, )
            block.inlines = _inline(title, state, False, block)
            blocks.append(block)
            continue
        if current is None:
            current = (RawBlock("text", 0, line=number), [stripped])
        else:
            current[1].append(stripped)
    close()
    return blocks


def x_parse_body__mutmut_78(text: str, state: RenderState) -> list[RawBlock]:
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
            block = RawBlock("XXsignatureXX", 0, line=number)
            block.inlines = _inline(title, state, False, block)
            blocks.append(block)
            continue
        if current is None:
            current = (RawBlock("text", 0, line=number), [stripped])
        else:
            current[1].append(stripped)
    close()
    return blocks


def x_parse_body__mutmut_79(text: str, state: RenderState) -> list[RawBlock]:
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
            block = RawBlock("SIGNATURE", 0, line=number)
            block.inlines = _inline(title, state, False, block)
            blocks.append(block)
            continue
        if current is None:
            current = (RawBlock("text", 0, line=number), [stripped])
        else:
            current[1].append(stripped)
    close()
    return blocks


def x_parse_body__mutmut_80(text: str, state: RenderState) -> list[RawBlock]:
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
            block = RawBlock("signature", 1, line=number)
            block.inlines = _inline(title, state, False, block)
            blocks.append(block)
            continue
        if current is None:
            current = (RawBlock("text", 0, line=number), [stripped])
        else:
            current[1].append(stripped)
    close()
    return blocks


def x_parse_body__mutmut_81(text: str, state: RenderState) -> list[RawBlock]:
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
            block.inlines = None
            blocks.append(block)
            continue
        if current is None:
            current = (RawBlock("text", 0, line=number), [stripped])
        else:
            current[1].append(stripped)
    close()
    return blocks


def x_parse_body__mutmut_82(text: str, state: RenderState) -> list[RawBlock]:
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
            block.inlines = _inline(None, state, False, block)
            blocks.append(block)
            continue
        if current is None:
            current = (RawBlock("text", 0, line=number), [stripped])
        else:
            current[1].append(stripped)
    close()
    return blocks


def x_parse_body__mutmut_83(text: str, state: RenderState) -> list[RawBlock]:
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
            block.inlines = _inline(title, None, False, block)
            blocks.append(block)
            continue
        if current is None:
            current = (RawBlock("text", 0, line=number), [stripped])
        else:
            current[1].append(stripped)
    close()
    return blocks


def x_parse_body__mutmut_84(text: str, state: RenderState) -> list[RawBlock]:
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
            block.inlines = _inline(title, state, None, block)
            blocks.append(block)
            continue
        if current is None:
            current = (RawBlock("text", 0, line=number), [stripped])
        else:
            current[1].append(stripped)
    close()
    return blocks


def x_parse_body__mutmut_85(text: str, state: RenderState) -> list[RawBlock]:
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
            block.inlines = _inline(title, state, False, None)
            blocks.append(block)
            continue
        if current is None:
            current = (RawBlock("text", 0, line=number), [stripped])
        else:
            current[1].append(stripped)
    close()
    return blocks


def x_parse_body__mutmut_86(text: str, state: RenderState) -> list[RawBlock]:
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
            block.inlines = _inline(state, False, block)
            blocks.append(block)
            continue
        if current is None:
            current = (RawBlock("text", 0, line=number), [stripped])
        else:
            current[1].append(stripped)
    close()
    return blocks


def x_parse_body__mutmut_87(text: str, state: RenderState) -> list[RawBlock]:
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
            block.inlines = _inline(title, False, block)
            blocks.append(block)
            continue
        if current is None:
            current = (RawBlock("text", 0, line=number), [stripped])
        else:
            current[1].append(stripped)
    close()
    return blocks


def x_parse_body__mutmut_88(text: str, state: RenderState) -> list[RawBlock]:
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
            block.inlines = _inline(title, state, block)
            blocks.append(block)
            continue
        if current is None:
            current = (RawBlock("text", 0, line=number), [stripped])
        else:
            current[1].append(stripped)
    close()
    return blocks


def x_parse_body__mutmut_89(text: str, state: RenderState) -> list[RawBlock]:
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
            block.inlines = _inline(title, state, False, )
            blocks.append(block)
            continue
        if current is None:
            current = (RawBlock("text", 0, line=number), [stripped])
        else:
            current[1].append(stripped)
    close()
    return blocks


def x_parse_body__mutmut_90(text: str, state: RenderState) -> list[RawBlock]:
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
            block.inlines = _inline(title, state, True, block)
            blocks.append(block)
            continue
        if current is None:
            current = (RawBlock("text", 0, line=number), [stripped])
        else:
            current[1].append(stripped)
    close()
    return blocks


def x_parse_body__mutmut_91(text: str, state: RenderState) -> list[RawBlock]:
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
            blocks.append(None)
            continue
        if current is None:
            current = (RawBlock("text", 0, line=number), [stripped])
        else:
            current[1].append(stripped)
    close()
    return blocks


def x_parse_body__mutmut_92(text: str, state: RenderState) -> list[RawBlock]:
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
            break
        if current is None:
            current = (RawBlock("text", 0, line=number), [stripped])
        else:
            current[1].append(stripped)
    close()
    return blocks


def x_parse_body__mutmut_93(text: str, state: RenderState) -> list[RawBlock]:
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
        if current is not None:
            current = (RawBlock("text", 0, line=number), [stripped])
        else:
            current[1].append(stripped)
    close()
    return blocks


def x_parse_body__mutmut_94(text: str, state: RenderState) -> list[RawBlock]:
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
            current = None
        else:
            current[1].append(stripped)
    close()
    return blocks


def x_parse_body__mutmut_95(text: str, state: RenderState) -> list[RawBlock]:
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
            current = (RawBlock(None, 0, line=number), [stripped])
        else:
            current[1].append(stripped)
    close()
    return blocks


def x_parse_body__mutmut_96(text: str, state: RenderState) -> list[RawBlock]:
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
            current = (RawBlock("text", None, line=number), [stripped])
        else:
            current[1].append(stripped)
    close()
    return blocks


def x_parse_body__mutmut_97(text: str, state: RenderState) -> list[RawBlock]:
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
            current = (RawBlock("text", 0, line=None), [stripped])
        else:
            current[1].append(stripped)
    close()
    return blocks


def x_parse_body__mutmut_98(text: str, state: RenderState) -> list[RawBlock]:
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
            current = (RawBlock(0, line=number), [stripped])
        else:
            current[1].append(stripped)
    close()
    return blocks


def x_parse_body__mutmut_99(text: str, state: RenderState) -> list[RawBlock]:
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
            current = (RawBlock("text", line=number), [stripped])
        else:
            current[1].append(stripped)
    close()
    return blocks


def x_parse_body__mutmut_100(text: str, state: RenderState) -> list[RawBlock]:
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
            current = (RawBlock("text", 0, ), [stripped])
        else:
            current[1].append(stripped)
    close()
    return blocks


def x_parse_body__mutmut_101(text: str, state: RenderState) -> list[RawBlock]:
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
            current = (RawBlock("XXtextXX", 0, line=number), [stripped])
        else:
            current[1].append(stripped)
    close()
    return blocks


def x_parse_body__mutmut_102(text: str, state: RenderState) -> list[RawBlock]:
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
            current = (RawBlock("TEXT", 0, line=number), [stripped])
        else:
            current[1].append(stripped)
    close()
    return blocks


def x_parse_body__mutmut_103(text: str, state: RenderState) -> list[RawBlock]:
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
            current = (RawBlock("text", 1, line=number), [stripped])
        else:
            current[1].append(stripped)
    close()
    return blocks


def x_parse_body__mutmut_104(text: str, state: RenderState) -> list[RawBlock]:
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
            current[1].append(None)
    close()
    return blocks


def x_parse_body__mutmut_105(text: str, state: RenderState) -> list[RawBlock]:
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
            current[2].append(stripped)
    close()
    return blocks

mutants_x_parse_body__mutmut['_mutmut_orig'] = x_parse_body__mutmut_orig # type: ignore # mutmut generated
mutants_x_parse_body__mutmut['x_parse_body__mutmut_1'] = x_parse_body__mutmut_1 # type: ignore # mutmut generated
mutants_x_parse_body__mutmut['x_parse_body__mutmut_2'] = x_parse_body__mutmut_2 # type: ignore # mutmut generated
mutants_x_parse_body__mutmut['x_parse_body__mutmut_3'] = x_parse_body__mutmut_3 # type: ignore # mutmut generated
mutants_x_parse_body__mutmut['x_parse_body__mutmut_4'] = x_parse_body__mutmut_4 # type: ignore # mutmut generated
mutants_x_parse_body__mutmut['x_parse_body__mutmut_5'] = x_parse_body__mutmut_5 # type: ignore # mutmut generated
mutants_x_parse_body__mutmut['x_parse_body__mutmut_6'] = x_parse_body__mutmut_6 # type: ignore # mutmut generated
mutants_x_parse_body__mutmut['x_parse_body__mutmut_7'] = x_parse_body__mutmut_7 # type: ignore # mutmut generated
mutants_x_parse_body__mutmut['x_parse_body__mutmut_8'] = x_parse_body__mutmut_8 # type: ignore # mutmut generated
mutants_x_parse_body__mutmut['x_parse_body__mutmut_9'] = x_parse_body__mutmut_9 # type: ignore # mutmut generated
mutants_x_parse_body__mutmut['x_parse_body__mutmut_10'] = x_parse_body__mutmut_10 # type: ignore # mutmut generated
mutants_x_parse_body__mutmut['x_parse_body__mutmut_11'] = x_parse_body__mutmut_11 # type: ignore # mutmut generated
mutants_x_parse_body__mutmut['x_parse_body__mutmut_12'] = x_parse_body__mutmut_12 # type: ignore # mutmut generated
mutants_x_parse_body__mutmut['x_parse_body__mutmut_13'] = x_parse_body__mutmut_13 # type: ignore # mutmut generated
mutants_x_parse_body__mutmut['x_parse_body__mutmut_14'] = x_parse_body__mutmut_14 # type: ignore # mutmut generated
mutants_x_parse_body__mutmut['x_parse_body__mutmut_15'] = x_parse_body__mutmut_15 # type: ignore # mutmut generated
mutants_x_parse_body__mutmut['x_parse_body__mutmut_16'] = x_parse_body__mutmut_16 # type: ignore # mutmut generated
mutants_x_parse_body__mutmut['x_parse_body__mutmut_17'] = x_parse_body__mutmut_17 # type: ignore # mutmut generated
mutants_x_parse_body__mutmut['x_parse_body__mutmut_18'] = x_parse_body__mutmut_18 # type: ignore # mutmut generated
mutants_x_parse_body__mutmut['x_parse_body__mutmut_19'] = x_parse_body__mutmut_19 # type: ignore # mutmut generated
mutants_x_parse_body__mutmut['x_parse_body__mutmut_20'] = x_parse_body__mutmut_20 # type: ignore # mutmut generated
mutants_x_parse_body__mutmut['x_parse_body__mutmut_21'] = x_parse_body__mutmut_21 # type: ignore # mutmut generated
mutants_x_parse_body__mutmut['x_parse_body__mutmut_22'] = x_parse_body__mutmut_22 # type: ignore # mutmut generated
mutants_x_parse_body__mutmut['x_parse_body__mutmut_23'] = x_parse_body__mutmut_23 # type: ignore # mutmut generated
mutants_x_parse_body__mutmut['x_parse_body__mutmut_24'] = x_parse_body__mutmut_24 # type: ignore # mutmut generated
mutants_x_parse_body__mutmut['x_parse_body__mutmut_25'] = x_parse_body__mutmut_25 # type: ignore # mutmut generated
mutants_x_parse_body__mutmut['x_parse_body__mutmut_26'] = x_parse_body__mutmut_26 # type: ignore # mutmut generated
mutants_x_parse_body__mutmut['x_parse_body__mutmut_27'] = x_parse_body__mutmut_27 # type: ignore # mutmut generated
mutants_x_parse_body__mutmut['x_parse_body__mutmut_28'] = x_parse_body__mutmut_28 # type: ignore # mutmut generated
mutants_x_parse_body__mutmut['x_parse_body__mutmut_29'] = x_parse_body__mutmut_29 # type: ignore # mutmut generated
mutants_x_parse_body__mutmut['x_parse_body__mutmut_30'] = x_parse_body__mutmut_30 # type: ignore # mutmut generated
mutants_x_parse_body__mutmut['x_parse_body__mutmut_31'] = x_parse_body__mutmut_31 # type: ignore # mutmut generated
mutants_x_parse_body__mutmut['x_parse_body__mutmut_32'] = x_parse_body__mutmut_32 # type: ignore # mutmut generated
mutants_x_parse_body__mutmut['x_parse_body__mutmut_33'] = x_parse_body__mutmut_33 # type: ignore # mutmut generated
mutants_x_parse_body__mutmut['x_parse_body__mutmut_34'] = x_parse_body__mutmut_34 # type: ignore # mutmut generated
mutants_x_parse_body__mutmut['x_parse_body__mutmut_35'] = x_parse_body__mutmut_35 # type: ignore # mutmut generated
mutants_x_parse_body__mutmut['x_parse_body__mutmut_36'] = x_parse_body__mutmut_36 # type: ignore # mutmut generated
mutants_x_parse_body__mutmut['x_parse_body__mutmut_37'] = x_parse_body__mutmut_37 # type: ignore # mutmut generated
mutants_x_parse_body__mutmut['x_parse_body__mutmut_38'] = x_parse_body__mutmut_38 # type: ignore # mutmut generated
mutants_x_parse_body__mutmut['x_parse_body__mutmut_39'] = x_parse_body__mutmut_39 # type: ignore # mutmut generated
mutants_x_parse_body__mutmut['x_parse_body__mutmut_40'] = x_parse_body__mutmut_40 # type: ignore # mutmut generated
mutants_x_parse_body__mutmut['x_parse_body__mutmut_41'] = x_parse_body__mutmut_41 # type: ignore # mutmut generated
mutants_x_parse_body__mutmut['x_parse_body__mutmut_42'] = x_parse_body__mutmut_42 # type: ignore # mutmut generated
mutants_x_parse_body__mutmut['x_parse_body__mutmut_43'] = x_parse_body__mutmut_43 # type: ignore # mutmut generated
mutants_x_parse_body__mutmut['x_parse_body__mutmut_44'] = x_parse_body__mutmut_44 # type: ignore # mutmut generated
mutants_x_parse_body__mutmut['x_parse_body__mutmut_45'] = x_parse_body__mutmut_45 # type: ignore # mutmut generated
mutants_x_parse_body__mutmut['x_parse_body__mutmut_46'] = x_parse_body__mutmut_46 # type: ignore # mutmut generated
mutants_x_parse_body__mutmut['x_parse_body__mutmut_47'] = x_parse_body__mutmut_47 # type: ignore # mutmut generated
mutants_x_parse_body__mutmut['x_parse_body__mutmut_48'] = x_parse_body__mutmut_48 # type: ignore # mutmut generated
mutants_x_parse_body__mutmut['x_parse_body__mutmut_49'] = x_parse_body__mutmut_49 # type: ignore # mutmut generated
mutants_x_parse_body__mutmut['x_parse_body__mutmut_50'] = x_parse_body__mutmut_50 # type: ignore # mutmut generated
mutants_x_parse_body__mutmut['x_parse_body__mutmut_51'] = x_parse_body__mutmut_51 # type: ignore # mutmut generated
mutants_x_parse_body__mutmut['x_parse_body__mutmut_52'] = x_parse_body__mutmut_52 # type: ignore # mutmut generated
mutants_x_parse_body__mutmut['x_parse_body__mutmut_53'] = x_parse_body__mutmut_53 # type: ignore # mutmut generated
mutants_x_parse_body__mutmut['x_parse_body__mutmut_54'] = x_parse_body__mutmut_54 # type: ignore # mutmut generated
mutants_x_parse_body__mutmut['x_parse_body__mutmut_55'] = x_parse_body__mutmut_55 # type: ignore # mutmut generated
mutants_x_parse_body__mutmut['x_parse_body__mutmut_56'] = x_parse_body__mutmut_56 # type: ignore # mutmut generated
mutants_x_parse_body__mutmut['x_parse_body__mutmut_57'] = x_parse_body__mutmut_57 # type: ignore # mutmut generated
mutants_x_parse_body__mutmut['x_parse_body__mutmut_58'] = x_parse_body__mutmut_58 # type: ignore # mutmut generated
mutants_x_parse_body__mutmut['x_parse_body__mutmut_59'] = x_parse_body__mutmut_59 # type: ignore # mutmut generated
mutants_x_parse_body__mutmut['x_parse_body__mutmut_60'] = x_parse_body__mutmut_60 # type: ignore # mutmut generated
mutants_x_parse_body__mutmut['x_parse_body__mutmut_61'] = x_parse_body__mutmut_61 # type: ignore # mutmut generated
mutants_x_parse_body__mutmut['x_parse_body__mutmut_62'] = x_parse_body__mutmut_62 # type: ignore # mutmut generated
mutants_x_parse_body__mutmut['x_parse_body__mutmut_63'] = x_parse_body__mutmut_63 # type: ignore # mutmut generated
mutants_x_parse_body__mutmut['x_parse_body__mutmut_64'] = x_parse_body__mutmut_64 # type: ignore # mutmut generated
mutants_x_parse_body__mutmut['x_parse_body__mutmut_65'] = x_parse_body__mutmut_65 # type: ignore # mutmut generated
mutants_x_parse_body__mutmut['x_parse_body__mutmut_66'] = x_parse_body__mutmut_66 # type: ignore # mutmut generated
mutants_x_parse_body__mutmut['x_parse_body__mutmut_67'] = x_parse_body__mutmut_67 # type: ignore # mutmut generated
mutants_x_parse_body__mutmut['x_parse_body__mutmut_68'] = x_parse_body__mutmut_68 # type: ignore # mutmut generated
mutants_x_parse_body__mutmut['x_parse_body__mutmut_69'] = x_parse_body__mutmut_69 # type: ignore # mutmut generated
mutants_x_parse_body__mutmut['x_parse_body__mutmut_70'] = x_parse_body__mutmut_70 # type: ignore # mutmut generated
mutants_x_parse_body__mutmut['x_parse_body__mutmut_71'] = x_parse_body__mutmut_71 # type: ignore # mutmut generated
mutants_x_parse_body__mutmut['x_parse_body__mutmut_72'] = x_parse_body__mutmut_72 # type: ignore # mutmut generated
mutants_x_parse_body__mutmut['x_parse_body__mutmut_73'] = x_parse_body__mutmut_73 # type: ignore # mutmut generated
mutants_x_parse_body__mutmut['x_parse_body__mutmut_74'] = x_parse_body__mutmut_74 # type: ignore # mutmut generated
mutants_x_parse_body__mutmut['x_parse_body__mutmut_75'] = x_parse_body__mutmut_75 # type: ignore # mutmut generated
mutants_x_parse_body__mutmut['x_parse_body__mutmut_76'] = x_parse_body__mutmut_76 # type: ignore # mutmut generated
mutants_x_parse_body__mutmut['x_parse_body__mutmut_77'] = x_parse_body__mutmut_77 # type: ignore # mutmut generated
mutants_x_parse_body__mutmut['x_parse_body__mutmut_78'] = x_parse_body__mutmut_78 # type: ignore # mutmut generated
mutants_x_parse_body__mutmut['x_parse_body__mutmut_79'] = x_parse_body__mutmut_79 # type: ignore # mutmut generated
mutants_x_parse_body__mutmut['x_parse_body__mutmut_80'] = x_parse_body__mutmut_80 # type: ignore # mutmut generated
mutants_x_parse_body__mutmut['x_parse_body__mutmut_81'] = x_parse_body__mutmut_81 # type: ignore # mutmut generated
mutants_x_parse_body__mutmut['x_parse_body__mutmut_82'] = x_parse_body__mutmut_82 # type: ignore # mutmut generated
mutants_x_parse_body__mutmut['x_parse_body__mutmut_83'] = x_parse_body__mutmut_83 # type: ignore # mutmut generated
mutants_x_parse_body__mutmut['x_parse_body__mutmut_84'] = x_parse_body__mutmut_84 # type: ignore # mutmut generated
mutants_x_parse_body__mutmut['x_parse_body__mutmut_85'] = x_parse_body__mutmut_85 # type: ignore # mutmut generated
mutants_x_parse_body__mutmut['x_parse_body__mutmut_86'] = x_parse_body__mutmut_86 # type: ignore # mutmut generated
mutants_x_parse_body__mutmut['x_parse_body__mutmut_87'] = x_parse_body__mutmut_87 # type: ignore # mutmut generated
mutants_x_parse_body__mutmut['x_parse_body__mutmut_88'] = x_parse_body__mutmut_88 # type: ignore # mutmut generated
mutants_x_parse_body__mutmut['x_parse_body__mutmut_89'] = x_parse_body__mutmut_89 # type: ignore # mutmut generated
mutants_x_parse_body__mutmut['x_parse_body__mutmut_90'] = x_parse_body__mutmut_90 # type: ignore # mutmut generated
mutants_x_parse_body__mutmut['x_parse_body__mutmut_91'] = x_parse_body__mutmut_91 # type: ignore # mutmut generated
mutants_x_parse_body__mutmut['x_parse_body__mutmut_92'] = x_parse_body__mutmut_92 # type: ignore # mutmut generated
mutants_x_parse_body__mutmut['x_parse_body__mutmut_93'] = x_parse_body__mutmut_93 # type: ignore # mutmut generated
mutants_x_parse_body__mutmut['x_parse_body__mutmut_94'] = x_parse_body__mutmut_94 # type: ignore # mutmut generated
mutants_x_parse_body__mutmut['x_parse_body__mutmut_95'] = x_parse_body__mutmut_95 # type: ignore # mutmut generated
mutants_x_parse_body__mutmut['x_parse_body__mutmut_96'] = x_parse_body__mutmut_96 # type: ignore # mutmut generated
mutants_x_parse_body__mutmut['x_parse_body__mutmut_97'] = x_parse_body__mutmut_97 # type: ignore # mutmut generated
mutants_x_parse_body__mutmut['x_parse_body__mutmut_98'] = x_parse_body__mutmut_98 # type: ignore # mutmut generated
mutants_x_parse_body__mutmut['x_parse_body__mutmut_99'] = x_parse_body__mutmut_99 # type: ignore # mutmut generated
mutants_x_parse_body__mutmut['x_parse_body__mutmut_100'] = x_parse_body__mutmut_100 # type: ignore # mutmut generated
mutants_x_parse_body__mutmut['x_parse_body__mutmut_101'] = x_parse_body__mutmut_101 # type: ignore # mutmut generated
mutants_x_parse_body__mutmut['x_parse_body__mutmut_102'] = x_parse_body__mutmut_102 # type: ignore # mutmut generated
mutants_x_parse_body__mutmut['x_parse_body__mutmut_103'] = x_parse_body__mutmut_103 # type: ignore # mutmut generated
mutants_x_parse_body__mutmut['x_parse_body__mutmut_104'] = x_parse_body__mutmut_104 # type: ignore # mutmut generated
mutants_x_parse_body__mutmut['x_parse_body__mutmut_105'] = x_parse_body__mutmut_105 # type: ignore # mutmut generated
mutants_x__inline__mutmut: MutantDict = {}  # type: ignore


@_mutmut_mutated(mutants_x__inline__mutmut)
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


def x__inline__mutmut_orig(text: str, state: RenderState, allow_heading: bool, block: RawBlock) -> list[Any]:
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


def x__inline__mutmut_1(text: str, state: RenderState, allow_heading: bool, block: RawBlock) -> list[Any]:
    out: list[Any] = None
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


def x__inline__mutmut_2(text: str, state: RenderState, allow_heading: bool, block: RawBlock) -> list[Any]:
    out: list[Any] = []
    heading = None
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


def x__inline__mutmut_3(text: str, state: RenderState, allow_heading: bool, block: RawBlock) -> list[Any]:
    out: list[Any] = []
    heading = _HEADING_RE.match(None)
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


def x__inline__mutmut_4(text: str, state: RenderState, allow_heading: bool, block: RawBlock) -> list[Any]:
    out: list[Any] = []
    heading = _HEADING_RE.match(text)
    if heading:
        out.append(None)
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


def x__inline__mutmut_5(text: str, state: RenderState, allow_heading: bool, block: RawBlock) -> list[Any]:
    out: list[Any] = []
    heading = _HEADING_RE.match(text)
    if heading:
        out.append(Emphasis(None))
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


def x__inline__mutmut_6(text: str, state: RenderState, allow_heading: bool, block: RawBlock) -> list[Any]:
    out: list[Any] = []
    heading = _HEADING_RE.match(text)
    if heading:
        out.append(Emphasis(_detoken(None, state)))
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


def x__inline__mutmut_7(text: str, state: RenderState, allow_heading: bool, block: RawBlock) -> list[Any]:
    out: list[Any] = []
    heading = _HEADING_RE.match(text)
    if heading:
        out.append(Emphasis(_detoken(heading.group(1), None)))
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


def x__inline__mutmut_8(text: str, state: RenderState, allow_heading: bool, block: RawBlock) -> list[Any]:
    out: list[Any] = []
    heading = _HEADING_RE.match(text)
    if heading:
        out.append(Emphasis(_detoken(state)))
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


def x__inline__mutmut_9(text: str, state: RenderState, allow_heading: bool, block: RawBlock) -> list[Any]:
    out: list[Any] = []
    heading = _HEADING_RE.match(text)
    if heading:
        out.append(Emphasis(_detoken(heading.group(1), )))
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


def x__inline__mutmut_10(text: str, state: RenderState, allow_heading: bool, block: RawBlock) -> list[Any]:
    out: list[Any] = []
    heading = _HEADING_RE.match(text)
    if heading:
        out.append(Emphasis(_detoken(heading.group(None), state)))
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


def x__inline__mutmut_11(text: str, state: RenderState, allow_heading: bool, block: RawBlock) -> list[Any]:
    out: list[Any] = []
    heading = _HEADING_RE.match(text)
    if heading:
        out.append(Emphasis(_detoken(heading.group(2), state)))
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


def x__inline__mutmut_12(text: str, state: RenderState, allow_heading: bool, block: RawBlock) -> list[Any]:
    out: list[Any] = []
    heading = _HEADING_RE.match(text)
    if heading:
        out.append(Emphasis(_detoken(heading.group(1), state)))
        text = None
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


def x__inline__mutmut_13(text: str, state: RenderState, allow_heading: bool, block: RawBlock) -> list[Any]:
    out: list[Any] = []
    heading = _HEADING_RE.match(text)
    if heading:
        out.append(Emphasis(_detoken(heading.group(1), state)))
        text = text[heading.end():]
        out.append(None)
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


def x__inline__mutmut_14(text: str, state: RenderState, allow_heading: bool, block: RawBlock) -> list[Any]:
    out: list[Any] = []
    heading = _HEADING_RE.match(text)
    if heading:
        out.append(Emphasis(_detoken(heading.group(1), state)))
        text = text[heading.end():]
        out.append(Text(None))
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


def x__inline__mutmut_15(text: str, state: RenderState, allow_heading: bool, block: RawBlock) -> list[Any]:
    out: list[Any] = []
    heading = _HEADING_RE.match(text)
    if heading:
        out.append(Emphasis(_detoken(heading.group(1), state)))
        text = text[heading.end():]
        out.append(Text("XX XX"))
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


def x__inline__mutmut_16(text: str, state: RenderState, allow_heading: bool, block: RawBlock) -> list[Any]:
    out: list[Any] = []
    heading = _HEADING_RE.match(text)
    if heading:
        out.append(Emphasis(_detoken(heading.group(1), state)))
        text = text[heading.end():]
        out.append(Text(" "))
    pos = None
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


def x__inline__mutmut_17(text: str, state: RenderState, allow_heading: bool, block: RawBlock) -> list[Any]:
    out: list[Any] = []
    heading = _HEADING_RE.match(text)
    if heading:
        out.append(Emphasis(_detoken(heading.group(1), state)))
        text = text[heading.end():]
        out.append(Text(" "))
    pos = 1
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


def x__inline__mutmut_18(text: str, state: RenderState, allow_heading: bool, block: RawBlock) -> list[Any]:
    out: list[Any] = []
    heading = _HEADING_RE.match(text)
    if heading:
        out.append(Emphasis(_detoken(heading.group(1), state)))
        text = text[heading.end():]
        out.append(Text(" "))
    pos = 0
    for m in _INLINE_RE.finditer(None):
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


def x__inline__mutmut_19(text: str, state: RenderState, allow_heading: bool, block: RawBlock) -> list[Any]:
    out: list[Any] = []
    heading = _HEADING_RE.match(text)
    if heading:
        out.append(Emphasis(_detoken(heading.group(1), state)))
        text = text[heading.end():]
        out.append(Text(" "))
    pos = 0
    for m in _INLINE_RE.finditer(text):
        out.extend(None)
        if m.group(1) is not None:
            key = _detoken(m.group(1), state).strip()
            shown = _detoken(m.group(2), state).strip() if m.group(2) else key
            out.append(RawTerm(key, shown))
        else:
            out.append(RawRef(m.group(3), m.group(4)))
        pos = m.end()
    out.extend(_literal(text[pos:], state))
    return _merge_text(out)


def x__inline__mutmut_20(text: str, state: RenderState, allow_heading: bool, block: RawBlock) -> list[Any]:
    out: list[Any] = []
    heading = _HEADING_RE.match(text)
    if heading:
        out.append(Emphasis(_detoken(heading.group(1), state)))
        text = text[heading.end():]
        out.append(Text(" "))
    pos = 0
    for m in _INLINE_RE.finditer(text):
        out.extend(_literal(None, state))
        if m.group(1) is not None:
            key = _detoken(m.group(1), state).strip()
            shown = _detoken(m.group(2), state).strip() if m.group(2) else key
            out.append(RawTerm(key, shown))
        else:
            out.append(RawRef(m.group(3), m.group(4)))
        pos = m.end()
    out.extend(_literal(text[pos:], state))
    return _merge_text(out)


def x__inline__mutmut_21(text: str, state: RenderState, allow_heading: bool, block: RawBlock) -> list[Any]:
    out: list[Any] = []
    heading = _HEADING_RE.match(text)
    if heading:
        out.append(Emphasis(_detoken(heading.group(1), state)))
        text = text[heading.end():]
        out.append(Text(" "))
    pos = 0
    for m in _INLINE_RE.finditer(text):
        out.extend(_literal(text[pos:m.start()], None))
        if m.group(1) is not None:
            key = _detoken(m.group(1), state).strip()
            shown = _detoken(m.group(2), state).strip() if m.group(2) else key
            out.append(RawTerm(key, shown))
        else:
            out.append(RawRef(m.group(3), m.group(4)))
        pos = m.end()
    out.extend(_literal(text[pos:], state))
    return _merge_text(out)


def x__inline__mutmut_22(text: str, state: RenderState, allow_heading: bool, block: RawBlock) -> list[Any]:
    out: list[Any] = []
    heading = _HEADING_RE.match(text)
    if heading:
        out.append(Emphasis(_detoken(heading.group(1), state)))
        text = text[heading.end():]
        out.append(Text(" "))
    pos = 0
    for m in _INLINE_RE.finditer(text):
        out.extend(_literal(state))
        if m.group(1) is not None:
            key = _detoken(m.group(1), state).strip()
            shown = _detoken(m.group(2), state).strip() if m.group(2) else key
            out.append(RawTerm(key, shown))
        else:
            out.append(RawRef(m.group(3), m.group(4)))
        pos = m.end()
    out.extend(_literal(text[pos:], state))
    return _merge_text(out)


def x__inline__mutmut_23(text: str, state: RenderState, allow_heading: bool, block: RawBlock) -> list[Any]:
    out: list[Any] = []
    heading = _HEADING_RE.match(text)
    if heading:
        out.append(Emphasis(_detoken(heading.group(1), state)))
        text = text[heading.end():]
        out.append(Text(" "))
    pos = 0
    for m in _INLINE_RE.finditer(text):
        out.extend(_literal(text[pos:m.start()], ))
        if m.group(1) is not None:
            key = _detoken(m.group(1), state).strip()
            shown = _detoken(m.group(2), state).strip() if m.group(2) else key
            out.append(RawTerm(key, shown))
        else:
            out.append(RawRef(m.group(3), m.group(4)))
        pos = m.end()
    out.extend(_literal(text[pos:], state))
    return _merge_text(out)


def x__inline__mutmut_24(text: str, state: RenderState, allow_heading: bool, block: RawBlock) -> list[Any]:
    out: list[Any] = []
    heading = _HEADING_RE.match(text)
    if heading:
        out.append(Emphasis(_detoken(heading.group(1), state)))
        text = text[heading.end():]
        out.append(Text(" "))
    pos = 0
    for m in _INLINE_RE.finditer(text):
        out.extend(_literal(text[pos:m.start()], state))
        if m.group(None) is not None:
            key = _detoken(m.group(1), state).strip()
            shown = _detoken(m.group(2), state).strip() if m.group(2) else key
            out.append(RawTerm(key, shown))
        else:
            out.append(RawRef(m.group(3), m.group(4)))
        pos = m.end()
    out.extend(_literal(text[pos:], state))
    return _merge_text(out)


def x__inline__mutmut_25(text: str, state: RenderState, allow_heading: bool, block: RawBlock) -> list[Any]:
    out: list[Any] = []
    heading = _HEADING_RE.match(text)
    if heading:
        out.append(Emphasis(_detoken(heading.group(1), state)))
        text = text[heading.end():]
        out.append(Text(" "))
    pos = 0
    for m in _INLINE_RE.finditer(text):
        out.extend(_literal(text[pos:m.start()], state))
        if m.group(2) is not None:
            key = _detoken(m.group(1), state).strip()
            shown = _detoken(m.group(2), state).strip() if m.group(2) else key
            out.append(RawTerm(key, shown))
        else:
            out.append(RawRef(m.group(3), m.group(4)))
        pos = m.end()
    out.extend(_literal(text[pos:], state))
    return _merge_text(out)


def x__inline__mutmut_26(text: str, state: RenderState, allow_heading: bool, block: RawBlock) -> list[Any]:
    out: list[Any] = []
    heading = _HEADING_RE.match(text)
    if heading:
        out.append(Emphasis(_detoken(heading.group(1), state)))
        text = text[heading.end():]
        out.append(Text(" "))
    pos = 0
    for m in _INLINE_RE.finditer(text):
        out.extend(_literal(text[pos:m.start()], state))
        if m.group(1) is None:
            key = _detoken(m.group(1), state).strip()
            shown = _detoken(m.group(2), state).strip() if m.group(2) else key
            out.append(RawTerm(key, shown))
        else:
            out.append(RawRef(m.group(3), m.group(4)))
        pos = m.end()
    out.extend(_literal(text[pos:], state))
    return _merge_text(out)


def x__inline__mutmut_27(text: str, state: RenderState, allow_heading: bool, block: RawBlock) -> list[Any]:
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
            key = None
            shown = _detoken(m.group(2), state).strip() if m.group(2) else key
            out.append(RawTerm(key, shown))
        else:
            out.append(RawRef(m.group(3), m.group(4)))
        pos = m.end()
    out.extend(_literal(text[pos:], state))
    return _merge_text(out)


def x__inline__mutmut_28(text: str, state: RenderState, allow_heading: bool, block: RawBlock) -> list[Any]:
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
            key = _detoken(None, state).strip()
            shown = _detoken(m.group(2), state).strip() if m.group(2) else key
            out.append(RawTerm(key, shown))
        else:
            out.append(RawRef(m.group(3), m.group(4)))
        pos = m.end()
    out.extend(_literal(text[pos:], state))
    return _merge_text(out)


def x__inline__mutmut_29(text: str, state: RenderState, allow_heading: bool, block: RawBlock) -> list[Any]:
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
            key = _detoken(m.group(1), None).strip()
            shown = _detoken(m.group(2), state).strip() if m.group(2) else key
            out.append(RawTerm(key, shown))
        else:
            out.append(RawRef(m.group(3), m.group(4)))
        pos = m.end()
    out.extend(_literal(text[pos:], state))
    return _merge_text(out)


def x__inline__mutmut_30(text: str, state: RenderState, allow_heading: bool, block: RawBlock) -> list[Any]:
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
            key = _detoken(state).strip()
            shown = _detoken(m.group(2), state).strip() if m.group(2) else key
            out.append(RawTerm(key, shown))
        else:
            out.append(RawRef(m.group(3), m.group(4)))
        pos = m.end()
    out.extend(_literal(text[pos:], state))
    return _merge_text(out)


def x__inline__mutmut_31(text: str, state: RenderState, allow_heading: bool, block: RawBlock) -> list[Any]:
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
            key = _detoken(m.group(1), ).strip()
            shown = _detoken(m.group(2), state).strip() if m.group(2) else key
            out.append(RawTerm(key, shown))
        else:
            out.append(RawRef(m.group(3), m.group(4)))
        pos = m.end()
    out.extend(_literal(text[pos:], state))
    return _merge_text(out)


def x__inline__mutmut_32(text: str, state: RenderState, allow_heading: bool, block: RawBlock) -> list[Any]:
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
            key = _detoken(m.group(None), state).strip()
            shown = _detoken(m.group(2), state).strip() if m.group(2) else key
            out.append(RawTerm(key, shown))
        else:
            out.append(RawRef(m.group(3), m.group(4)))
        pos = m.end()
    out.extend(_literal(text[pos:], state))
    return _merge_text(out)


def x__inline__mutmut_33(text: str, state: RenderState, allow_heading: bool, block: RawBlock) -> list[Any]:
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
            key = _detoken(m.group(2), state).strip()
            shown = _detoken(m.group(2), state).strip() if m.group(2) else key
            out.append(RawTerm(key, shown))
        else:
            out.append(RawRef(m.group(3), m.group(4)))
        pos = m.end()
    out.extend(_literal(text[pos:], state))
    return _merge_text(out)


def x__inline__mutmut_34(text: str, state: RenderState, allow_heading: bool, block: RawBlock) -> list[Any]:
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
            shown = None
            out.append(RawTerm(key, shown))
        else:
            out.append(RawRef(m.group(3), m.group(4)))
        pos = m.end()
    out.extend(_literal(text[pos:], state))
    return _merge_text(out)


def x__inline__mutmut_35(text: str, state: RenderState, allow_heading: bool, block: RawBlock) -> list[Any]:
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
            shown = _detoken(m.group(2), state).strip() if (m.group(2)) and False else key
            out.append(RawTerm(key, shown))
        else:
            out.append(RawRef(m.group(3), m.group(4)))
        pos = m.end()
    out.extend(_literal(text[pos:], state))
    return _merge_text(out)


def x__inline__mutmut_36(text: str, state: RenderState, allow_heading: bool, block: RawBlock) -> list[Any]:
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
            shown = _detoken(m.group(2), state).strip() if (m.group(2)) or True else key
            out.append(RawTerm(key, shown))
        else:
            out.append(RawRef(m.group(3), m.group(4)))
        pos = m.end()
    out.extend(_literal(text[pos:], state))
    return _merge_text(out)


def x__inline__mutmut_37(text: str, state: RenderState, allow_heading: bool, block: RawBlock) -> list[Any]:
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
            shown = _detoken(None, state).strip() if m.group(2) else key
            out.append(RawTerm(key, shown))
        else:
            out.append(RawRef(m.group(3), m.group(4)))
        pos = m.end()
    out.extend(_literal(text[pos:], state))
    return _merge_text(out)


def x__inline__mutmut_38(text: str, state: RenderState, allow_heading: bool, block: RawBlock) -> list[Any]:
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
            shown = _detoken(m.group(2), None).strip() if m.group(2) else key
            out.append(RawTerm(key, shown))
        else:
            out.append(RawRef(m.group(3), m.group(4)))
        pos = m.end()
    out.extend(_literal(text[pos:], state))
    return _merge_text(out)


def x__inline__mutmut_39(text: str, state: RenderState, allow_heading: bool, block: RawBlock) -> list[Any]:
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
            shown = _detoken(state).strip() if m.group(2) else key
            out.append(RawTerm(key, shown))
        else:
            out.append(RawRef(m.group(3), m.group(4)))
        pos = m.end()
    out.extend(_literal(text[pos:], state))
    return _merge_text(out)


def x__inline__mutmut_40(text: str, state: RenderState, allow_heading: bool, block: RawBlock) -> list[Any]:
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
            shown = _detoken(m.group(2), ).strip() if m.group(2) else key
            out.append(RawTerm(key, shown))
        else:
            out.append(RawRef(m.group(3), m.group(4)))
        pos = m.end()
    out.extend(_literal(text[pos:], state))
    return _merge_text(out)


def x__inline__mutmut_41(text: str, state: RenderState, allow_heading: bool, block: RawBlock) -> list[Any]:
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
            shown = _detoken(m.group(None), state).strip() if m.group(2) else key
            out.append(RawTerm(key, shown))
        else:
            out.append(RawRef(m.group(3), m.group(4)))
        pos = m.end()
    out.extend(_literal(text[pos:], state))
    return _merge_text(out)


def x__inline__mutmut_42(text: str, state: RenderState, allow_heading: bool, block: RawBlock) -> list[Any]:
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
            shown = _detoken(m.group(3), state).strip() if m.group(2) else key
            out.append(RawTerm(key, shown))
        else:
            out.append(RawRef(m.group(3), m.group(4)))
        pos = m.end()
    out.extend(_literal(text[pos:], state))
    return _merge_text(out)


def x__inline__mutmut_43(text: str, state: RenderState, allow_heading: bool, block: RawBlock) -> list[Any]:
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
            shown = _detoken(m.group(2), state).strip() if m.group(None) else key
            out.append(RawTerm(key, shown))
        else:
            out.append(RawRef(m.group(3), m.group(4)))
        pos = m.end()
    out.extend(_literal(text[pos:], state))
    return _merge_text(out)


def x__inline__mutmut_44(text: str, state: RenderState, allow_heading: bool, block: RawBlock) -> list[Any]:
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
            shown = _detoken(m.group(2), state).strip() if m.group(3) else key
            out.append(RawTerm(key, shown))
        else:
            out.append(RawRef(m.group(3), m.group(4)))
        pos = m.end()
    out.extend(_literal(text[pos:], state))
    return _merge_text(out)


def x__inline__mutmut_45(text: str, state: RenderState, allow_heading: bool, block: RawBlock) -> list[Any]:
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
            out.append(None)
        else:
            out.append(RawRef(m.group(3), m.group(4)))
        pos = m.end()
    out.extend(_literal(text[pos:], state))
    return _merge_text(out)


def x__inline__mutmut_46(text: str, state: RenderState, allow_heading: bool, block: RawBlock) -> list[Any]:
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
            out.append(RawTerm(None, shown))
        else:
            out.append(RawRef(m.group(3), m.group(4)))
        pos = m.end()
    out.extend(_literal(text[pos:], state))
    return _merge_text(out)


def x__inline__mutmut_47(text: str, state: RenderState, allow_heading: bool, block: RawBlock) -> list[Any]:
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
            out.append(RawTerm(key, None))
        else:
            out.append(RawRef(m.group(3), m.group(4)))
        pos = m.end()
    out.extend(_literal(text[pos:], state))
    return _merge_text(out)


def x__inline__mutmut_48(text: str, state: RenderState, allow_heading: bool, block: RawBlock) -> list[Any]:
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
            out.append(RawTerm(shown))
        else:
            out.append(RawRef(m.group(3), m.group(4)))
        pos = m.end()
    out.extend(_literal(text[pos:], state))
    return _merge_text(out)


def x__inline__mutmut_49(text: str, state: RenderState, allow_heading: bool, block: RawBlock) -> list[Any]:
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
            out.append(RawTerm(key, ))
        else:
            out.append(RawRef(m.group(3), m.group(4)))
        pos = m.end()
    out.extend(_literal(text[pos:], state))
    return _merge_text(out)


def x__inline__mutmut_50(text: str, state: RenderState, allow_heading: bool, block: RawBlock) -> list[Any]:
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
            out.append(None)
        pos = m.end()
    out.extend(_literal(text[pos:], state))
    return _merge_text(out)


def x__inline__mutmut_51(text: str, state: RenderState, allow_heading: bool, block: RawBlock) -> list[Any]:
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
            out.append(RawRef(None, m.group(4)))
        pos = m.end()
    out.extend(_literal(text[pos:], state))
    return _merge_text(out)


def x__inline__mutmut_52(text: str, state: RenderState, allow_heading: bool, block: RawBlock) -> list[Any]:
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
            out.append(RawRef(m.group(3), None))
        pos = m.end()
    out.extend(_literal(text[pos:], state))
    return _merge_text(out)


def x__inline__mutmut_53(text: str, state: RenderState, allow_heading: bool, block: RawBlock) -> list[Any]:
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
            out.append(RawRef(m.group(4)))
        pos = m.end()
    out.extend(_literal(text[pos:], state))
    return _merge_text(out)


def x__inline__mutmut_54(text: str, state: RenderState, allow_heading: bool, block: RawBlock) -> list[Any]:
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
            out.append(RawRef(m.group(3), ))
        pos = m.end()
    out.extend(_literal(text[pos:], state))
    return _merge_text(out)


def x__inline__mutmut_55(text: str, state: RenderState, allow_heading: bool, block: RawBlock) -> list[Any]:
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
            out.append(RawRef(m.group(None), m.group(4)))
        pos = m.end()
    out.extend(_literal(text[pos:], state))
    return _merge_text(out)


def x__inline__mutmut_56(text: str, state: RenderState, allow_heading: bool, block: RawBlock) -> list[Any]:
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
            out.append(RawRef(m.group(4), m.group(4)))
        pos = m.end()
    out.extend(_literal(text[pos:], state))
    return _merge_text(out)


def x__inline__mutmut_57(text: str, state: RenderState, allow_heading: bool, block: RawBlock) -> list[Any]:
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
            out.append(RawRef(m.group(3), m.group(None)))
        pos = m.end()
    out.extend(_literal(text[pos:], state))
    return _merge_text(out)


def x__inline__mutmut_58(text: str, state: RenderState, allow_heading: bool, block: RawBlock) -> list[Any]:
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
            out.append(RawRef(m.group(3), m.group(5)))
        pos = m.end()
    out.extend(_literal(text[pos:], state))
    return _merge_text(out)


def x__inline__mutmut_59(text: str, state: RenderState, allow_heading: bool, block: RawBlock) -> list[Any]:
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
        pos = None
    out.extend(_literal(text[pos:], state))
    return _merge_text(out)


def x__inline__mutmut_60(text: str, state: RenderState, allow_heading: bool, block: RawBlock) -> list[Any]:
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
    out.extend(None)
    return _merge_text(out)


def x__inline__mutmut_61(text: str, state: RenderState, allow_heading: bool, block: RawBlock) -> list[Any]:
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
    out.extend(_literal(None, state))
    return _merge_text(out)


def x__inline__mutmut_62(text: str, state: RenderState, allow_heading: bool, block: RawBlock) -> list[Any]:
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
    out.extend(_literal(text[pos:], None))
    return _merge_text(out)


def x__inline__mutmut_63(text: str, state: RenderState, allow_heading: bool, block: RawBlock) -> list[Any]:
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
    out.extend(_literal(state))
    return _merge_text(out)


def x__inline__mutmut_64(text: str, state: RenderState, allow_heading: bool, block: RawBlock) -> list[Any]:
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
    out.extend(_literal(text[pos:], ))
    return _merge_text(out)


def x__inline__mutmut_65(text: str, state: RenderState, allow_heading: bool, block: RawBlock) -> list[Any]:
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
    return _merge_text(None)

mutants_x__inline__mutmut['_mutmut_orig'] = x__inline__mutmut_orig # type: ignore # mutmut generated
mutants_x__inline__mutmut['x__inline__mutmut_1'] = x__inline__mutmut_1 # type: ignore # mutmut generated
mutants_x__inline__mutmut['x__inline__mutmut_2'] = x__inline__mutmut_2 # type: ignore # mutmut generated
mutants_x__inline__mutmut['x__inline__mutmut_3'] = x__inline__mutmut_3 # type: ignore # mutmut generated
mutants_x__inline__mutmut['x__inline__mutmut_4'] = x__inline__mutmut_4 # type: ignore # mutmut generated
mutants_x__inline__mutmut['x__inline__mutmut_5'] = x__inline__mutmut_5 # type: ignore # mutmut generated
mutants_x__inline__mutmut['x__inline__mutmut_6'] = x__inline__mutmut_6 # type: ignore # mutmut generated
mutants_x__inline__mutmut['x__inline__mutmut_7'] = x__inline__mutmut_7 # type: ignore # mutmut generated
mutants_x__inline__mutmut['x__inline__mutmut_8'] = x__inline__mutmut_8 # type: ignore # mutmut generated
mutants_x__inline__mutmut['x__inline__mutmut_9'] = x__inline__mutmut_9 # type: ignore # mutmut generated
mutants_x__inline__mutmut['x__inline__mutmut_10'] = x__inline__mutmut_10 # type: ignore # mutmut generated
mutants_x__inline__mutmut['x__inline__mutmut_11'] = x__inline__mutmut_11 # type: ignore # mutmut generated
mutants_x__inline__mutmut['x__inline__mutmut_12'] = x__inline__mutmut_12 # type: ignore # mutmut generated
mutants_x__inline__mutmut['x__inline__mutmut_13'] = x__inline__mutmut_13 # type: ignore # mutmut generated
mutants_x__inline__mutmut['x__inline__mutmut_14'] = x__inline__mutmut_14 # type: ignore # mutmut generated
mutants_x__inline__mutmut['x__inline__mutmut_15'] = x__inline__mutmut_15 # type: ignore # mutmut generated
mutants_x__inline__mutmut['x__inline__mutmut_16'] = x__inline__mutmut_16 # type: ignore # mutmut generated
mutants_x__inline__mutmut['x__inline__mutmut_17'] = x__inline__mutmut_17 # type: ignore # mutmut generated
mutants_x__inline__mutmut['x__inline__mutmut_18'] = x__inline__mutmut_18 # type: ignore # mutmut generated
mutants_x__inline__mutmut['x__inline__mutmut_19'] = x__inline__mutmut_19 # type: ignore # mutmut generated
mutants_x__inline__mutmut['x__inline__mutmut_20'] = x__inline__mutmut_20 # type: ignore # mutmut generated
mutants_x__inline__mutmut['x__inline__mutmut_21'] = x__inline__mutmut_21 # type: ignore # mutmut generated
mutants_x__inline__mutmut['x__inline__mutmut_22'] = x__inline__mutmut_22 # type: ignore # mutmut generated
mutants_x__inline__mutmut['x__inline__mutmut_23'] = x__inline__mutmut_23 # type: ignore # mutmut generated
mutants_x__inline__mutmut['x__inline__mutmut_24'] = x__inline__mutmut_24 # type: ignore # mutmut generated
mutants_x__inline__mutmut['x__inline__mutmut_25'] = x__inline__mutmut_25 # type: ignore # mutmut generated
mutants_x__inline__mutmut['x__inline__mutmut_26'] = x__inline__mutmut_26 # type: ignore # mutmut generated
mutants_x__inline__mutmut['x__inline__mutmut_27'] = x__inline__mutmut_27 # type: ignore # mutmut generated
mutants_x__inline__mutmut['x__inline__mutmut_28'] = x__inline__mutmut_28 # type: ignore # mutmut generated
mutants_x__inline__mutmut['x__inline__mutmut_29'] = x__inline__mutmut_29 # type: ignore # mutmut generated
mutants_x__inline__mutmut['x__inline__mutmut_30'] = x__inline__mutmut_30 # type: ignore # mutmut generated
mutants_x__inline__mutmut['x__inline__mutmut_31'] = x__inline__mutmut_31 # type: ignore # mutmut generated
mutants_x__inline__mutmut['x__inline__mutmut_32'] = x__inline__mutmut_32 # type: ignore # mutmut generated
mutants_x__inline__mutmut['x__inline__mutmut_33'] = x__inline__mutmut_33 # type: ignore # mutmut generated
mutants_x__inline__mutmut['x__inline__mutmut_34'] = x__inline__mutmut_34 # type: ignore # mutmut generated
mutants_x__inline__mutmut['x__inline__mutmut_35'] = x__inline__mutmut_35 # type: ignore # mutmut generated
mutants_x__inline__mutmut['x__inline__mutmut_36'] = x__inline__mutmut_36 # type: ignore # mutmut generated
mutants_x__inline__mutmut['x__inline__mutmut_37'] = x__inline__mutmut_37 # type: ignore # mutmut generated
mutants_x__inline__mutmut['x__inline__mutmut_38'] = x__inline__mutmut_38 # type: ignore # mutmut generated
mutants_x__inline__mutmut['x__inline__mutmut_39'] = x__inline__mutmut_39 # type: ignore # mutmut generated
mutants_x__inline__mutmut['x__inline__mutmut_40'] = x__inline__mutmut_40 # type: ignore # mutmut generated
mutants_x__inline__mutmut['x__inline__mutmut_41'] = x__inline__mutmut_41 # type: ignore # mutmut generated
mutants_x__inline__mutmut['x__inline__mutmut_42'] = x__inline__mutmut_42 # type: ignore # mutmut generated
mutants_x__inline__mutmut['x__inline__mutmut_43'] = x__inline__mutmut_43 # type: ignore # mutmut generated
mutants_x__inline__mutmut['x__inline__mutmut_44'] = x__inline__mutmut_44 # type: ignore # mutmut generated
mutants_x__inline__mutmut['x__inline__mutmut_45'] = x__inline__mutmut_45 # type: ignore # mutmut generated
mutants_x__inline__mutmut['x__inline__mutmut_46'] = x__inline__mutmut_46 # type: ignore # mutmut generated
mutants_x__inline__mutmut['x__inline__mutmut_47'] = x__inline__mutmut_47 # type: ignore # mutmut generated
mutants_x__inline__mutmut['x__inline__mutmut_48'] = x__inline__mutmut_48 # type: ignore # mutmut generated
mutants_x__inline__mutmut['x__inline__mutmut_49'] = x__inline__mutmut_49 # type: ignore # mutmut generated
mutants_x__inline__mutmut['x__inline__mutmut_50'] = x__inline__mutmut_50 # type: ignore # mutmut generated
mutants_x__inline__mutmut['x__inline__mutmut_51'] = x__inline__mutmut_51 # type: ignore # mutmut generated
mutants_x__inline__mutmut['x__inline__mutmut_52'] = x__inline__mutmut_52 # type: ignore # mutmut generated
mutants_x__inline__mutmut['x__inline__mutmut_53'] = x__inline__mutmut_53 # type: ignore # mutmut generated
mutants_x__inline__mutmut['x__inline__mutmut_54'] = x__inline__mutmut_54 # type: ignore # mutmut generated
mutants_x__inline__mutmut['x__inline__mutmut_55'] = x__inline__mutmut_55 # type: ignore # mutmut generated
mutants_x__inline__mutmut['x__inline__mutmut_56'] = x__inline__mutmut_56 # type: ignore # mutmut generated
mutants_x__inline__mutmut['x__inline__mutmut_57'] = x__inline__mutmut_57 # type: ignore # mutmut generated
mutants_x__inline__mutmut['x__inline__mutmut_58'] = x__inline__mutmut_58 # type: ignore # mutmut generated
mutants_x__inline__mutmut['x__inline__mutmut_59'] = x__inline__mutmut_59 # type: ignore # mutmut generated
mutants_x__inline__mutmut['x__inline__mutmut_60'] = x__inline__mutmut_60 # type: ignore # mutmut generated
mutants_x__inline__mutmut['x__inline__mutmut_61'] = x__inline__mutmut_61 # type: ignore # mutmut generated
mutants_x__inline__mutmut['x__inline__mutmut_62'] = x__inline__mutmut_62 # type: ignore # mutmut generated
mutants_x__inline__mutmut['x__inline__mutmut_63'] = x__inline__mutmut_63 # type: ignore # mutmut generated
mutants_x__inline__mutmut['x__inline__mutmut_64'] = x__inline__mutmut_64 # type: ignore # mutmut generated
mutants_x__inline__mutmut['x__inline__mutmut_65'] = x__inline__mutmut_65 # type: ignore # mutmut generated
mutants_x__literal__mutmut: MutantDict = {}  # type: ignore


@_mutmut_mutated(mutants_x__literal__mutmut)
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


def x__literal__mutmut_orig(text: str, state: RenderState) -> list[Any]:
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


def x__literal__mutmut_1(text: str, state: RenderState) -> list[Any]:
    """Text with tokens replaced by their values (answers become literal Text)."""
    out: list[Any] = None
    pos = 0
    for m in TOKEN_RE.finditer(text):
        if m.start() > pos:
            out.append(Text(text[pos:m.start()]))
        out.append(_value(state.values[int(m.group(1))]))
        pos = m.end()
    if pos < len(text):
        out.append(Text(text[pos:]))
    return out


def x__literal__mutmut_2(text: str, state: RenderState) -> list[Any]:
    """Text with tokens replaced by their values (answers become literal Text)."""
    out: list[Any] = []
    pos = None
    for m in TOKEN_RE.finditer(text):
        if m.start() > pos:
            out.append(Text(text[pos:m.start()]))
        out.append(_value(state.values[int(m.group(1))]))
        pos = m.end()
    if pos < len(text):
        out.append(Text(text[pos:]))
    return out


def x__literal__mutmut_3(text: str, state: RenderState) -> list[Any]:
    """Text with tokens replaced by their values (answers become literal Text)."""
    out: list[Any] = []
    pos = 1
    for m in TOKEN_RE.finditer(text):
        if m.start() > pos:
            out.append(Text(text[pos:m.start()]))
        out.append(_value(state.values[int(m.group(1))]))
        pos = m.end()
    if pos < len(text):
        out.append(Text(text[pos:]))
    return out


def x__literal__mutmut_4(text: str, state: RenderState) -> list[Any]:
    """Text with tokens replaced by their values (answers become literal Text)."""
    out: list[Any] = []
    pos = 0
    for m in TOKEN_RE.finditer(None):
        if m.start() > pos:
            out.append(Text(text[pos:m.start()]))
        out.append(_value(state.values[int(m.group(1))]))
        pos = m.end()
    if pos < len(text):
        out.append(Text(text[pos:]))
    return out


def x__literal__mutmut_5(text: str, state: RenderState) -> list[Any]:
    """Text with tokens replaced by their values (answers become literal Text)."""
    out: list[Any] = []
    pos = 0
    for m in TOKEN_RE.finditer(text):
        if m.start() >= pos:
            out.append(Text(text[pos:m.start()]))
        out.append(_value(state.values[int(m.group(1))]))
        pos = m.end()
    if pos < len(text):
        out.append(Text(text[pos:]))
    return out


def x__literal__mutmut_6(text: str, state: RenderState) -> list[Any]:
    """Text with tokens replaced by their values (answers become literal Text)."""
    out: list[Any] = []
    pos = 0
    for m in TOKEN_RE.finditer(text):
        if m.start() > pos:
            out.append(None)
        out.append(_value(state.values[int(m.group(1))]))
        pos = m.end()
    if pos < len(text):
        out.append(Text(text[pos:]))
    return out


def x__literal__mutmut_7(text: str, state: RenderState) -> list[Any]:
    """Text with tokens replaced by their values (answers become literal Text)."""
    out: list[Any] = []
    pos = 0
    for m in TOKEN_RE.finditer(text):
        if m.start() > pos:
            out.append(Text(None))
        out.append(_value(state.values[int(m.group(1))]))
        pos = m.end()
    if pos < len(text):
        out.append(Text(text[pos:]))
    return out


def x__literal__mutmut_8(text: str, state: RenderState) -> list[Any]:
    """Text with tokens replaced by their values (answers become literal Text)."""
    out: list[Any] = []
    pos = 0
    for m in TOKEN_RE.finditer(text):
        if m.start() > pos:
            out.append(Text(text[pos:m.start()]))
        out.append(None)
        pos = m.end()
    if pos < len(text):
        out.append(Text(text[pos:]))
    return out


def x__literal__mutmut_9(text: str, state: RenderState) -> list[Any]:
    """Text with tokens replaced by their values (answers become literal Text)."""
    out: list[Any] = []
    pos = 0
    for m in TOKEN_RE.finditer(text):
        if m.start() > pos:
            out.append(Text(text[pos:m.start()]))
        out.append(_value(None))
        pos = m.end()
    if pos < len(text):
        out.append(Text(text[pos:]))
    return out


def x__literal__mutmut_10(text: str, state: RenderState) -> list[Any]:
    """Text with tokens replaced by their values (answers become literal Text)."""
    out: list[Any] = []
    pos = 0
    for m in TOKEN_RE.finditer(text):
        if m.start() > pos:
            out.append(Text(text[pos:m.start()]))
        out.append(_value(state.values[int(None)]))
        pos = m.end()
    if pos < len(text):
        out.append(Text(text[pos:]))
    return out


def x__literal__mutmut_11(text: str, state: RenderState) -> list[Any]:
    """Text with tokens replaced by their values (answers become literal Text)."""
    out: list[Any] = []
    pos = 0
    for m in TOKEN_RE.finditer(text):
        if m.start() > pos:
            out.append(Text(text[pos:m.start()]))
        out.append(_value(state.values[int(m.group(None))]))
        pos = m.end()
    if pos < len(text):
        out.append(Text(text[pos:]))
    return out


def x__literal__mutmut_12(text: str, state: RenderState) -> list[Any]:
    """Text with tokens replaced by their values (answers become literal Text)."""
    out: list[Any] = []
    pos = 0
    for m in TOKEN_RE.finditer(text):
        if m.start() > pos:
            out.append(Text(text[pos:m.start()]))
        out.append(_value(state.values[int(m.group(2))]))
        pos = m.end()
    if pos < len(text):
        out.append(Text(text[pos:]))
    return out


def x__literal__mutmut_13(text: str, state: RenderState) -> list[Any]:
    """Text with tokens replaced by their values (answers become literal Text)."""
    out: list[Any] = []
    pos = 0
    for m in TOKEN_RE.finditer(text):
        if m.start() > pos:
            out.append(Text(text[pos:m.start()]))
        out.append(_value(state.values[int(m.group(1))]))
        pos = None
    if pos < len(text):
        out.append(Text(text[pos:]))
    return out


def x__literal__mutmut_14(text: str, state: RenderState) -> list[Any]:
    """Text with tokens replaced by their values (answers become literal Text)."""
    out: list[Any] = []
    pos = 0
    for m in TOKEN_RE.finditer(text):
        if m.start() > pos:
            out.append(Text(text[pos:m.start()]))
        out.append(_value(state.values[int(m.group(1))]))
        pos = m.end()
    if pos <= len(text):
        out.append(Text(text[pos:]))
    return out


def x__literal__mutmut_15(text: str, state: RenderState) -> list[Any]:
    """Text with tokens replaced by their values (answers become literal Text)."""
    out: list[Any] = []
    pos = 0
    for m in TOKEN_RE.finditer(text):
        if m.start() > pos:
            out.append(Text(text[pos:m.start()]))
        out.append(_value(state.values[int(m.group(1))]))
        pos = m.end()
    if pos < len(text):
        out.append(None)
    return out


def x__literal__mutmut_16(text: str, state: RenderState) -> list[Any]:
    """Text with tokens replaced by their values (answers become literal Text)."""
    out: list[Any] = []
    pos = 0
    for m in TOKEN_RE.finditer(text):
        if m.start() > pos:
            out.append(Text(text[pos:m.start()]))
        out.append(_value(state.values[int(m.group(1))]))
        pos = m.end()
    if pos < len(text):
        out.append(Text(None))
    return out

mutants_x__literal__mutmut['_mutmut_orig'] = x__literal__mutmut_orig # type: ignore # mutmut generated
mutants_x__literal__mutmut['x__literal__mutmut_1'] = x__literal__mutmut_1 # type: ignore # mutmut generated
mutants_x__literal__mutmut['x__literal__mutmut_2'] = x__literal__mutmut_2 # type: ignore # mutmut generated
mutants_x__literal__mutmut['x__literal__mutmut_3'] = x__literal__mutmut_3 # type: ignore # mutmut generated
mutants_x__literal__mutmut['x__literal__mutmut_4'] = x__literal__mutmut_4 # type: ignore # mutmut generated
mutants_x__literal__mutmut['x__literal__mutmut_5'] = x__literal__mutmut_5 # type: ignore # mutmut generated
mutants_x__literal__mutmut['x__literal__mutmut_6'] = x__literal__mutmut_6 # type: ignore # mutmut generated
mutants_x__literal__mutmut['x__literal__mutmut_7'] = x__literal__mutmut_7 # type: ignore # mutmut generated
mutants_x__literal__mutmut['x__literal__mutmut_8'] = x__literal__mutmut_8 # type: ignore # mutmut generated
mutants_x__literal__mutmut['x__literal__mutmut_9'] = x__literal__mutmut_9 # type: ignore # mutmut generated
mutants_x__literal__mutmut['x__literal__mutmut_10'] = x__literal__mutmut_10 # type: ignore # mutmut generated
mutants_x__literal__mutmut['x__literal__mutmut_11'] = x__literal__mutmut_11 # type: ignore # mutmut generated
mutants_x__literal__mutmut['x__literal__mutmut_12'] = x__literal__mutmut_12 # type: ignore # mutmut generated
mutants_x__literal__mutmut['x__literal__mutmut_13'] = x__literal__mutmut_13 # type: ignore # mutmut generated
mutants_x__literal__mutmut['x__literal__mutmut_14'] = x__literal__mutmut_14 # type: ignore # mutmut generated
mutants_x__literal__mutmut['x__literal__mutmut_15'] = x__literal__mutmut_15 # type: ignore # mutmut generated
mutants_x__literal__mutmut['x__literal__mutmut_16'] = x__literal__mutmut_16 # type: ignore # mutmut generated
mutants_x__value__mutmut: MutantDict = {}  # type: ignore


@_mutmut_mutated(mutants_x__value__mutmut)
def _value(value: Any) -> Any:
    from .values import Unanswered

    if isinstance(value, Blank):
        return value
    if isinstance(value, Unanswered):
        return Blank(value.label)
    return AnswerText(str(value))


def x__value__mutmut_orig(value: Any) -> Any:
    from .values import Unanswered

    if isinstance(value, Blank):
        return value
    if isinstance(value, Unanswered):
        return Blank(value.label)
    return AnswerText(str(value))


def x__value__mutmut_1(value: Any) -> Any:
    from .values import Unanswered

    if isinstance(value, Blank):
        return value
    if isinstance(value, Unanswered):
        return Blank(None)
    return AnswerText(str(value))


def x__value__mutmut_2(value: Any) -> Any:
    from .values import Unanswered

    if isinstance(value, Blank):
        return value
    if isinstance(value, Unanswered):
        return Blank(value.label)
    return AnswerText(None)


def x__value__mutmut_3(value: Any) -> Any:
    from .values import Unanswered

    if isinstance(value, Blank):
        return value
    if isinstance(value, Unanswered):
        return Blank(value.label)
    return AnswerText(str(None))

mutants_x__value__mutmut['_mutmut_orig'] = x__value__mutmut_orig # type: ignore # mutmut generated
mutants_x__value__mutmut['x__value__mutmut_1'] = x__value__mutmut_1 # type: ignore # mutmut generated
mutants_x__value__mutmut['x__value__mutmut_2'] = x__value__mutmut_2 # type: ignore # mutmut generated
mutants_x__value__mutmut['x__value__mutmut_3'] = x__value__mutmut_3 # type: ignore # mutmut generated
mutants_x__detoken__mutmut: MutantDict = {}  # type: ignore


@_mutmut_mutated(mutants_x__detoken__mutmut)
def _detoken(text: str, state: RenderState) -> str:
    return TOKEN_RE.sub(lambda m: str(state.values[int(m.group(1))]), text)


def x__detoken__mutmut_orig(text: str, state: RenderState) -> str:
    return TOKEN_RE.sub(lambda m: str(state.values[int(m.group(1))]), text)


def x__detoken__mutmut_1(text: str, state: RenderState) -> str:
    return TOKEN_RE.sub(None, text)


def x__detoken__mutmut_2(text: str, state: RenderState) -> str:
    return TOKEN_RE.sub(lambda m: str(state.values[int(m.group(1))]), None)


def x__detoken__mutmut_3(text: str, state: RenderState) -> str:
    return TOKEN_RE.sub(text)


def x__detoken__mutmut_4(text: str, state: RenderState) -> str:
    return TOKEN_RE.sub(lambda m: str(state.values[int(m.group(1))]), )


def x__detoken__mutmut_5(text: str, state: RenderState) -> str:
    return TOKEN_RE.sub(lambda m: None, text)


def x__detoken__mutmut_6(text: str, state: RenderState) -> str:
    return TOKEN_RE.sub(lambda m: str(None), text)


def x__detoken__mutmut_7(text: str, state: RenderState) -> str:
    return TOKEN_RE.sub(lambda m: str(state.values[int(None)]), text)


def x__detoken__mutmut_8(text: str, state: RenderState) -> str:
    return TOKEN_RE.sub(lambda m: str(state.values[int(m.group(None))]), text)


def x__detoken__mutmut_9(text: str, state: RenderState) -> str:
    return TOKEN_RE.sub(lambda m: str(state.values[int(m.group(2))]), text)

mutants_x__detoken__mutmut['_mutmut_orig'] = x__detoken__mutmut_orig # type: ignore # mutmut generated
mutants_x__detoken__mutmut['x__detoken__mutmut_1'] = x__detoken__mutmut_1 # type: ignore # mutmut generated
mutants_x__detoken__mutmut['x__detoken__mutmut_2'] = x__detoken__mutmut_2 # type: ignore # mutmut generated
mutants_x__detoken__mutmut['x__detoken__mutmut_3'] = x__detoken__mutmut_3 # type: ignore # mutmut generated
mutants_x__detoken__mutmut['x__detoken__mutmut_4'] = x__detoken__mutmut_4 # type: ignore # mutmut generated
mutants_x__detoken__mutmut['x__detoken__mutmut_5'] = x__detoken__mutmut_5 # type: ignore # mutmut generated
mutants_x__detoken__mutmut['x__detoken__mutmut_6'] = x__detoken__mutmut_6 # type: ignore # mutmut generated
mutants_x__detoken__mutmut['x__detoken__mutmut_7'] = x__detoken__mutmut_7 # type: ignore # mutmut generated
mutants_x__detoken__mutmut['x__detoken__mutmut_8'] = x__detoken__mutmut_8 # type: ignore # mutmut generated
mutants_x__detoken__mutmut['x__detoken__mutmut_9'] = x__detoken__mutmut_9 # type: ignore # mutmut generated
mutants_x__merge_text__mutmut: MutantDict = {}  # type: ignore


@_mutmut_mutated(mutants_x__merge_text__mutmut)
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


def x__merge_text__mutmut_orig(items: list[Any]) -> list[Any]:
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


def x__merge_text__mutmut_1(items: list[Any]) -> list[Any]:
    out: list[Any] = None
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


def x__merge_text__mutmut_2(items: list[Any]) -> list[Any]:
    out: list[Any] = []
    for item in items:
        if type(item) is Text and out or type(out[-1]) is Text:
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


def x__merge_text__mutmut_3(items: list[Any]) -> list[Any]:
    out: list[Any] = []
    for item in items:
        if type(item) is Text or out and type(out[-1]) is Text:
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


def x__merge_text__mutmut_4(items: list[Any]) -> list[Any]:
    out: list[Any] = []
    for item in items:
        if type(None) is Text and out and type(out[-1]) is Text:
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


def x__merge_text__mutmut_5(items: list[Any]) -> list[Any]:
    out: list[Any] = []
    for item in items:
        if type(item) is not Text and out and type(out[-1]) is Text:
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


def x__merge_text__mutmut_6(items: list[Any]) -> list[Any]:
    out: list[Any] = []
    for item in items:
        if type(item) is Text and out and type(None) is Text:
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


def x__merge_text__mutmut_7(items: list[Any]) -> list[Any]:
    out: list[Any] = []
    for item in items:
        if type(item) is Text and out and type(out[+1]) is Text:
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


def x__merge_text__mutmut_8(items: list[Any]) -> list[Any]:
    out: list[Any] = []
    for item in items:
        if type(item) is Text and out and type(out[-2]) is Text:
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


def x__merge_text__mutmut_9(items: list[Any]) -> list[Any]:
    out: list[Any] = []
    for item in items:
        if type(item) is Text and out and type(out[-1]) is not Text:
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


def x__merge_text__mutmut_10(items: list[Any]) -> list[Any]:
    out: list[Any] = []
    for item in items:
        if type(item) is Text and out and type(out[-1]) is Text:
            out[-1] = None
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


def x__merge_text__mutmut_11(items: list[Any]) -> list[Any]:
    out: list[Any] = []
    for item in items:
        if type(item) is Text and out and type(out[-1]) is Text:
            out[+1] = Text(out[-1].text + item.text)
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


def x__merge_text__mutmut_12(items: list[Any]) -> list[Any]:
    out: list[Any] = []
    for item in items:
        if type(item) is Text and out and type(out[-1]) is Text:
            out[-2] = Text(out[-1].text + item.text)
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


def x__merge_text__mutmut_13(items: list[Any]) -> list[Any]:
    out: list[Any] = []
    for item in items:
        if type(item) is Text and out and type(out[-1]) is Text:
            out[-1] = Text(None)
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


def x__merge_text__mutmut_14(items: list[Any]) -> list[Any]:
    out: list[Any] = []
    for item in items:
        if type(item) is Text and out and type(out[-1]) is Text:
            out[-1] = Text(out[-1].text - item.text)
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


def x__merge_text__mutmut_15(items: list[Any]) -> list[Any]:
    out: list[Any] = []
    for item in items:
        if type(item) is Text and out and type(out[-1]) is Text:
            out[-1] = Text(out[+1].text + item.text)
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


def x__merge_text__mutmut_16(items: list[Any]) -> list[Any]:
    out: list[Any] = []
    for item in items:
        if type(item) is Text and out and type(out[-1]) is Text:
            out[-1] = Text(out[-2].text + item.text)
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


def x__merge_text__mutmut_17(items: list[Any]) -> list[Any]:
    out: list[Any] = []
    for item in items:
        if type(item) is Text and out and type(out[-1]) is Text:
            out[-1] = Text(out[-1].text + item.text)
        elif isinstance(item, Text) or not item.text:
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


def x__merge_text__mutmut_18(items: list[Any]) -> list[Any]:
    out: list[Any] = []
    for item in items:
        if type(item) is Text and out and type(out[-1]) is Text:
            out[-1] = Text(out[-1].text + item.text)
        elif isinstance(item, Text) and item.text:
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


def x__merge_text__mutmut_19(items: list[Any]) -> list[Any]:
    out: list[Any] = []
    for item in items:
        if type(item) is Text and out and type(out[-1]) is Text:
            out[-1] = Text(out[-1].text + item.text)
        elif isinstance(item, Text) and not item.text:
            break
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


def x__merge_text__mutmut_20(items: list[Any]) -> list[Any]:
    out: list[Any] = []
    for item in items:
        if type(item) is Text and out and type(out[-1]) is Text:
            out[-1] = Text(out[-1].text + item.text)
        elif isinstance(item, Text) and not item.text:
            continue
        else:
            out.append(None)
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


def x__merge_text__mutmut_21(items: list[Any]) -> list[Any]:
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
    if out or isinstance(out[0], Text):
        out[0] = type(out[0])(out[0].text.lstrip())
        if not out[0].text:
            out.pop(0)
    if out and isinstance(out[-1], Text):
        out[-1] = type(out[-1])(out[-1].text.rstrip())
        if not out[-1].text:
            out.pop()
    return out


def x__merge_text__mutmut_22(items: list[Any]) -> list[Any]:
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
        out[0] = None
        if not out[0].text:
            out.pop(0)
    if out and isinstance(out[-1], Text):
        out[-1] = type(out[-1])(out[-1].text.rstrip())
        if not out[-1].text:
            out.pop()
    return out


def x__merge_text__mutmut_23(items: list[Any]) -> list[Any]:
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
        out[1] = type(out[0])(out[0].text.lstrip())
        if not out[0].text:
            out.pop(0)
    if out and isinstance(out[-1], Text):
        out[-1] = type(out[-1])(out[-1].text.rstrip())
        if not out[-1].text:
            out.pop()
    return out


def x__merge_text__mutmut_24(items: list[Any]) -> list[Any]:
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
        out[0] = type(out[0])(None)
        if not out[0].text:
            out.pop(0)
    if out and isinstance(out[-1], Text):
        out[-1] = type(out[-1])(out[-1].text.rstrip())
        if not out[-1].text:
            out.pop()
    return out


def x__merge_text__mutmut_25(items: list[Any]) -> list[Any]:
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
        out[0] = type(None)(out[0].text.lstrip())
        if not out[0].text:
            out.pop(0)
    if out and isinstance(out[-1], Text):
        out[-1] = type(out[-1])(out[-1].text.rstrip())
        if not out[-1].text:
            out.pop()
    return out


def x__merge_text__mutmut_26(items: list[Any]) -> list[Any]:
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
        out[0] = type(out[1])(out[0].text.lstrip())
        if not out[0].text:
            out.pop(0)
    if out and isinstance(out[-1], Text):
        out[-1] = type(out[-1])(out[-1].text.rstrip())
        if not out[-1].text:
            out.pop()
    return out


def x__merge_text__mutmut_27(items: list[Any]) -> list[Any]:
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
        out[0] = type(out[0])(out[0].text.rstrip())
        if not out[0].text:
            out.pop(0)
    if out and isinstance(out[-1], Text):
        out[-1] = type(out[-1])(out[-1].text.rstrip())
        if not out[-1].text:
            out.pop()
    return out


def x__merge_text__mutmut_28(items: list[Any]) -> list[Any]:
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
        out[0] = type(out[0])(out[1].text.lstrip())
        if not out[0].text:
            out.pop(0)
    if out and isinstance(out[-1], Text):
        out[-1] = type(out[-1])(out[-1].text.rstrip())
        if not out[-1].text:
            out.pop()
    return out


def x__merge_text__mutmut_29(items: list[Any]) -> list[Any]:
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
        if out[0].text:
            out.pop(0)
    if out and isinstance(out[-1], Text):
        out[-1] = type(out[-1])(out[-1].text.rstrip())
        if not out[-1].text:
            out.pop()
    return out


def x__merge_text__mutmut_30(items: list[Any]) -> list[Any]:
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
        if not out[1].text:
            out.pop(0)
    if out and isinstance(out[-1], Text):
        out[-1] = type(out[-1])(out[-1].text.rstrip())
        if not out[-1].text:
            out.pop()
    return out


def x__merge_text__mutmut_31(items: list[Any]) -> list[Any]:
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
            out.pop(None)
    if out and isinstance(out[-1], Text):
        out[-1] = type(out[-1])(out[-1].text.rstrip())
        if not out[-1].text:
            out.pop()
    return out


def x__merge_text__mutmut_32(items: list[Any]) -> list[Any]:
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
            out.pop(1)
    if out and isinstance(out[-1], Text):
        out[-1] = type(out[-1])(out[-1].text.rstrip())
        if not out[-1].text:
            out.pop()
    return out


def x__merge_text__mutmut_33(items: list[Any]) -> list[Any]:
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
    if out or isinstance(out[-1], Text):
        out[-1] = type(out[-1])(out[-1].text.rstrip())
        if not out[-1].text:
            out.pop()
    return out


def x__merge_text__mutmut_34(items: list[Any]) -> list[Any]:
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
        out[-1] = None
        if not out[-1].text:
            out.pop()
    return out


def x__merge_text__mutmut_35(items: list[Any]) -> list[Any]:
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
        out[+1] = type(out[-1])(out[-1].text.rstrip())
        if not out[-1].text:
            out.pop()
    return out


def x__merge_text__mutmut_36(items: list[Any]) -> list[Any]:
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
        out[-2] = type(out[-1])(out[-1].text.rstrip())
        if not out[-1].text:
            out.pop()
    return out


def x__merge_text__mutmut_37(items: list[Any]) -> list[Any]:
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
        out[-1] = type(out[-1])(None)
        if not out[-1].text:
            out.pop()
    return out


def x__merge_text__mutmut_38(items: list[Any]) -> list[Any]:
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
        out[-1] = type(None)(out[-1].text.rstrip())
        if not out[-1].text:
            out.pop()
    return out


def x__merge_text__mutmut_39(items: list[Any]) -> list[Any]:
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
        out[-1] = type(out[+1])(out[-1].text.rstrip())
        if not out[-1].text:
            out.pop()
    return out


def x__merge_text__mutmut_40(items: list[Any]) -> list[Any]:
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
        out[-1] = type(out[-2])(out[-1].text.rstrip())
        if not out[-1].text:
            out.pop()
    return out


def x__merge_text__mutmut_41(items: list[Any]) -> list[Any]:
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
        out[-1] = type(out[-1])(out[-1].text.lstrip())
        if not out[-1].text:
            out.pop()
    return out


def x__merge_text__mutmut_42(items: list[Any]) -> list[Any]:
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
        out[-1] = type(out[-1])(out[+1].text.rstrip())
        if not out[-1].text:
            out.pop()
    return out


def x__merge_text__mutmut_43(items: list[Any]) -> list[Any]:
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
        out[-1] = type(out[-1])(out[-2].text.rstrip())
        if not out[-1].text:
            out.pop()
    return out


def x__merge_text__mutmut_44(items: list[Any]) -> list[Any]:
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
        if out[-1].text:
            out.pop()
    return out


def x__merge_text__mutmut_45(items: list[Any]) -> list[Any]:
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
        if not out[+1].text:
            out.pop()
    return out


def x__merge_text__mutmut_46(items: list[Any]) -> list[Any]:
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
        if not out[-2].text:
            out.pop()
    return out

mutants_x__merge_text__mutmut['_mutmut_orig'] = x__merge_text__mutmut_orig # type: ignore # mutmut generated
mutants_x__merge_text__mutmut['x__merge_text__mutmut_1'] = x__merge_text__mutmut_1 # type: ignore # mutmut generated
mutants_x__merge_text__mutmut['x__merge_text__mutmut_2'] = x__merge_text__mutmut_2 # type: ignore # mutmut generated
mutants_x__merge_text__mutmut['x__merge_text__mutmut_3'] = x__merge_text__mutmut_3 # type: ignore # mutmut generated
mutants_x__merge_text__mutmut['x__merge_text__mutmut_4'] = x__merge_text__mutmut_4 # type: ignore # mutmut generated
mutants_x__merge_text__mutmut['x__merge_text__mutmut_5'] = x__merge_text__mutmut_5 # type: ignore # mutmut generated
mutants_x__merge_text__mutmut['x__merge_text__mutmut_6'] = x__merge_text__mutmut_6 # type: ignore # mutmut generated
mutants_x__merge_text__mutmut['x__merge_text__mutmut_7'] = x__merge_text__mutmut_7 # type: ignore # mutmut generated
mutants_x__merge_text__mutmut['x__merge_text__mutmut_8'] = x__merge_text__mutmut_8 # type: ignore # mutmut generated
mutants_x__merge_text__mutmut['x__merge_text__mutmut_9'] = x__merge_text__mutmut_9 # type: ignore # mutmut generated
mutants_x__merge_text__mutmut['x__merge_text__mutmut_10'] = x__merge_text__mutmut_10 # type: ignore # mutmut generated
mutants_x__merge_text__mutmut['x__merge_text__mutmut_11'] = x__merge_text__mutmut_11 # type: ignore # mutmut generated
mutants_x__merge_text__mutmut['x__merge_text__mutmut_12'] = x__merge_text__mutmut_12 # type: ignore # mutmut generated
mutants_x__merge_text__mutmut['x__merge_text__mutmut_13'] = x__merge_text__mutmut_13 # type: ignore # mutmut generated
mutants_x__merge_text__mutmut['x__merge_text__mutmut_14'] = x__merge_text__mutmut_14 # type: ignore # mutmut generated
mutants_x__merge_text__mutmut['x__merge_text__mutmut_15'] = x__merge_text__mutmut_15 # type: ignore # mutmut generated
mutants_x__merge_text__mutmut['x__merge_text__mutmut_16'] = x__merge_text__mutmut_16 # type: ignore # mutmut generated
mutants_x__merge_text__mutmut['x__merge_text__mutmut_17'] = x__merge_text__mutmut_17 # type: ignore # mutmut generated
mutants_x__merge_text__mutmut['x__merge_text__mutmut_18'] = x__merge_text__mutmut_18 # type: ignore # mutmut generated
mutants_x__merge_text__mutmut['x__merge_text__mutmut_19'] = x__merge_text__mutmut_19 # type: ignore # mutmut generated
mutants_x__merge_text__mutmut['x__merge_text__mutmut_20'] = x__merge_text__mutmut_20 # type: ignore # mutmut generated
mutants_x__merge_text__mutmut['x__merge_text__mutmut_21'] = x__merge_text__mutmut_21 # type: ignore # mutmut generated
mutants_x__merge_text__mutmut['x__merge_text__mutmut_22'] = x__merge_text__mutmut_22 # type: ignore # mutmut generated
mutants_x__merge_text__mutmut['x__merge_text__mutmut_23'] = x__merge_text__mutmut_23 # type: ignore # mutmut generated
mutants_x__merge_text__mutmut['x__merge_text__mutmut_24'] = x__merge_text__mutmut_24 # type: ignore # mutmut generated
mutants_x__merge_text__mutmut['x__merge_text__mutmut_25'] = x__merge_text__mutmut_25 # type: ignore # mutmut generated
mutants_x__merge_text__mutmut['x__merge_text__mutmut_26'] = x__merge_text__mutmut_26 # type: ignore # mutmut generated
mutants_x__merge_text__mutmut['x__merge_text__mutmut_27'] = x__merge_text__mutmut_27 # type: ignore # mutmut generated
mutants_x__merge_text__mutmut['x__merge_text__mutmut_28'] = x__merge_text__mutmut_28 # type: ignore # mutmut generated
mutants_x__merge_text__mutmut['x__merge_text__mutmut_29'] = x__merge_text__mutmut_29 # type: ignore # mutmut generated
mutants_x__merge_text__mutmut['x__merge_text__mutmut_30'] = x__merge_text__mutmut_30 # type: ignore # mutmut generated
mutants_x__merge_text__mutmut['x__merge_text__mutmut_31'] = x__merge_text__mutmut_31 # type: ignore # mutmut generated
mutants_x__merge_text__mutmut['x__merge_text__mutmut_32'] = x__merge_text__mutmut_32 # type: ignore # mutmut generated
mutants_x__merge_text__mutmut['x__merge_text__mutmut_33'] = x__merge_text__mutmut_33 # type: ignore # mutmut generated
mutants_x__merge_text__mutmut['x__merge_text__mutmut_34'] = x__merge_text__mutmut_34 # type: ignore # mutmut generated
mutants_x__merge_text__mutmut['x__merge_text__mutmut_35'] = x__merge_text__mutmut_35 # type: ignore # mutmut generated
mutants_x__merge_text__mutmut['x__merge_text__mutmut_36'] = x__merge_text__mutmut_36 # type: ignore # mutmut generated
mutants_x__merge_text__mutmut['x__merge_text__mutmut_37'] = x__merge_text__mutmut_37 # type: ignore # mutmut generated
mutants_x__merge_text__mutmut['x__merge_text__mutmut_38'] = x__merge_text__mutmut_38 # type: ignore # mutmut generated
mutants_x__merge_text__mutmut['x__merge_text__mutmut_39'] = x__merge_text__mutmut_39 # type: ignore # mutmut generated
mutants_x__merge_text__mutmut['x__merge_text__mutmut_40'] = x__merge_text__mutmut_40 # type: ignore # mutmut generated
mutants_x__merge_text__mutmut['x__merge_text__mutmut_41'] = x__merge_text__mutmut_41 # type: ignore # mutmut generated
mutants_x__merge_text__mutmut['x__merge_text__mutmut_42'] = x__merge_text__mutmut_42 # type: ignore # mutmut generated
mutants_x__merge_text__mutmut['x__merge_text__mutmut_43'] = x__merge_text__mutmut_43 # type: ignore # mutmut generated
mutants_x__merge_text__mutmut['x__merge_text__mutmut_44'] = x__merge_text__mutmut_44 # type: ignore # mutmut generated
mutants_x__merge_text__mutmut['x__merge_text__mutmut_45'] = x__merge_text__mutmut_45 # type: ignore # mutmut generated
mutants_x__merge_text__mutmut['x__merge_text__mutmut_46'] = x__merge_text__mutmut_46 # type: ignore # mutmut generated
