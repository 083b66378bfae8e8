"""The corpus edits in four forms staff's file can come back in, each scored like corpus.py:

  python-docx   the edit made directly (corpus.apply_edit);
  tracked       the same edit left as pending tracked changes by another author, as Word
                writes them (w:del of the old words, w:ins of the new, a deleted paragraph's
                runs and mark in w:del, an inserted paragraph marking the one before it);
  libreoffice   the python-docx edit opened and saved by LibreOffice (all files in ONE
                soffice call: starting soffice is most of the cost);
  no-anchors    only the paragraphs' text pasted into a fresh document (no bookmarks, no
                manifest, no kit styles).

Run alone it prints the precision/recall table of every mode (tests/README.md has it):
    python tests/review_corpus/modes.py
"""
from __future__ import annotations

import io
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT))

from tests.review_corpus import corpus, reader  # noqa: E402

MODES = ("python-docx", "tracked", "libreoffice", "no-anchors")
W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
STAFF = {W + "author": "City Attorney", W + "date": "2026-12-01T00:00:00Z"}


# --- tracked changes by another author ---------------------------------------------------------

class _Stamp:
    def __init__(self) -> None:
        self.n = 90000          # far above the kit's ids, as another program's would be

    def __call__(self, el):
        self.n += 1
        el.set(W + "id", str(self.n))
        for k, v in STAFF.items():
            el.set(k, v)
        return el


def _run(p, text: str, deleted: bool = False):
    r = p.makeelement(W + "r", {})
    t = r.makeelement(W + ("delText" if deleted else "t"), {})
    t.text = text
    t.set("{http://www.w3.org/XML/1998/namespace}space", "preserve")
    r.append(t)
    return r


def _text_runs(p) -> list:
    return [r for r in p if r.tag == W + "r" and r.find(W + "commentReference") is None]


def _mark(p, tag: str, stamp) -> None:
    ppr = p.find(W + "pPr")
    if ppr is None:
        ppr = p.makeelement(W + "pPr", {})
        p.insert(0, ppr)
    rpr = ppr.find(W + "rPr")
    if rpr is None:
        rpr = ppr.makeelement(W + "rPr", {})
        ppr.append(rpr)
    rpr.insert(0, stamp(rpr.makeelement(W + tag, {})))


def _delete_paragraph(p, stamp) -> None:
    for r in _text_runs(p):
        for t in r.findall(W + "t"):
            t.tag = W + "delText"
        for t in r.findall(W + "instrText"):
            t.tag = W + "delInstrText"
        wrap = stamp(p.makeelement(W + "del", {}))
        r.addprevious(wrap)
        wrap.append(r)
    _mark(p, "del", stamp)


def tracked_edit(data: bytes, edit: dict) -> bytes:
    """The corpus edit as pending tracked changes (python-docx only opens and saves)."""
    import docx
    from docx.text.paragraph import Paragraph

    document = docx.Document(io.BytesIO(data))
    para = corpus._target(document, edit["find"])
    p, stamp = para._p, _Stamp()
    if "replace" in edit:
        old, new = edit["replace"]
        text = para.text
        at = text.index(old)
        runs = _text_runs(p)
        first = runs[0]
        pieces = [_run(p, text[:at]), stamp(p.makeelement(W + "del", {})),
                  stamp(p.makeelement(W + "ins", {})), _run(p, text[at + len(old):])]
        pieces[1].append(_run(p, old, deleted=True))
        pieces[2].append(_run(p, new))
        for piece in pieces:
            first.addprevious(piece)
        for r in runs:     # the paragraph's own runs (fields included) give way to the four
            r.getparent().remove(r)
    elif edit.get("delete"):
        _delete_paragraph(p, stamp)
    elif "insert_after" in edit:
        spec = edit["insert_after"]
        new = p.makeelement(W + "p", {})
        ppr = new.makeelement(W + "pPr", {})
        style = ppr.makeelement(W + "pStyle", {W + "val": document.styles[spec["style"]].style_id})
        ppr.append(style)
        new.append(ppr)
        ins = stamp(new.makeelement(W + "ins", {}))
        ins.append(_run(new, spec["text"]))
        new.append(ins)
        p.addnext(new)
        _mark(p, "ins", stamp)         # Word: the paragraph before gains the new mark
    elif edit.get("delete_section"):
        heading = para.style.name
        node = p
        while node is not None and node.tag == W + "p":
            following = node.getnext()
            _delete_paragraph(node, stamp)
            node = following
            if node is None or node.tag != W + "p" or \
                    Paragraph(node, para._parent).style.name in (heading, "Closing Text"):
                break
    out = io.BytesIO()
    document.save(out)
    return out.getvalue()


# --- anchors stripped ----------------------------------------------------------------------------

def without_anchors(data: bytes) -> bytes:
    """Each paragraph's text (as the reader sees it) pasted into a fresh python-docx document."""
    import docx

    fresh = docx.Document()
    for p in reader.read_docx(data, "to-strip.docx").paragraphs:
        fresh.add_paragraph(p.text)
    out = io.BytesIO()
    fresh.save(out)
    return out.getvalue()


# --- LibreOffice open-and-save, every file in one call ---------------------------------------------

def libreoffice_saved(files: dict[str, bytes], timeout: float = 900) -> dict[str, bytes]:
    """Each file opened and saved as DOCX by one headless soffice (its own profile)."""
    with tempfile.TemporaryDirectory(prefix="corpus-lo-") as tmp:
        src, out = Path(tmp) / "in", Path(tmp) / "out"
        src.mkdir()
        out.mkdir()
        for name, data in files.items():
            (src / f"{name}.docx").write_bytes(data)
        subprocess.run([shutil.which("soffice"), f"-env:UserInstallation=file://{tmp}/profile",
                        "--headless", "--norestore", "--convert-to",
                        "docx:MS Word 2007 XML", "--outdir", str(out),
                        *sorted(str(f) for f in src.iterdir())],
                       check=True, timeout=timeout, capture_output=True)
        return {name: (out / f"{name}.docx").read_bytes() for name in files}


# --- scoring ---------------------------------------------------------------------------------------

def edited_files(mode: str, edits: list[dict]) -> dict[str, bytes]:
    """Each edit's file as staff would send it back in `mode`."""
    made = {}
    for edit in edits:
        data = corpus.built(edit["example"])[3]
        if mode == "tracked":
            made[edit["id"]] = tracked_edit(data, edit)
        else:
            made[edit["id"]] = corpus.apply_edit(data, edit)
    if mode == "libreoffice":
        made = libreoffice_saved(made)
    elif mode == "no-anchors":
        made = {k: without_anchors(v) for k, v in made.items()}
    return made


def run_mode(mode: str, edits: list[dict] | None = None) -> list[corpus.Outcome]:
    edits = edits or corpus.load_edits()
    files = edited_files(mode, edits)
    return [corpus.Outcome(e, corpus.review_bytes(e["example"], files[e["id"]], f"{e['id']}.docx"))
            for e in edits]


def summary_table(results: dict[str, list[corpus.Outcome]]) -> str:
    rows = ["| mode | edits | weakenings found | missed | neutral/strengthening flagged | "
            "precision | recall | expected rule |", "|---|---|---|---|---|---|---|---|"]
    for mode, outcomes in results.items():
        s = corpus.score(outcomes)
        rows.append(f"| {mode} | {s['edits']} | {s['found']}/{s['weakenings']} | {s['missed']} "
                    f"| {s['false flags']} | {s['precision']:.0%} | {s['recall']:.0%} | "
                    f"{s['right rule']}/{s['edits']} |")
    return "\n".join(rows)


if __name__ == "__main__":
    chosen = sys.argv[1:] or list(MODES)
    results = {m: run_mode(m) for m in chosen}
    print(summary_table(results))
    for mode, outcomes in results.items():
        bad = [o for o in outcomes if o.flagged != o.expected_flag or not o.rule_ok]
        for o in bad:
            print(f"{mode}: {o.edit['id']} expected {o.edit['expect']}, got "
                  f"{[(f.effect, f.rule) for f in o.review.findings]}")
