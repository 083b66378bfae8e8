"""`ordinance-kit redline OLD NEW -o redline.docx`: NEW with Word tracked changes against OLD.

Registered on the app like cli_batch; only typer is imported at module level.
"""
from __future__ import annotations

import datetime as _dt
from pathlib import Path
from typing import Optional

import typer

from .cli_common import LibraryOpt, app, console, escape_rich, print_findings, run
from .errors import UserError


@app.command()
def redline(
    old: Path = typer.Argument(..., metavar="OLD", dir_okay=False,
                               help="The earlier version: an answers file (YAML) or a DOCX."),
    new: Path = typer.Argument(..., metavar="NEW", dir_okay=False,
                               help="The later version: an answers file (YAML) or a DOCX."),
    output: Path = typer.Option(..., "-o", "--output", dir_okay=False,
                                help="Where to write the redline (.docx)."),
    author: str = typer.Option("ordinance-kit", "--author",
                               help="The name every tracked change is attributed to."),
    date: Optional[str] = typer.Option(None, "--date", metavar="YYYY-MM-DD",
                                       help="The date every tracked change carries (default: "
                                            "NEW's draft date), so the output is reproducible."),
    force: bool = typer.Option(False, "--force", help="Replace the output file if it exists."),
    library: Optional[Path] = LibraryOpt,
):
    """Write NEW as a Word document with tracked changes against OLD.

    Word shows each difference as a revision (insertions underlined, deletions struck
    through), word by word inside an edited paragraph, whole paragraphs where one was added or
    removed; a moved section shows as deleted where it was and inserted where it is. Accept
    all changes and you have NEW; reject all and you have OLD. Every change has the same
    author and date, so the same inputs give the same file. Drafter's notes are left out.

    Examples:

    \b
      ordinance-kit redline first-draft.yaml second-draft.yaml -o changes.docx
      ordinance-kit redline v1.yaml v2.yaml -o changes.docx --author "Riverbend ACLU" --date 2026-12-01
    """
    def body():
        from .output import atomic_write, check_target

        from .file_formats import WORD, require_ending

        require_ending(output, WORD, "redline")     # a redline is a Word document
        when = _parse_date(date)
        if not author.strip() or len(author) > 255 or not author.isprintable():
            raise UserError(f"--author {author!r}: give a name of 1 to 255 printable "
                            "characters, as Word shows it beside each change.")
        check_target(output, force)
        from .engine import redline as do_redline
        from .writers.redline import frame, paragraphs, paragraphs_read, render_pairs

        old_side, new_side = _side(old, library), _side(new, library)
        if old_side is not None and new_side is not None:
            data = do_redline(old_side, new_side, author=author, when=when)
        else:
            # A DOCX on either side: pair the paragraphs, render in NEW's frame (or a bare one).
            from .writers.redline_diff import pair_paragraphs

            old_paras = paragraphs(old_side.ordinance) if old_side else paragraphs_read(
                _read_docx(old))
            new_paras = paragraphs(new_side.ordinance) if new_side else paragraphs_read(
                _read_docx(new))
            tree = new_side.ordinance if new_side else frame(_bare_meta(new, old_side, when))
            data = render_pairs(pair_paragraphs(old_paras, new_paras), tree, author=author,
                                when=when)
        atomic_write(output, data)
        console(stderr=True).print(f"Wrote {escape_rich(str(output))}: {escape_rich(new.name)} "
                                   f"with tracked changes against {escape_rich(old.name)}.")
    run(body)


def _parse_date(text: str | None) -> _dt.date | None:
    if text is None:
        return None
    try:
        when = _dt.date.fromisoformat(text.strip())
    except ValueError:
        raise UserError(f"--date {text}: write the date as YYYY-MM-DD, like 2026-11-28.") \
            from None
    if not 1900 <= when.year <= 2200:     # the range the answers allow for the draft date
        raise UserError(f"--date {text}: give a date between 1900 and 2200.")
    return when


def _side(path: Path, library: Path | None):
    """An answers file built (checked; errors stop here, as for build), or None for a DOCX."""
    from .checks import has_errors
    from .engine import check, prepare
    from .errors import ChecksFailed

    if not path.is_file():
        raise UserError(f"{path}: no such file. Give an answers file (.yaml) or a .docx.")
    if path.suffix.lower() == ".docx":
        return None
    lib, ans = prepare(path, None, library)
    result = check(lib, ans, notes=False)
    if has_errors(result.findings):
        raise ChecksFailed(result.findings)
    print_findings([f for f in result.findings if f.level != "error"])
    return result


def _read_docx(path: Path):
    try:
        from .review.document import read_docx
    except ImportError:
        raise UserError(f"{path}: reading a DOCX back needs the review reader, which this "
                        "version does not have yet. Give both versions as answers files.") \
            from None
    return read_docx(path)


def _bare_meta(new: Path, old_side, when: _dt.date | None):
    """A frame for a NEW that is a DOCX: OLD's heading and date when OLD is an answers file."""
    from dataclasses import replace

    from .model import Meta

    if old_side is not None:
        meta = old_side.ordinance.meta
        return replace(meta, draft_date=when or meta.draft_date)
    if when is None:
        raise UserError(f"{new}: when both versions are DOCX files, give the date the changes "
                        "carry with --date YYYY-MM-DD (it keeps the output reproducible).")
    return Meta(title=new.stem, subject="Redline", keywords=(), jurisdiction="",
                header_text="", draft=True, draft_date=when, generator="ordinance-kit",
                library_hash="", answers_hash="")
