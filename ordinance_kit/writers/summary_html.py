"""The one-page summary as one self-contained, accessible HTML page: a language, a title, one
h1 and h2 sections, real lists, readable contrast and print CSS that fits a letter page."""
from __future__ import annotations

from html import escape

from ..summary_model import Summary

_CSS = """
body { font: 16px/1.5 Georgia, 'Times New Roman', serif; color: #111; background: #fff;
       max-width: 44rem; margin: 2rem auto; padding: 0 1rem; }
h1 { font-size: 1.6rem; line-height: 1.25; margin: 0 0 .75rem; }
h2 { font-size: 1.15rem; margin: 1.25rem 0 .4rem; }
ul { padding-left: 1.25rem; margin: 0; } li { margin: .25rem 0; }
footer { margin-top: 1.25rem; font-size: .9rem; font-style: italic; color: #333; }
@media print { body { font-size: 10.5pt; margin: 0; max-width: none; }
  h1 { font-size: 15pt; } h2 { font-size: 12pt; margin-top: 8pt; } li { margin: 1pt 0; } }
"""


def render_summary_html(summary: Summary) -> str:
    e = escape
    parts = [f"<h1>{e(summary.title)}</h1>", f"<p>{e(' '.join(summary.intro))}</p>"]
    for n, (heading, items) in enumerate(((summary.protections_heading, summary.protections),
                                          (summary.residents_heading, summary.residents))):
        if items:
            parts.append(f'<section aria-labelledby="s{n}"><h2 id="s{n}">{e(heading)}</h2>\n<ul>\n'
                         + "\n".join(f"<li>{e(i)}</li>" for i in items) + "\n</ul></section>")
    if summary.follows:
        parts.append(f'<section aria-labelledby="s9"><h2 id="s9">{e(summary.follows_heading)}'
                     f"</h2>\n<p>{e(summary.follows)}</p></section>")
    return ("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n"
            "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n"
            f"<title>{e(summary.title)}</title>\n<style>{_CSS}</style>\n</head>\n<body>\n"
            "<main>\n" + "\n".join(parts) + f"\n</main>\n<footer>{e(summary.footer)}</footer>\n"
            "</body>\n</html>\n")
