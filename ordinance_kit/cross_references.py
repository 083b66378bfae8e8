"""Step 6 of assembly: turn [[terms]] and @[references] into their final form, now that the
numbers are known; a reference that cannot be resolved becomes a blank and a finding.
"""
from __future__ import annotations

from typing import Any

from .assembly import Assembly, RefRecord, TermRecord
from .clause import term_key
from .markup import RawRef, RawTerm
from .model import Blank, Ref, TermUse


class Resolver:
    def __init__(self, asm: Assembly, numbers: dict, labels: dict, anchors: dict):
        self.asm = asm
        self.numbers = numbers
        self.labels = labels
        self.anchors = anchors

    def inlines(self, items: list[Any], clause_id: str) -> tuple:
        out = []
        for item in items:
            if isinstance(item, RawTerm):
                key = term_key(item.key)
                self.asm.term_uses.append(TermRecord(key, item.text, clause_id))
                out.append(TermUse(key, item.text))
            elif isinstance(item, RawRef):
                out.append(self.ref(item, clause_id))
            else:
                out.append(item)
        return tuple(out)

    def ref(self, ref: RawRef, clause_id: str) -> Any:
        target_clause = ref.clause or clause_id
        target = target_clause + (f"#{ref.sub}" if ref.sub else "")
        lib = self.asm.library
        problem = ""
        if target_clause not in lib.by_id:
            problem = f"refers to '{target}', but there is no clause '{target_clause}'"
        elif target_clause not in self.numbers:
            decision = self.asm.decisions.get(target_clause)
            why = f" ({decision.reason})" if decision else ""
            problem = (f"refers to '{target}', which is not a numbered section of this "
                       f"draft{why}")
        elif ref.sub and (target_clause, ref.sub) not in self.labels:
            problem = (f"refers to '{target}', but section '{target_clause}' has no "
                       f"subdivision with id '{ref.sub}' in this draft")
        if problem:
            self.asm.refs.append(RefRecord(clause_id, target, False, problem))
            return Blank(f"reference to {target}")
        self.asm.refs.append(RefRecord(clause_id, target, True))
        if ref.sub:
            return Ref(self.anchors[(target_clause, ref.sub)], self.labels[(target_clause, ref.sub)])
        return Ref(self.anchors[(target_clause, None)], f"Section {self.numbers[target_clause]}")
