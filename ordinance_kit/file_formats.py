"""The one rule for every file a command writes: the name's ending says what the file holds.

A file named .pdf must be a PDF, a .docx a Word document, a .md Markdown. So for any command
with -o and --format: --format must be one the command writes; the -o name must end in one of
that format's endings; when both are given they must agree; when only -o is given its ending
chooses the format. Anything else is a usage error (exit 2) before any work, naming the file,
what was expected, and a name that would work.
"""
from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import Iterable, Protocol

from .errors import UserError


class Format(Protocol):
    name: str
    suffixes: tuple[str, ...]      # the first is the one suggested
    what: str                      # in words, for messages: "a Word document"


@dataclass(frozen=True)
class FileFormat:
    name: str
    suffixes: tuple[str, ...]
    what: str


# What the commands other than build write (build's formats: engine.OUTPUT_FORMATS).
TEXT = FileFormat("text", (".txt",), "plain text")
MARKDOWN = FileFormat("md", (".md", ".markdown"), "Markdown")
HTML = FileFormat("html", (".html", ".htm"), "a web page")
JSON = FileFormat("json", (".json",), "JSON")
WORD = FileFormat("docx", (".docx",), "a Word document")
YAML = FileFormat("yaml", (".yaml", ".yml"), "an answers file (YAML)")


def one_of(words: list[str]) -> str:
    """'.docx, .md or .pdf'."""
    return " or ".join(filter(None, [", ".join(words[:-1]), words[-1]])) if words else ""


def choose_format(output: Path | None, fmt: str | None, formats: Iterable[Format], *,
                  default: str) -> str:
    """The format to write: --format if given, else the output name's ending, else `default`;
    raises UserError when the format is unknown, the ending is not one of these formats', or
    the two disagree."""
    table = {f.name: f for f in formats}
    if fmt is not None:
        fmt = fmt.strip().lower()
        if fmt not in table:
            names = " or ".join(table) if len(table) == 2 else "one of " + ", ".join(table)
            raise UserError(f"--format {fmt}: use {names}.")
    if output is None:
        return fmt or default
    suffix = output.suffix.lower()
    named = next((f.name for f in table.values() if suffix in f.suffixes), None)
    if named is None:
        what = f"the ending '{output.suffix}' is not a format" if suffix else "the name has no ending"
        endings = one_of([f.suffixes[0] for f in table.values()])
        raise UserError(f"{output}: {what}; an output name must end in {endings}, the format "
                        f"it holds. For example: -o {_renamed(output, table[fmt or default])}.")
    if fmt is not None and fmt != named:
        raise UserError(f"{output}: the name ends in {output.suffix} ({table[named].what}) but "
                        f"--format {fmt} writes {table[fmt].what}. Use -o "
                        f"{_renamed(output, table[fmt])}, or leave out --format.")
    return named


def require_ending(output: Path, format: Format, command: str) -> None:
    """For a command that writes one kind of file only (redline: Word; init: YAML)."""
    if output.suffix.lower() not in format.suffixes:
        raise UserError(f"-o {output}: {command} writes {format.what}; give a name ending in "
                        f"{one_of(list(format.suffixes))}, for example -o "
                        f"{_renamed(output, format)}.")


def _renamed(output: Path, format: Format) -> Path:
    try:
        return output.with_suffix(format.suffixes[0])
    except ValueError:               # a name like '/' or '..' has no stem to keep
        return Path("draft" + format.suffixes[0])
