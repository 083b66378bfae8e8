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
    restore: bool = typer.Option(False, "--restore",
                                 help="Write the counter-draft to -o: the edited file with "
                                      "every weakened or removed point put back as Word "
                                      "tracked changes, each with a comment giving the "
                                      "reason."),
    author: str = typer.Option("ordinance-kit", "--author",
                               help="With --restore: the name each tracked change and comment "
                                    "is attributed to."),
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

    --restore -o counter.docx writes the advocate's answer instead of a report: the edited
    file as it is, with each weakened or removed point turned back to the original's words as
    tracked changes (staff's words deleted, the original's inserted; a deleted subdivision put
    back in its place), each with a comment saying what the edit did, the protection and why
    it matters. Strengthened, neutral and new text are left alone. Reject all changes and you
    have staff's text; accept all and every weakening is undone. Every change carries one
    author (--author) and the date the edited file was last saved.

    Examples:

    \b
      ordinance-kit review staff-edits.docx --against draft.docx
      ordinance-kit review staff-edits.docx --answers riverbend.yaml --format md -o review.md
      ordinance-kit review staff-edits.docx --against draft.docx -o commented.docx
      ordinance-kit review staff-edits.docx --answers riverbend.yaml --restore -o counter.docx
    """
    def body():
        from .output import atomic_write, check_target
        from .review.report import render
        from .review.run import require_original, review_files

        require_original(against, answers)
        if restore:
            _check_restore(fmt, output, author)
        elif author != "ordinance-kit":
            raise UserError("--author names who the counter-draft's tracked changes are from; "
                            "it goes with --restore (for example --restore -o counter.docx "
                            f"--author {author!r}).")
        chosen = "docx" if restore else _format(fmt, output)
        if chosen == "docx" and output is None:
            raise UserError("--format docx writes a Word file: give its name with -o, for "
                            "example -o commented.docx.")
        for path in (edited, against):
            if path is not None:
                check_docx(path)
        if output is not None:
            check_target(output, force)
        result = review_files(edited, against=against, answers=answers, library_dir=library)
        if restore:
            from .review.restore import render_restore

            data = render_restore(result, edited.read_bytes(), author=author.strip())
        else:
            data = render(result, chosen, edited.read_bytes() if chosen == "docx" else None)
        if output is None:
            typer.echo(data.decode("utf-8"), nl=False)
        else:
            atomic_write(output, data)
            typer.echo(f"Wrote {output}.", err=True)
        raise typer.Exit(1 if result.weakened else 0)

    run(body)


def _check_restore(fmt: str | None, output: Path | None, author: str) -> None:
    """--restore writes one thing, a Word file named with -o: say so before any work."""
    if fmt is not None:
        raise UserError(f"--restore writes the counter-draft as a Word file, so --format {fmt} "
                        "does not apply: leave out --format and give the file with -o, for "
                        "example --restore -o counter.docx (for a report, leave out --restore).")
    if output is None:
        raise UserError("--restore writes the counter-draft as a Word file: give its name with "
                        "-o, for example --restore -o counter.docx.")
    if output.suffix.lower() != ".docx":
        raise UserError(f"-o {output}: the counter-draft is a Word document; give a name "
                        "ending in .docx, for example -o counter.docx.")
    if not author.strip() or len(author) > 255 or not author.isprintable():
        raise UserError(f"--author {author!r}: give a name of 1 to 255 printable characters, "
                        "as Word shows it beside each change.")


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
