"""Step 6 of assembly: turn [[terms]] and @[references] into their final form, now that the
numbers are known; a reference that cannot be resolved becomes a blank and a finding.
"""
from __future__ import annotations

from typing import Any

from .assembly import Assembly, RefRecord, TermRecord
from .clause import term_key
from .markup import RawRef, RawTerm
from .model import Blank, Ref, TermUse


from mutmut.mutation.trampoline import wrap_in_trampoline as _mutmut_mutated, MutantDict
mutants_xǁResolverǁ__init____mutmut: MutantDict = {}  # type: ignore
mutants_xǁResolverǁinlines__mutmut: MutantDict = {}  # type: ignore
mutants_xǁResolverǁref__mutmut: MutantDict = {}  # type: ignore


class Resolver:
    @_mutmut_mutated(mutants_xǁResolverǁ__init____mutmut)
    def __init__(self, asm: Assembly, numbers: dict, labels: dict, anchors: dict):
        self.asm = asm
        self.numbers = numbers
        self.labels = labels
        self.anchors = anchors
    def xǁResolverǁ__init____mutmut_orig(self, asm: Assembly, numbers: dict, labels: dict, anchors: dict):
        self.asm = asm
        self.numbers = numbers
        self.labels = labels
        self.anchors = anchors
    def xǁResolverǁ__init____mutmut_1(self, asm: Assembly, numbers: dict, labels: dict, anchors: dict):
        self.asm = None
        self.numbers = numbers
        self.labels = labels
        self.anchors = anchors
    def xǁResolverǁ__init____mutmut_2(self, asm: Assembly, numbers: dict, labels: dict, anchors: dict):
        self.asm = asm
        self.numbers = None
        self.labels = labels
        self.anchors = anchors
    def xǁResolverǁ__init____mutmut_3(self, asm: Assembly, numbers: dict, labels: dict, anchors: dict):
        self.asm = asm
        self.numbers = numbers
        self.labels = None
        self.anchors = anchors
    def xǁResolverǁ__init____mutmut_4(self, asm: Assembly, numbers: dict, labels: dict, anchors: dict):
        self.asm = asm
        self.numbers = numbers
        self.labels = labels
        self.anchors = None

    @_mutmut_mutated(mutants_xǁResolverǁinlines__mutmut)
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

    def xǁResolverǁinlines__mutmut_orig(self, items: list[Any], clause_id: str) -> tuple:
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

    def xǁResolverǁinlines__mutmut_1(self, items: list[Any], clause_id: str) -> tuple:
        out = None
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

    def xǁResolverǁinlines__mutmut_2(self, items: list[Any], clause_id: str) -> tuple:
        out = []
        for item in items:
            if isinstance(item, RawTerm):
                key = None
                self.asm.term_uses.append(TermRecord(key, item.text, clause_id))
                out.append(TermUse(key, item.text))
            elif isinstance(item, RawRef):
                out.append(self.ref(item, clause_id))
            else:
                out.append(item)
        return tuple(out)

    def xǁResolverǁinlines__mutmut_3(self, items: list[Any], clause_id: str) -> tuple:
        out = []
        for item in items:
            if isinstance(item, RawTerm):
                key = term_key(None)
                self.asm.term_uses.append(TermRecord(key, item.text, clause_id))
                out.append(TermUse(key, item.text))
            elif isinstance(item, RawRef):
                out.append(self.ref(item, clause_id))
            else:
                out.append(item)
        return tuple(out)

    def xǁResolverǁinlines__mutmut_4(self, items: list[Any], clause_id: str) -> tuple:
        out = []
        for item in items:
            if isinstance(item, RawTerm):
                key = term_key(item.key)
                self.asm.term_uses.append(None)
                out.append(TermUse(key, item.text))
            elif isinstance(item, RawRef):
                out.append(self.ref(item, clause_id))
            else:
                out.append(item)
        return tuple(out)

    def xǁResolverǁinlines__mutmut_5(self, items: list[Any], clause_id: str) -> tuple:
        out = []
        for item in items:
            if isinstance(item, RawTerm):
                key = term_key(item.key)
                self.asm.term_uses.append(TermRecord(None, item.text, clause_id))
                out.append(TermUse(key, item.text))
            elif isinstance(item, RawRef):
                out.append(self.ref(item, clause_id))
            else:
                out.append(item)
        return tuple(out)

    def xǁResolverǁinlines__mutmut_6(self, items: list[Any], clause_id: str) -> tuple:
        out = []
        for item in items:
            if isinstance(item, RawTerm):
                key = term_key(item.key)
                self.asm.term_uses.append(TermRecord(key, None, clause_id))
                out.append(TermUse(key, item.text))
            elif isinstance(item, RawRef):
                out.append(self.ref(item, clause_id))
            else:
                out.append(item)
        return tuple(out)

    def xǁResolverǁinlines__mutmut_7(self, items: list[Any], clause_id: str) -> tuple:
        out = []
        for item in items:
            if isinstance(item, RawTerm):
                key = term_key(item.key)
                self.asm.term_uses.append(TermRecord(key, item.text, None))
                out.append(TermUse(key, item.text))
            elif isinstance(item, RawRef):
                out.append(self.ref(item, clause_id))
            else:
                out.append(item)
        return tuple(out)

    def xǁResolverǁinlines__mutmut_8(self, items: list[Any], clause_id: str) -> tuple:
        out = []
        for item in items:
            if isinstance(item, RawTerm):
                key = term_key(item.key)
                self.asm.term_uses.append(TermRecord(item.text, clause_id))
                out.append(TermUse(key, item.text))
            elif isinstance(item, RawRef):
                out.append(self.ref(item, clause_id))
            else:
                out.append(item)
        return tuple(out)

    def xǁResolverǁinlines__mutmut_9(self, items: list[Any], clause_id: str) -> tuple:
        out = []
        for item in items:
            if isinstance(item, RawTerm):
                key = term_key(item.key)
                self.asm.term_uses.append(TermRecord(key, clause_id))
                out.append(TermUse(key, item.text))
            elif isinstance(item, RawRef):
                out.append(self.ref(item, clause_id))
            else:
                out.append(item)
        return tuple(out)

    def xǁResolverǁinlines__mutmut_10(self, items: list[Any], clause_id: str) -> tuple:
        out = []
        for item in items:
            if isinstance(item, RawTerm):
                key = term_key(item.key)
                self.asm.term_uses.append(TermRecord(key, item.text, ))
                out.append(TermUse(key, item.text))
            elif isinstance(item, RawRef):
                out.append(self.ref(item, clause_id))
            else:
                out.append(item)
        return tuple(out)

    def xǁResolverǁinlines__mutmut_11(self, items: list[Any], clause_id: str) -> tuple:
        out = []
        for item in items:
            if isinstance(item, RawTerm):
                key = term_key(item.key)
                self.asm.term_uses.append(TermRecord(key, item.text, clause_id))
                out.append(None)
            elif isinstance(item, RawRef):
                out.append(self.ref(item, clause_id))
            else:
                out.append(item)
        return tuple(out)

    def xǁResolverǁinlines__mutmut_12(self, items: list[Any], clause_id: str) -> tuple:
        out = []
        for item in items:
            if isinstance(item, RawTerm):
                key = term_key(item.key)
                self.asm.term_uses.append(TermRecord(key, item.text, clause_id))
                out.append(TermUse(None, item.text))
            elif isinstance(item, RawRef):
                out.append(self.ref(item, clause_id))
            else:
                out.append(item)
        return tuple(out)

    def xǁResolverǁinlines__mutmut_13(self, items: list[Any], clause_id: str) -> tuple:
        out = []
        for item in items:
            if isinstance(item, RawTerm):
                key = term_key(item.key)
                self.asm.term_uses.append(TermRecord(key, item.text, clause_id))
                out.append(TermUse(key, None))
            elif isinstance(item, RawRef):
                out.append(self.ref(item, clause_id))
            else:
                out.append(item)
        return tuple(out)

    def xǁResolverǁinlines__mutmut_14(self, items: list[Any], clause_id: str) -> tuple:
        out = []
        for item in items:
            if isinstance(item, RawTerm):
                key = term_key(item.key)
                self.asm.term_uses.append(TermRecord(key, item.text, clause_id))
                out.append(TermUse(item.text))
            elif isinstance(item, RawRef):
                out.append(self.ref(item, clause_id))
            else:
                out.append(item)
        return tuple(out)

    def xǁResolverǁinlines__mutmut_15(self, items: list[Any], clause_id: str) -> tuple:
        out = []
        for item in items:
            if isinstance(item, RawTerm):
                key = term_key(item.key)
                self.asm.term_uses.append(TermRecord(key, item.text, clause_id))
                out.append(TermUse(key, ))
            elif isinstance(item, RawRef):
                out.append(self.ref(item, clause_id))
            else:
                out.append(item)
        return tuple(out)

    def xǁResolverǁinlines__mutmut_16(self, items: list[Any], clause_id: str) -> tuple:
        out = []
        for item in items:
            if isinstance(item, RawTerm):
                key = term_key(item.key)
                self.asm.term_uses.append(TermRecord(key, item.text, clause_id))
                out.append(TermUse(key, item.text))
            elif isinstance(item, RawRef):
                out.append(None)
            else:
                out.append(item)
        return tuple(out)

    def xǁResolverǁinlines__mutmut_17(self, items: list[Any], clause_id: str) -> tuple:
        out = []
        for item in items:
            if isinstance(item, RawTerm):
                key = term_key(item.key)
                self.asm.term_uses.append(TermRecord(key, item.text, clause_id))
                out.append(TermUse(key, item.text))
            elif isinstance(item, RawRef):
                out.append(self.ref(None, clause_id))
            else:
                out.append(item)
        return tuple(out)

    def xǁResolverǁinlines__mutmut_18(self, items: list[Any], clause_id: str) -> tuple:
        out = []
        for item in items:
            if isinstance(item, RawTerm):
                key = term_key(item.key)
                self.asm.term_uses.append(TermRecord(key, item.text, clause_id))
                out.append(TermUse(key, item.text))
            elif isinstance(item, RawRef):
                out.append(self.ref(item, None))
            else:
                out.append(item)
        return tuple(out)

    def xǁResolverǁinlines__mutmut_19(self, items: list[Any], clause_id: str) -> tuple:
        out = []
        for item in items:
            if isinstance(item, RawTerm):
                key = term_key(item.key)
                self.asm.term_uses.append(TermRecord(key, item.text, clause_id))
                out.append(TermUse(key, item.text))
            elif isinstance(item, RawRef):
                out.append(self.ref(clause_id))
            else:
                out.append(item)
        return tuple(out)

    def xǁResolverǁinlines__mutmut_20(self, items: list[Any], clause_id: str) -> tuple:
        out = []
        for item in items:
            if isinstance(item, RawTerm):
                key = term_key(item.key)
                self.asm.term_uses.append(TermRecord(key, item.text, clause_id))
                out.append(TermUse(key, item.text))
            elif isinstance(item, RawRef):
                out.append(self.ref(item, ))
            else:
                out.append(item)
        return tuple(out)

    def xǁResolverǁinlines__mutmut_21(self, items: list[Any], clause_id: str) -> tuple:
        out = []
        for item in items:
            if isinstance(item, RawTerm):
                key = term_key(item.key)
                self.asm.term_uses.append(TermRecord(key, item.text, clause_id))
                out.append(TermUse(key, item.text))
            elif isinstance(item, RawRef):
                out.append(self.ref(item, clause_id))
            else:
                out.append(None)
        return tuple(out)

    def xǁResolverǁinlines__mutmut_22(self, items: list[Any], clause_id: str) -> tuple:
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
        return tuple(None)

    @_mutmut_mutated(mutants_xǁResolverǁref__mutmut)
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

    def xǁResolverǁref__mutmut_orig(self, ref: RawRef, clause_id: str) -> Any:
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

    def xǁResolverǁref__mutmut_1(self, ref: RawRef, clause_id: str) -> Any:
        target_clause = None
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

    def xǁResolverǁref__mutmut_2(self, ref: RawRef, clause_id: str) -> Any:
        target_clause = ref.clause and clause_id
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

    def xǁResolverǁref__mutmut_3(self, ref: RawRef, clause_id: str) -> Any:
        target_clause = ref.clause or clause_id
        target = None
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

    def xǁResolverǁref__mutmut_4(self, ref: RawRef, clause_id: str) -> Any:
        target_clause = ref.clause or clause_id
        target = target_clause - (f"#{ref.sub}" if ref.sub else "")
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

    def xǁResolverǁref__mutmut_5(self, ref: RawRef, clause_id: str) -> Any:
        target_clause = ref.clause or clause_id
        target = target_clause + (f"#{ref.sub}" if (ref.sub) and False else "")
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

    def xǁResolverǁref__mutmut_6(self, ref: RawRef, clause_id: str) -> Any:
        target_clause = ref.clause or clause_id
        target = target_clause + (f"#{ref.sub}" if (ref.sub) or True else "")
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

    def xǁResolverǁref__mutmut_7(self, ref: RawRef, clause_id: str) -> Any:
        target_clause = ref.clause or clause_id
        target = target_clause + (f"#{ref.sub}" if ref.sub else "XXXX")
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

    def xǁResolverǁref__mutmut_8(self, ref: RawRef, clause_id: str) -> Any:
        target_clause = ref.clause or clause_id
        target = target_clause + (f"#{ref.sub}" if ref.sub else "")
        lib = None
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

    def xǁResolverǁref__mutmut_9(self, ref: RawRef, clause_id: str) -> Any:
        target_clause = ref.clause or clause_id
        target = target_clause + (f"#{ref.sub}" if ref.sub else "")
        lib = self.asm.library
        problem = None
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

    def xǁResolverǁref__mutmut_10(self, ref: RawRef, clause_id: str) -> Any:
        target_clause = ref.clause or clause_id
        target = target_clause + (f"#{ref.sub}" if ref.sub else "")
        lib = self.asm.library
        problem = "XXXX"
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

    def xǁResolverǁref__mutmut_11(self, ref: RawRef, clause_id: str) -> Any:
        target_clause = ref.clause or clause_id
        target = target_clause + (f"#{ref.sub}" if ref.sub else "")
        lib = self.asm.library
        problem = ""
        if target_clause in lib.by_id:
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

    def xǁResolverǁref__mutmut_12(self, ref: RawRef, clause_id: str) -> Any:
        target_clause = ref.clause or clause_id
        target = target_clause + (f"#{ref.sub}" if ref.sub else "")
        lib = self.asm.library
        problem = ""
        if target_clause not in lib.by_id:
            problem = None
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

    def xǁResolverǁref__mutmut_13(self, ref: RawRef, clause_id: str) -> Any:
        target_clause = ref.clause or clause_id
        target = target_clause + (f"#{ref.sub}" if ref.sub else "")
        lib = self.asm.library
        problem = ""
        if target_clause not in lib.by_id:
            problem = f"refers to '{target}', but there is no clause '{target_clause}'"
        elif target_clause in self.numbers:
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

    def xǁResolverǁref__mutmut_14(self, ref: RawRef, clause_id: str) -> Any:
        target_clause = ref.clause or clause_id
        target = target_clause + (f"#{ref.sub}" if ref.sub else "")
        lib = self.asm.library
        problem = ""
        if target_clause not in lib.by_id:
            problem = f"refers to '{target}', but there is no clause '{target_clause}'"
        elif target_clause not in self.numbers:
            decision = None
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

    def xǁResolverǁref__mutmut_15(self, ref: RawRef, clause_id: str) -> Any:
        target_clause = ref.clause or clause_id
        target = target_clause + (f"#{ref.sub}" if ref.sub else "")
        lib = self.asm.library
        problem = ""
        if target_clause not in lib.by_id:
            problem = f"refers to '{target}', but there is no clause '{target_clause}'"
        elif target_clause not in self.numbers:
            decision = self.asm.decisions.get(None)
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

    def xǁResolverǁref__mutmut_16(self, ref: RawRef, clause_id: str) -> Any:
        target_clause = ref.clause or clause_id
        target = target_clause + (f"#{ref.sub}" if ref.sub else "")
        lib = self.asm.library
        problem = ""
        if target_clause not in lib.by_id:
            problem = f"refers to '{target}', but there is no clause '{target_clause}'"
        elif target_clause not in self.numbers:
            decision = self.asm.decisions.get(target_clause)
            why = None
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

    def xǁResolverǁref__mutmut_17(self, ref: RawRef, clause_id: str) -> Any:
        target_clause = ref.clause or clause_id
        target = target_clause + (f"#{ref.sub}" if ref.sub else "")
        lib = self.asm.library
        problem = ""
        if target_clause not in lib.by_id:
            problem = f"refers to '{target}', but there is no clause '{target_clause}'"
        elif target_clause not in self.numbers:
            decision = self.asm.decisions.get(target_clause)
            why = f" ({decision.reason})" if (decision) and False else ""
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

    def xǁResolverǁref__mutmut_18(self, ref: RawRef, clause_id: str) -> Any:
        target_clause = ref.clause or clause_id
        target = target_clause + (f"#{ref.sub}" if ref.sub else "")
        lib = self.asm.library
        problem = ""
        if target_clause not in lib.by_id:
            problem = f"refers to '{target}', but there is no clause '{target_clause}'"
        elif target_clause not in self.numbers:
            decision = self.asm.decisions.get(target_clause)
            why = f" ({decision.reason})" if (decision) or True else ""
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

    def xǁResolverǁref__mutmut_19(self, ref: RawRef, clause_id: str) -> Any:
        target_clause = ref.clause or clause_id
        target = target_clause + (f"#{ref.sub}" if ref.sub else "")
        lib = self.asm.library
        problem = ""
        if target_clause not in lib.by_id:
            problem = f"refers to '{target}', but there is no clause '{target_clause}'"
        elif target_clause not in self.numbers:
            decision = self.asm.decisions.get(target_clause)
            why = f" ({decision.reason})" if decision else "XXXX"
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

    def xǁResolverǁref__mutmut_20(self, ref: RawRef, clause_id: str) -> Any:
        target_clause = ref.clause or clause_id
        target = target_clause + (f"#{ref.sub}" if ref.sub else "")
        lib = self.asm.library
        problem = ""
        if target_clause not in lib.by_id:
            problem = f"refers to '{target}', but there is no clause '{target_clause}'"
        elif target_clause not in self.numbers:
            decision = self.asm.decisions.get(target_clause)
            why = f" ({decision.reason})" if decision else ""
            problem = None
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

    def xǁResolverǁref__mutmut_21(self, ref: RawRef, clause_id: str) -> Any:
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
        elif ref.sub or (target_clause, ref.sub) not in self.labels:
            problem = (f"refers to '{target}', but section '{target_clause}' has no "
                       f"subdivision with id '{ref.sub}' in this draft")
        if problem:
            self.asm.refs.append(RefRecord(clause_id, target, False, problem))
            return Blank(f"reference to {target}")
        self.asm.refs.append(RefRecord(clause_id, target, True))
        if ref.sub:
            return Ref(self.anchors[(target_clause, ref.sub)], self.labels[(target_clause, ref.sub)])
        return Ref(self.anchors[(target_clause, None)], f"Section {self.numbers[target_clause]}")

    def xǁResolverǁref__mutmut_22(self, ref: RawRef, clause_id: str) -> Any:
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
        elif ref.sub and (target_clause, ref.sub) in self.labels:
            problem = (f"refers to '{target}', but section '{target_clause}' has no "
                       f"subdivision with id '{ref.sub}' in this draft")
        if problem:
            self.asm.refs.append(RefRecord(clause_id, target, False, problem))
            return Blank(f"reference to {target}")
        self.asm.refs.append(RefRecord(clause_id, target, True))
        if ref.sub:
            return Ref(self.anchors[(target_clause, ref.sub)], self.labels[(target_clause, ref.sub)])
        return Ref(self.anchors[(target_clause, None)], f"Section {self.numbers[target_clause]}")

    def xǁResolverǁref__mutmut_23(self, ref: RawRef, clause_id: str) -> Any:
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
            problem = None
        if problem:
            self.asm.refs.append(RefRecord(clause_id, target, False, problem))
            return Blank(f"reference to {target}")
        self.asm.refs.append(RefRecord(clause_id, target, True))
        if ref.sub:
            return Ref(self.anchors[(target_clause, ref.sub)], self.labels[(target_clause, ref.sub)])
        return Ref(self.anchors[(target_clause, None)], f"Section {self.numbers[target_clause]}")

    def xǁResolverǁref__mutmut_24(self, ref: RawRef, clause_id: str) -> Any:
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
            self.asm.refs.append(None)
            return Blank(f"reference to {target}")
        self.asm.refs.append(RefRecord(clause_id, target, True))
        if ref.sub:
            return Ref(self.anchors[(target_clause, ref.sub)], self.labels[(target_clause, ref.sub)])
        return Ref(self.anchors[(target_clause, None)], f"Section {self.numbers[target_clause]}")

    def xǁResolverǁref__mutmut_25(self, ref: RawRef, clause_id: str) -> Any:
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
            self.asm.refs.append(RefRecord(None, target, False, problem))
            return Blank(f"reference to {target}")
        self.asm.refs.append(RefRecord(clause_id, target, True))
        if ref.sub:
            return Ref(self.anchors[(target_clause, ref.sub)], self.labels[(target_clause, ref.sub)])
        return Ref(self.anchors[(target_clause, None)], f"Section {self.numbers[target_clause]}")

    def xǁResolverǁref__mutmut_26(self, ref: RawRef, clause_id: str) -> Any:
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
            self.asm.refs.append(RefRecord(clause_id, None, False, problem))
            return Blank(f"reference to {target}")
        self.asm.refs.append(RefRecord(clause_id, target, True))
        if ref.sub:
            return Ref(self.anchors[(target_clause, ref.sub)], self.labels[(target_clause, ref.sub)])
        return Ref(self.anchors[(target_clause, None)], f"Section {self.numbers[target_clause]}")

    def xǁResolverǁref__mutmut_27(self, ref: RawRef, clause_id: str) -> Any:
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
            self.asm.refs.append(RefRecord(clause_id, target, None, problem))
            return Blank(f"reference to {target}")
        self.asm.refs.append(RefRecord(clause_id, target, True))
        if ref.sub:
            return Ref(self.anchors[(target_clause, ref.sub)], self.labels[(target_clause, ref.sub)])
        return Ref(self.anchors[(target_clause, None)], f"Section {self.numbers[target_clause]}")

    def xǁResolverǁref__mutmut_28(self, ref: RawRef, clause_id: str) -> Any:
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
            self.asm.refs.append(RefRecord(clause_id, target, False, None))
            return Blank(f"reference to {target}")
        self.asm.refs.append(RefRecord(clause_id, target, True))
        if ref.sub:
            return Ref(self.anchors[(target_clause, ref.sub)], self.labels[(target_clause, ref.sub)])
        return Ref(self.anchors[(target_clause, None)], f"Section {self.numbers[target_clause]}")

    def xǁResolverǁref__mutmut_29(self, ref: RawRef, clause_id: str) -> Any:
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
            self.asm.refs.append(RefRecord(target, False, problem))
            return Blank(f"reference to {target}")
        self.asm.refs.append(RefRecord(clause_id, target, True))
        if ref.sub:
            return Ref(self.anchors[(target_clause, ref.sub)], self.labels[(target_clause, ref.sub)])
        return Ref(self.anchors[(target_clause, None)], f"Section {self.numbers[target_clause]}")

    def xǁResolverǁref__mutmut_30(self, ref: RawRef, clause_id: str) -> Any:
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
            self.asm.refs.append(RefRecord(clause_id, False, problem))
            return Blank(f"reference to {target}")
        self.asm.refs.append(RefRecord(clause_id, target, True))
        if ref.sub:
            return Ref(self.anchors[(target_clause, ref.sub)], self.labels[(target_clause, ref.sub)])
        return Ref(self.anchors[(target_clause, None)], f"Section {self.numbers[target_clause]}")

    def xǁResolverǁref__mutmut_31(self, ref: RawRef, clause_id: str) -> Any:
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
            self.asm.refs.append(RefRecord(clause_id, target, problem))
            return Blank(f"reference to {target}")
        self.asm.refs.append(RefRecord(clause_id, target, True))
        if ref.sub:
            return Ref(self.anchors[(target_clause, ref.sub)], self.labels[(target_clause, ref.sub)])
        return Ref(self.anchors[(target_clause, None)], f"Section {self.numbers[target_clause]}")

    def xǁResolverǁref__mutmut_32(self, ref: RawRef, clause_id: str) -> Any:
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
            self.asm.refs.append(RefRecord(clause_id, target, False, ))
            return Blank(f"reference to {target}")
        self.asm.refs.append(RefRecord(clause_id, target, True))
        if ref.sub:
            return Ref(self.anchors[(target_clause, ref.sub)], self.labels[(target_clause, ref.sub)])
        return Ref(self.anchors[(target_clause, None)], f"Section {self.numbers[target_clause]}")

    def xǁResolverǁref__mutmut_33(self, ref: RawRef, clause_id: str) -> Any:
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
            self.asm.refs.append(RefRecord(clause_id, target, True, problem))
            return Blank(f"reference to {target}")
        self.asm.refs.append(RefRecord(clause_id, target, True))
        if ref.sub:
            return Ref(self.anchors[(target_clause, ref.sub)], self.labels[(target_clause, ref.sub)])
        return Ref(self.anchors[(target_clause, None)], f"Section {self.numbers[target_clause]}")

    def xǁResolverǁref__mutmut_34(self, ref: RawRef, clause_id: str) -> Any:
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
            return Blank(None)
        self.asm.refs.append(RefRecord(clause_id, target, True))
        if ref.sub:
            return Ref(self.anchors[(target_clause, ref.sub)], self.labels[(target_clause, ref.sub)])
        return Ref(self.anchors[(target_clause, None)], f"Section {self.numbers[target_clause]}")

    def xǁResolverǁref__mutmut_35(self, ref: RawRef, clause_id: str) -> Any:
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
        self.asm.refs.append(None)
        if ref.sub:
            return Ref(self.anchors[(target_clause, ref.sub)], self.labels[(target_clause, ref.sub)])
        return Ref(self.anchors[(target_clause, None)], f"Section {self.numbers[target_clause]}")

    def xǁResolverǁref__mutmut_36(self, ref: RawRef, clause_id: str) -> Any:
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
        self.asm.refs.append(RefRecord(None, target, True))
        if ref.sub:
            return Ref(self.anchors[(target_clause, ref.sub)], self.labels[(target_clause, ref.sub)])
        return Ref(self.anchors[(target_clause, None)], f"Section {self.numbers[target_clause]}")

    def xǁResolverǁref__mutmut_37(self, ref: RawRef, clause_id: str) -> Any:
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
        self.asm.refs.append(RefRecord(clause_id, None, True))
        if ref.sub:
            return Ref(self.anchors[(target_clause, ref.sub)], self.labels[(target_clause, ref.sub)])
        return Ref(self.anchors[(target_clause, None)], f"Section {self.numbers[target_clause]}")

    def xǁResolverǁref__mutmut_38(self, ref: RawRef, clause_id: str) -> Any:
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
        self.asm.refs.append(RefRecord(clause_id, target, None))
        if ref.sub:
            return Ref(self.anchors[(target_clause, ref.sub)], self.labels[(target_clause, ref.sub)])
        return Ref(self.anchors[(target_clause, None)], f"Section {self.numbers[target_clause]}")

    def xǁResolverǁref__mutmut_39(self, ref: RawRef, clause_id: str) -> Any:
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
        self.asm.refs.append(RefRecord(target, True))
        if ref.sub:
            return Ref(self.anchors[(target_clause, ref.sub)], self.labels[(target_clause, ref.sub)])
        return Ref(self.anchors[(target_clause, None)], f"Section {self.numbers[target_clause]}")

    def xǁResolverǁref__mutmut_40(self, ref: RawRef, clause_id: str) -> Any:
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
        self.asm.refs.append(RefRecord(clause_id, True))
        if ref.sub:
            return Ref(self.anchors[(target_clause, ref.sub)], self.labels[(target_clause, ref.sub)])
        return Ref(self.anchors[(target_clause, None)], f"Section {self.numbers[target_clause]}")

    def xǁResolverǁref__mutmut_41(self, ref: RawRef, clause_id: str) -> Any:
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
        self.asm.refs.append(RefRecord(clause_id, target, ))
        if ref.sub:
            return Ref(self.anchors[(target_clause, ref.sub)], self.labels[(target_clause, ref.sub)])
        return Ref(self.anchors[(target_clause, None)], f"Section {self.numbers[target_clause]}")

    def xǁResolverǁref__mutmut_42(self, ref: RawRef, clause_id: str) -> Any:
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
        self.asm.refs.append(RefRecord(clause_id, target, False))
        if ref.sub:
            return Ref(self.anchors[(target_clause, ref.sub)], self.labels[(target_clause, ref.sub)])
        return Ref(self.anchors[(target_clause, None)], f"Section {self.numbers[target_clause]}")

    def xǁResolverǁref__mutmut_43(self, ref: RawRef, clause_id: str) -> Any:
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
            return Ref(None, self.labels[(target_clause, ref.sub)])
        return Ref(self.anchors[(target_clause, None)], f"Section {self.numbers[target_clause]}")

    def xǁResolverǁref__mutmut_44(self, ref: RawRef, clause_id: str) -> Any:
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
            return Ref(self.anchors[(target_clause, ref.sub)], None)
        return Ref(self.anchors[(target_clause, None)], f"Section {self.numbers[target_clause]}")

    def xǁResolverǁref__mutmut_45(self, ref: RawRef, clause_id: str) -> Any:
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
            return Ref(self.labels[(target_clause, ref.sub)])
        return Ref(self.anchors[(target_clause, None)], f"Section {self.numbers[target_clause]}")

    def xǁResolverǁref__mutmut_46(self, ref: RawRef, clause_id: str) -> Any:
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
            return Ref(self.anchors[(target_clause, ref.sub)], )
        return Ref(self.anchors[(target_clause, None)], f"Section {self.numbers[target_clause]}")

    def xǁResolverǁref__mutmut_47(self, ref: RawRef, clause_id: str) -> Any:
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
        return Ref(None, f"Section {self.numbers[target_clause]}")

    def xǁResolverǁref__mutmut_48(self, ref: RawRef, clause_id: str) -> Any:
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
        return Ref(self.anchors[(target_clause, None)], None)

    def xǁResolverǁref__mutmut_49(self, ref: RawRef, clause_id: str) -> Any:
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
        return Ref(f"Section {self.numbers[target_clause]}")

    def xǁResolverǁref__mutmut_50(self, ref: RawRef, clause_id: str) -> Any:
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
        return Ref(self.anchors[(target_clause, None)], )

mutants_xǁResolverǁ__init____mutmut['_mutmut_orig'] = Resolver.xǁResolverǁ__init____mutmut_orig # type: ignore # mutmut generated
mutants_xǁResolverǁ__init____mutmut['xǁResolverǁ__init____mutmut_1'] = Resolver.xǁResolverǁ__init____mutmut_1 # type: ignore # mutmut generated
mutants_xǁResolverǁ__init____mutmut['xǁResolverǁ__init____mutmut_2'] = Resolver.xǁResolverǁ__init____mutmut_2 # type: ignore # mutmut generated
mutants_xǁResolverǁ__init____mutmut['xǁResolverǁ__init____mutmut_3'] = Resolver.xǁResolverǁ__init____mutmut_3 # type: ignore # mutmut generated
mutants_xǁResolverǁ__init____mutmut['xǁResolverǁ__init____mutmut_4'] = Resolver.xǁResolverǁ__init____mutmut_4 # type: ignore # mutmut generated

mutants_xǁResolverǁinlines__mutmut['_mutmut_orig'] = Resolver.xǁResolverǁinlines__mutmut_orig # type: ignore # mutmut generated
mutants_xǁResolverǁinlines__mutmut['xǁResolverǁinlines__mutmut_1'] = Resolver.xǁResolverǁinlines__mutmut_1 # type: ignore # mutmut generated
mutants_xǁResolverǁinlines__mutmut['xǁResolverǁinlines__mutmut_2'] = Resolver.xǁResolverǁinlines__mutmut_2 # type: ignore # mutmut generated
mutants_xǁResolverǁinlines__mutmut['xǁResolverǁinlines__mutmut_3'] = Resolver.xǁResolverǁinlines__mutmut_3 # type: ignore # mutmut generated
mutants_xǁResolverǁinlines__mutmut['xǁResolverǁinlines__mutmut_4'] = Resolver.xǁResolverǁinlines__mutmut_4 # type: ignore # mutmut generated
mutants_xǁResolverǁinlines__mutmut['xǁResolverǁinlines__mutmut_5'] = Resolver.xǁResolverǁinlines__mutmut_5 # type: ignore # mutmut generated
mutants_xǁResolverǁinlines__mutmut['xǁResolverǁinlines__mutmut_6'] = Resolver.xǁResolverǁinlines__mutmut_6 # type: ignore # mutmut generated
mutants_xǁResolverǁinlines__mutmut['xǁResolverǁinlines__mutmut_7'] = Resolver.xǁResolverǁinlines__mutmut_7 # type: ignore # mutmut generated
mutants_xǁResolverǁinlines__mutmut['xǁResolverǁinlines__mutmut_8'] = Resolver.xǁResolverǁinlines__mutmut_8 # type: ignore # mutmut generated
mutants_xǁResolverǁinlines__mutmut['xǁResolverǁinlines__mutmut_9'] = Resolver.xǁResolverǁinlines__mutmut_9 # type: ignore # mutmut generated
mutants_xǁResolverǁinlines__mutmut['xǁResolverǁinlines__mutmut_10'] = Resolver.xǁResolverǁinlines__mutmut_10 # type: ignore # mutmut generated
mutants_xǁResolverǁinlines__mutmut['xǁResolverǁinlines__mutmut_11'] = Resolver.xǁResolverǁinlines__mutmut_11 # type: ignore # mutmut generated
mutants_xǁResolverǁinlines__mutmut['xǁResolverǁinlines__mutmut_12'] = Resolver.xǁResolverǁinlines__mutmut_12 # type: ignore # mutmut generated
mutants_xǁResolverǁinlines__mutmut['xǁResolverǁinlines__mutmut_13'] = Resolver.xǁResolverǁinlines__mutmut_13 # type: ignore # mutmut generated
mutants_xǁResolverǁinlines__mutmut['xǁResolverǁinlines__mutmut_14'] = Resolver.xǁResolverǁinlines__mutmut_14 # type: ignore # mutmut generated
mutants_xǁResolverǁinlines__mutmut['xǁResolverǁinlines__mutmut_15'] = Resolver.xǁResolverǁinlines__mutmut_15 # type: ignore # mutmut generated
mutants_xǁResolverǁinlines__mutmut['xǁResolverǁinlines__mutmut_16'] = Resolver.xǁResolverǁinlines__mutmut_16 # type: ignore # mutmut generated
mutants_xǁResolverǁinlines__mutmut['xǁResolverǁinlines__mutmut_17'] = Resolver.xǁResolverǁinlines__mutmut_17 # type: ignore # mutmut generated
mutants_xǁResolverǁinlines__mutmut['xǁResolverǁinlines__mutmut_18'] = Resolver.xǁResolverǁinlines__mutmut_18 # type: ignore # mutmut generated
mutants_xǁResolverǁinlines__mutmut['xǁResolverǁinlines__mutmut_19'] = Resolver.xǁResolverǁinlines__mutmut_19 # type: ignore # mutmut generated
mutants_xǁResolverǁinlines__mutmut['xǁResolverǁinlines__mutmut_20'] = Resolver.xǁResolverǁinlines__mutmut_20 # type: ignore # mutmut generated
mutants_xǁResolverǁinlines__mutmut['xǁResolverǁinlines__mutmut_21'] = Resolver.xǁResolverǁinlines__mutmut_21 # type: ignore # mutmut generated
mutants_xǁResolverǁinlines__mutmut['xǁResolverǁinlines__mutmut_22'] = Resolver.xǁResolverǁinlines__mutmut_22 # type: ignore # mutmut generated

mutants_xǁResolverǁref__mutmut['_mutmut_orig'] = Resolver.xǁResolverǁref__mutmut_orig # type: ignore # mutmut generated
mutants_xǁResolverǁref__mutmut['xǁResolverǁref__mutmut_1'] = Resolver.xǁResolverǁref__mutmut_1 # type: ignore # mutmut generated
mutants_xǁResolverǁref__mutmut['xǁResolverǁref__mutmut_2'] = Resolver.xǁResolverǁref__mutmut_2 # type: ignore # mutmut generated
mutants_xǁResolverǁref__mutmut['xǁResolverǁref__mutmut_3'] = Resolver.xǁResolverǁref__mutmut_3 # type: ignore # mutmut generated
mutants_xǁResolverǁref__mutmut['xǁResolverǁref__mutmut_4'] = Resolver.xǁResolverǁref__mutmut_4 # type: ignore # mutmut generated
mutants_xǁResolverǁref__mutmut['xǁResolverǁref__mutmut_5'] = Resolver.xǁResolverǁref__mutmut_5 # type: ignore # mutmut generated
mutants_xǁResolverǁref__mutmut['xǁResolverǁref__mutmut_6'] = Resolver.xǁResolverǁref__mutmut_6 # type: ignore # mutmut generated
mutants_xǁResolverǁref__mutmut['xǁResolverǁref__mutmut_7'] = Resolver.xǁResolverǁref__mutmut_7 # type: ignore # mutmut generated
mutants_xǁResolverǁref__mutmut['xǁResolverǁref__mutmut_8'] = Resolver.xǁResolverǁref__mutmut_8 # type: ignore # mutmut generated
mutants_xǁResolverǁref__mutmut['xǁResolverǁref__mutmut_9'] = Resolver.xǁResolverǁref__mutmut_9 # type: ignore # mutmut generated
mutants_xǁResolverǁref__mutmut['xǁResolverǁref__mutmut_10'] = Resolver.xǁResolverǁref__mutmut_10 # type: ignore # mutmut generated
mutants_xǁResolverǁref__mutmut['xǁResolverǁref__mutmut_11'] = Resolver.xǁResolverǁref__mutmut_11 # type: ignore # mutmut generated
mutants_xǁResolverǁref__mutmut['xǁResolverǁref__mutmut_12'] = Resolver.xǁResolverǁref__mutmut_12 # type: ignore # mutmut generated
mutants_xǁResolverǁref__mutmut['xǁResolverǁref__mutmut_13'] = Resolver.xǁResolverǁref__mutmut_13 # type: ignore # mutmut generated
mutants_xǁResolverǁref__mutmut['xǁResolverǁref__mutmut_14'] = Resolver.xǁResolverǁref__mutmut_14 # type: ignore # mutmut generated
mutants_xǁResolverǁref__mutmut['xǁResolverǁref__mutmut_15'] = Resolver.xǁResolverǁref__mutmut_15 # type: ignore # mutmut generated
mutants_xǁResolverǁref__mutmut['xǁResolverǁref__mutmut_16'] = Resolver.xǁResolverǁref__mutmut_16 # type: ignore # mutmut generated
mutants_xǁResolverǁref__mutmut['xǁResolverǁref__mutmut_17'] = Resolver.xǁResolverǁref__mutmut_17 # type: ignore # mutmut generated
mutants_xǁResolverǁref__mutmut['xǁResolverǁref__mutmut_18'] = Resolver.xǁResolverǁref__mutmut_18 # type: ignore # mutmut generated
mutants_xǁResolverǁref__mutmut['xǁResolverǁref__mutmut_19'] = Resolver.xǁResolverǁref__mutmut_19 # type: ignore # mutmut generated
mutants_xǁResolverǁref__mutmut['xǁResolverǁref__mutmut_20'] = Resolver.xǁResolverǁref__mutmut_20 # type: ignore # mutmut generated
mutants_xǁResolverǁref__mutmut['xǁResolverǁref__mutmut_21'] = Resolver.xǁResolverǁref__mutmut_21 # type: ignore # mutmut generated
mutants_xǁResolverǁref__mutmut['xǁResolverǁref__mutmut_22'] = Resolver.xǁResolverǁref__mutmut_22 # type: ignore # mutmut generated
mutants_xǁResolverǁref__mutmut['xǁResolverǁref__mutmut_23'] = Resolver.xǁResolverǁref__mutmut_23 # type: ignore # mutmut generated
mutants_xǁResolverǁref__mutmut['xǁResolverǁref__mutmut_24'] = Resolver.xǁResolverǁref__mutmut_24 # type: ignore # mutmut generated
mutants_xǁResolverǁref__mutmut['xǁResolverǁref__mutmut_25'] = Resolver.xǁResolverǁref__mutmut_25 # type: ignore # mutmut generated
mutants_xǁResolverǁref__mutmut['xǁResolverǁref__mutmut_26'] = Resolver.xǁResolverǁref__mutmut_26 # type: ignore # mutmut generated
mutants_xǁResolverǁref__mutmut['xǁResolverǁref__mutmut_27'] = Resolver.xǁResolverǁref__mutmut_27 # type: ignore # mutmut generated
mutants_xǁResolverǁref__mutmut['xǁResolverǁref__mutmut_28'] = Resolver.xǁResolverǁref__mutmut_28 # type: ignore # mutmut generated
mutants_xǁResolverǁref__mutmut['xǁResolverǁref__mutmut_29'] = Resolver.xǁResolverǁref__mutmut_29 # type: ignore # mutmut generated
mutants_xǁResolverǁref__mutmut['xǁResolverǁref__mutmut_30'] = Resolver.xǁResolverǁref__mutmut_30 # type: ignore # mutmut generated
mutants_xǁResolverǁref__mutmut['xǁResolverǁref__mutmut_31'] = Resolver.xǁResolverǁref__mutmut_31 # type: ignore # mutmut generated
mutants_xǁResolverǁref__mutmut['xǁResolverǁref__mutmut_32'] = Resolver.xǁResolverǁref__mutmut_32 # type: ignore # mutmut generated
mutants_xǁResolverǁref__mutmut['xǁResolverǁref__mutmut_33'] = Resolver.xǁResolverǁref__mutmut_33 # type: ignore # mutmut generated
mutants_xǁResolverǁref__mutmut['xǁResolverǁref__mutmut_34'] = Resolver.xǁResolverǁref__mutmut_34 # type: ignore # mutmut generated
mutants_xǁResolverǁref__mutmut['xǁResolverǁref__mutmut_35'] = Resolver.xǁResolverǁref__mutmut_35 # type: ignore # mutmut generated
mutants_xǁResolverǁref__mutmut['xǁResolverǁref__mutmut_36'] = Resolver.xǁResolverǁref__mutmut_36 # type: ignore # mutmut generated
mutants_xǁResolverǁref__mutmut['xǁResolverǁref__mutmut_37'] = Resolver.xǁResolverǁref__mutmut_37 # type: ignore # mutmut generated
mutants_xǁResolverǁref__mutmut['xǁResolverǁref__mutmut_38'] = Resolver.xǁResolverǁref__mutmut_38 # type: ignore # mutmut generated
mutants_xǁResolverǁref__mutmut['xǁResolverǁref__mutmut_39'] = Resolver.xǁResolverǁref__mutmut_39 # type: ignore # mutmut generated
mutants_xǁResolverǁref__mutmut['xǁResolverǁref__mutmut_40'] = Resolver.xǁResolverǁref__mutmut_40 # type: ignore # mutmut generated
mutants_xǁResolverǁref__mutmut['xǁResolverǁref__mutmut_41'] = Resolver.xǁResolverǁref__mutmut_41 # type: ignore # mutmut generated
mutants_xǁResolverǁref__mutmut['xǁResolverǁref__mutmut_42'] = Resolver.xǁResolverǁref__mutmut_42 # type: ignore # mutmut generated
mutants_xǁResolverǁref__mutmut['xǁResolverǁref__mutmut_43'] = Resolver.xǁResolverǁref__mutmut_43 # type: ignore # mutmut generated
mutants_xǁResolverǁref__mutmut['xǁResolverǁref__mutmut_44'] = Resolver.xǁResolverǁref__mutmut_44 # type: ignore # mutmut generated
mutants_xǁResolverǁref__mutmut['xǁResolverǁref__mutmut_45'] = Resolver.xǁResolverǁref__mutmut_45 # type: ignore # mutmut generated
mutants_xǁResolverǁref__mutmut['xǁResolverǁref__mutmut_46'] = Resolver.xǁResolverǁref__mutmut_46 # type: ignore # mutmut generated
mutants_xǁResolverǁref__mutmut['xǁResolverǁref__mutmut_47'] = Resolver.xǁResolverǁref__mutmut_47 # type: ignore # mutmut generated
mutants_xǁResolverǁref__mutmut['xǁResolverǁref__mutmut_48'] = Resolver.xǁResolverǁref__mutmut_48 # type: ignore # mutmut generated
mutants_xǁResolverǁref__mutmut['xǁResolverǁref__mutmut_49'] = Resolver.xǁResolverǁref__mutmut_49 # type: ignore # mutmut generated
mutants_xǁResolverǁref__mutmut['xǁResolverǁref__mutmut_50'] = Resolver.xǁResolverǁref__mutmut_50 # type: ignore # mutmut generated
