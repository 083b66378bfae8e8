"""The scorecard as text (a Rich table that wraps at word boundaries within 80 columns),
Markdown (a pipe table), a self-contained HTML page, or JSON (stable: sorted keys)."""
from __future__ import annotations

import html
import io
import json

from .benchmarks import Cell
from .scorecard import Scorecard

FORMATS = ("text", "md", "html", "json")
TEXT_WIDTH = 80


def row_label(tag: str) -> str:
    """The protection's name as words, so a narrow column wraps between words."""
    return tag.replace("-", " ").capitalize()


def cell_text(cell: Cell) -> str:
    mark = "*" if cell.status != "unknown" and not cell.verified else ""
    return f"{cell.status}{mark}" + (f": {cell.number}" if cell.number else "")


def render(card: Scorecard, fmt: str) -> str:
    return {"text": render_text, "md": render_md, "html": render_html,
            "json": render_json}[fmt](card)


def render_json(card: Scorecard) -> str:
    return json.dumps(card.as_dict(), indent=2, sort_keys=True, ensure_ascii=False) + "\n"


def render_text(card: Scorecard, width: int = TEXT_WIDTH) -> str:
    from rich import box
    from rich.console import Console
    from rich.markup import escape
    from rich.table import Table

    grid = [["Protection"] + [h for _, h in card.columns]]
    grid += [[row_label(r.tag)] + [cell_text(c) for c in r.cells] for r in card.rows]
    # Each column is at least as wide as its longest word, so Rich wraps between words and
    # never inside one; the table is 80 columns unless the chosen laws need more.
    mins = [max(len(w) for line in col for w in line.split() or [""]) for col in zip(*grid)]
    widths = _widths(mins, [max(len(line) for line in col) for col in zip(*grid)], width)
    table = Table(title=escape(f"Scorecard: {card.title}"), box=box.SIMPLE_HEAD,
                  padding=(0, 1), pad_edge=False, show_edge=False, collapse_padding=True,
                  expand=False)
    for heading, w in zip(grid[0], widths):
        table.add_column(escape(heading), width=w, overflow="fold")
    for line in grid[1:]:
        table.add_row(*(escape(cell) for cell in line))
    buf = io.StringIO()
    out = Console(file=buf, width=max(width, sum(widths) + GAP * (len(widths) - 1)),
                  color_system=None, highlight=False, soft_wrap=False,
                  legacy_windows=False)
    out.print(table)
    for note in card.notes:
        out.print(escape(note))
    return "\n".join(line.rstrip() for line in buf.getvalue().splitlines()) + "\n"


GAP = 2          # between two columns: the (blank) divider and one shared space


def _widths(mins: list[int], wants: list[int], width: int) -> list[int]:
    """Column widths: each at least its longest word (so no word is cut), then the room left
    in `width` shared out to the columns whose text is longer, a character at a time."""
    widths = list(mins)
    room = width - sum(widths) - GAP * (len(widths) - 1)
    while room > 0:
        short = [i for i, w in enumerate(widths) if w < wants[i]]
        if not short:
            break
        widest_need = max(short, key=lambda i: (wants[i] - widths[i], -i))
        widths[widest_need] += 1
        room -= 1
    return widths


def _md(text: str) -> str:
    """A cell of a pipe table: a pipe ends the cell, and * or _ would start emphasis."""
    out = text.replace("\\", "\\\\")
    for ch in "|*_`[]<>":
        out = out.replace(ch, "\\" + ch)
    return out


def render_md(card: Scorecard) -> str:
    lines = [f"# Scorecard: {_md(card.title)}", ""]
    lines.append("| Protection | " + " | ".join(_md(h) for _, h in card.columns) + " |")
    lines.append("|---" * (len(card.columns) + 1) + "|")
    for row in card.rows:
        lines.append(f"| {_md(row_label(row.tag))} | "
                     + " | ".join(_md(cell_text(c)) for c in row.cells) + " |")
    lines.append("")
    lines += [_md(n) + "\n" for n in card.notes]
    return "\n".join(lines).rstrip("\n") + "\n"


_CSS = """
body { font: 15px/1.4 system-ui, sans-serif; margin: 2rem auto; max-width: 70rem;
       padding: 0 1rem; color: #111; }
table { border-collapse: collapse; width: 100%; }
caption { text-align: left; font-weight: 600; font-size: 1.2rem; margin-bottom: .5rem; }
th, td { border: 1px solid #999; padding: .3rem .45rem; vertical-align: top; text-align: left; }
thead th { background: #eee; }
td.present { background: #e3f3e3; } td.partial { background: #fbf2d5; }
td.absent { background: #f8e1e1; } td.unknown { color: #555; }
.unverified { font-style: italic; }
@media print { body { margin: 0; max-width: none; } td { background: none !important; } }
"""


def render_html(card: Scorecard) -> str:
    e = html.escape
    head = "".join(f'<th scope="col">{e(h)}</th>' for _, h in card.columns)
    body = []
    for row in card.rows:
        cells = []
        for c in row.cells:
            unverified = c.status != "unknown" and not c.verified
            text = e(c.status) + (f": {e(c.number)}" if c.number else "")
            mark = ' <span class="unverified">(unverified)</span>' if unverified else ""
            title = f' title="{e(c.provision)}"' if c.provision else ""
            cells.append(f'<td class="{e(c.status)}"{title}>{text}{mark}</td>')
        body.append(f'<tr><th scope="row">{e(row_label(row.tag))}</th>{"".join(cells)}</tr>')
    notes = "".join(f"<p>{e(n)}</p>" for n in card.notes)
    return ("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n"
            "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n"
            f"<title>Scorecard: {e(card.title)}</title>\n<style>{_CSS}</style>\n</head>\n"
            f"<body>\n<main>\n<table>\n<caption>Scorecard: {e(card.title)}</caption>\n"
            f"<thead><tr><th scope=\"col\">Protection</th>{head}</tr></thead>\n<tbody>\n"
            + "\n".join(body) + f"\n</tbody>\n</table>\n{notes}\n</main>\n</body>\n</html>\n")
