"""The review pipeline: original and edited documents -> pairs -> findings -> strength summary.

`review_files` is what the `review` command runs; `review_documents` starts from two documents
already read, and `judge` from pairs, so each step can be tested on its own.
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field
from pathlib import Path
from typing import Callable

from .model import Pair, Paragraph, ReadDocument, ReviewFinding
from .rules import RULES, Change, ClauseInfo, Context, finding, word_changes

# Word's paragraph styles for subdivision levels 1..4 (writers/docx_writer.py).
LEVEL_STYLES = {"Subsection": 1, "Paragraph": 2, "Subparagraph": 3, "Clause": 4}
_SECTION = re.compile(r"^\s*Section\s+(\d+)\.")
FLAGGED = ("weakened", "removed")


@dataclass
class Review:
    original: ReadDocument
    edited: ReadDocument
    findings: list[ReviewFinding]
    summary: dict[str, list[str]] = field(default_factory=dict)   # kept/weakened/removed tags
    tag_names: dict[str, str] = field(default_factory=dict)
    judged: list[tuple[Pair, list[ReviewFinding]]] = field(default_factory=list)  # by pair

    @property
    def weakened(self) -> bool:
        return any(f.effect in FLAGGED for f in self.findings)


def judge(pairs: list[Pair], ctx: Context) -> list[ReviewFinding]:
    """Every rule over every pair. A clause whose every paragraph was deleted is one finding
    (the module or section removed); an edit no rule recognises is neutral."""
    return _each_once(judge_pairs(pairs, ctx))


def _each_once(judged: list[tuple[Pair, list[ReviewFinding]]]) -> list[ReviewFinding]:
    out: list[ReviewFinding] = []
    for _, found in judged:
        out.extend(f for f in found if not any(f is seen for seen in out))
    return out


def judge_pairs(pairs: list[Pair], ctx: Context) -> list[tuple[Pair, list[ReviewFinding]]]:
    """`judge`, pair by pair: each pair with the findings about it (every paragraph of a
    removed clause shares its one removed-module finding), for --restore to revert."""
    out: list[tuple[Pair, list[ReviewFinding]]] = []
    gone = _clauses_removed(pairs)
    reported: dict[str, ReviewFinding] = {}
    for change in changes(pairs, ctx):
        pair = change.pair
        if pair.original is not None and pair.original.clause_id in gone and pair.edited is None:
            cid = pair.original.clause_id
            if cid not in reported:
                info = change.clause
                reported[cid] = finding(change, ctx, "removed", "removed-module",
                                        f"the whole of {info.title if info else cid} was "
                                        "deleted.")
            out.append((pair, [reported[cid]]))
            continue
        found = [f for rule in RULES for f in rule(change, ctx)]
        if not found and change.changed:
            found = [_neutral(change, ctx)]
        out.append((pair, _one_per_effect(found)))
    return out


_NUMBERS = re.compile(r"\b(Section|Sections|Chapter)\s+\d+")


def _neutral(change: Change, ctx: Context) -> ReviewFinding:
    """An edit no rule judged: renumbered cross-references, or other rewording."""
    if _NUMBERS.sub(r"\1 #", _flat(change.old)) == _NUMBERS.sub(r"\1 #", _flat(change.new)):
        return finding(change, ctx, "neutral", "renumbered",
                       "only section numbers in cross-references changed.")
    return finding(change, ctx, "neutral", "neutral-edit", "reworded; no protection weakened.")


def _flat(text: str) -> str:
    from .rules import _norm

    return _norm(text)


def _one_per_effect(found: list[ReviewFinding]) -> list[ReviewFinding]:
    """Two rules may see the same edit ('within 30 days' -> 'promptly, unless ...'): keep each
    rule's finding, but drop a neutral one when another rule judged the change."""
    judged = [f for f in found if f.effect != "neutral"]
    return judged or found[:1]


def _clauses_removed(pairs: list[Pair]) -> set[str]:
    kept, dropped = set(), set()
    for pair in pairs:
        if pair.original is None or pair.original.clause_id is None:
            continue
        (dropped if pair.edited is None else kept).add(pair.original.clause_id)
    return dropped - kept


class _Labels:
    """The label a reader sees for each paragraph of one document: "Section 7(b)(2)"."""

    def __init__(self) -> None:
        self.section, self.path = "", [""] * 5

    def see(self, para: Paragraph) -> str:
        m = _SECTION.match(para.text)
        if m or para.style == "Section Heading":
            self.section = f"Section {m.group(1)}" if m else \
                (para.label.rstrip(".") or self.section)
            self.path = [""] * 5
        level = LEVEL_STYLES.get(para.style, 0)
        if level and para.label:
            self.path[level] = para.label
            self.path[level + 1:] = [""] * (4 - level)
        return self.section + "".join(self.path[1:level + 1]) if level else self.section


def changes(pairs: list[Pair], ctx: Context) -> list[Change]:
    """Each pair with its label (in the edited file; for a deletion, in the original), its
    clause and the words that changed."""
    out = []
    edited_labels, original_labels = _Labels(), _Labels()
    last: Paragraph | None = None          # the last original paragraph seen
    at: int | None = None                  # the last edited paragraph seen
    lead = ""                              # the clause's last list lead-in ("... following:")
    for pair in pairs:
        old_label = original_labels.see(pair.original) if pair.original is not None else ""
        if pair.edited is not None:
            where = edited_labels.see(pair.edited)
        else:
            where = f"{old_label or 'start'} of the original (deleted)"
        source = pair.original or last
        host = pair.original is None
        clause = _clause(source, ctx) if source else None
        removed = added = ""
        if pair.original is not None and pair.edited is not None and \
                pair.original.text != pair.edited.text:
            removed, added = word_changes(pair.original.text, pair.edited.text)
        if pair.edited is not None:
            at = pair.edited.index
        after = (lead or last.text) if (host and last) else ""
        out.append(Change(pair, where or "start", clause, host, after, removed, added, at))
        if pair.original is not None:
            if last is None or last.clause_id != pair.original.clause_id:
                lead = ""
            if pair.original.text.rstrip().endswith(":"):
                lead = pair.original.text
            last = pair.original
    return out


def _clause(para: Paragraph, ctx: Context) -> ClauseInfo | None:
    if para.clause_id is None:
        return None
    return ctx.clauses.get(para.clause_id) or ClauseInfo(para.clause_id, para.clause_id,
                                                          para.tags)


def summarize(original: ReadDocument, findings: list[ReviewFinding], ctx: Context,
              pairs: list[Pair] | None = None) -> dict[str, list[str]]:
    """Protections before and after: each tag the original carried is kept, weakened or
    removed. A tag is removed when no clause still in the edited file carries it; one whose
    clause lost a part, or that a removed clause shared with a kept one, is weakened."""
    def tags(cid: str | None, para: Paragraph | None = None) -> tuple[str, ...]:
        info = ctx.clauses.get(cid or "")
        return info.tags if info else (para.tags if para else ())

    before: list[str] = []
    for para in original.paragraphs:
        for tag in tags(para.clause_id, para):
            if tag != "structure" and tag not in before:
                before.append(tag)
    if pairs is None:
        remaining = set(before)
    else:
        # a definition left behind does not keep a protection whose section was deleted
        remaining = {t for pair in pairs if pair.original and pair.edited
                     and not getattr(ctx.clauses.get(pair.original.clause_id or ""),
                                     "definition", False)
                     for t in tags(pair.original.clause_id, pair.original)}
    gone = {f.clause_id for f in findings if f.rule == "removed-module"}
    lost = {t for cid in gone for t in tags(cid)}
    removed = (lost | {f.protection for f in findings if f.effect == "removed"}) - remaining
    weakened = ({f.protection for f in findings if f.effect in FLAGGED} | lost) - removed
    return {"before": before,
            "kept": [t for t in before if t not in removed and t not in weakened],
            "weakened": [t for t in before if t in weakened],
            "removed": [t for t in before if t in removed]}


def review_documents(original: ReadDocument, edited: ReadDocument, ctx: Context,
                     align: Callable[[ReadDocument, ReadDocument], list[Pair]] | None = None
                     ) -> Review:
    if align is None:
        from .align import align as by_paragraphs   # review-read's: lists of paragraphs

        def align(a: ReadDocument, b: ReadDocument) -> list[Pair]:
            return by_paragraphs(a.paragraphs, b.paragraphs)
    pairs = align(original, edited)
    require_same_ordinance(original, edited, pairs)
    judged = judge_pairs(pairs, ctx)
    findings = _each_once(judged)
    return Review(original, edited, findings, summarize(original, findings, ctx, pairs),
                  ctx.tag_names, judged)


def review_files(edited_path: Path, *, against: Path | None = None, answers: Path | None = None,
                 library_dir: Path | None = None) -> Review:
    """Read EDITED, rebuild or read the original, and judge every change."""
    require_original(against, answers)
    from ..library import load_library
    from .document import paragraphs_from_ordinance, read_docx
    from .rules import context_from_library

    edited = read_docx(edited_path)
    if answers is not None:
        from ..engine import check, prepare

        library, ans = prepare(answers, None, library_dir)
        original = ReadDocument(str(answers), paragraphs_from_ordinance(
            check(library, ans).ordinance), parameters=_answer_values(ans), anchored=True)
    else:
        library = load_library(library_dir)
        original = read_docx(against)
    params = dict(original.parameters or edited.parameters)
    return review_documents(original, edited, context_from_library(library, params))


# Below this share of the original's paragraphs found again, the file is another document.
SAME_DOCUMENT = 0.3


def require_same_ordinance(original: ReadDocument, edited: ReadDocument,
                           pairs: list[Pair]) -> None:
    from ..errors import UserError

    total = sum(1 for p in original.paragraphs if p.text.strip())
    found = sum(1 for p in pairs if p.original is not None and p.edited is not None
                and p.original.text.strip())
    if total and found < SAME_DOCUMENT * total:
        raise UserError(f"{edited.source}: this does not look like an edited copy of "
                        f"{original.source}: only {found} of its {total} paragraphs were "
                        "found in it. Check that you gave the right files (the edited draft "
                        "first, then the original it came from).")


def require_original(against: Path | None, answers: Path | None) -> None:
    """Exactly one way to know the original: the manifest holds hashes, not the answers."""
    from ..errors import UserError

    if (against is None) == (answers is None):
        raise UserError("review needs the original to compare with: give either --against "
                        "ORIGINAL.docx (the file the kit wrote) or --answers ANSWERS.yaml (the "
                        "answers it was built from), not both and not neither. The edited file "
                        "records only a hash of its answers, not the answers themselves.")


def _answer_values(answers) -> dict[str, object]:
    """Every plain answered value by dotted key (the manifest records the same)."""
    return {k: v for k, v in answers.values.items() if isinstance(v, (int, float, str, bool))}
