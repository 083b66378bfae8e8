"""Writing the one-page summary and the scorecard: their format tables (the same suffix rules
as `build`: the -o name's ending decides, and must agree with --format) and the render step."""
from __future__ import annotations

from pathlib import Path

from .errors import UserError
from .summary_model import Summary

# name -> (file endings, the first suggested; what it is, for messages)
SUMMARY_FORMATS = {
    "docx": ((".docx",), "a Word document"),
    "md": ((".md", ".markdown"), "Markdown"),
    "html": ((".html", ".htm"), "a web page"),
    "pdf": ((".pdf",), "a PDF"),
}
SCORECARD_FORMATS = {
    "text": ((".txt",), "a text table"),
    "md": ((".md", ".markdown"), "Markdown"),
    "html": ((".html", ".htm"), "a web page"),
    "json": ((".json",), "JSON"),
}


def chosen_format(output: Path | None, fmt: str | None, table: dict, default: str) -> str:
    """--format if given, else the output name's ending; they must agree, so a file named
    .pdf always holds a PDF."""
    if fmt is not None:
        fmt = fmt.strip().lower()
        if fmt not in table:
            raise UserError(f"--format {fmt}: use one of {', '.join(table)}.")
    if output is None:
        return fmt or default
    suffix = output.suffix.lower()
    named = next((name for name, (endings, _) in table.items() if suffix in endings), None)
    if named is None:
        endings = " or ".join(e[0] for e, _ in table.values())
        what = (f"the ending '{output.suffix}' is not a format" if suffix
                else "the name has no ending")
        example = _renamed(output, table[fmt or default][0][0])
        raise UserError(f"{output}: {what}; an output name must end in {endings}, the format "
                        f"it holds. For example: -o {example}.")
    if fmt is not None and fmt != named:
        raise UserError(f"{output}: the name ends in {output.suffix} ({table[named][1]}) but "
                        f"--format {fmt} writes {table[fmt][1]}. Use -o "
                        f"{_renamed(output, table[fmt][0][0])}, or leave out --format.")
    return named


def _renamed(output: Path, suffix: str) -> Path:
    try:
        return output.with_suffix(suffix)
    except ValueError:
        return Path("summary" + suffix)


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
