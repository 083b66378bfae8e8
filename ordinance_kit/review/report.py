"""A review as text, Markdown, HTML, JSON, or the edited DOCX with a Word comment on each
weakened or removed point. Only the DOCX form imports python-docx (through writers.ooxml).
"""
from __future__ import annotations

import datetime as _dt
import html
import json

from .model import ReviewFinding
from .run import FLAGGED, Review, _Labels

FORMATS = ("text", "md", "html", "json", "docx")
# The order a reader needs: what hurts first.
ORDER = ("removed", "weakened", "new", "strengthened", "neutral")
HEADINGS = {"removed": "Removed", "weakened": "Weakened", "new": "New text to read",
            "strengthened": "Strengthened", "neutral": "Neutral edits (not weakening)"}
AUTHOR = "ordinance-kit review"


def grouped(review: Review) -> list[tuple[str, list[ReviewFinding]]]:
    return [(e, [f for f in review.findings if f.effect == e]) for e in ORDER
            if any(f.effect == e for f in review.findings)]


def verdict(review: Review) -> str:
    n = sum(1 for f in review.findings if f.effect in FLAGGED)
    if not n:
        return "No protection was weakened or removed."
    return f"{n} change(s) weaken or remove a protection."


def pending_lines(review: Review) -> list[str]:
    edited = review.edited
    if not edited.pending_changes:
        return []
    labels, wheres = _Labels(), []           # "Section 8(a)", as the findings name places
    for p in edited.paragraphs:
        where = labels.see(p)
        if p.pending:
            wheres.append(where or p.label or f"paragraph {p.index + 1}")
    wheres = list(dict.fromkeys(wheres))
    return [f"{edited.pending_changes} tracked change(s) are still pending (judged as if "
            "accepted)" + (": " + ", ".join(wheres[:20]) if wheres else "") + "."]


def summary_rows(review: Review) -> list[tuple[str, str, str]]:
    """(protection, description, status) for every protection the original carried."""
    s = review.summary
    status = {t: "kept" for t in s.get("kept", [])}
    status.update({t: "weakened" for t in s.get("weakened", [])})
    status.update({t: "removed" for t in s.get("removed", [])})
    return [(t, review.tag_names.get(t, ""), status[t]) for t in s.get("before", [])]


def counts(review: Review) -> str:
    s = review.summary
    before = len(s.get("before", []))
    return (f"Protections: {before} before, {len(s.get('kept', []))} kept, "
            f"{len(s.get('weakened', []))} weakened, {len(s.get('removed', []))} removed.")


# --- text and Markdown -----------------------------------------------------------------------

def render_text(review: Review) -> str:
    out = [f"Review of {review.edited.source} against {review.original.source}",
           verdict(review), counts(review), *pending_lines(review), ""]
    for effect, found in grouped(review):
        out.append(f"{HEADINGS[effect]} ({len(found)})")
        for f in found:
            out.append(f"  {f.where}: {f.message} [{f.rule}]")
            if f.protection:
                out.append(f"    protection: {f.protection}")
            if f.why and effect in FLAGGED:
                out.append(f"    why it matters: {f.why}")
            if f.original:
                out.append(f"    was: {f.original}")
            if f.edited:
                out.append(f"    now: {f.edited}")
        out.append("")
    weakened = [r for r in summary_rows(review) if r[2] != "kept"]
    if weakened:
        out.append("Protections weakened or removed:")
        out += [f"  {t}: {status}" for t, _, status in weakened]
    return "\n".join(out).rstrip() + "\n"


def _md(text: str) -> str:
    return text.replace("\\", "\\\\").replace("|", "\\|").replace("*", "\\*").replace("_", "\\_")\
        .replace("<", "&lt;")


def render_md(review: Review) -> str:
    out = [f"# Review of {_md(review.edited.source)}", "",
           f"Compared with {_md(review.original.source)}. **{verdict(review)}** {counts(review)}",
           *[f"\n> {_md(line)}" for line in pending_lines(review)], "",
           "| protection | what it is | status |", "|---|---|---|"]
    out += [f"| {t} | {_md(d)} | {s} |" for t, d, s in summary_rows(review)]
    for effect, found in grouped(review):
        out += ["", f"## {HEADINGS[effect]} ({len(found)})", ""]
        for f in found:
            out.append(f"- **{_md(f.where)}**: {_md(f.message)} (`{f.rule}`)"
                       + (f"; protection `{f.protection}`" if f.protection else ""))
            if f.why and effect in FLAGGED:
                out.append(f"  - Why it matters: {_md(f.why)}")
            if f.original:
                out.append(f"  - Was: {_md(f.original)}")
            if f.edited:
                out.append(f"  - Now: {_md(f.edited)}")
    return "\n".join(out) + "\n"


def render_html(review: Review) -> str:
    e = html.escape
    rows = "".join(f"<tr><td>{e(t)}</td><td>{e(d)}</td><td class='{s}'>{s}</td></tr>"
                   for t, d, s in summary_rows(review))
    parts = [f"<!DOCTYPE html><html lang='en'><head><meta charset='utf-8'><title>Review of "
             f"{e(review.edited.source)}</title><style>body{{font-family:sans-serif;max-width:60em;"
             "margin:auto}.weakened,.removed{color:#a00;font-weight:bold}td,th{padding:2px 8px;"
             "text-align:left}.was{background:#fee}.now{background:#efe}</style></head><body>",
             f"<h1>Review of {e(review.edited.source)}</h1>",
             f"<p>Compared with {e(review.original.source)}. <strong>{e(verdict(review))}</strong> "
             f"{e(counts(review))}</p>",
             *[f"<p><em>{e(line)}</em></p>" for line in pending_lines(review)],
             f"<table><tr><th>protection</th><th>what it is</th><th>status</th></tr>{rows}</table>"]
    for effect, found in grouped(review):
        parts.append(f"<h2>{e(HEADINGS[effect])} ({len(found)})</h2><ul>")
        for f in found:
            item = f"<li><strong>{e(f.where)}</strong>: {e(f.message)} <code>{e(f.rule)}</code>"
            if f.protection:
                item += f" (protection <code>{e(f.protection)}</code>)"
            if f.why and effect in FLAGGED:
                item += f"<br>Why it matters: {e(f.why)}"
            if f.original:
                item += f"<div class='was'>Was: {e(f.original)}</div>"
            if f.edited:
                item += f"<div class='now'>Now: {e(f.edited)}</div>"
            parts.append(item + "</li>")
        parts.append("</ul>")
    return "".join(parts) + "</body></html>\n"


def render_json(review: Review) -> str:
    data = {"edited": review.edited.source, "original": review.original.source,
            "weakened": review.weakened, "pending_changes": review.edited.pending_changes,
            "summary": review.summary, "findings": [f.as_dict() for f in review.findings]}
    return json.dumps(data, indent=2, ensure_ascii=False) + "\n"


# --- DOCX with comments ----------------------------------------------------------------------

def render_docx(review: Review, edited_bytes: bytes, when: _dt.datetime | None = None) -> bytes:
    """The edited file with a Word comment on each weakened or removed point."""
    from ..writers.review_comments import add_comments

    notes = [(f.edited_index, f.edited, _comment_text(f)) for f in review.findings
             if f.effect in FLAGGED]
    today = _dt.date.today()       # dated midnight, as the drafter's notes are: same day, same bytes
    return add_comments(edited_bytes, notes, AUTHOR, "OK",
                        when or _dt.datetime(today.year, today.month, today.day))


def _comment_text(f: ReviewFinding) -> str:
    text = f"{f.effect.upper()}: {f.message}"
    if f.protection:
        text += f" Protection: {f.protection}."
    if f.why:
        text += f" Why it matters: {f.why}"
    if f.effect == "removed" and f.original:
        text += f" Deleted text: \u201c{f.original}\u201d"
    elif f.original:
        text += f" Original: \u201c{f.original}\u201d"
    return text


def render(review: Review, fmt: str, edited_bytes: bytes | None = None) -> bytes:
    if fmt == "docx":
        return render_docx(review, edited_bytes or b"")
    text = {"text": render_text, "md": render_md, "html": render_html, "json": render_json}[fmt]
    return text(review).encode("utf-8")
