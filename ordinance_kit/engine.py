"""The pipeline in one place: library + answers -> assembly -> checks -> rendered bytes.

The CLI, batch mode and tests all go through here, so they behave the same.
"""
from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

from .answers import Answers, load_answers
from .assemble import Assembly, assemble
from .checks import Finding, has_errors, run_checks
from .errors import ChecksFailed, UserError
from .library import Library, load_library
from .model import WriterOptions

@dataclass(frozen=True)
class OutputFormat:
    """One way to write the ordinance tree: the writer module and function that render it, the
    file name endings it is written under (the first is the one suggested) and what it is, in
    words, for messages."""
    name: str
    suffixes: tuple[str, ...]
    what: str
    module: str          # under ordinance_kit.writers; imported only when the format is used
    function: str
    # A format made by converting another writer's bytes (a PDF is the DOCX, printed): a module
    # under ordinance_kit with `convert(data, *, where) -> bytes` and `unavailable() -> str |
    # None` (why it cannot run on this computer, asked before any work). Empty for the rest.
    convert: str = ""


# One row per output format; a new writer adds its row here and nowhere else.
OUTPUT_FORMATS = {f.name: f for f in (
    OutputFormat("docx", (".docx",), "a Word document", "docx_writer", "render_docx"),
    OutputFormat("md", (".md", ".markdown"), "Markdown", "markdown", "render_markdown"),
    OutputFormat("pdf", (".pdf",), "a PDF", "docx_writer", "render_docx", convert="pdf"),
    OutputFormat("html", (".html", ".htm"), "a web page", "html", "render_html"),
    OutputFormat("akn", (".xml", ".akn"), "Akoma Ntoso XML", "akn", "render_akn"),
)}
FORMATS = tuple(OUTPUT_FORMATS)
SUFFIXES = {f.name: f.suffixes for f in OUTPUT_FORMATS.values()}


@dataclass
class BuildResult:
    assembly: Assembly
    findings: list[Finding]
    data: bytes | None = None
    options: WriterOptions = field(default_factory=WriterOptions)   # how render() prints it

    @property
    def ordinance(self):
        return self.assembly.ordinance


def prepare(answers_path: Path | None, sets: list[str] | None = None,
            library_dir: Path | None = None) -> tuple[Library, Answers]:
    library = load_library(library_dir)
    answers = load_answers(answers_path, library.questions, sets)
    require_state_facts(library, answers, str(answers_path))
    return library, answers


def require_state_facts(library: Library, answers: Answers, where: str) -> None:
    """The answers' state must have a facts file (a custom library may lack some)."""
    state = answers.get("jurisdiction.state")
    if library.states and state and str(state) not in library.states:
        raise UserError(f"{where}: no state facts for '{state}' in the library.")


def check(library: Library, answers: Answers, *, final: bool = False, notes: bool = True,
          line_numbers: bool = False, strict: bool = False) -> BuildResult:
    asm = assemble(library, answers, draft=not final, notes=notes)
    return BuildResult(asm, run_checks(asm, strict=strict),
                       options=WriterOptions(notes=notes, line_numbers=line_numbers))


def output_format(output: Path | None, fmt: str | None) -> str:
    """The format to write: --format if given, else the output name's ending; they must agree,
    so a file named .docx always holds a Word document (the rule: file_formats)."""
    from .file_formats import choose_format

    return choose_format(output, fmt, OUTPUT_FORMATS.values(), default="docx")


def file_name(stem: str, fmt: str) -> str:
    """`stem` with the ending format `fmt` is written under (batch names its drafts so)."""
    return stem + SUFFIXES[fmt][0]


def require_format(fmt: str, where: str) -> None:
    """Refuse, before any work, a format this computer cannot make (a PDF without LibreOffice)."""
    spec = OUTPUT_FORMATS.get(fmt)
    if spec is not None and spec.convert:
        reason = _converter(spec).unavailable()
        if reason:
            raise UserError(reason, where=where)


def _converter(spec: OutputFormat):
    from importlib import import_module

    return import_module(f".{spec.convert}", __package__)


def render(result: BuildResult, fmt: str, *, where: str | None = None) -> bytes:
    """The ordinance in format `fmt`; `where` (the output's name) is for a converter's messages."""
    spec = OUTPUT_FORMATS.get(fmt)
    if spec is None:
        raise UserError(f"unknown format '{fmt}'; use one of: {', '.join(FORMATS)}.")
    from importlib import import_module

    writer = getattr(import_module(f".writers.{spec.module}", __package__), spec.function)
    data = writer(result.ordinance, result.options)
    data = data.encode("utf-8") if isinstance(data, str) else data
    if spec.convert:
        data = _converter(spec).convert(data, where=where or fmt)
    return data


def build(library: Library, answers: Answers, fmt: str, *, final: bool = False,
          notes: bool = True, line_numbers: bool = False, strict: bool = False,
          where: str | None = None) -> BuildResult:
    """Assemble, check (errors raise ChecksFailed), and render."""
    result = check(library, answers, final=final, notes=notes, line_numbers=line_numbers,
                   strict=strict)
    if has_errors(result.findings):
        raise ChecksFailed(result.findings)
    result.data = render(result, fmt, where=where)
    return result


def redline(old: BuildResult, new: BuildResult, *, author: str = "ordinance-kit",
            when=None) -> bytes:
    """NEW's draft as a DOCX with Word tracked changes against OLD's (dated `when`, a date;
    default NEW's draft date)."""
    from .writers.redline import render_redline

    return render_redline(old.ordinance, new.ordinance, author=author, when=when)
