"""The one-page summary as Markdown that renders the same under any CommonMark renderer: ATX
headings, '-' bullets, no indented lines (an indent of four would make a code block), and
the characters Markdown reads as markup escaped in the text."""
from __future__ import annotations

import re

from ..summary_model import Summary

_SPECIAL = re.compile(r"([\\`*_\[\]<>#|~])")


def md_text(text: str) -> str:
    """Plain text as Markdown inline text: markup characters escaped, and a line that would
    start a list or heading ("1. ", "+ ") kept as text."""
    out = _SPECIAL.sub(r"\\\1", " ".join(text.split()))
    out = re.sub(r"^(\d+)([.)])", r"\1\\\2", out)
    return re.sub(r"^([-+=])", r"\\\1", out)


def render_summary_md(summary: Summary) -> str:
    lines = [f"# {md_text(summary.title)}", "", md_text(" ".join(summary.intro)), ""]
    for heading, items in ((summary.protections_heading, summary.protections),
                           (summary.residents_heading, summary.residents)):
        if items:
            lines += [f"## {md_text(heading)}", ""] + [f"- {md_text(i)}" for i in items] + [""]
    if summary.follows:
        lines += [f"## {md_text(summary.follows_heading)}", "", md_text(summary.follows), ""]
    lines += [f"*{md_text(summary.footer)}*", ""]
    return "\n".join(lines)
