"""Apply the corpus edits (edits.yaml) to built drafts with python-docx, review each edited
file, and score the result: precision and recall of the weakening flags.

Used by tests/test_review_cli.py and bench/bench_review.py; run alone it prints the table:
    python tests/review_corpus/corpus.py
"""
from __future__ import annotations

import copy
import io
import sys
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT))

from ordinance_kit.review.model import ReadDocument  # noqa: E402
from ordinance_kit.review.rules import context_from_library  # noqa: E402
from ordinance_kit.review.run import FLAGGED, Review, review_documents  # noqa: E402
from tests.review_corpus import reader  # noqa: E402

EDITS = Path(__file__).with_name("edits.yaml")
WEAK = ("weakened", "removed")


def load_edits() -> list[dict]:
    from ruamel.yaml import YAML

    return YAML(typ="safe").load(EDITS.read_text(encoding="utf-8"))["edits"]


@lru_cache(maxsize=None)
def built(example: str) -> tuple[object, object, object, bytes]:
    """(library, answers, ordinance, docx bytes) for one example, built once."""
    from ordinance_kit.engine import build, prepare

    library, answers = prepare(ROOT / "examples" / f"{example}.yaml")
    result = build(library, answers, "docx")
    return library, answers, result.ordinance, result.data


# --- applying an edit ------------------------------------------------------------------------

def _norm(text: str) -> str:
    return " ".join(text.split())


def _target(document, find: str):
    hits = [p for p in document.paragraphs if _norm(find) in _norm(p.text)]
    if len(hits) != 1:
        raise ValueError(f"'{find}' is in {len(hits)} paragraphs; it must be in exactly one")
    return hits[0]


def _replace(paragraph, old: str, new: str) -> None:
    """Replace inside one run when the words lie in one (keeps formatting and fields), else
    put the whole new text in the first text run (as a retyped paragraph would be)."""
    for run in paragraph.runs:
        if old in run.text:
            run.text = run.text.replace(old, new, 1)
            return
    text = paragraph.text
    if old not in text:
        raise ValueError(f"'{old}' is not in the paragraph '{text[:60]}...'")
    runs = [r for r in paragraph.runs if r.text]
    runs[0].text = text.replace(old, new, 1)
    for run in runs[1:]:
        run.text = ""


def apply_edit(data: bytes, edit: dict) -> bytes:
    import docx

    document = docx.Document(io.BytesIO(data))
    para = _target(document, edit["find"])
    if "replace" in edit:
        _replace(para, *edit["replace"])
    elif edit.get("delete"):
        para._p.getparent().remove(para._p)
    elif "insert_after" in edit:
        spec = edit["insert_after"]
        new = copy.deepcopy(para._p)
        for child in list(new):
            if child.tag != new[0].tag or child is not new[0]:
                if not child.tag.endswith("}pPr"):
                    new.remove(child)
        para._p.addnext(new)
        from docx.text.paragraph import Paragraph

        added = Paragraph(new, para._parent)
        added.style = document.styles[spec["style"]]
        added.add_run(spec["text"])
    elif edit.get("delete_section"):
        body = para._p.getparent()
        heading_style = para.style.name
        node = para._p
        while node is not None:
            following = node.getnext()
            body.remove(node)
            node = following
            if node is None or not node.tag.endswith("}p"):
                break
            style = Paragraph_style(document, node)
            if style in (heading_style, "Closing Text"):
                break
    else:
        raise ValueError(f"edit {edit['id']}: no operation")
    out = io.BytesIO()
    document.save(out)
    return out.getvalue()


def Paragraph_style(document, p) -> str:
    from docx.text.paragraph import Paragraph

    return Paragraph(p, document._body).style.name


# --- reviewing and scoring -------------------------------------------------------------------

def review_bytes(example: str, edited: bytes, name: str = "edited.docx") -> Review:
    library, answers, ordinance, _ = built(example)
    params = {k: v for k, v in answers.values.items() if isinstance(v, (int, float, str, bool))}
    original = ReadDocument(f"{example}.yaml", reader.from_ordinance(ordinance),
                            parameters=params, anchored=True)
    return review_documents(original, reader.read_docx(edited, name),
                            context_from_library(library, params), align=reader.align)


@dataclass
class Outcome:
    edit: dict
    review: Review

    @property
    def flagged(self) -> bool:
        return self.review.weakened

    @property
    def expected_flag(self) -> bool:
        return self.edit["expect"] in WEAK

    @property
    def rule_ok(self) -> bool:
        """The expected effect came from one of the expected rules."""
        want = set(self.edit.get("rules") or [])
        got = {(f.effect, f.rule) for f in self.review.findings}
        if self.edit["expect"] in ("neutral",):
            return not any(e in FLAGGED or e == "strengthened" for e, _ in got)
        if self.edit["expect"] == "new":
            return ("new", "new-text") in got and not self.flagged
        return any(e == self.edit["expect"] and (not want or r in want) for e, r in got)


def run_corpus(edits: list[dict] | None = None) -> list[Outcome]:
    out = []
    for edit in edits or load_edits():
        _, _, _, data = built(edit["example"])
        out.append(Outcome(edit, review_bytes(edit["example"], apply_edit(data, edit),
                                              f"{edit['id']}.docx")))
    return out


def score(outcomes: list[Outcome]) -> dict:
    tp = sum(o.flagged and o.expected_flag for o in outcomes)
    fp = sum(o.flagged and not o.expected_flag for o in outcomes)
    fn = sum(not o.flagged and o.expected_flag for o in outcomes)
    return {"edits": len(outcomes), "weakenings": tp + fn,
            "not weakening": sum(not o.expected_flag for o in outcomes),
            "found": tp, "missed": fn, "false flags": fp,
            "precision": tp / (tp + fp) if tp + fp else 1.0,
            "recall": tp / (tp + fn) if tp + fn else 1.0,
            "right rule": sum(o.rule_ok for o in outcomes)}


def table(outcomes: list[Outcome]) -> str:
    rows = ["| edit | area | expected | flagged | rule ok |", "|---|---|---|---|---|"]
    for o in outcomes:
        rows.append(f"| {o.edit['id']} | {o.edit['area']} | {o.edit['expect']} | "
                    f"{'yes' if o.flagged else 'no'} | {'yes' if o.rule_ok else 'NO'} |")
    s = score(outcomes)
    rows.append("")
    rows.append(f"{s['edits']} edits ({s['weakenings']} weakenings, {s['not weakening']} "
                f"neutral/strengthening/new): found {s['found']}, missed {s['missed']}, "
                f"false flags {s['false flags']}; precision {s['precision']:.0%}, recall "
                f"{s['recall']:.0%}; expected rule {s['right rule']}/{s['edits']}.")
    return "\n".join(rows)


if __name__ == "__main__":
    print(table(run_corpus()))
    print(f"(reader: {'review-read' if reader.REAL else 'private test stand-in, no anchors'})")
