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


# One row per output format; a new writer adds its row here and nowhere else.
OUTPUT_FORMATS = {f.name: f for f in (
    OutputFormat("docx", (".docx",), "a Word document", "docx_writer", "render_docx"),
    OutputFormat("md", (".md", ".markdown"), "Markdown", "markdown", "render_markdown"),
    OutputFormat("akn", (".xml", ".akn"), "Akoma Ntoso XML", "akn", "render_akn"),
    OutputFormat("html", (".html", ".htm"), "a web page", "html", "render_html"),
)}
FORMATS = tuple(OUTPUT_FORMATS)
SUFFIXES = {f.name: f.suffixes for f in OUTPUT_FORMATS.values()}
_FORMAT_NAMES = {f.name: f.what for f in OUTPUT_FORMATS.values()}


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
    so a file named .docx always holds a Word document."""
    if fmt is not None:
        fmt = fmt.strip().lower()
        if fmt not in FORMATS:
            raise UserError(f"--format {fmt}: use one of {', '.join(FORMATS)}.")
    if output is None:
        return fmt or "docx"
    suffix = output.suffix.lower()
    named = next((f for f, endings in SUFFIXES.items() if suffix in endings), None)
    if named is None:
        firsts = [SUFFIXES[f][0] for f in FORMATS]
        endings = ", ".join(firsts[:-1]) + " or " + firsts[-1] if len(firsts) > 1 else firsts[0]
        what = f"the ending '{output.suffix}' is not a format" if suffix else "the name has no ending"
        raise UserError(f"{output}: {what}; an output name must end in {endings}, the format "
                        f"it holds. For example: -o {_renamed(output, fmt or 'docx')}.")
    if fmt is not None and fmt != named:
        raise UserError(f"{output}: the name ends in {output.suffix} ({_FORMAT_NAMES[named]}) but "
                        f"--format {fmt} writes {_FORMAT_NAMES[fmt]}. Use -o {_renamed(output, fmt)}, or "
                        "leave out --format.")
    return named


def _renamed(output: Path, fmt: str) -> Path:
    try:
        return output.with_suffix(SUFFIXES[fmt][0])
    except ValueError:               # a name like '/' or '..' has no stem to keep
        return Path("draft" + SUFFIXES[fmt][0])


def render(result: BuildResult, fmt: str) -> bytes:
    spec = OUTPUT_FORMATS.get(fmt)
    if spec is None:
        raise UserError(f"unknown format '{fmt}'; use one of: {', '.join(FORMATS)}.")
    from importlib import import_module

    writer = getattr(import_module(f".writers.{spec.module}", __package__), spec.function)
    data = writer(result.ordinance, result.options)
    return data.encode("utf-8") if isinstance(data, str) else data


def build(library: Library, answers: Answers, fmt: str, *, final: bool = False,
          notes: bool = True, line_numbers: bool = False, strict: bool = False) -> BuildResult:
    """Assemble, check (errors raise ChecksFailed), and render."""
    result = check(library, answers, final=final, notes=notes, line_numbers=line_numbers,
                   strict=strict)
    if has_errors(result.findings):
        raise ChecksFailed(result.findings)
    result.data = render(result, fmt)
    return result


def redline(old: BuildResult, new: BuildResult, *, author: str = "ordinance-kit",
            when=None) -> bytes:
    """NEW's draft as a DOCX with Word tracked changes against OLD's (dated `when`, a date;
    default NEW's draft date)."""
    from .writers.redline import render_redline

    return render_redline(old.ordinance, new.ordinance, author=author, when=when)
