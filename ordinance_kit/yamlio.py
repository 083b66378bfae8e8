"""Reading YAML that people wrote, with positions for error messages.

ruamel.yaml's round-trip loader keeps the line and column of every key, which lets an error say
"riverbend.yaml, line 12, key options.notice_days". It never builds Python objects from tags,
so a YAML file is always data. Size and nesting limits keep a hostile file (a "YAML bomb",
a megabyte of brackets) to a clean error in bounded time and memory.
"""
from __future__ import annotations

import io
import re
import os
from pathlib import Path
from typing import Any

from .errors import UserError

MAX_BYTES = 1_000_000       # an answers or clause file is a few kilobytes
MAX_DEPTH = 20              # answers are two levels deep; clause front matter three or four
MAX_NODES = 50_000          # counted after alias expansion, so billion-laughs stops early


def _yaml(positions: bool = True):
    """The round-trip loader keeps positions for messages; the safe loader (C-accelerated with
    ruamel.yaml.clib) is several times faster and serves library files that load cleanly."""
    from ruamel.yaml import YAML

    y = YAML(typ="rt" if positions else "safe")
    y.allow_duplicate_keys = False
    return y


def describe_position(path: str | Path, line: int | None, key: str | None = None) -> str:
    """`file, line N, key K` with 1-based line numbers."""
    parts = [str(path)]
    if line is not None:
        parts.append(f"line {line + 1}")
    if key:
        parts.append(f"key '{key}'")
    return ", ".join(parts)


def read_text(path: Path, what: str, limit: int = MAX_BYTES) -> str:
    """Read a UTF-8 text file, turning every OS or encoding failure into a UserError."""
    data = read_bounded(path, what, limit)
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        raise UserError(f"{path}: byte {exc.start} is not valid UTF-8 text. Save the {what} file "
                        "as UTF-8 (in most editors: Save As, Encoding: UTF-8).") from None


def read_bounded(path: Path, what: str, limit: int = MAX_BYTES) -> bytes:
    """The file's bytes, reading at most `limit` + 1 of them whatever the file is.

    A regular file's size is known before reading; a pipe, a FIFO or a device (/dev/stdin,
    /dev/zero) has no size, so the limit is enforced on what is read: `yes | ... /dev/stdin`
    stops after a megabyte instead of reading forever.
    """
    import stat

    try:
        if path.is_dir():
            raise UserError(f"{path} is a folder; expected a {what} file.")
        with open(path, "rb") as handle:
            info = os.fstat(handle.fileno())
            if stat.S_ISREG(info.st_mode) and info.st_size > limit:
                raise UserError(f"{path}: the {what} file is {info.st_size:,} bytes; the limit is "
                                f"{limit:,}. Is this the right file?")
            data = handle.read(limit + 1)
    except FileNotFoundError:
        raise UserError(f"{path}: file not found. Check the path to the {what} file.") from None
    except OSError as exc:
        raise UserError(f"{path}: cannot read the {what} file ({exc.strerror}).") from None
    if len(data) > limit:
        raise UserError(f"{path}: the {what} file is more than {limit:,} bytes; the limit is "
                        f"{limit:,}. Is this the right file?")
    return data


def parse_yaml(text: str, source: str | Path, what: str, line_offset: int = 0,
               positions: bool = True) -> Any:
    """Parse YAML text; any syntax problem becomes a UserError naming file and line.

    With `positions` False the result has no line information (faster); callers re-parse with
    positions when they need to point at a line.
    """
    from ruamel.yaml.error import MarkedYAMLError, YAMLError

    if "\x00" in text:
        raise UserError(f"{source}: the {what} contains a NUL byte; it looks like a binary file, "
                        "not YAML text.")
    if _brackets_deeper_than(text, 5 * MAX_DEPTH):   # the parser would take seconds to fail
        raise UserError(f"{source}: the {what} is nested more than {MAX_DEPTH} levels deep.")
    tag = _first_tag(text)
    if tag:
        raise UserError(f"{describe_position(source, tag[1] + line_offset)}: the {what} uses "
                        f"the YAML tag '{tag[0]}'. Tags are not allowed; write the plain value "
                        "(quote it if it starts with '!').")
    try:
        data = _yaml(positions).load(io.StringIO(text))
    except MarkedYAMLError as exc:
        from .yaml_messages import explain_yaml_problem

        mark = exc.problem_mark or exc.context_mark
        start = exc.context_mark.line if exc.context_mark is not None else None
        problem = exc.problem or exc.context or "invalid YAML"
        line, plain = explain_yaml_problem(problem, text, mark.line if mark else None, start)
        line = None if line is None else line + line_offset
        raise UserError(f"{describe_position(source, line)}: this {what} is not valid YAML: "
                        f"{plain}.") from None
    except YAMLError as exc:
        raise UserError(f"{source}: this {what} is not valid YAML ({exc}).") from None
    except (ValueError, OverflowError) as exc:    # e.g. a date that does not exist: 2026-02-30
        raise UserError(f"{describe_position(source, _bad_date_line(text))}: "
                        f"this {what} has a value that cannot be read ({exc}). A date must be a "
                        "real date written YYYY-MM-DD; put any other value in quotes.") from None
    except RecursionError:
        raise UserError(f"{source}: the {what} is nested too deeply to be an answers or "
                        "clause file.") from None
    _check_shape(data, source, what)
    return data


def _brackets_deeper_than(text: str, limit: int) -> bool:
    """A quick scan for [ and { nested past `limit`. It skips quoted text and comments
    roughly, so it can only undercount: the exact check happens after parsing."""
    depth, quote, comment = 0, "", False
    for ch in text:
        if ch == "\n":
            quote, comment = "", False
        elif comment:
            continue
        elif quote:
            if ch == quote:
                quote = ""
        elif ch in "'\"":
            quote = ch
        elif ch == "#":
            comment = True
        elif ch in "[{":
            depth += 1
            if depth > limit:
                return True
        elif ch in "]}":
            depth = max(0, depth - 1)
    return False


def _bad_date_line(text: str) -> int | None:
    """0-based line of the first YYYY-MM-DD value that is not a real date."""
    import datetime as _dt
    import re

    for n, line in enumerate(text.splitlines()):
        for m in re.finditer(r"\b(\d{4})-(\d{1,2})-(\d{1,2})\b", line):
            try:
                _dt.date(*(int(g) for g in m.groups()))
            except ValueError:
                return n
    return None


# Where a node (and so a tag) can start: a line's start after indentation and '- ', '? ' or
# ': ', after ':' or a flow bracket or comma, after an anchor, after '---'. A superset on
# purpose: a false match only costs a scan, which then decides.
_TAG_START = re.compile(r"(?:^[ \t]*(?:[-?:][ \t]+)*|:[ \t]*|[\[{,][ \t]*|&\S+[ \t]+"
                        r"|^---[ \t]+)!", re.MULTILINE)


def _first_tag(text: str) -> tuple[str, int] | None:
    """The first explicit tag written in the text and its 0-based line, if any.

    Tags are found in the token stream, not in the loaded data: the loader turns many of them
    into ordinary values that carry no trace of the tag (!!binary into bytes, !!int "45" into
    45, !!omap and !!set into mappings), so only the scanner sees every one. Every tag starts
    with '!' where a node starts, so text with no such '!' is not scanned at all (the scanner
    is pure Python; "when: body != 'none'" in a clause file should not cost a scan).
    """
    if not _TAG_START.search(text):
        return None
    from ruamel.yaml import YAML
    from ruamel.yaml.error import YAMLError
    from ruamel.yaml.tokens import TagToken

    try:
        for token in YAML(typ="safe", pure=True).scan(io.StringIO(text)):
            if isinstance(token, TagToken):
                handle, suffix = token.value
                if handle:
                    written = f"{handle}{suffix}"
                else:       # verbatim !<...>, or the lone '!' (whose suffix is '!')
                    written = "!" if suffix == "!" else f"!<{suffix}>"
                return written, token.start_mark.line
    except YAMLError:       # a syntax error: the loader reports it with its line
        return None
    return None


def _explicit_tag(node: Any) -> str | None:
    """The tag written in the file (like '!!python/object:os.system'), if any."""
    tag = getattr(node, "tag", None)
    value = getattr(tag, "value", None)
    return str(value) if value else None


def _check_shape(data: Any, source, what: str) -> None:
    """Reject documents that are too deep or too large after aliases are expanded."""
    count = 0
    stack = [(data, 0, None)]
    while stack:
        node, depth, line = stack.pop()
        count += 1
        if count > MAX_NODES:
            raise UserError(f"{source}: the {what} has more than {MAX_NODES:,} values "
                            "(after expanding YAML aliases); that is far more than any real file.")
        if depth > MAX_DEPTH:
            raise UserError(f"{source}: the {what} is nested more than {MAX_DEPTH} levels deep.")
        tag = _explicit_tag(node)
        if tag:
            raise UserError(f"{describe_position(source, line)}: the {what} uses the "
                            f"YAML tag '{tag}'. Tags are not allowed; write the plain value "
                            "(quote it if it starts with '!').")
        if isinstance(node, dict):
            stack.extend((v, depth + 1, key_line(node, k)) for k, v in node.items())
        elif isinstance(node, list):
            stack.extend((v, depth + 1, item_line(node, i)) for i, v in enumerate(node))


def key_line(mapping: Any, key: str) -> int | None:
    """0-based line of `key` in a ruamel mapping, if known."""
    try:
        return mapping.lc.key(key)[0]
    except Exception:  # plain dicts (e.g. from --set) have no positions
        return None


def item_line(seq: Any, index: int) -> int | None:
    try:
        return seq.lc.item(index)[0]
    except Exception:
        return None
