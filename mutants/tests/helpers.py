"""Small helpers for engine tests: build the mini library with given answers."""
from __future__ import annotations

from pathlib import Path

from ordinance_kit.answers import load_answers
from ordinance_kit.assemble import assemble
from ordinance_kit.checks import run_checks
from ordinance_kit.library import load_library

MINI = Path(__file__).resolve().parent / "fixtures" / "mini"


def build_mini(sets: list[str] | None = None, library: Path = MINI, final: bool = False,
               answers: Path | None = None):
    lib = load_library(library)
    base = ["jurisdiction.name=Testville"] + list(sets or [])
    ans = load_answers(answers, lib.questions, base)
    asm = assemble(lib, ans, draft=not final)
    return asm, run_checks(asm)


def section(asm, anchor_or_heading: str):
    for s in asm.ordinance.sections:
        if s.anchor.endswith(anchor_or_heading) or s.heading == anchor_or_heading:
            return s
    raise KeyError(anchor_or_heading)


def numbered(sec) -> list[tuple[str, str]]:
    return [(b.label, b.text) for b in sec.blocks if b.kind == "numbered"]
