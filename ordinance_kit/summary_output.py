"""Writing the one-page summary and the scorecard: their format tables (the same suffix rules
as `build`: the -o name's ending decides, and must agree with --format) and the render step."""
from __future__ import annotations

from pathlib import Path

from .summary_model import Summary

from .file_formats import HTML, JSON, MARKDOWN, TEXT, WORD, FileFormat, choose_format

# What `summary` and `scorecard` write; the name rule is build's (file_formats).
PDF = FileFormat("pdf", (".pdf",), "a PDF")
SUMMARY_FORMATS = {f.name: f for f in (WORD, MARKDOWN, HTML, PDF)}
SCORECARD_FORMATS = {f.name: f for f in (TEXT, MARKDOWN, HTML, JSON)}


def chosen_format(output: Path | None, fmt: str | None, table: dict, default: str) -> str:
    """--format if given, else the output name's ending; they must agree, so a file named
    .pdf always holds a PDF."""
    return choose_format(output, fmt, table.values(), default=default)


def summary_of(library, answers) -> Summary:
    """The summary of the assembled draft (a draft with errors gets none: ChecksFailed, as
    for a build). The `summary` command and the web interview both make it here."""
    from .benchmarks import load_benchmarks
    from .checks import has_errors
    from .engine import check
    from .errors import ChecksFailed
    from .summary import build_summary

    result = check(library, answers)
    if has_errors(result.findings):
        raise ChecksFailed(result.findings)
    return build_summary(result.assembly, load_benchmarks(library.root, library.tags))


def scorecard_text(library, facts, laws: list[str] | None, fmt: str) -> str:
    """The scorecard of a draft's facts (draft_reading) against `laws` (None: the default
    set), in `fmt`; for the `scorecard` command and the web interview."""
    from .benchmarks import load_benchmarks
    from .scorecard import build_scorecard, choose_laws, draft_cells
    from .scorecard_render import render

    chosen = choose_laws(load_benchmarks(library.root, library.tags), laws)
    card = build_scorecard(library, facts.name,
                           draft_cells(library, facts.present, facts.values), chosen)
    return render(card, fmt)


def render_summary(summary: Summary, fmt: str, where: str) -> bytes:
    if fmt == "md":
        from .writers.summary_md import render_summary_md
        return render_summary_md(summary).encode("utf-8")
    if fmt == "html":
        from .writers.summary_html import render_summary_html
        return render_summary_html(summary).encode("utf-8")
    from .writers.summary_docx import render_summary_docx
    data = render_summary_docx(summary)
    if fmt == "pdf":
        from .pdf import docx_to_pdf
        return docx_to_pdf(data, where=where)
    return data
