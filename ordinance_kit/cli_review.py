"""`ordinance-kit review`: what staff's edited DOCX did to the protections. Registered on the app.

Only typer is imported at module level: `ordinance-kit --help` must not load the engine.
"""
from __future__ import annotations

from pathlib import Path
from typing import Optional

import typer

from .cli_common import LibraryOpt, app, run
from .errors import UserError

REPORT_FORMATS = ("text", "md", "html", "json", "docx")


@app.command()
def review(
    edited: Path = typer.Argument(..., metavar="EDITED.docx", dir_okay=False,
                                  help="The draft as it came back (Word or LibreOffice, with or "
                                       "without tracked changes)."),
    against: Optional[Path] = typer.Option(None, "--against", dir_okay=False,
                                           metavar="ORIGINAL.docx",
                                           help="The draft the kit wrote, to compare with."),
    answers: Optional[Path] = typer.Option(None, "--answers", dir_okay=False,
                                           metavar="ANSWERS.yaml",
                                           help="The answers the draft was built from (the "
                                                "original is rebuilt from them)."),
    fmt: Optional[str] = typer.Option(None, "--format", "-f",
                                      help="text, md, html, json or docx (the edited file with "
                                           "a Word comment on each weakened point). Default: "
                                           "from the -o name's ending (.txt, .md, .html, "
                                           ".json, .docx), else text."),
    output: Optional[Path] = typer.Option(None, "-o", "--output", dir_okay=False,
                                          help="Write the report here (default: print it)."),
    force: bool = typer.Option(False, "--force", help="Replace an existing output file."),
    library: Optional[Path] = LibraryOpt,
):
    """Report what an edited draft weakened, removed, strengthened or left alone.

    Every paragraph is matched to the clause it came from; each change is judged by one small
    rule per kind of weakening ("shall" to "may", fewer days of notice, a new "unless", a
    remedy or definition item deleted ...), and the report gives the section, both texts, the
    protection and why it matters, then protections kept / weakened / removed. Pending tracked
    changes are judged as if accepted and listed. Exit 0 when nothing was weakened, 1 when
    something was weakened or removed, 2 for bad input.

    Examples:

    \b
      ordinance-kit review staff-edits.docx --against draft.docx
      ordinance-kit review staff-edits.docx --answers riverbend.yaml --format md -o review.md
      ordinance-kit review staff-edits.docx --against draft.docx -o commented.docx
    """
    def body():
        from .output import atomic_write, check_target
        from .review.report import render
        from .review.run import require_original, review_files

        require_original(against, answers)
        chosen = _format(fmt, output)
        if chosen == "docx" and output is None:
            raise UserError("--format docx writes a Word file: give its name with -o, for "
                            "example -o commented.docx.")
        for path in (edited, against):
            if path is not None:
                check_docx(path)
        if output is not None:
            check_target(output, force)
        result = review_files(edited, against=against, answers=answers, library_dir=library)
        data = render(result, chosen, edited.read_bytes() if chosen == "docx" else None)
        if output is None:
            typer.echo(data.decode("utf-8"), nl=False)
        else:
            atomic_write(output, data)
            typer.echo(f"Wrote {output}.", err=True)
        raise typer.Exit(1 if result.weakened else 0)

    run(body)


def _format(fmt: str | None, output: Path | None) -> str:
    """The report's format; a report written with -o is named for what it holds."""
    from .file_formats import HTML, JSON, MARKDOWN, TEXT, WORD, choose_format

    return choose_format(output, fmt, (TEXT, MARKDOWN, HTML, JSON, WORD), default="text")


def check_docx(path: Path) -> None:
    """A clear message for what is not a readable DOCX: missing, a folder, an old .doc, a
    password-protected file (an encrypted OLE container, not a zip), or any other file."""
    if not path.exists():
        raise UserError(f"{path}: no such file.")
    if not path.is_file():
        raise UserError(f"{path}: not a file; give the edited .docx file.")
    with open(path, "rb") as handle:
        head = handle.read(8)
    if head.startswith(b"\xd0\xcf\x11\xe0"):
        raise UserError(f"{path}: this is a password-protected Word file or an old .doc file. "
                        "Remove the password (or save it as .docx) in Word, then run review "
                        "again.")
    if not head.startswith(b"PK\x03\x04"):
        raise UserError(f"{path}: not a DOCX file (a DOCX is a zip package). Save the document "
                        "as Word (.docx) and run review again.")
