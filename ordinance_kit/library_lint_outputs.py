"""Author rules for what the one-page summary and the scorecard read from the library: each
protection clause's `summary:` sentence, and the benchmark files (clauses/benchmarks/*.yaml).
Rules of the same shape as library_lint's, which gathers them."""
from __future__ import annotations

import re

from .benchmarks import benchmarks_dir, load_benchmark
from .clause import Library, _rel
from .errors import UserError
from .findings import ERROR, WARNING, Finding


def summary_sentence(f) -> list[Finding]:
    """A clause in the sections part that carries a protection tag says, in one plain
    sentence, what it does for the one-page summary (`summary:`); a summary that runs to
    several sentences no longer fits one page."""
    c = f.clause
    if c.is_definition or c.part != "sections" or not set(c.tags) - {"structure"}:
        return []
    if c.id == "purpose":     # it states aims; the summary's introduction covers them
        return []
    if not c.summary:
        return [Finding(WARNING, f.at(f.front_end), "this clause carries a protection "
                        f"({', '.join(t for t in c.tags if t != 'structure')}) but has no "
                        "'summary:'; add one plain sentence, with its numbers, saying what it "
                        "does for residents (it is a bullet of the one-page summary).")]
    sentences = [s for s in re.split(r"(?<=[.!?])\s+(?=[A-Z{])", c.summary.strip()) if s]
    if len(sentences) > 1:
        return [Finding(WARNING, f.key_at("summary"), "the summary has "
                        f"{len(sentences)} sentences; keep it to one, so the summary fits a page.")]
    return []


def benchmark_files(lib: Library) -> list[Finding]:
    """Each benchmark file loads (an error names its line), and cites what it says."""
    out = []
    folder = benchmarks_dir(lib.root)
    for path in sorted(folder.glob("*.yaml")) if folder.is_dir() else []:
        try:
            law = load_benchmark(path, lib.tags)
        except UserError as exc:
            out.append(Finding(ERROR, f"{_rel(path)}:1", exc.render()))
            continue
        if not law.cells:
            out.append(Finding(WARNING, f"{_rel(path)}:1", "the file lists no protections; "
                               "add what the research notes say about this law."))
    return out
