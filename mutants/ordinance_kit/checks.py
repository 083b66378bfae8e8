"""Lint rules over an assembled ordinance.

Each rule is a small function `rule(asm) -> list[Finding]`; every finding has the same shape
(level, where, message), as in Common Form's linter. Errors stop a build (exit 1); warnings
are printed and the build goes on. `--final` and `--strict` make some warnings errors.
"""
from __future__ import annotations

import re
from typing import Callable

from .assembly import Assembly
from .checks_government import GOVERNMENT_RULES
from .checks_state_law import STATE_LAW_RULES
from .findings import ERROR, WARNING, Finding  # noqa: F401  (re-exported: the runner's shape)
from .model import DefinedTerm, TermUse, Text


from mutmut.mutation.trampoline import wrap_in_trampoline as _mutmut_mutated, MutantDict
mutants_x_undefined_terms__mutmut: MutantDict = {}  # type: ignore

@_mutmut_mutated(mutants_x_undefined_terms__mutmut)
def undefined_terms(asm: Assembly) -> list[Finding]:
    users: dict[str, list[str]] = {}
    shown: dict[str, str] = {}
    for use in asm.term_uses:
        if use.key in asm.defined_terms:
            continue
        shown.setdefault(use.key, use.text)
        if use.where not in users.setdefault(use.key, []):
            users[use.key].append(use.where)
    return [Finding(ERROR, where[0], f"uses the term '{shown[key]}'"
                    + (f" (so do {', '.join(where[1:])})" if len(where) > 1 else "")
                    + ", but no definition of it applies to this draft. Add a definition file "
                    f"with term: {shown[key]}, or unmark the words.")
            for key, where in users.items()]

def x_undefined_terms__mutmut_orig(asm: Assembly) -> list[Finding]:
    users: dict[str, list[str]] = {}
    shown: dict[str, str] = {}
    for use in asm.term_uses:
        if use.key in asm.defined_terms:
            continue
        shown.setdefault(use.key, use.text)
        if use.where not in users.setdefault(use.key, []):
            users[use.key].append(use.where)
    return [Finding(ERROR, where[0], f"uses the term '{shown[key]}'"
                    + (f" (so do {', '.join(where[1:])})" if len(where) > 1 else "")
                    + ", but no definition of it applies to this draft. Add a definition file "
                    f"with term: {shown[key]}, or unmark the words.")
            for key, where in users.items()]

def x_undefined_terms__mutmut_1(asm: Assembly) -> list[Finding]:
    users: dict[str, list[str]] = None
    shown: dict[str, str] = {}
    for use in asm.term_uses:
        if use.key in asm.defined_terms:
            continue
        shown.setdefault(use.key, use.text)
        if use.where not in users.setdefault(use.key, []):
            users[use.key].append(use.where)
    return [Finding(ERROR, where[0], f"uses the term '{shown[key]}'"
                    + (f" (so do {', '.join(where[1:])})" if len(where) > 1 else "")
                    + ", but no definition of it applies to this draft. Add a definition file "
                    f"with term: {shown[key]}, or unmark the words.")
            for key, where in users.items()]

def x_undefined_terms__mutmut_2(asm: Assembly) -> list[Finding]:
    users: dict[str, list[str]] = {}
    shown: dict[str, str] = None
    for use in asm.term_uses:
        if use.key in asm.defined_terms:
            continue
        shown.setdefault(use.key, use.text)
        if use.where not in users.setdefault(use.key, []):
            users[use.key].append(use.where)
    return [Finding(ERROR, where[0], f"uses the term '{shown[key]}'"
                    + (f" (so do {', '.join(where[1:])})" if len(where) > 1 else "")
                    + ", but no definition of it applies to this draft. Add a definition file "
                    f"with term: {shown[key]}, or unmark the words.")
            for key, where in users.items()]

def x_undefined_terms__mutmut_3(asm: Assembly) -> list[Finding]:
    users: dict[str, list[str]] = {}
    shown: dict[str, str] = {}
    for use in asm.term_uses:
        if use.key not in asm.defined_terms:
            continue
        shown.setdefault(use.key, use.text)
        if use.where not in users.setdefault(use.key, []):
            users[use.key].append(use.where)
    return [Finding(ERROR, where[0], f"uses the term '{shown[key]}'"
                    + (f" (so do {', '.join(where[1:])})" if len(where) > 1 else "")
                    + ", but no definition of it applies to this draft. Add a definition file "
                    f"with term: {shown[key]}, or unmark the words.")
            for key, where in users.items()]

def x_undefined_terms__mutmut_4(asm: Assembly) -> list[Finding]:
    users: dict[str, list[str]] = {}
    shown: dict[str, str] = {}
    for use in asm.term_uses:
        if use.key in asm.defined_terms:
            break
        shown.setdefault(use.key, use.text)
        if use.where not in users.setdefault(use.key, []):
            users[use.key].append(use.where)
    return [Finding(ERROR, where[0], f"uses the term '{shown[key]}'"
                    + (f" (so do {', '.join(where[1:])})" if len(where) > 1 else "")
                    + ", but no definition of it applies to this draft. Add a definition file "
                    f"with term: {shown[key]}, or unmark the words.")
            for key, where in users.items()]

def x_undefined_terms__mutmut_5(asm: Assembly) -> list[Finding]:
    users: dict[str, list[str]] = {}
    shown: dict[str, str] = {}
    for use in asm.term_uses:
        if use.key in asm.defined_terms:
            continue
        shown.setdefault(None, use.text)
        if use.where not in users.setdefault(use.key, []):
            users[use.key].append(use.where)
    return [Finding(ERROR, where[0], f"uses the term '{shown[key]}'"
                    + (f" (so do {', '.join(where[1:])})" if len(where) > 1 else "")
                    + ", but no definition of it applies to this draft. Add a definition file "
                    f"with term: {shown[key]}, or unmark the words.")
            for key, where in users.items()]

def x_undefined_terms__mutmut_6(asm: Assembly) -> list[Finding]:
    users: dict[str, list[str]] = {}
    shown: dict[str, str] = {}
    for use in asm.term_uses:
        if use.key in asm.defined_terms:
            continue
        shown.setdefault(use.key, None)
        if use.where not in users.setdefault(use.key, []):
            users[use.key].append(use.where)
    return [Finding(ERROR, where[0], f"uses the term '{shown[key]}'"
                    + (f" (so do {', '.join(where[1:])})" if len(where) > 1 else "")
                    + ", but no definition of it applies to this draft. Add a definition file "
                    f"with term: {shown[key]}, or unmark the words.")
            for key, where in users.items()]

def x_undefined_terms__mutmut_7(asm: Assembly) -> list[Finding]:
    users: dict[str, list[str]] = {}
    shown: dict[str, str] = {}
    for use in asm.term_uses:
        if use.key in asm.defined_terms:
            continue
        shown.setdefault(use.text)
        if use.where not in users.setdefault(use.key, []):
            users[use.key].append(use.where)
    return [Finding(ERROR, where[0], f"uses the term '{shown[key]}'"
                    + (f" (so do {', '.join(where[1:])})" if len(where) > 1 else "")
                    + ", but no definition of it applies to this draft. Add a definition file "
                    f"with term: {shown[key]}, or unmark the words.")
            for key, where in users.items()]

def x_undefined_terms__mutmut_8(asm: Assembly) -> list[Finding]:
    users: dict[str, list[str]] = {}
    shown: dict[str, str] = {}
    for use in asm.term_uses:
        if use.key in asm.defined_terms:
            continue
        shown.setdefault(use.key, )
        if use.where not in users.setdefault(use.key, []):
            users[use.key].append(use.where)
    return [Finding(ERROR, where[0], f"uses the term '{shown[key]}'"
                    + (f" (so do {', '.join(where[1:])})" if len(where) > 1 else "")
                    + ", but no definition of it applies to this draft. Add a definition file "
                    f"with term: {shown[key]}, or unmark the words.")
            for key, where in users.items()]

def x_undefined_terms__mutmut_9(asm: Assembly) -> list[Finding]:
    users: dict[str, list[str]] = {}
    shown: dict[str, str] = {}
    for use in asm.term_uses:
        if use.key in asm.defined_terms:
            continue
        shown.setdefault(use.key, use.text)
        if use.where in users.setdefault(use.key, []):
            users[use.key].append(use.where)
    return [Finding(ERROR, where[0], f"uses the term '{shown[key]}'"
                    + (f" (so do {', '.join(where[1:])})" if len(where) > 1 else "")
                    + ", but no definition of it applies to this draft. Add a definition file "
                    f"with term: {shown[key]}, or unmark the words.")
            for key, where in users.items()]

def x_undefined_terms__mutmut_10(asm: Assembly) -> list[Finding]:
    users: dict[str, list[str]] = {}
    shown: dict[str, str] = {}
    for use in asm.term_uses:
        if use.key in asm.defined_terms:
            continue
        shown.setdefault(use.key, use.text)
        if use.where not in users.setdefault(None, []):
            users[use.key].append(use.where)
    return [Finding(ERROR, where[0], f"uses the term '{shown[key]}'"
                    + (f" (so do {', '.join(where[1:])})" if len(where) > 1 else "")
                    + ", but no definition of it applies to this draft. Add a definition file "
                    f"with term: {shown[key]}, or unmark the words.")
            for key, where in users.items()]

def x_undefined_terms__mutmut_11(asm: Assembly) -> list[Finding]:
    users: dict[str, list[str]] = {}
    shown: dict[str, str] = {}
    for use in asm.term_uses:
        if use.key in asm.defined_terms:
            continue
        shown.setdefault(use.key, use.text)
        if use.where not in users.setdefault(use.key, None):
            users[use.key].append(use.where)
    return [Finding(ERROR, where[0], f"uses the term '{shown[key]}'"
                    + (f" (so do {', '.join(where[1:])})" if len(where) > 1 else "")
                    + ", but no definition of it applies to this draft. Add a definition file "
                    f"with term: {shown[key]}, or unmark the words.")
            for key, where in users.items()]

def x_undefined_terms__mutmut_12(asm: Assembly) -> list[Finding]:
    users: dict[str, list[str]] = {}
    shown: dict[str, str] = {}
    for use in asm.term_uses:
        if use.key in asm.defined_terms:
            continue
        shown.setdefault(use.key, use.text)
        if use.where not in users.setdefault([]):
            users[use.key].append(use.where)
    return [Finding(ERROR, where[0], f"uses the term '{shown[key]}'"
                    + (f" (so do {', '.join(where[1:])})" if len(where) > 1 else "")
                    + ", but no definition of it applies to this draft. Add a definition file "
                    f"with term: {shown[key]}, or unmark the words.")
            for key, where in users.items()]

def x_undefined_terms__mutmut_13(asm: Assembly) -> list[Finding]:
    users: dict[str, list[str]] = {}
    shown: dict[str, str] = {}
    for use in asm.term_uses:
        if use.key in asm.defined_terms:
            continue
        shown.setdefault(use.key, use.text)
        if use.where not in users.setdefault(use.key, ):
            users[use.key].append(use.where)
    return [Finding(ERROR, where[0], f"uses the term '{shown[key]}'"
                    + (f" (so do {', '.join(where[1:])})" if len(where) > 1 else "")
                    + ", but no definition of it applies to this draft. Add a definition file "
                    f"with term: {shown[key]}, or unmark the words.")
            for key, where in users.items()]

def x_undefined_terms__mutmut_14(asm: Assembly) -> list[Finding]:
    users: dict[str, list[str]] = {}
    shown: dict[str, str] = {}
    for use in asm.term_uses:
        if use.key in asm.defined_terms:
            continue
        shown.setdefault(use.key, use.text)
        if use.where not in users.setdefault(use.key, []):
            users[use.key].append(None)
    return [Finding(ERROR, where[0], f"uses the term '{shown[key]}'"
                    + (f" (so do {', '.join(where[1:])})" if len(where) > 1 else "")
                    + ", but no definition of it applies to this draft. Add a definition file "
                    f"with term: {shown[key]}, or unmark the words.")
            for key, where in users.items()]

def x_undefined_terms__mutmut_15(asm: Assembly) -> list[Finding]:
    users: dict[str, list[str]] = {}
    shown: dict[str, str] = {}
    for use in asm.term_uses:
        if use.key in asm.defined_terms:
            continue
        shown.setdefault(use.key, use.text)
        if use.where not in users.setdefault(use.key, []):
            users[use.key].append(use.where)
    return [Finding(None, where[0], f"uses the term '{shown[key]}'"
                    + (f" (so do {', '.join(where[1:])})" if len(where) > 1 else "")
                    + ", but no definition of it applies to this draft. Add a definition file "
                    f"with term: {shown[key]}, or unmark the words.")
            for key, where in users.items()]

def x_undefined_terms__mutmut_16(asm: Assembly) -> list[Finding]:
    users: dict[str, list[str]] = {}
    shown: dict[str, str] = {}
    for use in asm.term_uses:
        if use.key in asm.defined_terms:
            continue
        shown.setdefault(use.key, use.text)
        if use.where not in users.setdefault(use.key, []):
            users[use.key].append(use.where)
    return [Finding(ERROR, None, f"uses the term '{shown[key]}'"
                    + (f" (so do {', '.join(where[1:])})" if len(where) > 1 else "")
                    + ", but no definition of it applies to this draft. Add a definition file "
                    f"with term: {shown[key]}, or unmark the words.")
            for key, where in users.items()]

def x_undefined_terms__mutmut_17(asm: Assembly) -> list[Finding]:
    users: dict[str, list[str]] = {}
    shown: dict[str, str] = {}
    for use in asm.term_uses:
        if use.key in asm.defined_terms:
            continue
        shown.setdefault(use.key, use.text)
        if use.where not in users.setdefault(use.key, []):
            users[use.key].append(use.where)
    return [Finding(ERROR, where[0], None)
            for key, where in users.items()]

def x_undefined_terms__mutmut_18(asm: Assembly) -> list[Finding]:
    users: dict[str, list[str]] = {}
    shown: dict[str, str] = {}
    for use in asm.term_uses:
        if use.key in asm.defined_terms:
            continue
        shown.setdefault(use.key, use.text)
        if use.where not in users.setdefault(use.key, []):
            users[use.key].append(use.where)
    return [Finding(where[0], f"uses the term '{shown[key]}'"
                    + (f" (so do {', '.join(where[1:])})" if len(where) > 1 else "")
                    + ", but no definition of it applies to this draft. Add a definition file "
                    f"with term: {shown[key]}, or unmark the words.")
            for key, where in users.items()]

def x_undefined_terms__mutmut_19(asm: Assembly) -> list[Finding]:
    users: dict[str, list[str]] = {}
    shown: dict[str, str] = {}
    for use in asm.term_uses:
        if use.key in asm.defined_terms:
            continue
        shown.setdefault(use.key, use.text)
        if use.where not in users.setdefault(use.key, []):
            users[use.key].append(use.where)
    return [Finding(ERROR, f"uses the term '{shown[key]}'"
                    + (f" (so do {', '.join(where[1:])})" if len(where) > 1 else "")
                    + ", but no definition of it applies to this draft. Add a definition file "
                    f"with term: {shown[key]}, or unmark the words.")
            for key, where in users.items()]

def x_undefined_terms__mutmut_20(asm: Assembly) -> list[Finding]:
    users: dict[str, list[str]] = {}
    shown: dict[str, str] = {}
    for use in asm.term_uses:
        if use.key in asm.defined_terms:
            continue
        shown.setdefault(use.key, use.text)
        if use.where not in users.setdefault(use.key, []):
            users[use.key].append(use.where)
    return [Finding(ERROR, where[0], )
            for key, where in users.items()]

def x_undefined_terms__mutmut_21(asm: Assembly) -> list[Finding]:
    users: dict[str, list[str]] = {}
    shown: dict[str, str] = {}
    for use in asm.term_uses:
        if use.key in asm.defined_terms:
            continue
        shown.setdefault(use.key, use.text)
        if use.where not in users.setdefault(use.key, []):
            users[use.key].append(use.where)
    return [Finding(ERROR, where[1], f"uses the term '{shown[key]}'"
                    + (f" (so do {', '.join(where[1:])})" if len(where) > 1 else "")
                    + ", but no definition of it applies to this draft. Add a definition file "
                    f"with term: {shown[key]}, or unmark the words.")
            for key, where in users.items()]

def x_undefined_terms__mutmut_22(asm: Assembly) -> list[Finding]:
    users: dict[str, list[str]] = {}
    shown: dict[str, str] = {}
    for use in asm.term_uses:
        if use.key in asm.defined_terms:
            continue
        shown.setdefault(use.key, use.text)
        if use.where not in users.setdefault(use.key, []):
            users[use.key].append(use.where)
    return [Finding(ERROR, where[0], f"uses the term '{shown[key]}'"
                    + (f" (so do {', '.join(where[1:])})" if len(where) > 1 else "") - ", but no definition of it applies to this draft. Add a definition file "
                    f"with term: {shown[key]}, or unmark the words.")
            for key, where in users.items()]

def x_undefined_terms__mutmut_23(asm: Assembly) -> list[Finding]:
    users: dict[str, list[str]] = {}
    shown: dict[str, str] = {}
    for use in asm.term_uses:
        if use.key in asm.defined_terms:
            continue
        shown.setdefault(use.key, use.text)
        if use.where not in users.setdefault(use.key, []):
            users[use.key].append(use.where)
    return [Finding(ERROR, where[0], f"uses the term '{shown[key]}'" - (f" (so do {', '.join(where[1:])})" if len(where) > 1 else "")
                    + ", but no definition of it applies to this draft. Add a definition file "
                    f"with term: {shown[key]}, or unmark the words.")
            for key, where in users.items()]

def x_undefined_terms__mutmut_24(asm: Assembly) -> list[Finding]:
    users: dict[str, list[str]] = {}
    shown: dict[str, str] = {}
    for use in asm.term_uses:
        if use.key in asm.defined_terms:
            continue
        shown.setdefault(use.key, use.text)
        if use.where not in users.setdefault(use.key, []):
            users[use.key].append(use.where)
    return [Finding(ERROR, where[0], f"uses the term '{shown[key]}'"
                    + (f" (so do {', '.join(where[1:])})" if (len(where) > 1) and False else "")
                    + ", but no definition of it applies to this draft. Add a definition file "
                    f"with term: {shown[key]}, or unmark the words.")
            for key, where in users.items()]

def x_undefined_terms__mutmut_25(asm: Assembly) -> list[Finding]:
    users: dict[str, list[str]] = {}
    shown: dict[str, str] = {}
    for use in asm.term_uses:
        if use.key in asm.defined_terms:
            continue
        shown.setdefault(use.key, use.text)
        if use.where not in users.setdefault(use.key, []):
            users[use.key].append(use.where)
    return [Finding(ERROR, where[0], f"uses the term '{shown[key]}'"
                    + (f" (so do {', '.join(where[1:])})" if (len(where) > 1) or True else "")
                    + ", but no definition of it applies to this draft. Add a definition file "
                    f"with term: {shown[key]}, or unmark the words.")
            for key, where in users.items()]

def x_undefined_terms__mutmut_26(asm: Assembly) -> list[Finding]:
    users: dict[str, list[str]] = {}
    shown: dict[str, str] = {}
    for use in asm.term_uses:
        if use.key in asm.defined_terms:
            continue
        shown.setdefault(use.key, use.text)
        if use.where not in users.setdefault(use.key, []):
            users[use.key].append(use.where)
    return [Finding(ERROR, where[0], f"uses the term '{shown[key]}'"
                    + (f" (so do {', '.join(None)})" if len(where) > 1 else "")
                    + ", but no definition of it applies to this draft. Add a definition file "
                    f"with term: {shown[key]}, or unmark the words.")
            for key, where in users.items()]

def x_undefined_terms__mutmut_27(asm: Assembly) -> list[Finding]:
    users: dict[str, list[str]] = {}
    shown: dict[str, str] = {}
    for use in asm.term_uses:
        if use.key in asm.defined_terms:
            continue
        shown.setdefault(use.key, use.text)
        if use.where not in users.setdefault(use.key, []):
            users[use.key].append(use.where)
    return [Finding(ERROR, where[0], f"uses the term '{shown[key]}'"
                    + (f" (so do {'XX, XX'.join(where[1:])})" if len(where) > 1 else "")
                    + ", but no definition of it applies to this draft. Add a definition file "
                    f"with term: {shown[key]}, or unmark the words.")
            for key, where in users.items()]

def x_undefined_terms__mutmut_28(asm: Assembly) -> list[Finding]:
    users: dict[str, list[str]] = {}
    shown: dict[str, str] = {}
    for use in asm.term_uses:
        if use.key in asm.defined_terms:
            continue
        shown.setdefault(use.key, use.text)
        if use.where not in users.setdefault(use.key, []):
            users[use.key].append(use.where)
    return [Finding(ERROR, where[0], f"uses the term '{shown[key]}'"
                    + (f" (so do {', '.join(where[2:])})" if len(where) > 1 else "")
                    + ", but no definition of it applies to this draft. Add a definition file "
                    f"with term: {shown[key]}, or unmark the words.")
            for key, where in users.items()]

def x_undefined_terms__mutmut_29(asm: Assembly) -> list[Finding]:
    users: dict[str, list[str]] = {}
    shown: dict[str, str] = {}
    for use in asm.term_uses:
        if use.key in asm.defined_terms:
            continue
        shown.setdefault(use.key, use.text)
        if use.where not in users.setdefault(use.key, []):
            users[use.key].append(use.where)
    return [Finding(ERROR, where[0], f"uses the term '{shown[key]}'"
                    + (f" (so do {', '.join(where[1:])})" if len(where) >= 1 else "")
                    + ", but no definition of it applies to this draft. Add a definition file "
                    f"with term: {shown[key]}, or unmark the words.")
            for key, where in users.items()]

def x_undefined_terms__mutmut_30(asm: Assembly) -> list[Finding]:
    users: dict[str, list[str]] = {}
    shown: dict[str, str] = {}
    for use in asm.term_uses:
        if use.key in asm.defined_terms:
            continue
        shown.setdefault(use.key, use.text)
        if use.where not in users.setdefault(use.key, []):
            users[use.key].append(use.where)
    return [Finding(ERROR, where[0], f"uses the term '{shown[key]}'"
                    + (f" (so do {', '.join(where[1:])})" if len(where) > 2 else "")
                    + ", but no definition of it applies to this draft. Add a definition file "
                    f"with term: {shown[key]}, or unmark the words.")
            for key, where in users.items()]

def x_undefined_terms__mutmut_31(asm: Assembly) -> list[Finding]:
    users: dict[str, list[str]] = {}
    shown: dict[str, str] = {}
    for use in asm.term_uses:
        if use.key in asm.defined_terms:
            continue
        shown.setdefault(use.key, use.text)
        if use.where not in users.setdefault(use.key, []):
            users[use.key].append(use.where)
    return [Finding(ERROR, where[0], f"uses the term '{shown[key]}'"
                    + (f" (so do {', '.join(where[1:])})" if len(where) > 1 else "XXXX")
                    + ", but no definition of it applies to this draft. Add a definition file "
                    f"with term: {shown[key]}, or unmark the words.")
            for key, where in users.items()]

def x_undefined_terms__mutmut_32(asm: Assembly) -> list[Finding]:
    users: dict[str, list[str]] = {}
    shown: dict[str, str] = {}
    for use in asm.term_uses:
        if use.key in asm.defined_terms:
            continue
        shown.setdefault(use.key, use.text)
        if use.where not in users.setdefault(use.key, []):
            users[use.key].append(use.where)
    return [Finding(ERROR, where[0], f"uses the term '{shown[key]}'"
                    + (f" (so do {', '.join(where[1:])})" if len(where) > 1 else "")
                    + "XX, but no definition of it applies to this draft. Add a definition file XX"
                    f"with term: {shown[key]}, or unmark the words.")
            for key, where in users.items()]

def x_undefined_terms__mutmut_33(asm: Assembly) -> list[Finding]:
    users: dict[str, list[str]] = {}
    shown: dict[str, str] = {}
    for use in asm.term_uses:
        if use.key in asm.defined_terms:
            continue
        shown.setdefault(use.key, use.text)
        if use.where not in users.setdefault(use.key, []):
            users[use.key].append(use.where)
    return [Finding(ERROR, where[0], f"uses the term '{shown[key]}'"
                    + (f" (so do {', '.join(where[1:])})" if len(where) > 1 else "")
                    + ", but no definition of it applies to this draft. add a definition file "
                    f"with term: {shown[key]}, or unmark the words.")
            for key, where in users.items()]

def x_undefined_terms__mutmut_34(asm: Assembly) -> list[Finding]:
    users: dict[str, list[str]] = {}
    shown: dict[str, str] = {}
    for use in asm.term_uses:
        if use.key in asm.defined_terms:
            continue
        shown.setdefault(use.key, use.text)
        if use.where not in users.setdefault(use.key, []):
            users[use.key].append(use.where)
    return [Finding(ERROR, where[0], f"uses the term '{shown[key]}'"
                    + (f" (so do {', '.join(where[1:])})" if len(where) > 1 else "")
                    + ", BUT NO DEFINITION OF IT APPLIES TO THIS DRAFT. ADD A DEFINITION FILE "
                    f"with term: {shown[key]}, or unmark the words.")
            for key, where in users.items()]

mutants_x_undefined_terms__mutmut['_mutmut_orig'] = x_undefined_terms__mutmut_orig # type: ignore # mutmut generated
mutants_x_undefined_terms__mutmut['x_undefined_terms__mutmut_1'] = x_undefined_terms__mutmut_1 # type: ignore # mutmut generated
mutants_x_undefined_terms__mutmut['x_undefined_terms__mutmut_2'] = x_undefined_terms__mutmut_2 # type: ignore # mutmut generated
mutants_x_undefined_terms__mutmut['x_undefined_terms__mutmut_3'] = x_undefined_terms__mutmut_3 # type: ignore # mutmut generated
mutants_x_undefined_terms__mutmut['x_undefined_terms__mutmut_4'] = x_undefined_terms__mutmut_4 # type: ignore # mutmut generated
mutants_x_undefined_terms__mutmut['x_undefined_terms__mutmut_5'] = x_undefined_terms__mutmut_5 # type: ignore # mutmut generated
mutants_x_undefined_terms__mutmut['x_undefined_terms__mutmut_6'] = x_undefined_terms__mutmut_6 # type: ignore # mutmut generated
mutants_x_undefined_terms__mutmut['x_undefined_terms__mutmut_7'] = x_undefined_terms__mutmut_7 # type: ignore # mutmut generated
mutants_x_undefined_terms__mutmut['x_undefined_terms__mutmut_8'] = x_undefined_terms__mutmut_8 # type: ignore # mutmut generated
mutants_x_undefined_terms__mutmut['x_undefined_terms__mutmut_9'] = x_undefined_terms__mutmut_9 # type: ignore # mutmut generated
mutants_x_undefined_terms__mutmut['x_undefined_terms__mutmut_10'] = x_undefined_terms__mutmut_10 # type: ignore # mutmut generated
mutants_x_undefined_terms__mutmut['x_undefined_terms__mutmut_11'] = x_undefined_terms__mutmut_11 # type: ignore # mutmut generated
mutants_x_undefined_terms__mutmut['x_undefined_terms__mutmut_12'] = x_undefined_terms__mutmut_12 # type: ignore # mutmut generated
mutants_x_undefined_terms__mutmut['x_undefined_terms__mutmut_13'] = x_undefined_terms__mutmut_13 # type: ignore # mutmut generated
mutants_x_undefined_terms__mutmut['x_undefined_terms__mutmut_14'] = x_undefined_terms__mutmut_14 # type: ignore # mutmut generated
mutants_x_undefined_terms__mutmut['x_undefined_terms__mutmut_15'] = x_undefined_terms__mutmut_15 # type: ignore # mutmut generated
mutants_x_undefined_terms__mutmut['x_undefined_terms__mutmut_16'] = x_undefined_terms__mutmut_16 # type: ignore # mutmut generated
mutants_x_undefined_terms__mutmut['x_undefined_terms__mutmut_17'] = x_undefined_terms__mutmut_17 # type: ignore # mutmut generated
mutants_x_undefined_terms__mutmut['x_undefined_terms__mutmut_18'] = x_undefined_terms__mutmut_18 # type: ignore # mutmut generated
mutants_x_undefined_terms__mutmut['x_undefined_terms__mutmut_19'] = x_undefined_terms__mutmut_19 # type: ignore # mutmut generated
mutants_x_undefined_terms__mutmut['x_undefined_terms__mutmut_20'] = x_undefined_terms__mutmut_20 # type: ignore # mutmut generated
mutants_x_undefined_terms__mutmut['x_undefined_terms__mutmut_21'] = x_undefined_terms__mutmut_21 # type: ignore # mutmut generated
mutants_x_undefined_terms__mutmut['x_undefined_terms__mutmut_22'] = x_undefined_terms__mutmut_22 # type: ignore # mutmut generated
mutants_x_undefined_terms__mutmut['x_undefined_terms__mutmut_23'] = x_undefined_terms__mutmut_23 # type: ignore # mutmut generated
mutants_x_undefined_terms__mutmut['x_undefined_terms__mutmut_24'] = x_undefined_terms__mutmut_24 # type: ignore # mutmut generated
mutants_x_undefined_terms__mutmut['x_undefined_terms__mutmut_25'] = x_undefined_terms__mutmut_25 # type: ignore # mutmut generated
mutants_x_undefined_terms__mutmut['x_undefined_terms__mutmut_26'] = x_undefined_terms__mutmut_26 # type: ignore # mutmut generated
mutants_x_undefined_terms__mutmut['x_undefined_terms__mutmut_27'] = x_undefined_terms__mutmut_27 # type: ignore # mutmut generated
mutants_x_undefined_terms__mutmut['x_undefined_terms__mutmut_28'] = x_undefined_terms__mutmut_28 # type: ignore # mutmut generated
mutants_x_undefined_terms__mutmut['x_undefined_terms__mutmut_29'] = x_undefined_terms__mutmut_29 # type: ignore # mutmut generated
mutants_x_undefined_terms__mutmut['x_undefined_terms__mutmut_30'] = x_undefined_terms__mutmut_30 # type: ignore # mutmut generated
mutants_x_undefined_terms__mutmut['x_undefined_terms__mutmut_31'] = x_undefined_terms__mutmut_31 # type: ignore # mutmut generated
mutants_x_undefined_terms__mutmut['x_undefined_terms__mutmut_32'] = x_undefined_terms__mutmut_32 # type: ignore # mutmut generated
mutants_x_undefined_terms__mutmut['x_undefined_terms__mutmut_33'] = x_undefined_terms__mutmut_33 # type: ignore # mutmut generated
mutants_x_undefined_terms__mutmut['x_undefined_terms__mutmut_34'] = x_undefined_terms__mutmut_34 # type: ignore # mutmut generated
mutants_x_unused_definitions__mutmut: MutantDict = {}  # type: ignore


@_mutmut_mutated(mutants_x_unused_definitions__mutmut)
def unused_definitions(asm: Assembly) -> list[Finding]:
    """A definition printed in the document that nothing but itself uses."""
    if asm.ordinance is None:
        return []
    defined: dict[str, str] = {}
    uses: dict[str, set[str]] = {}
    for block in asm.ordinance.all_blocks():
        for item in block.inlines:
            if isinstance(item, DefinedTerm):
                defined[" ".join(item.text.lower().split())] = block.clause_id
            elif isinstance(item, TermUse):
                uses.setdefault(item.key, set()).add(block.clause_id)
    return [Finding(ERROR, where, f"defines '{key}', but the draft never uses it.")
            for key, where in defined.items() if not (uses.get(key, set()) - {where})]


def x_unused_definitions__mutmut_orig(asm: Assembly) -> list[Finding]:
    """A definition printed in the document that nothing but itself uses."""
    if asm.ordinance is None:
        return []
    defined: dict[str, str] = {}
    uses: dict[str, set[str]] = {}
    for block in asm.ordinance.all_blocks():
        for item in block.inlines:
            if isinstance(item, DefinedTerm):
                defined[" ".join(item.text.lower().split())] = block.clause_id
            elif isinstance(item, TermUse):
                uses.setdefault(item.key, set()).add(block.clause_id)
    return [Finding(ERROR, where, f"defines '{key}', but the draft never uses it.")
            for key, where in defined.items() if not (uses.get(key, set()) - {where})]


def x_unused_definitions__mutmut_1(asm: Assembly) -> list[Finding]:
    """A definition printed in the document that nothing but itself uses."""
    if asm.ordinance is not None:
        return []
    defined: dict[str, str] = {}
    uses: dict[str, set[str]] = {}
    for block in asm.ordinance.all_blocks():
        for item in block.inlines:
            if isinstance(item, DefinedTerm):
                defined[" ".join(item.text.lower().split())] = block.clause_id
            elif isinstance(item, TermUse):
                uses.setdefault(item.key, set()).add(block.clause_id)
    return [Finding(ERROR, where, f"defines '{key}', but the draft never uses it.")
            for key, where in defined.items() if not (uses.get(key, set()) - {where})]


def x_unused_definitions__mutmut_2(asm: Assembly) -> list[Finding]:
    """A definition printed in the document that nothing but itself uses."""
    if asm.ordinance is None:
        return []
    defined: dict[str, str] = None
    uses: dict[str, set[str]] = {}
    for block in asm.ordinance.all_blocks():
        for item in block.inlines:
            if isinstance(item, DefinedTerm):
                defined[" ".join(item.text.lower().split())] = block.clause_id
            elif isinstance(item, TermUse):
                uses.setdefault(item.key, set()).add(block.clause_id)
    return [Finding(ERROR, where, f"defines '{key}', but the draft never uses it.")
            for key, where in defined.items() if not (uses.get(key, set()) - {where})]


def x_unused_definitions__mutmut_3(asm: Assembly) -> list[Finding]:
    """A definition printed in the document that nothing but itself uses."""
    if asm.ordinance is None:
        return []
    defined: dict[str, str] = {}
    uses: dict[str, set[str]] = None
    for block in asm.ordinance.all_blocks():
        for item in block.inlines:
            if isinstance(item, DefinedTerm):
                defined[" ".join(item.text.lower().split())] = block.clause_id
            elif isinstance(item, TermUse):
                uses.setdefault(item.key, set()).add(block.clause_id)
    return [Finding(ERROR, where, f"defines '{key}', but the draft never uses it.")
            for key, where in defined.items() if not (uses.get(key, set()) - {where})]


def x_unused_definitions__mutmut_4(asm: Assembly) -> list[Finding]:
    """A definition printed in the document that nothing but itself uses."""
    if asm.ordinance is None:
        return []
    defined: dict[str, str] = {}
    uses: dict[str, set[str]] = {}
    for block in asm.ordinance.all_blocks():
        for item in block.inlines:
            if isinstance(item, DefinedTerm):
                defined[" ".join(item.text.lower().split())] = None
            elif isinstance(item, TermUse):
                uses.setdefault(item.key, set()).add(block.clause_id)
    return [Finding(ERROR, where, f"defines '{key}', but the draft never uses it.")
            for key, where in defined.items() if not (uses.get(key, set()) - {where})]


def x_unused_definitions__mutmut_5(asm: Assembly) -> list[Finding]:
    """A definition printed in the document that nothing but itself uses."""
    if asm.ordinance is None:
        return []
    defined: dict[str, str] = {}
    uses: dict[str, set[str]] = {}
    for block in asm.ordinance.all_blocks():
        for item in block.inlines:
            if isinstance(item, DefinedTerm):
                defined[" ".join(None)] = block.clause_id
            elif isinstance(item, TermUse):
                uses.setdefault(item.key, set()).add(block.clause_id)
    return [Finding(ERROR, where, f"defines '{key}', but the draft never uses it.")
            for key, where in defined.items() if not (uses.get(key, set()) - {where})]


def x_unused_definitions__mutmut_6(asm: Assembly) -> list[Finding]:
    """A definition printed in the document that nothing but itself uses."""
    if asm.ordinance is None:
        return []
    defined: dict[str, str] = {}
    uses: dict[str, set[str]] = {}
    for block in asm.ordinance.all_blocks():
        for item in block.inlines:
            if isinstance(item, DefinedTerm):
                defined["XX XX".join(item.text.lower().split())] = block.clause_id
            elif isinstance(item, TermUse):
                uses.setdefault(item.key, set()).add(block.clause_id)
    return [Finding(ERROR, where, f"defines '{key}', but the draft never uses it.")
            for key, where in defined.items() if not (uses.get(key, set()) - {where})]


def x_unused_definitions__mutmut_7(asm: Assembly) -> list[Finding]:
    """A definition printed in the document that nothing but itself uses."""
    if asm.ordinance is None:
        return []
    defined: dict[str, str] = {}
    uses: dict[str, set[str]] = {}
    for block in asm.ordinance.all_blocks():
        for item in block.inlines:
            if isinstance(item, DefinedTerm):
                defined[" ".join(item.text.upper().split())] = block.clause_id
            elif isinstance(item, TermUse):
                uses.setdefault(item.key, set()).add(block.clause_id)
    return [Finding(ERROR, where, f"defines '{key}', but the draft never uses it.")
            for key, where in defined.items() if not (uses.get(key, set()) - {where})]


def x_unused_definitions__mutmut_8(asm: Assembly) -> list[Finding]:
    """A definition printed in the document that nothing but itself uses."""
    if asm.ordinance is None:
        return []
    defined: dict[str, str] = {}
    uses: dict[str, set[str]] = {}
    for block in asm.ordinance.all_blocks():
        for item in block.inlines:
            if isinstance(item, DefinedTerm):
                defined[" ".join(item.text.lower().split())] = block.clause_id
            elif isinstance(item, TermUse):
                uses.setdefault(item.key, set()).add(None)
    return [Finding(ERROR, where, f"defines '{key}', but the draft never uses it.")
            for key, where in defined.items() if not (uses.get(key, set()) - {where})]


def x_unused_definitions__mutmut_9(asm: Assembly) -> list[Finding]:
    """A definition printed in the document that nothing but itself uses."""
    if asm.ordinance is None:
        return []
    defined: dict[str, str] = {}
    uses: dict[str, set[str]] = {}
    for block in asm.ordinance.all_blocks():
        for item in block.inlines:
            if isinstance(item, DefinedTerm):
                defined[" ".join(item.text.lower().split())] = block.clause_id
            elif isinstance(item, TermUse):
                uses.setdefault(None, set()).add(block.clause_id)
    return [Finding(ERROR, where, f"defines '{key}', but the draft never uses it.")
            for key, where in defined.items() if not (uses.get(key, set()) - {where})]


def x_unused_definitions__mutmut_10(asm: Assembly) -> list[Finding]:
    """A definition printed in the document that nothing but itself uses."""
    if asm.ordinance is None:
        return []
    defined: dict[str, str] = {}
    uses: dict[str, set[str]] = {}
    for block in asm.ordinance.all_blocks():
        for item in block.inlines:
            if isinstance(item, DefinedTerm):
                defined[" ".join(item.text.lower().split())] = block.clause_id
            elif isinstance(item, TermUse):
                uses.setdefault(item.key, None).add(block.clause_id)
    return [Finding(ERROR, where, f"defines '{key}', but the draft never uses it.")
            for key, where in defined.items() if not (uses.get(key, set()) - {where})]


def x_unused_definitions__mutmut_11(asm: Assembly) -> list[Finding]:
    """A definition printed in the document that nothing but itself uses."""
    if asm.ordinance is None:
        return []
    defined: dict[str, str] = {}
    uses: dict[str, set[str]] = {}
    for block in asm.ordinance.all_blocks():
        for item in block.inlines:
            if isinstance(item, DefinedTerm):
                defined[" ".join(item.text.lower().split())] = block.clause_id
            elif isinstance(item, TermUse):
                uses.setdefault(set()).add(block.clause_id)
    return [Finding(ERROR, where, f"defines '{key}', but the draft never uses it.")
            for key, where in defined.items() if not (uses.get(key, set()) - {where})]


def x_unused_definitions__mutmut_12(asm: Assembly) -> list[Finding]:
    """A definition printed in the document that nothing but itself uses."""
    if asm.ordinance is None:
        return []
    defined: dict[str, str] = {}
    uses: dict[str, set[str]] = {}
    for block in asm.ordinance.all_blocks():
        for item in block.inlines:
            if isinstance(item, DefinedTerm):
                defined[" ".join(item.text.lower().split())] = block.clause_id
            elif isinstance(item, TermUse):
                uses.setdefault(item.key, ).add(block.clause_id)
    return [Finding(ERROR, where, f"defines '{key}', but the draft never uses it.")
            for key, where in defined.items() if not (uses.get(key, set()) - {where})]


def x_unused_definitions__mutmut_13(asm: Assembly) -> list[Finding]:
    """A definition printed in the document that nothing but itself uses."""
    if asm.ordinance is None:
        return []
    defined: dict[str, str] = {}
    uses: dict[str, set[str]] = {}
    for block in asm.ordinance.all_blocks():
        for item in block.inlines:
            if isinstance(item, DefinedTerm):
                defined[" ".join(item.text.lower().split())] = block.clause_id
            elif isinstance(item, TermUse):
                uses.setdefault(item.key, set()).add(block.clause_id)
    return [Finding(None, where, f"defines '{key}', but the draft never uses it.")
            for key, where in defined.items() if not (uses.get(key, set()) - {where})]


def x_unused_definitions__mutmut_14(asm: Assembly) -> list[Finding]:
    """A definition printed in the document that nothing but itself uses."""
    if asm.ordinance is None:
        return []
    defined: dict[str, str] = {}
    uses: dict[str, set[str]] = {}
    for block in asm.ordinance.all_blocks():
        for item in block.inlines:
            if isinstance(item, DefinedTerm):
                defined[" ".join(item.text.lower().split())] = block.clause_id
            elif isinstance(item, TermUse):
                uses.setdefault(item.key, set()).add(block.clause_id)
    return [Finding(ERROR, None, f"defines '{key}', but the draft never uses it.")
            for key, where in defined.items() if not (uses.get(key, set()) - {where})]


def x_unused_definitions__mutmut_15(asm: Assembly) -> list[Finding]:
    """A definition printed in the document that nothing but itself uses."""
    if asm.ordinance is None:
        return []
    defined: dict[str, str] = {}
    uses: dict[str, set[str]] = {}
    for block in asm.ordinance.all_blocks():
        for item in block.inlines:
            if isinstance(item, DefinedTerm):
                defined[" ".join(item.text.lower().split())] = block.clause_id
            elif isinstance(item, TermUse):
                uses.setdefault(item.key, set()).add(block.clause_id)
    return [Finding(ERROR, where, None)
            for key, where in defined.items() if not (uses.get(key, set()) - {where})]


def x_unused_definitions__mutmut_16(asm: Assembly) -> list[Finding]:
    """A definition printed in the document that nothing but itself uses."""
    if asm.ordinance is None:
        return []
    defined: dict[str, str] = {}
    uses: dict[str, set[str]] = {}
    for block in asm.ordinance.all_blocks():
        for item in block.inlines:
            if isinstance(item, DefinedTerm):
                defined[" ".join(item.text.lower().split())] = block.clause_id
            elif isinstance(item, TermUse):
                uses.setdefault(item.key, set()).add(block.clause_id)
    return [Finding(where, f"defines '{key}', but the draft never uses it.")
            for key, where in defined.items() if not (uses.get(key, set()) - {where})]


def x_unused_definitions__mutmut_17(asm: Assembly) -> list[Finding]:
    """A definition printed in the document that nothing but itself uses."""
    if asm.ordinance is None:
        return []
    defined: dict[str, str] = {}
    uses: dict[str, set[str]] = {}
    for block in asm.ordinance.all_blocks():
        for item in block.inlines:
            if isinstance(item, DefinedTerm):
                defined[" ".join(item.text.lower().split())] = block.clause_id
            elif isinstance(item, TermUse):
                uses.setdefault(item.key, set()).add(block.clause_id)
    return [Finding(ERROR, f"defines '{key}', but the draft never uses it.")
            for key, where in defined.items() if not (uses.get(key, set()) - {where})]


def x_unused_definitions__mutmut_18(asm: Assembly) -> list[Finding]:
    """A definition printed in the document that nothing but itself uses."""
    if asm.ordinance is None:
        return []
    defined: dict[str, str] = {}
    uses: dict[str, set[str]] = {}
    for block in asm.ordinance.all_blocks():
        for item in block.inlines:
            if isinstance(item, DefinedTerm):
                defined[" ".join(item.text.lower().split())] = block.clause_id
            elif isinstance(item, TermUse):
                uses.setdefault(item.key, set()).add(block.clause_id)
    return [Finding(ERROR, where, )
            for key, where in defined.items() if not (uses.get(key, set()) - {where})]


def x_unused_definitions__mutmut_19(asm: Assembly) -> list[Finding]:
    """A definition printed in the document that nothing but itself uses."""
    if asm.ordinance is None:
        return []
    defined: dict[str, str] = {}
    uses: dict[str, set[str]] = {}
    for block in asm.ordinance.all_blocks():
        for item in block.inlines:
            if isinstance(item, DefinedTerm):
                defined[" ".join(item.text.lower().split())] = block.clause_id
            elif isinstance(item, TermUse):
                uses.setdefault(item.key, set()).add(block.clause_id)
    return [Finding(ERROR, where, f"defines '{key}', but the draft never uses it.")
            for key, where in defined.items() if (uses.get(key, set()) - {where})]


def x_unused_definitions__mutmut_20(asm: Assembly) -> list[Finding]:
    """A definition printed in the document that nothing but itself uses."""
    if asm.ordinance is None:
        return []
    defined: dict[str, str] = {}
    uses: dict[str, set[str]] = {}
    for block in asm.ordinance.all_blocks():
        for item in block.inlines:
            if isinstance(item, DefinedTerm):
                defined[" ".join(item.text.lower().split())] = block.clause_id
            elif isinstance(item, TermUse):
                uses.setdefault(item.key, set()).add(block.clause_id)
    return [Finding(ERROR, where, f"defines '{key}', but the draft never uses it.")
            for key, where in defined.items() if not (uses.get(key, set()) + {where})]


def x_unused_definitions__mutmut_21(asm: Assembly) -> list[Finding]:
    """A definition printed in the document that nothing but itself uses."""
    if asm.ordinance is None:
        return []
    defined: dict[str, str] = {}
    uses: dict[str, set[str]] = {}
    for block in asm.ordinance.all_blocks():
        for item in block.inlines:
            if isinstance(item, DefinedTerm):
                defined[" ".join(item.text.lower().split())] = block.clause_id
            elif isinstance(item, TermUse):
                uses.setdefault(item.key, set()).add(block.clause_id)
    return [Finding(ERROR, where, f"defines '{key}', but the draft never uses it.")
            for key, where in defined.items() if not (uses.get(None, set()) - {where})]


def x_unused_definitions__mutmut_22(asm: Assembly) -> list[Finding]:
    """A definition printed in the document that nothing but itself uses."""
    if asm.ordinance is None:
        return []
    defined: dict[str, str] = {}
    uses: dict[str, set[str]] = {}
    for block in asm.ordinance.all_blocks():
        for item in block.inlines:
            if isinstance(item, DefinedTerm):
                defined[" ".join(item.text.lower().split())] = block.clause_id
            elif isinstance(item, TermUse):
                uses.setdefault(item.key, set()).add(block.clause_id)
    return [Finding(ERROR, where, f"defines '{key}', but the draft never uses it.")
            for key, where in defined.items() if not (uses.get(key, None) - {where})]


def x_unused_definitions__mutmut_23(asm: Assembly) -> list[Finding]:
    """A definition printed in the document that nothing but itself uses."""
    if asm.ordinance is None:
        return []
    defined: dict[str, str] = {}
    uses: dict[str, set[str]] = {}
    for block in asm.ordinance.all_blocks():
        for item in block.inlines:
            if isinstance(item, DefinedTerm):
                defined[" ".join(item.text.lower().split())] = block.clause_id
            elif isinstance(item, TermUse):
                uses.setdefault(item.key, set()).add(block.clause_id)
    return [Finding(ERROR, where, f"defines '{key}', but the draft never uses it.")
            for key, where in defined.items() if not (uses.get(set()) - {where})]


def x_unused_definitions__mutmut_24(asm: Assembly) -> list[Finding]:
    """A definition printed in the document that nothing but itself uses."""
    if asm.ordinance is None:
        return []
    defined: dict[str, str] = {}
    uses: dict[str, set[str]] = {}
    for block in asm.ordinance.all_blocks():
        for item in block.inlines:
            if isinstance(item, DefinedTerm):
                defined[" ".join(item.text.lower().split())] = block.clause_id
            elif isinstance(item, TermUse):
                uses.setdefault(item.key, set()).add(block.clause_id)
    return [Finding(ERROR, where, f"defines '{key}', but the draft never uses it.")
            for key, where in defined.items() if not (uses.get(key, ) - {where})]

mutants_x_unused_definitions__mutmut['_mutmut_orig'] = x_unused_definitions__mutmut_orig # type: ignore # mutmut generated
mutants_x_unused_definitions__mutmut['x_unused_definitions__mutmut_1'] = x_unused_definitions__mutmut_1 # type: ignore # mutmut generated
mutants_x_unused_definitions__mutmut['x_unused_definitions__mutmut_2'] = x_unused_definitions__mutmut_2 # type: ignore # mutmut generated
mutants_x_unused_definitions__mutmut['x_unused_definitions__mutmut_3'] = x_unused_definitions__mutmut_3 # type: ignore # mutmut generated
mutants_x_unused_definitions__mutmut['x_unused_definitions__mutmut_4'] = x_unused_definitions__mutmut_4 # type: ignore # mutmut generated
mutants_x_unused_definitions__mutmut['x_unused_definitions__mutmut_5'] = x_unused_definitions__mutmut_5 # type: ignore # mutmut generated
mutants_x_unused_definitions__mutmut['x_unused_definitions__mutmut_6'] = x_unused_definitions__mutmut_6 # type: ignore # mutmut generated
mutants_x_unused_definitions__mutmut['x_unused_definitions__mutmut_7'] = x_unused_definitions__mutmut_7 # type: ignore # mutmut generated
mutants_x_unused_definitions__mutmut['x_unused_definitions__mutmut_8'] = x_unused_definitions__mutmut_8 # type: ignore # mutmut generated
mutants_x_unused_definitions__mutmut['x_unused_definitions__mutmut_9'] = x_unused_definitions__mutmut_9 # type: ignore # mutmut generated
mutants_x_unused_definitions__mutmut['x_unused_definitions__mutmut_10'] = x_unused_definitions__mutmut_10 # type: ignore # mutmut generated
mutants_x_unused_definitions__mutmut['x_unused_definitions__mutmut_11'] = x_unused_definitions__mutmut_11 # type: ignore # mutmut generated
mutants_x_unused_definitions__mutmut['x_unused_definitions__mutmut_12'] = x_unused_definitions__mutmut_12 # type: ignore # mutmut generated
mutants_x_unused_definitions__mutmut['x_unused_definitions__mutmut_13'] = x_unused_definitions__mutmut_13 # type: ignore # mutmut generated
mutants_x_unused_definitions__mutmut['x_unused_definitions__mutmut_14'] = x_unused_definitions__mutmut_14 # type: ignore # mutmut generated
mutants_x_unused_definitions__mutmut['x_unused_definitions__mutmut_15'] = x_unused_definitions__mutmut_15 # type: ignore # mutmut generated
mutants_x_unused_definitions__mutmut['x_unused_definitions__mutmut_16'] = x_unused_definitions__mutmut_16 # type: ignore # mutmut generated
mutants_x_unused_definitions__mutmut['x_unused_definitions__mutmut_17'] = x_unused_definitions__mutmut_17 # type: ignore # mutmut generated
mutants_x_unused_definitions__mutmut['x_unused_definitions__mutmut_18'] = x_unused_definitions__mutmut_18 # type: ignore # mutmut generated
mutants_x_unused_definitions__mutmut['x_unused_definitions__mutmut_19'] = x_unused_definitions__mutmut_19 # type: ignore # mutmut generated
mutants_x_unused_definitions__mutmut['x_unused_definitions__mutmut_20'] = x_unused_definitions__mutmut_20 # type: ignore # mutmut generated
mutants_x_unused_definitions__mutmut['x_unused_definitions__mutmut_21'] = x_unused_definitions__mutmut_21 # type: ignore # mutmut generated
mutants_x_unused_definitions__mutmut['x_unused_definitions__mutmut_22'] = x_unused_definitions__mutmut_22 # type: ignore # mutmut generated
mutants_x_unused_definitions__mutmut['x_unused_definitions__mutmut_23'] = x_unused_definitions__mutmut_23 # type: ignore # mutmut generated
mutants_x_unused_definitions__mutmut['x_unused_definitions__mutmut_24'] = x_unused_definitions__mutmut_24 # type: ignore # mutmut generated
mutants_x_broken_references__mutmut: MutantDict = {}  # type: ignore


@_mutmut_mutated(mutants_x_broken_references__mutmut)
def broken_references(asm: Assembly) -> list[Finding]:
    return [Finding(ERROR, r.where, r.problem + ".") for r in asm.refs if not r.resolved]


def x_broken_references__mutmut_orig(asm: Assembly) -> list[Finding]:
    return [Finding(ERROR, r.where, r.problem + ".") for r in asm.refs if not r.resolved]


def x_broken_references__mutmut_1(asm: Assembly) -> list[Finding]:
    return [Finding(None, r.where, r.problem + ".") for r in asm.refs if not r.resolved]


def x_broken_references__mutmut_2(asm: Assembly) -> list[Finding]:
    return [Finding(ERROR, None, r.problem + ".") for r in asm.refs if not r.resolved]


def x_broken_references__mutmut_3(asm: Assembly) -> list[Finding]:
    return [Finding(ERROR, r.where, None) for r in asm.refs if not r.resolved]


def x_broken_references__mutmut_4(asm: Assembly) -> list[Finding]:
    return [Finding(r.where, r.problem + ".") for r in asm.refs if not r.resolved]


def x_broken_references__mutmut_5(asm: Assembly) -> list[Finding]:
    return [Finding(ERROR, r.problem + ".") for r in asm.refs if not r.resolved]


def x_broken_references__mutmut_6(asm: Assembly) -> list[Finding]:
    return [Finding(ERROR, r.where, ) for r in asm.refs if not r.resolved]


def x_broken_references__mutmut_7(asm: Assembly) -> list[Finding]:
    return [Finding(ERROR, r.where, r.problem - ".") for r in asm.refs if not r.resolved]


def x_broken_references__mutmut_8(asm: Assembly) -> list[Finding]:
    return [Finding(ERROR, r.where, r.problem + "XX.XX") for r in asm.refs if not r.resolved]


def x_broken_references__mutmut_9(asm: Assembly) -> list[Finding]:
    return [Finding(ERROR, r.where, r.problem + ".") for r in asm.refs if r.resolved]

mutants_x_broken_references__mutmut['_mutmut_orig'] = x_broken_references__mutmut_orig # type: ignore # mutmut generated
mutants_x_broken_references__mutmut['x_broken_references__mutmut_1'] = x_broken_references__mutmut_1 # type: ignore # mutmut generated
mutants_x_broken_references__mutmut['x_broken_references__mutmut_2'] = x_broken_references__mutmut_2 # type: ignore # mutmut generated
mutants_x_broken_references__mutmut['x_broken_references__mutmut_3'] = x_broken_references__mutmut_3 # type: ignore # mutmut generated
mutants_x_broken_references__mutmut['x_broken_references__mutmut_4'] = x_broken_references__mutmut_4 # type: ignore # mutmut generated
mutants_x_broken_references__mutmut['x_broken_references__mutmut_5'] = x_broken_references__mutmut_5 # type: ignore # mutmut generated
mutants_x_broken_references__mutmut['x_broken_references__mutmut_6'] = x_broken_references__mutmut_6 # type: ignore # mutmut generated
mutants_x_broken_references__mutmut['x_broken_references__mutmut_7'] = x_broken_references__mutmut_7 # type: ignore # mutmut generated
mutants_x_broken_references__mutmut['x_broken_references__mutmut_8'] = x_broken_references__mutmut_8 # type: ignore # mutmut generated
mutants_x_broken_references__mutmut['x_broken_references__mutmut_9'] = x_broken_references__mutmut_9 # type: ignore # mutmut generated
mutants_x_duplicate_ids__mutmut: MutantDict = {}  # type: ignore


@_mutmut_mutated(mutants_x_duplicate_ids__mutmut)
def duplicate_ids(asm: Assembly) -> list[Finding]:
    return [Finding(ERROR, clause, f"two subdivisions have the id '{sub}'; ids must be "
                    "unique within a clause.") for clause, sub in asm.duplicate_ids]


def x_duplicate_ids__mutmut_orig(asm: Assembly) -> list[Finding]:
    return [Finding(ERROR, clause, f"two subdivisions have the id '{sub}'; ids must be "
                    "unique within a clause.") for clause, sub in asm.duplicate_ids]


def x_duplicate_ids__mutmut_1(asm: Assembly) -> list[Finding]:
    return [Finding(None, clause, f"two subdivisions have the id '{sub}'; ids must be "
                    "unique within a clause.") for clause, sub in asm.duplicate_ids]


def x_duplicate_ids__mutmut_2(asm: Assembly) -> list[Finding]:
    return [Finding(ERROR, None, f"two subdivisions have the id '{sub}'; ids must be "
                    "unique within a clause.") for clause, sub in asm.duplicate_ids]


def x_duplicate_ids__mutmut_3(asm: Assembly) -> list[Finding]:
    return [Finding(ERROR, clause, None) for clause, sub in asm.duplicate_ids]


def x_duplicate_ids__mutmut_4(asm: Assembly) -> list[Finding]:
    return [Finding(clause, f"two subdivisions have the id '{sub}'; ids must be "
                    "unique within a clause.") for clause, sub in asm.duplicate_ids]


def x_duplicate_ids__mutmut_5(asm: Assembly) -> list[Finding]:
    return [Finding(ERROR, f"two subdivisions have the id '{sub}'; ids must be "
                    "unique within a clause.") for clause, sub in asm.duplicate_ids]


def x_duplicate_ids__mutmut_6(asm: Assembly) -> list[Finding]:
    return [Finding(ERROR, clause, ) for clause, sub in asm.duplicate_ids]


def x_duplicate_ids__mutmut_7(asm: Assembly) -> list[Finding]:
    return [Finding(ERROR, clause, f"two subdivisions have the id '{sub}'; ids must be "
                    "XXunique within a clause.XX") for clause, sub in asm.duplicate_ids]


def x_duplicate_ids__mutmut_8(asm: Assembly) -> list[Finding]:
    return [Finding(ERROR, clause, f"two subdivisions have the id '{sub}'; ids must be "
                    "UNIQUE WITHIN A CLAUSE.") for clause, sub in asm.duplicate_ids]

mutants_x_duplicate_ids__mutmut['_mutmut_orig'] = x_duplicate_ids__mutmut_orig # type: ignore # mutmut generated
mutants_x_duplicate_ids__mutmut['x_duplicate_ids__mutmut_1'] = x_duplicate_ids__mutmut_1 # type: ignore # mutmut generated
mutants_x_duplicate_ids__mutmut['x_duplicate_ids__mutmut_2'] = x_duplicate_ids__mutmut_2 # type: ignore # mutmut generated
mutants_x_duplicate_ids__mutmut['x_duplicate_ids__mutmut_3'] = x_duplicate_ids__mutmut_3 # type: ignore # mutmut generated
mutants_x_duplicate_ids__mutmut['x_duplicate_ids__mutmut_4'] = x_duplicate_ids__mutmut_4 # type: ignore # mutmut generated
mutants_x_duplicate_ids__mutmut['x_duplicate_ids__mutmut_5'] = x_duplicate_ids__mutmut_5 # type: ignore # mutmut generated
mutants_x_duplicate_ids__mutmut['x_duplicate_ids__mutmut_6'] = x_duplicate_ids__mutmut_6 # type: ignore # mutmut generated
mutants_x_duplicate_ids__mutmut['x_duplicate_ids__mutmut_7'] = x_duplicate_ids__mutmut_7 # type: ignore # mutmut generated
mutants_x_duplicate_ids__mutmut['x_duplicate_ids__mutmut_8'] = x_duplicate_ids__mutmut_8 # type: ignore # mutmut generated
mutants_x_markup_problems__mutmut: MutantDict = {}  # type: ignore


@_mutmut_mutated(mutants_x_markup_problems__mutmut)
def markup_problems(asm: Assembly) -> list[Finding]:
    return [Finding(ERROR, clause, msg + ".") for clause, msg in asm.markup_problems]


def x_markup_problems__mutmut_orig(asm: Assembly) -> list[Finding]:
    return [Finding(ERROR, clause, msg + ".") for clause, msg in asm.markup_problems]


def x_markup_problems__mutmut_1(asm: Assembly) -> list[Finding]:
    return [Finding(None, clause, msg + ".") for clause, msg in asm.markup_problems]


def x_markup_problems__mutmut_2(asm: Assembly) -> list[Finding]:
    return [Finding(ERROR, None, msg + ".") for clause, msg in asm.markup_problems]


def x_markup_problems__mutmut_3(asm: Assembly) -> list[Finding]:
    return [Finding(ERROR, clause, None) for clause, msg in asm.markup_problems]


def x_markup_problems__mutmut_4(asm: Assembly) -> list[Finding]:
    return [Finding(clause, msg + ".") for clause, msg in asm.markup_problems]


def x_markup_problems__mutmut_5(asm: Assembly) -> list[Finding]:
    return [Finding(ERROR, msg + ".") for clause, msg in asm.markup_problems]


def x_markup_problems__mutmut_6(asm: Assembly) -> list[Finding]:
    return [Finding(ERROR, clause, ) for clause, msg in asm.markup_problems]


def x_markup_problems__mutmut_7(asm: Assembly) -> list[Finding]:
    return [Finding(ERROR, clause, msg - ".") for clause, msg in asm.markup_problems]


def x_markup_problems__mutmut_8(asm: Assembly) -> list[Finding]:
    return [Finding(ERROR, clause, msg + "XX.XX") for clause, msg in asm.markup_problems]

mutants_x_markup_problems__mutmut['_mutmut_orig'] = x_markup_problems__mutmut_orig # type: ignore # mutmut generated
mutants_x_markup_problems__mutmut['x_markup_problems__mutmut_1'] = x_markup_problems__mutmut_1 # type: ignore # mutmut generated
mutants_x_markup_problems__mutmut['x_markup_problems__mutmut_2'] = x_markup_problems__mutmut_2 # type: ignore # mutmut generated
mutants_x_markup_problems__mutmut['x_markup_problems__mutmut_3'] = x_markup_problems__mutmut_3 # type: ignore # mutmut generated
mutants_x_markup_problems__mutmut['x_markup_problems__mutmut_4'] = x_markup_problems__mutmut_4 # type: ignore # mutmut generated
mutants_x_markup_problems__mutmut['x_markup_problems__mutmut_5'] = x_markup_problems__mutmut_5 # type: ignore # mutmut generated
mutants_x_markup_problems__mutmut['x_markup_problems__mutmut_6'] = x_markup_problems__mutmut_6 # type: ignore # mutmut generated
mutants_x_markup_problems__mutmut['x_markup_problems__mutmut_7'] = x_markup_problems__mutmut_7 # type: ignore # mutmut generated
mutants_x_markup_problems__mutmut['x_markup_problems__mutmut_8'] = x_markup_problems__mutmut_8 # type: ignore # mutmut generated
mutants_x_requirements__mutmut: MutantDict = {}  # type: ignore


@_mutmut_mutated(mutants_x_requirements__mutmut)
def requirements(asm: Assembly) -> list[Finding]:
    included = {c.id for c in asm.included}
    out = []
    for clause in asm.included:
        for needed in clause.requires:
            if needed not in included:
                why = asm.decisions.get(needed)
                reason = f" (its condition: {why.reason})" if why else ""
                out.append(Finding(ERROR, clause.id, f"requires '{needed}', which is not in "
                                   f"this draft{reason}."))
        for banned in clause.excludes:
            if banned in included:
                out.append(Finding(ERROR, clause.id, f"cannot appear together with "
                                   f"'{banned}', but both are in this draft."))
    return out


def x_requirements__mutmut_orig(asm: Assembly) -> list[Finding]:
    included = {c.id for c in asm.included}
    out = []
    for clause in asm.included:
        for needed in clause.requires:
            if needed not in included:
                why = asm.decisions.get(needed)
                reason = f" (its condition: {why.reason})" if why else ""
                out.append(Finding(ERROR, clause.id, f"requires '{needed}', which is not in "
                                   f"this draft{reason}."))
        for banned in clause.excludes:
            if banned in included:
                out.append(Finding(ERROR, clause.id, f"cannot appear together with "
                                   f"'{banned}', but both are in this draft."))
    return out


def x_requirements__mutmut_1(asm: Assembly) -> list[Finding]:
    included = None
    out = []
    for clause in asm.included:
        for needed in clause.requires:
            if needed not in included:
                why = asm.decisions.get(needed)
                reason = f" (its condition: {why.reason})" if why else ""
                out.append(Finding(ERROR, clause.id, f"requires '{needed}', which is not in "
                                   f"this draft{reason}."))
        for banned in clause.excludes:
            if banned in included:
                out.append(Finding(ERROR, clause.id, f"cannot appear together with "
                                   f"'{banned}', but both are in this draft."))
    return out


def x_requirements__mutmut_2(asm: Assembly) -> list[Finding]:
    included = {c.id for c in asm.included}
    out = None
    for clause in asm.included:
        for needed in clause.requires:
            if needed not in included:
                why = asm.decisions.get(needed)
                reason = f" (its condition: {why.reason})" if why else ""
                out.append(Finding(ERROR, clause.id, f"requires '{needed}', which is not in "
                                   f"this draft{reason}."))
        for banned in clause.excludes:
            if banned in included:
                out.append(Finding(ERROR, clause.id, f"cannot appear together with "
                                   f"'{banned}', but both are in this draft."))
    return out


def x_requirements__mutmut_3(asm: Assembly) -> list[Finding]:
    included = {c.id for c in asm.included}
    out = []
    for clause in asm.included:
        for needed in clause.requires:
            if needed in included:
                why = asm.decisions.get(needed)
                reason = f" (its condition: {why.reason})" if why else ""
                out.append(Finding(ERROR, clause.id, f"requires '{needed}', which is not in "
                                   f"this draft{reason}."))
        for banned in clause.excludes:
            if banned in included:
                out.append(Finding(ERROR, clause.id, f"cannot appear together with "
                                   f"'{banned}', but both are in this draft."))
    return out


def x_requirements__mutmut_4(asm: Assembly) -> list[Finding]:
    included = {c.id for c in asm.included}
    out = []
    for clause in asm.included:
        for needed in clause.requires:
            if needed not in included:
                why = None
                reason = f" (its condition: {why.reason})" if why else ""
                out.append(Finding(ERROR, clause.id, f"requires '{needed}', which is not in "
                                   f"this draft{reason}."))
        for banned in clause.excludes:
            if banned in included:
                out.append(Finding(ERROR, clause.id, f"cannot appear together with "
                                   f"'{banned}', but both are in this draft."))
    return out


def x_requirements__mutmut_5(asm: Assembly) -> list[Finding]:
    included = {c.id for c in asm.included}
    out = []
    for clause in asm.included:
        for needed in clause.requires:
            if needed not in included:
                why = asm.decisions.get(None)
                reason = f" (its condition: {why.reason})" if why else ""
                out.append(Finding(ERROR, clause.id, f"requires '{needed}', which is not in "
                                   f"this draft{reason}."))
        for banned in clause.excludes:
            if banned in included:
                out.append(Finding(ERROR, clause.id, f"cannot appear together with "
                                   f"'{banned}', but both are in this draft."))
    return out


def x_requirements__mutmut_6(asm: Assembly) -> list[Finding]:
    included = {c.id for c in asm.included}
    out = []
    for clause in asm.included:
        for needed in clause.requires:
            if needed not in included:
                why = asm.decisions.get(needed)
                reason = None
                out.append(Finding(ERROR, clause.id, f"requires '{needed}', which is not in "
                                   f"this draft{reason}."))
        for banned in clause.excludes:
            if banned in included:
                out.append(Finding(ERROR, clause.id, f"cannot appear together with "
                                   f"'{banned}', but both are in this draft."))
    return out


def x_requirements__mutmut_7(asm: Assembly) -> list[Finding]:
    included = {c.id for c in asm.included}
    out = []
    for clause in asm.included:
        for needed in clause.requires:
            if needed not in included:
                why = asm.decisions.get(needed)
                reason = f" (its condition: {why.reason})" if (why) and False else ""
                out.append(Finding(ERROR, clause.id, f"requires '{needed}', which is not in "
                                   f"this draft{reason}."))
        for banned in clause.excludes:
            if banned in included:
                out.append(Finding(ERROR, clause.id, f"cannot appear together with "
                                   f"'{banned}', but both are in this draft."))
    return out


def x_requirements__mutmut_8(asm: Assembly) -> list[Finding]:
    included = {c.id for c in asm.included}
    out = []
    for clause in asm.included:
        for needed in clause.requires:
            if needed not in included:
                why = asm.decisions.get(needed)
                reason = f" (its condition: {why.reason})" if (why) or True else ""
                out.append(Finding(ERROR, clause.id, f"requires '{needed}', which is not in "
                                   f"this draft{reason}."))
        for banned in clause.excludes:
            if banned in included:
                out.append(Finding(ERROR, clause.id, f"cannot appear together with "
                                   f"'{banned}', but both are in this draft."))
    return out


def x_requirements__mutmut_9(asm: Assembly) -> list[Finding]:
    included = {c.id for c in asm.included}
    out = []
    for clause in asm.included:
        for needed in clause.requires:
            if needed not in included:
                why = asm.decisions.get(needed)
                reason = f" (its condition: {why.reason})" if why else "XXXX"
                out.append(Finding(ERROR, clause.id, f"requires '{needed}', which is not in "
                                   f"this draft{reason}."))
        for banned in clause.excludes:
            if banned in included:
                out.append(Finding(ERROR, clause.id, f"cannot appear together with "
                                   f"'{banned}', but both are in this draft."))
    return out


def x_requirements__mutmut_10(asm: Assembly) -> list[Finding]:
    included = {c.id for c in asm.included}
    out = []
    for clause in asm.included:
        for needed in clause.requires:
            if needed not in included:
                why = asm.decisions.get(needed)
                reason = f" (its condition: {why.reason})" if why else ""
                out.append(None)
        for banned in clause.excludes:
            if banned in included:
                out.append(Finding(ERROR, clause.id, f"cannot appear together with "
                                   f"'{banned}', but both are in this draft."))
    return out


def x_requirements__mutmut_11(asm: Assembly) -> list[Finding]:
    included = {c.id for c in asm.included}
    out = []
    for clause in asm.included:
        for needed in clause.requires:
            if needed not in included:
                why = asm.decisions.get(needed)
                reason = f" (its condition: {why.reason})" if why else ""
                out.append(Finding(None, clause.id, f"requires '{needed}', which is not in "
                                   f"this draft{reason}."))
        for banned in clause.excludes:
            if banned in included:
                out.append(Finding(ERROR, clause.id, f"cannot appear together with "
                                   f"'{banned}', but both are in this draft."))
    return out


def x_requirements__mutmut_12(asm: Assembly) -> list[Finding]:
    included = {c.id for c in asm.included}
    out = []
    for clause in asm.included:
        for needed in clause.requires:
            if needed not in included:
                why = asm.decisions.get(needed)
                reason = f" (its condition: {why.reason})" if why else ""
                out.append(Finding(ERROR, None, f"requires '{needed}', which is not in "
                                   f"this draft{reason}."))
        for banned in clause.excludes:
            if banned in included:
                out.append(Finding(ERROR, clause.id, f"cannot appear together with "
                                   f"'{banned}', but both are in this draft."))
    return out


def x_requirements__mutmut_13(asm: Assembly) -> list[Finding]:
    included = {c.id for c in asm.included}
    out = []
    for clause in asm.included:
        for needed in clause.requires:
            if needed not in included:
                why = asm.decisions.get(needed)
                reason = f" (its condition: {why.reason})" if why else ""
                out.append(Finding(ERROR, clause.id, None))
        for banned in clause.excludes:
            if banned in included:
                out.append(Finding(ERROR, clause.id, f"cannot appear together with "
                                   f"'{banned}', but both are in this draft."))
    return out


def x_requirements__mutmut_14(asm: Assembly) -> list[Finding]:
    included = {c.id for c in asm.included}
    out = []
    for clause in asm.included:
        for needed in clause.requires:
            if needed not in included:
                why = asm.decisions.get(needed)
                reason = f" (its condition: {why.reason})" if why else ""
                out.append(Finding(clause.id, f"requires '{needed}', which is not in "
                                   f"this draft{reason}."))
        for banned in clause.excludes:
            if banned in included:
                out.append(Finding(ERROR, clause.id, f"cannot appear together with "
                                   f"'{banned}', but both are in this draft."))
    return out


def x_requirements__mutmut_15(asm: Assembly) -> list[Finding]:
    included = {c.id for c in asm.included}
    out = []
    for clause in asm.included:
        for needed in clause.requires:
            if needed not in included:
                why = asm.decisions.get(needed)
                reason = f" (its condition: {why.reason})" if why else ""
                out.append(Finding(ERROR, f"requires '{needed}', which is not in "
                                   f"this draft{reason}."))
        for banned in clause.excludes:
            if banned in included:
                out.append(Finding(ERROR, clause.id, f"cannot appear together with "
                                   f"'{banned}', but both are in this draft."))
    return out


def x_requirements__mutmut_16(asm: Assembly) -> list[Finding]:
    included = {c.id for c in asm.included}
    out = []
    for clause in asm.included:
        for needed in clause.requires:
            if needed not in included:
                why = asm.decisions.get(needed)
                reason = f" (its condition: {why.reason})" if why else ""
                out.append(Finding(ERROR, clause.id, ))
        for banned in clause.excludes:
            if banned in included:
                out.append(Finding(ERROR, clause.id, f"cannot appear together with "
                                   f"'{banned}', but both are in this draft."))
    return out


def x_requirements__mutmut_17(asm: Assembly) -> list[Finding]:
    included = {c.id for c in asm.included}
    out = []
    for clause in asm.included:
        for needed in clause.requires:
            if needed not in included:
                why = asm.decisions.get(needed)
                reason = f" (its condition: {why.reason})" if why else ""
                out.append(Finding(ERROR, clause.id, f"requires '{needed}', which is not in "
                                   f"this draft{reason}."))
        for banned in clause.excludes:
            if banned not in included:
                out.append(Finding(ERROR, clause.id, f"cannot appear together with "
                                   f"'{banned}', but both are in this draft."))
    return out


def x_requirements__mutmut_18(asm: Assembly) -> list[Finding]:
    included = {c.id for c in asm.included}
    out = []
    for clause in asm.included:
        for needed in clause.requires:
            if needed not in included:
                why = asm.decisions.get(needed)
                reason = f" (its condition: {why.reason})" if why else ""
                out.append(Finding(ERROR, clause.id, f"requires '{needed}', which is not in "
                                   f"this draft{reason}."))
        for banned in clause.excludes:
            if banned in included:
                out.append(None)
    return out


def x_requirements__mutmut_19(asm: Assembly) -> list[Finding]:
    included = {c.id for c in asm.included}
    out = []
    for clause in asm.included:
        for needed in clause.requires:
            if needed not in included:
                why = asm.decisions.get(needed)
                reason = f" (its condition: {why.reason})" if why else ""
                out.append(Finding(ERROR, clause.id, f"requires '{needed}', which is not in "
                                   f"this draft{reason}."))
        for banned in clause.excludes:
            if banned in included:
                out.append(Finding(None, clause.id, f"cannot appear together with "
                                   f"'{banned}', but both are in this draft."))
    return out


def x_requirements__mutmut_20(asm: Assembly) -> list[Finding]:
    included = {c.id for c in asm.included}
    out = []
    for clause in asm.included:
        for needed in clause.requires:
            if needed not in included:
                why = asm.decisions.get(needed)
                reason = f" (its condition: {why.reason})" if why else ""
                out.append(Finding(ERROR, clause.id, f"requires '{needed}', which is not in "
                                   f"this draft{reason}."))
        for banned in clause.excludes:
            if banned in included:
                out.append(Finding(ERROR, None, f"cannot appear together with "
                                   f"'{banned}', but both are in this draft."))
    return out


def x_requirements__mutmut_21(asm: Assembly) -> list[Finding]:
    included = {c.id for c in asm.included}
    out = []
    for clause in asm.included:
        for needed in clause.requires:
            if needed not in included:
                why = asm.decisions.get(needed)
                reason = f" (its condition: {why.reason})" if why else ""
                out.append(Finding(ERROR, clause.id, f"requires '{needed}', which is not in "
                                   f"this draft{reason}."))
        for banned in clause.excludes:
            if banned in included:
                out.append(Finding(ERROR, clause.id, None))
    return out


def x_requirements__mutmut_22(asm: Assembly) -> list[Finding]:
    included = {c.id for c in asm.included}
    out = []
    for clause in asm.included:
        for needed in clause.requires:
            if needed not in included:
                why = asm.decisions.get(needed)
                reason = f" (its condition: {why.reason})" if why else ""
                out.append(Finding(ERROR, clause.id, f"requires '{needed}', which is not in "
                                   f"this draft{reason}."))
        for banned in clause.excludes:
            if banned in included:
                out.append(Finding(clause.id, f"cannot appear together with "
                                   f"'{banned}', but both are in this draft."))
    return out


def x_requirements__mutmut_23(asm: Assembly) -> list[Finding]:
    included = {c.id for c in asm.included}
    out = []
    for clause in asm.included:
        for needed in clause.requires:
            if needed not in included:
                why = asm.decisions.get(needed)
                reason = f" (its condition: {why.reason})" if why else ""
                out.append(Finding(ERROR, clause.id, f"requires '{needed}', which is not in "
                                   f"this draft{reason}."))
        for banned in clause.excludes:
            if banned in included:
                out.append(Finding(ERROR, f"cannot appear together with "
                                   f"'{banned}', but both are in this draft."))
    return out


def x_requirements__mutmut_24(asm: Assembly) -> list[Finding]:
    included = {c.id for c in asm.included}
    out = []
    for clause in asm.included:
        for needed in clause.requires:
            if needed not in included:
                why = asm.decisions.get(needed)
                reason = f" (its condition: {why.reason})" if why else ""
                out.append(Finding(ERROR, clause.id, f"requires '{needed}', which is not in "
                                   f"this draft{reason}."))
        for banned in clause.excludes:
            if banned in included:
                out.append(Finding(ERROR, clause.id, ))
    return out

mutants_x_requirements__mutmut['_mutmut_orig'] = x_requirements__mutmut_orig # type: ignore # mutmut generated
mutants_x_requirements__mutmut['x_requirements__mutmut_1'] = x_requirements__mutmut_1 # type: ignore # mutmut generated
mutants_x_requirements__mutmut['x_requirements__mutmut_2'] = x_requirements__mutmut_2 # type: ignore # mutmut generated
mutants_x_requirements__mutmut['x_requirements__mutmut_3'] = x_requirements__mutmut_3 # type: ignore # mutmut generated
mutants_x_requirements__mutmut['x_requirements__mutmut_4'] = x_requirements__mutmut_4 # type: ignore # mutmut generated
mutants_x_requirements__mutmut['x_requirements__mutmut_5'] = x_requirements__mutmut_5 # type: ignore # mutmut generated
mutants_x_requirements__mutmut['x_requirements__mutmut_6'] = x_requirements__mutmut_6 # type: ignore # mutmut generated
mutants_x_requirements__mutmut['x_requirements__mutmut_7'] = x_requirements__mutmut_7 # type: ignore # mutmut generated
mutants_x_requirements__mutmut['x_requirements__mutmut_8'] = x_requirements__mutmut_8 # type: ignore # mutmut generated
mutants_x_requirements__mutmut['x_requirements__mutmut_9'] = x_requirements__mutmut_9 # type: ignore # mutmut generated
mutants_x_requirements__mutmut['x_requirements__mutmut_10'] = x_requirements__mutmut_10 # type: ignore # mutmut generated
mutants_x_requirements__mutmut['x_requirements__mutmut_11'] = x_requirements__mutmut_11 # type: ignore # mutmut generated
mutants_x_requirements__mutmut['x_requirements__mutmut_12'] = x_requirements__mutmut_12 # type: ignore # mutmut generated
mutants_x_requirements__mutmut['x_requirements__mutmut_13'] = x_requirements__mutmut_13 # type: ignore # mutmut generated
mutants_x_requirements__mutmut['x_requirements__mutmut_14'] = x_requirements__mutmut_14 # type: ignore # mutmut generated
mutants_x_requirements__mutmut['x_requirements__mutmut_15'] = x_requirements__mutmut_15 # type: ignore # mutmut generated
mutants_x_requirements__mutmut['x_requirements__mutmut_16'] = x_requirements__mutmut_16 # type: ignore # mutmut generated
mutants_x_requirements__mutmut['x_requirements__mutmut_17'] = x_requirements__mutmut_17 # type: ignore # mutmut generated
mutants_x_requirements__mutmut['x_requirements__mutmut_18'] = x_requirements__mutmut_18 # type: ignore # mutmut generated
mutants_x_requirements__mutmut['x_requirements__mutmut_19'] = x_requirements__mutmut_19 # type: ignore # mutmut generated
mutants_x_requirements__mutmut['x_requirements__mutmut_20'] = x_requirements__mutmut_20 # type: ignore # mutmut generated
mutants_x_requirements__mutmut['x_requirements__mutmut_21'] = x_requirements__mutmut_21 # type: ignore # mutmut generated
mutants_x_requirements__mutmut['x_requirements__mutmut_22'] = x_requirements__mutmut_22 # type: ignore # mutmut generated
mutants_x_requirements__mutmut['x_requirements__mutmut_23'] = x_requirements__mutmut_23 # type: ignore # mutmut generated
mutants_x_requirements__mutmut['x_requirements__mutmut_24'] = x_requirements__mutmut_24 # type: ignore # mutmut generated
mutants_x_one_enacting_clause__mutmut: MutantDict = {}  # type: ignore


@_mutmut_mutated(mutants_x_one_enacting_clause__mutmut)
def one_enacting_clause(asm: Assembly) -> list[Finding]:
    enacting = [c.id for c in asm.included if c.part == "enacting"]
    if len(enacting) == 1:
        return []
    if not enacting:
        return [Finding(ERROR, "enacting", "no enacting clause applies to these answers; an "
                        "ordinance needs exactly one.")]
    return [Finding(ERROR, "enacting", "more than one enacting clause applies: "
                    + ", ".join(enacting) + ".")]


def x_one_enacting_clause__mutmut_orig(asm: Assembly) -> list[Finding]:
    enacting = [c.id for c in asm.included if c.part == "enacting"]
    if len(enacting) == 1:
        return []
    if not enacting:
        return [Finding(ERROR, "enacting", "no enacting clause applies to these answers; an "
                        "ordinance needs exactly one.")]
    return [Finding(ERROR, "enacting", "more than one enacting clause applies: "
                    + ", ".join(enacting) + ".")]


def x_one_enacting_clause__mutmut_1(asm: Assembly) -> list[Finding]:
    enacting = None
    if len(enacting) == 1:
        return []
    if not enacting:
        return [Finding(ERROR, "enacting", "no enacting clause applies to these answers; an "
                        "ordinance needs exactly one.")]
    return [Finding(ERROR, "enacting", "more than one enacting clause applies: "
                    + ", ".join(enacting) + ".")]


def x_one_enacting_clause__mutmut_2(asm: Assembly) -> list[Finding]:
    enacting = [c.id for c in asm.included if c.part != "enacting"]
    if len(enacting) == 1:
        return []
    if not enacting:
        return [Finding(ERROR, "enacting", "no enacting clause applies to these answers; an "
                        "ordinance needs exactly one.")]
    return [Finding(ERROR, "enacting", "more than one enacting clause applies: "
                    + ", ".join(enacting) + ".")]


def x_one_enacting_clause__mutmut_3(asm: Assembly) -> list[Finding]:
    enacting = [c.id for c in asm.included if c.part == "XXenactingXX"]
    if len(enacting) == 1:
        return []
    if not enacting:
        return [Finding(ERROR, "enacting", "no enacting clause applies to these answers; an "
                        "ordinance needs exactly one.")]
    return [Finding(ERROR, "enacting", "more than one enacting clause applies: "
                    + ", ".join(enacting) + ".")]


def x_one_enacting_clause__mutmut_4(asm: Assembly) -> list[Finding]:
    enacting = [c.id for c in asm.included if c.part == "ENACTING"]
    if len(enacting) == 1:
        return []
    if not enacting:
        return [Finding(ERROR, "enacting", "no enacting clause applies to these answers; an "
                        "ordinance needs exactly one.")]
    return [Finding(ERROR, "enacting", "more than one enacting clause applies: "
                    + ", ".join(enacting) + ".")]


def x_one_enacting_clause__mutmut_5(asm: Assembly) -> list[Finding]:
    enacting = [c.id for c in asm.included if c.part == "enacting"]
    if len(enacting) != 1:
        return []
    if not enacting:
        return [Finding(ERROR, "enacting", "no enacting clause applies to these answers; an "
                        "ordinance needs exactly one.")]
    return [Finding(ERROR, "enacting", "more than one enacting clause applies: "
                    + ", ".join(enacting) + ".")]


def x_one_enacting_clause__mutmut_6(asm: Assembly) -> list[Finding]:
    enacting = [c.id for c in asm.included if c.part == "enacting"]
    if len(enacting) == 2:
        return []
    if not enacting:
        return [Finding(ERROR, "enacting", "no enacting clause applies to these answers; an "
                        "ordinance needs exactly one.")]
    return [Finding(ERROR, "enacting", "more than one enacting clause applies: "
                    + ", ".join(enacting) + ".")]


def x_one_enacting_clause__mutmut_7(asm: Assembly) -> list[Finding]:
    enacting = [c.id for c in asm.included if c.part == "enacting"]
    if len(enacting) == 1:
        return []
    if enacting:
        return [Finding(ERROR, "enacting", "no enacting clause applies to these answers; an "
                        "ordinance needs exactly one.")]
    return [Finding(ERROR, "enacting", "more than one enacting clause applies: "
                    + ", ".join(enacting) + ".")]


def x_one_enacting_clause__mutmut_8(asm: Assembly) -> list[Finding]:
    enacting = [c.id for c in asm.included if c.part == "enacting"]
    if len(enacting) == 1:
        return []
    if not enacting:
        return [Finding(None, "enacting", "no enacting clause applies to these answers; an "
                        "ordinance needs exactly one.")]
    return [Finding(ERROR, "enacting", "more than one enacting clause applies: "
                    + ", ".join(enacting) + ".")]


def x_one_enacting_clause__mutmut_9(asm: Assembly) -> list[Finding]:
    enacting = [c.id for c in asm.included if c.part == "enacting"]
    if len(enacting) == 1:
        return []
    if not enacting:
        return [Finding(ERROR, None, "no enacting clause applies to these answers; an "
                        "ordinance needs exactly one.")]
    return [Finding(ERROR, "enacting", "more than one enacting clause applies: "
                    + ", ".join(enacting) + ".")]


def x_one_enacting_clause__mutmut_10(asm: Assembly) -> list[Finding]:
    enacting = [c.id for c in asm.included if c.part == "enacting"]
    if len(enacting) == 1:
        return []
    if not enacting:
        return [Finding(ERROR, "enacting", None)]
    return [Finding(ERROR, "enacting", "more than one enacting clause applies: "
                    + ", ".join(enacting) + ".")]


def x_one_enacting_clause__mutmut_11(asm: Assembly) -> list[Finding]:
    enacting = [c.id for c in asm.included if c.part == "enacting"]
    if len(enacting) == 1:
        return []
    if not enacting:
        return [Finding("enacting", "no enacting clause applies to these answers; an "
                        "ordinance needs exactly one.")]
    return [Finding(ERROR, "enacting", "more than one enacting clause applies: "
                    + ", ".join(enacting) + ".")]


def x_one_enacting_clause__mutmut_12(asm: Assembly) -> list[Finding]:
    enacting = [c.id for c in asm.included if c.part == "enacting"]
    if len(enacting) == 1:
        return []
    if not enacting:
        return [Finding(ERROR, "no enacting clause applies to these answers; an "
                        "ordinance needs exactly one.")]
    return [Finding(ERROR, "enacting", "more than one enacting clause applies: "
                    + ", ".join(enacting) + ".")]


def x_one_enacting_clause__mutmut_13(asm: Assembly) -> list[Finding]:
    enacting = [c.id for c in asm.included if c.part == "enacting"]
    if len(enacting) == 1:
        return []
    if not enacting:
        return [Finding(ERROR, "enacting", )]
    return [Finding(ERROR, "enacting", "more than one enacting clause applies: "
                    + ", ".join(enacting) + ".")]


def x_one_enacting_clause__mutmut_14(asm: Assembly) -> list[Finding]:
    enacting = [c.id for c in asm.included if c.part == "enacting"]
    if len(enacting) == 1:
        return []
    if not enacting:
        return [Finding(ERROR, "XXenactingXX", "no enacting clause applies to these answers; an "
                        "ordinance needs exactly one.")]
    return [Finding(ERROR, "enacting", "more than one enacting clause applies: "
                    + ", ".join(enacting) + ".")]


def x_one_enacting_clause__mutmut_15(asm: Assembly) -> list[Finding]:
    enacting = [c.id for c in asm.included if c.part == "enacting"]
    if len(enacting) == 1:
        return []
    if not enacting:
        return [Finding(ERROR, "ENACTING", "no enacting clause applies to these answers; an "
                        "ordinance needs exactly one.")]
    return [Finding(ERROR, "enacting", "more than one enacting clause applies: "
                    + ", ".join(enacting) + ".")]


def x_one_enacting_clause__mutmut_16(asm: Assembly) -> list[Finding]:
    enacting = [c.id for c in asm.included if c.part == "enacting"]
    if len(enacting) == 1:
        return []
    if not enacting:
        return [Finding(ERROR, "enacting", "XXno enacting clause applies to these answers; an XX"
                        "ordinance needs exactly one.")]
    return [Finding(ERROR, "enacting", "more than one enacting clause applies: "
                    + ", ".join(enacting) + ".")]


def x_one_enacting_clause__mutmut_17(asm: Assembly) -> list[Finding]:
    enacting = [c.id for c in asm.included if c.part == "enacting"]
    if len(enacting) == 1:
        return []
    if not enacting:
        return [Finding(ERROR, "enacting", "NO ENACTING CLAUSE APPLIES TO THESE ANSWERS; AN "
                        "ordinance needs exactly one.")]
    return [Finding(ERROR, "enacting", "more than one enacting clause applies: "
                    + ", ".join(enacting) + ".")]


def x_one_enacting_clause__mutmut_18(asm: Assembly) -> list[Finding]:
    enacting = [c.id for c in asm.included if c.part == "enacting"]
    if len(enacting) == 1:
        return []
    if not enacting:
        return [Finding(ERROR, "enacting", "no enacting clause applies to these answers; an "
                        "XXordinance needs exactly one.XX")]
    return [Finding(ERROR, "enacting", "more than one enacting clause applies: "
                    + ", ".join(enacting) + ".")]


def x_one_enacting_clause__mutmut_19(asm: Assembly) -> list[Finding]:
    enacting = [c.id for c in asm.included if c.part == "enacting"]
    if len(enacting) == 1:
        return []
    if not enacting:
        return [Finding(ERROR, "enacting", "no enacting clause applies to these answers; an "
                        "ORDINANCE NEEDS EXACTLY ONE.")]
    return [Finding(ERROR, "enacting", "more than one enacting clause applies: "
                    + ", ".join(enacting) + ".")]


def x_one_enacting_clause__mutmut_20(asm: Assembly) -> list[Finding]:
    enacting = [c.id for c in asm.included if c.part == "enacting"]
    if len(enacting) == 1:
        return []
    if not enacting:
        return [Finding(ERROR, "enacting", "no enacting clause applies to these answers; an "
                        "ordinance needs exactly one.")]
    return [Finding(None, "enacting", "more than one enacting clause applies: "
                    + ", ".join(enacting) + ".")]


def x_one_enacting_clause__mutmut_21(asm: Assembly) -> list[Finding]:
    enacting = [c.id for c in asm.included if c.part == "enacting"]
    if len(enacting) == 1:
        return []
    if not enacting:
        return [Finding(ERROR, "enacting", "no enacting clause applies to these answers; an "
                        "ordinance needs exactly one.")]
    return [Finding(ERROR, None, "more than one enacting clause applies: "
                    + ", ".join(enacting) + ".")]


def x_one_enacting_clause__mutmut_22(asm: Assembly) -> list[Finding]:
    enacting = [c.id for c in asm.included if c.part == "enacting"]
    if len(enacting) == 1:
        return []
    if not enacting:
        return [Finding(ERROR, "enacting", "no enacting clause applies to these answers; an "
                        "ordinance needs exactly one.")]
    return [Finding(ERROR, "enacting", None)]


def x_one_enacting_clause__mutmut_23(asm: Assembly) -> list[Finding]:
    enacting = [c.id for c in asm.included if c.part == "enacting"]
    if len(enacting) == 1:
        return []
    if not enacting:
        return [Finding(ERROR, "enacting", "no enacting clause applies to these answers; an "
                        "ordinance needs exactly one.")]
    return [Finding("enacting", "more than one enacting clause applies: "
                    + ", ".join(enacting) + ".")]


def x_one_enacting_clause__mutmut_24(asm: Assembly) -> list[Finding]:
    enacting = [c.id for c in asm.included if c.part == "enacting"]
    if len(enacting) == 1:
        return []
    if not enacting:
        return [Finding(ERROR, "enacting", "no enacting clause applies to these answers; an "
                        "ordinance needs exactly one.")]
    return [Finding(ERROR, "more than one enacting clause applies: "
                    + ", ".join(enacting) + ".")]


def x_one_enacting_clause__mutmut_25(asm: Assembly) -> list[Finding]:
    enacting = [c.id for c in asm.included if c.part == "enacting"]
    if len(enacting) == 1:
        return []
    if not enacting:
        return [Finding(ERROR, "enacting", "no enacting clause applies to these answers; an "
                        "ordinance needs exactly one.")]
    return [Finding(ERROR, "enacting", )]


def x_one_enacting_clause__mutmut_26(asm: Assembly) -> list[Finding]:
    enacting = [c.id for c in asm.included if c.part == "enacting"]
    if len(enacting) == 1:
        return []
    if not enacting:
        return [Finding(ERROR, "enacting", "no enacting clause applies to these answers; an "
                        "ordinance needs exactly one.")]
    return [Finding(ERROR, "XXenactingXX", "more than one enacting clause applies: "
                    + ", ".join(enacting) + ".")]


def x_one_enacting_clause__mutmut_27(asm: Assembly) -> list[Finding]:
    enacting = [c.id for c in asm.included if c.part == "enacting"]
    if len(enacting) == 1:
        return []
    if not enacting:
        return [Finding(ERROR, "enacting", "no enacting clause applies to these answers; an "
                        "ordinance needs exactly one.")]
    return [Finding(ERROR, "ENACTING", "more than one enacting clause applies: "
                    + ", ".join(enacting) + ".")]


def x_one_enacting_clause__mutmut_28(asm: Assembly) -> list[Finding]:
    enacting = [c.id for c in asm.included if c.part == "enacting"]
    if len(enacting) == 1:
        return []
    if not enacting:
        return [Finding(ERROR, "enacting", "no enacting clause applies to these answers; an "
                        "ordinance needs exactly one.")]
    return [Finding(ERROR, "enacting", "more than one enacting clause applies: "
                    + ", ".join(enacting) - ".")]


def x_one_enacting_clause__mutmut_29(asm: Assembly) -> list[Finding]:
    enacting = [c.id for c in asm.included if c.part == "enacting"]
    if len(enacting) == 1:
        return []
    if not enacting:
        return [Finding(ERROR, "enacting", "no enacting clause applies to these answers; an "
                        "ordinance needs exactly one.")]
    return [Finding(ERROR, "enacting", "more than one enacting clause applies: " - ", ".join(enacting) + ".")]


def x_one_enacting_clause__mutmut_30(asm: Assembly) -> list[Finding]:
    enacting = [c.id for c in asm.included if c.part == "enacting"]
    if len(enacting) == 1:
        return []
    if not enacting:
        return [Finding(ERROR, "enacting", "no enacting clause applies to these answers; an "
                        "ordinance needs exactly one.")]
    return [Finding(ERROR, "enacting", "XXmore than one enacting clause applies: XX"
                    + ", ".join(enacting) + ".")]


def x_one_enacting_clause__mutmut_31(asm: Assembly) -> list[Finding]:
    enacting = [c.id for c in asm.included if c.part == "enacting"]
    if len(enacting) == 1:
        return []
    if not enacting:
        return [Finding(ERROR, "enacting", "no enacting clause applies to these answers; an "
                        "ordinance needs exactly one.")]
    return [Finding(ERROR, "enacting", "MORE THAN ONE ENACTING CLAUSE APPLIES: "
                    + ", ".join(enacting) + ".")]


def x_one_enacting_clause__mutmut_32(asm: Assembly) -> list[Finding]:
    enacting = [c.id for c in asm.included if c.part == "enacting"]
    if len(enacting) == 1:
        return []
    if not enacting:
        return [Finding(ERROR, "enacting", "no enacting clause applies to these answers; an "
                        "ordinance needs exactly one.")]
    return [Finding(ERROR, "enacting", "more than one enacting clause applies: "
                    + ", ".join(None) + ".")]


def x_one_enacting_clause__mutmut_33(asm: Assembly) -> list[Finding]:
    enacting = [c.id for c in asm.included if c.part == "enacting"]
    if len(enacting) == 1:
        return []
    if not enacting:
        return [Finding(ERROR, "enacting", "no enacting clause applies to these answers; an "
                        "ordinance needs exactly one.")]
    return [Finding(ERROR, "enacting", "more than one enacting clause applies: "
                    + "XX, XX".join(enacting) + ".")]


def x_one_enacting_clause__mutmut_34(asm: Assembly) -> list[Finding]:
    enacting = [c.id for c in asm.included if c.part == "enacting"]
    if len(enacting) == 1:
        return []
    if not enacting:
        return [Finding(ERROR, "enacting", "no enacting clause applies to these answers; an "
                        "ordinance needs exactly one.")]
    return [Finding(ERROR, "enacting", "more than one enacting clause applies: "
                    + ", ".join(enacting) + "XX.XX")]

mutants_x_one_enacting_clause__mutmut['_mutmut_orig'] = x_one_enacting_clause__mutmut_orig # type: ignore # mutmut generated
mutants_x_one_enacting_clause__mutmut['x_one_enacting_clause__mutmut_1'] = x_one_enacting_clause__mutmut_1 # type: ignore # mutmut generated
mutants_x_one_enacting_clause__mutmut['x_one_enacting_clause__mutmut_2'] = x_one_enacting_clause__mutmut_2 # type: ignore # mutmut generated
mutants_x_one_enacting_clause__mutmut['x_one_enacting_clause__mutmut_3'] = x_one_enacting_clause__mutmut_3 # type: ignore # mutmut generated
mutants_x_one_enacting_clause__mutmut['x_one_enacting_clause__mutmut_4'] = x_one_enacting_clause__mutmut_4 # type: ignore # mutmut generated
mutants_x_one_enacting_clause__mutmut['x_one_enacting_clause__mutmut_5'] = x_one_enacting_clause__mutmut_5 # type: ignore # mutmut generated
mutants_x_one_enacting_clause__mutmut['x_one_enacting_clause__mutmut_6'] = x_one_enacting_clause__mutmut_6 # type: ignore # mutmut generated
mutants_x_one_enacting_clause__mutmut['x_one_enacting_clause__mutmut_7'] = x_one_enacting_clause__mutmut_7 # type: ignore # mutmut generated
mutants_x_one_enacting_clause__mutmut['x_one_enacting_clause__mutmut_8'] = x_one_enacting_clause__mutmut_8 # type: ignore # mutmut generated
mutants_x_one_enacting_clause__mutmut['x_one_enacting_clause__mutmut_9'] = x_one_enacting_clause__mutmut_9 # type: ignore # mutmut generated
mutants_x_one_enacting_clause__mutmut['x_one_enacting_clause__mutmut_10'] = x_one_enacting_clause__mutmut_10 # type: ignore # mutmut generated
mutants_x_one_enacting_clause__mutmut['x_one_enacting_clause__mutmut_11'] = x_one_enacting_clause__mutmut_11 # type: ignore # mutmut generated
mutants_x_one_enacting_clause__mutmut['x_one_enacting_clause__mutmut_12'] = x_one_enacting_clause__mutmut_12 # type: ignore # mutmut generated
mutants_x_one_enacting_clause__mutmut['x_one_enacting_clause__mutmut_13'] = x_one_enacting_clause__mutmut_13 # type: ignore # mutmut generated
mutants_x_one_enacting_clause__mutmut['x_one_enacting_clause__mutmut_14'] = x_one_enacting_clause__mutmut_14 # type: ignore # mutmut generated
mutants_x_one_enacting_clause__mutmut['x_one_enacting_clause__mutmut_15'] = x_one_enacting_clause__mutmut_15 # type: ignore # mutmut generated
mutants_x_one_enacting_clause__mutmut['x_one_enacting_clause__mutmut_16'] = x_one_enacting_clause__mutmut_16 # type: ignore # mutmut generated
mutants_x_one_enacting_clause__mutmut['x_one_enacting_clause__mutmut_17'] = x_one_enacting_clause__mutmut_17 # type: ignore # mutmut generated
mutants_x_one_enacting_clause__mutmut['x_one_enacting_clause__mutmut_18'] = x_one_enacting_clause__mutmut_18 # type: ignore # mutmut generated
mutants_x_one_enacting_clause__mutmut['x_one_enacting_clause__mutmut_19'] = x_one_enacting_clause__mutmut_19 # type: ignore # mutmut generated
mutants_x_one_enacting_clause__mutmut['x_one_enacting_clause__mutmut_20'] = x_one_enacting_clause__mutmut_20 # type: ignore # mutmut generated
mutants_x_one_enacting_clause__mutmut['x_one_enacting_clause__mutmut_21'] = x_one_enacting_clause__mutmut_21 # type: ignore # mutmut generated
mutants_x_one_enacting_clause__mutmut['x_one_enacting_clause__mutmut_22'] = x_one_enacting_clause__mutmut_22 # type: ignore # mutmut generated
mutants_x_one_enacting_clause__mutmut['x_one_enacting_clause__mutmut_23'] = x_one_enacting_clause__mutmut_23 # type: ignore # mutmut generated
mutants_x_one_enacting_clause__mutmut['x_one_enacting_clause__mutmut_24'] = x_one_enacting_clause__mutmut_24 # type: ignore # mutmut generated
mutants_x_one_enacting_clause__mutmut['x_one_enacting_clause__mutmut_25'] = x_one_enacting_clause__mutmut_25 # type: ignore # mutmut generated
mutants_x_one_enacting_clause__mutmut['x_one_enacting_clause__mutmut_26'] = x_one_enacting_clause__mutmut_26 # type: ignore # mutmut generated
mutants_x_one_enacting_clause__mutmut['x_one_enacting_clause__mutmut_27'] = x_one_enacting_clause__mutmut_27 # type: ignore # mutmut generated
mutants_x_one_enacting_clause__mutmut['x_one_enacting_clause__mutmut_28'] = x_one_enacting_clause__mutmut_28 # type: ignore # mutmut generated
mutants_x_one_enacting_clause__mutmut['x_one_enacting_clause__mutmut_29'] = x_one_enacting_clause__mutmut_29 # type: ignore # mutmut generated
mutants_x_one_enacting_clause__mutmut['x_one_enacting_clause__mutmut_30'] = x_one_enacting_clause__mutmut_30 # type: ignore # mutmut generated
mutants_x_one_enacting_clause__mutmut['x_one_enacting_clause__mutmut_31'] = x_one_enacting_clause__mutmut_31 # type: ignore # mutmut generated
mutants_x_one_enacting_clause__mutmut['x_one_enacting_clause__mutmut_32'] = x_one_enacting_clause__mutmut_32 # type: ignore # mutmut generated
mutants_x_one_enacting_clause__mutmut['x_one_enacting_clause__mutmut_33'] = x_one_enacting_clause__mutmut_33 # type: ignore # mutmut generated
mutants_x_one_enacting_clause__mutmut['x_one_enacting_clause__mutmut_34'] = x_one_enacting_clause__mutmut_34 # type: ignore # mutmut generated
mutants_x_unfilled_blanks__mutmut: MutantDict = {}  # type: ignore


@_mutmut_mutated(mutants_x_unfilled_blanks__mutmut)
def unfilled_blanks(asm: Assembly) -> list[Finding]:
    ordinance = asm.ordinance
    if ordinance is None or not ordinance.blanks:
        return []
    level = ERROR if asm.final else WARNING
    labels: dict[str, int] = {}
    for blank in ordinance.blanks:
        labels[blank.label] = labels.get(blank.label, 0) + 1
    return [Finding(level, "document", f"blank to fill in: [{label}]"
                    + (f" ({n} places)" if n > 1 else "") + ".", "blank")
            for label, n in labels.items()]


def x_unfilled_blanks__mutmut_orig(asm: Assembly) -> list[Finding]:
    ordinance = asm.ordinance
    if ordinance is None or not ordinance.blanks:
        return []
    level = ERROR if asm.final else WARNING
    labels: dict[str, int] = {}
    for blank in ordinance.blanks:
        labels[blank.label] = labels.get(blank.label, 0) + 1
    return [Finding(level, "document", f"blank to fill in: [{label}]"
                    + (f" ({n} places)" if n > 1 else "") + ".", "blank")
            for label, n in labels.items()]


def x_unfilled_blanks__mutmut_1(asm: Assembly) -> list[Finding]:
    ordinance = None
    if ordinance is None or not ordinance.blanks:
        return []
    level = ERROR if asm.final else WARNING
    labels: dict[str, int] = {}
    for blank in ordinance.blanks:
        labels[blank.label] = labels.get(blank.label, 0) + 1
    return [Finding(level, "document", f"blank to fill in: [{label}]"
                    + (f" ({n} places)" if n > 1 else "") + ".", "blank")
            for label, n in labels.items()]


def x_unfilled_blanks__mutmut_2(asm: Assembly) -> list[Finding]:
    ordinance = asm.ordinance
    if ordinance is None and not ordinance.blanks:
        return []
    level = ERROR if asm.final else WARNING
    labels: dict[str, int] = {}
    for blank in ordinance.blanks:
        labels[blank.label] = labels.get(blank.label, 0) + 1
    return [Finding(level, "document", f"blank to fill in: [{label}]"
                    + (f" ({n} places)" if n > 1 else "") + ".", "blank")
            for label, n in labels.items()]


def x_unfilled_blanks__mutmut_3(asm: Assembly) -> list[Finding]:
    ordinance = asm.ordinance
    if ordinance is not None or not ordinance.blanks:
        return []
    level = ERROR if asm.final else WARNING
    labels: dict[str, int] = {}
    for blank in ordinance.blanks:
        labels[blank.label] = labels.get(blank.label, 0) + 1
    return [Finding(level, "document", f"blank to fill in: [{label}]"
                    + (f" ({n} places)" if n > 1 else "") + ".", "blank")
            for label, n in labels.items()]


def x_unfilled_blanks__mutmut_4(asm: Assembly) -> list[Finding]:
    ordinance = asm.ordinance
    if ordinance is None or ordinance.blanks:
        return []
    level = ERROR if asm.final else WARNING
    labels: dict[str, int] = {}
    for blank in ordinance.blanks:
        labels[blank.label] = labels.get(blank.label, 0) + 1
    return [Finding(level, "document", f"blank to fill in: [{label}]"
                    + (f" ({n} places)" if n > 1 else "") + ".", "blank")
            for label, n in labels.items()]


def x_unfilled_blanks__mutmut_5(asm: Assembly) -> list[Finding]:
    ordinance = asm.ordinance
    if ordinance is None or not ordinance.blanks:
        return []
    level = None
    labels: dict[str, int] = {}
    for blank in ordinance.blanks:
        labels[blank.label] = labels.get(blank.label, 0) + 1
    return [Finding(level, "document", f"blank to fill in: [{label}]"
                    + (f" ({n} places)" if n > 1 else "") + ".", "blank")
            for label, n in labels.items()]


def x_unfilled_blanks__mutmut_6(asm: Assembly) -> list[Finding]:
    ordinance = asm.ordinance
    if ordinance is None or not ordinance.blanks:
        return []
    level = ERROR if (asm.final) and False else WARNING
    labels: dict[str, int] = {}
    for blank in ordinance.blanks:
        labels[blank.label] = labels.get(blank.label, 0) + 1
    return [Finding(level, "document", f"blank to fill in: [{label}]"
                    + (f" ({n} places)" if n > 1 else "") + ".", "blank")
            for label, n in labels.items()]


def x_unfilled_blanks__mutmut_7(asm: Assembly) -> list[Finding]:
    ordinance = asm.ordinance
    if ordinance is None or not ordinance.blanks:
        return []
    level = ERROR if (asm.final) or True else WARNING
    labels: dict[str, int] = {}
    for blank in ordinance.blanks:
        labels[blank.label] = labels.get(blank.label, 0) + 1
    return [Finding(level, "document", f"blank to fill in: [{label}]"
                    + (f" ({n} places)" if n > 1 else "") + ".", "blank")
            for label, n in labels.items()]


def x_unfilled_blanks__mutmut_8(asm: Assembly) -> list[Finding]:
    ordinance = asm.ordinance
    if ordinance is None or not ordinance.blanks:
        return []
    level = ERROR if asm.final else WARNING
    labels: dict[str, int] = None
    for blank in ordinance.blanks:
        labels[blank.label] = labels.get(blank.label, 0) + 1
    return [Finding(level, "document", f"blank to fill in: [{label}]"
                    + (f" ({n} places)" if n > 1 else "") + ".", "blank")
            for label, n in labels.items()]


def x_unfilled_blanks__mutmut_9(asm: Assembly) -> list[Finding]:
    ordinance = asm.ordinance
    if ordinance is None or not ordinance.blanks:
        return []
    level = ERROR if asm.final else WARNING
    labels: dict[str, int] = {}
    for blank in ordinance.blanks:
        labels[blank.label] = None
    return [Finding(level, "document", f"blank to fill in: [{label}]"
                    + (f" ({n} places)" if n > 1 else "") + ".", "blank")
            for label, n in labels.items()]


def x_unfilled_blanks__mutmut_10(asm: Assembly) -> list[Finding]:
    ordinance = asm.ordinance
    if ordinance is None or not ordinance.blanks:
        return []
    level = ERROR if asm.final else WARNING
    labels: dict[str, int] = {}
    for blank in ordinance.blanks:
        labels[blank.label] = labels.get(blank.label, 0) - 1
    return [Finding(level, "document", f"blank to fill in: [{label}]"
                    + (f" ({n} places)" if n > 1 else "") + ".", "blank")
            for label, n in labels.items()]


def x_unfilled_blanks__mutmut_11(asm: Assembly) -> list[Finding]:
    ordinance = asm.ordinance
    if ordinance is None or not ordinance.blanks:
        return []
    level = ERROR if asm.final else WARNING
    labels: dict[str, int] = {}
    for blank in ordinance.blanks:
        labels[blank.label] = labels.get(None, 0) + 1
    return [Finding(level, "document", f"blank to fill in: [{label}]"
                    + (f" ({n} places)" if n > 1 else "") + ".", "blank")
            for label, n in labels.items()]


def x_unfilled_blanks__mutmut_12(asm: Assembly) -> list[Finding]:
    ordinance = asm.ordinance
    if ordinance is None or not ordinance.blanks:
        return []
    level = ERROR if asm.final else WARNING
    labels: dict[str, int] = {}
    for blank in ordinance.blanks:
        labels[blank.label] = labels.get(blank.label, None) + 1
    return [Finding(level, "document", f"blank to fill in: [{label}]"
                    + (f" ({n} places)" if n > 1 else "") + ".", "blank")
            for label, n in labels.items()]


def x_unfilled_blanks__mutmut_13(asm: Assembly) -> list[Finding]:
    ordinance = asm.ordinance
    if ordinance is None or not ordinance.blanks:
        return []
    level = ERROR if asm.final else WARNING
    labels: dict[str, int] = {}
    for blank in ordinance.blanks:
        labels[blank.label] = labels.get(0) + 1
    return [Finding(level, "document", f"blank to fill in: [{label}]"
                    + (f" ({n} places)" if n > 1 else "") + ".", "blank")
            for label, n in labels.items()]


def x_unfilled_blanks__mutmut_14(asm: Assembly) -> list[Finding]:
    ordinance = asm.ordinance
    if ordinance is None or not ordinance.blanks:
        return []
    level = ERROR if asm.final else WARNING
    labels: dict[str, int] = {}
    for blank in ordinance.blanks:
        labels[blank.label] = labels.get(blank.label, ) + 1
    return [Finding(level, "document", f"blank to fill in: [{label}]"
                    + (f" ({n} places)" if n > 1 else "") + ".", "blank")
            for label, n in labels.items()]


def x_unfilled_blanks__mutmut_15(asm: Assembly) -> list[Finding]:
    ordinance = asm.ordinance
    if ordinance is None or not ordinance.blanks:
        return []
    level = ERROR if asm.final else WARNING
    labels: dict[str, int] = {}
    for blank in ordinance.blanks:
        labels[blank.label] = labels.get(blank.label, 1) + 1
    return [Finding(level, "document", f"blank to fill in: [{label}]"
                    + (f" ({n} places)" if n > 1 else "") + ".", "blank")
            for label, n in labels.items()]


def x_unfilled_blanks__mutmut_16(asm: Assembly) -> list[Finding]:
    ordinance = asm.ordinance
    if ordinance is None or not ordinance.blanks:
        return []
    level = ERROR if asm.final else WARNING
    labels: dict[str, int] = {}
    for blank in ordinance.blanks:
        labels[blank.label] = labels.get(blank.label, 0) + 2
    return [Finding(level, "document", f"blank to fill in: [{label}]"
                    + (f" ({n} places)" if n > 1 else "") + ".", "blank")
            for label, n in labels.items()]


def x_unfilled_blanks__mutmut_17(asm: Assembly) -> list[Finding]:
    ordinance = asm.ordinance
    if ordinance is None or not ordinance.blanks:
        return []
    level = ERROR if asm.final else WARNING
    labels: dict[str, int] = {}
    for blank in ordinance.blanks:
        labels[blank.label] = labels.get(blank.label, 0) + 1
    return [Finding(None, "document", f"blank to fill in: [{label}]"
                    + (f" ({n} places)" if n > 1 else "") + ".", "blank")
            for label, n in labels.items()]


def x_unfilled_blanks__mutmut_18(asm: Assembly) -> list[Finding]:
    ordinance = asm.ordinance
    if ordinance is None or not ordinance.blanks:
        return []
    level = ERROR if asm.final else WARNING
    labels: dict[str, int] = {}
    for blank in ordinance.blanks:
        labels[blank.label] = labels.get(blank.label, 0) + 1
    return [Finding(level, None, f"blank to fill in: [{label}]"
                    + (f" ({n} places)" if n > 1 else "") + ".", "blank")
            for label, n in labels.items()]


def x_unfilled_blanks__mutmut_19(asm: Assembly) -> list[Finding]:
    ordinance = asm.ordinance
    if ordinance is None or not ordinance.blanks:
        return []
    level = ERROR if asm.final else WARNING
    labels: dict[str, int] = {}
    for blank in ordinance.blanks:
        labels[blank.label] = labels.get(blank.label, 0) + 1
    return [Finding(level, "document", None, "blank")
            for label, n in labels.items()]


def x_unfilled_blanks__mutmut_20(asm: Assembly) -> list[Finding]:
    ordinance = asm.ordinance
    if ordinance is None or not ordinance.blanks:
        return []
    level = ERROR if asm.final else WARNING
    labels: dict[str, int] = {}
    for blank in ordinance.blanks:
        labels[blank.label] = labels.get(blank.label, 0) + 1
    return [Finding(level, "document", f"blank to fill in: [{label}]"
                    + (f" ({n} places)" if n > 1 else "") + ".", None)
            for label, n in labels.items()]


def x_unfilled_blanks__mutmut_21(asm: Assembly) -> list[Finding]:
    ordinance = asm.ordinance
    if ordinance is None or not ordinance.blanks:
        return []
    level = ERROR if asm.final else WARNING
    labels: dict[str, int] = {}
    for blank in ordinance.blanks:
        labels[blank.label] = labels.get(blank.label, 0) + 1
    return [Finding("document", f"blank to fill in: [{label}]"
                    + (f" ({n} places)" if n > 1 else "") + ".", "blank")
            for label, n in labels.items()]


def x_unfilled_blanks__mutmut_22(asm: Assembly) -> list[Finding]:
    ordinance = asm.ordinance
    if ordinance is None or not ordinance.blanks:
        return []
    level = ERROR if asm.final else WARNING
    labels: dict[str, int] = {}
    for blank in ordinance.blanks:
        labels[blank.label] = labels.get(blank.label, 0) + 1
    return [Finding(level, f"blank to fill in: [{label}]"
                    + (f" ({n} places)" if n > 1 else "") + ".", "blank")
            for label, n in labels.items()]


def x_unfilled_blanks__mutmut_23(asm: Assembly) -> list[Finding]:
    ordinance = asm.ordinance
    if ordinance is None or not ordinance.blanks:
        return []
    level = ERROR if asm.final else WARNING
    labels: dict[str, int] = {}
    for blank in ordinance.blanks:
        labels[blank.label] = labels.get(blank.label, 0) + 1
    return [Finding(level, "document", "blank")
            for label, n in labels.items()]


def x_unfilled_blanks__mutmut_24(asm: Assembly) -> list[Finding]:
    ordinance = asm.ordinance
    if ordinance is None or not ordinance.blanks:
        return []
    level = ERROR if asm.final else WARNING
    labels: dict[str, int] = {}
    for blank in ordinance.blanks:
        labels[blank.label] = labels.get(blank.label, 0) + 1
    return [Finding(level, "document", f"blank to fill in: [{label}]"
                    + (f" ({n} places)" if n > 1 else "") + ".", )
            for label, n in labels.items()]


def x_unfilled_blanks__mutmut_25(asm: Assembly) -> list[Finding]:
    ordinance = asm.ordinance
    if ordinance is None or not ordinance.blanks:
        return []
    level = ERROR if asm.final else WARNING
    labels: dict[str, int] = {}
    for blank in ordinance.blanks:
        labels[blank.label] = labels.get(blank.label, 0) + 1
    return [Finding(level, "XXdocumentXX", f"blank to fill in: [{label}]"
                    + (f" ({n} places)" if n > 1 else "") + ".", "blank")
            for label, n in labels.items()]


def x_unfilled_blanks__mutmut_26(asm: Assembly) -> list[Finding]:
    ordinance = asm.ordinance
    if ordinance is None or not ordinance.blanks:
        return []
    level = ERROR if asm.final else WARNING
    labels: dict[str, int] = {}
    for blank in ordinance.blanks:
        labels[blank.label] = labels.get(blank.label, 0) + 1
    return [Finding(level, "DOCUMENT", f"blank to fill in: [{label}]"
                    + (f" ({n} places)" if n > 1 else "") + ".", "blank")
            for label, n in labels.items()]


def x_unfilled_blanks__mutmut_27(asm: Assembly) -> list[Finding]:
    ordinance = asm.ordinance
    if ordinance is None or not ordinance.blanks:
        return []
    level = ERROR if asm.final else WARNING
    labels: dict[str, int] = {}
    for blank in ordinance.blanks:
        labels[blank.label] = labels.get(blank.label, 0) + 1
    return [Finding(level, "document", f"blank to fill in: [{label}]"
                    + (f" ({n} places)" if n > 1 else "") - ".", "blank")
            for label, n in labels.items()]


def x_unfilled_blanks__mutmut_28(asm: Assembly) -> list[Finding]:
    ordinance = asm.ordinance
    if ordinance is None or not ordinance.blanks:
        return []
    level = ERROR if asm.final else WARNING
    labels: dict[str, int] = {}
    for blank in ordinance.blanks:
        labels[blank.label] = labels.get(blank.label, 0) + 1
    return [Finding(level, "document", f"blank to fill in: [{label}]" - (f" ({n} places)" if n > 1 else "") + ".", "blank")
            for label, n in labels.items()]


def x_unfilled_blanks__mutmut_29(asm: Assembly) -> list[Finding]:
    ordinance = asm.ordinance
    if ordinance is None or not ordinance.blanks:
        return []
    level = ERROR if asm.final else WARNING
    labels: dict[str, int] = {}
    for blank in ordinance.blanks:
        labels[blank.label] = labels.get(blank.label, 0) + 1
    return [Finding(level, "document", f"blank to fill in: [{label}]"
                    + (f" ({n} places)" if (n > 1) and False else "") + ".", "blank")
            for label, n in labels.items()]


def x_unfilled_blanks__mutmut_30(asm: Assembly) -> list[Finding]:
    ordinance = asm.ordinance
    if ordinance is None or not ordinance.blanks:
        return []
    level = ERROR if asm.final else WARNING
    labels: dict[str, int] = {}
    for blank in ordinance.blanks:
        labels[blank.label] = labels.get(blank.label, 0) + 1
    return [Finding(level, "document", f"blank to fill in: [{label}]"
                    + (f" ({n} places)" if (n > 1) or True else "") + ".", "blank")
            for label, n in labels.items()]


def x_unfilled_blanks__mutmut_31(asm: Assembly) -> list[Finding]:
    ordinance = asm.ordinance
    if ordinance is None or not ordinance.blanks:
        return []
    level = ERROR if asm.final else WARNING
    labels: dict[str, int] = {}
    for blank in ordinance.blanks:
        labels[blank.label] = labels.get(blank.label, 0) + 1
    return [Finding(level, "document", f"blank to fill in: [{label}]"
                    + (f" ({n} places)" if n >= 1 else "") + ".", "blank")
            for label, n in labels.items()]


def x_unfilled_blanks__mutmut_32(asm: Assembly) -> list[Finding]:
    ordinance = asm.ordinance
    if ordinance is None or not ordinance.blanks:
        return []
    level = ERROR if asm.final else WARNING
    labels: dict[str, int] = {}
    for blank in ordinance.blanks:
        labels[blank.label] = labels.get(blank.label, 0) + 1
    return [Finding(level, "document", f"blank to fill in: [{label}]"
                    + (f" ({n} places)" if n > 2 else "") + ".", "blank")
            for label, n in labels.items()]


def x_unfilled_blanks__mutmut_33(asm: Assembly) -> list[Finding]:
    ordinance = asm.ordinance
    if ordinance is None or not ordinance.blanks:
        return []
    level = ERROR if asm.final else WARNING
    labels: dict[str, int] = {}
    for blank in ordinance.blanks:
        labels[blank.label] = labels.get(blank.label, 0) + 1
    return [Finding(level, "document", f"blank to fill in: [{label}]"
                    + (f" ({n} places)" if n > 1 else "XXXX") + ".", "blank")
            for label, n in labels.items()]


def x_unfilled_blanks__mutmut_34(asm: Assembly) -> list[Finding]:
    ordinance = asm.ordinance
    if ordinance is None or not ordinance.blanks:
        return []
    level = ERROR if asm.final else WARNING
    labels: dict[str, int] = {}
    for blank in ordinance.blanks:
        labels[blank.label] = labels.get(blank.label, 0) + 1
    return [Finding(level, "document", f"blank to fill in: [{label}]"
                    + (f" ({n} places)" if n > 1 else "") + "XX.XX", "blank")
            for label, n in labels.items()]


def x_unfilled_blanks__mutmut_35(asm: Assembly) -> list[Finding]:
    ordinance = asm.ordinance
    if ordinance is None or not ordinance.blanks:
        return []
    level = ERROR if asm.final else WARNING
    labels: dict[str, int] = {}
    for blank in ordinance.blanks:
        labels[blank.label] = labels.get(blank.label, 0) + 1
    return [Finding(level, "document", f"blank to fill in: [{label}]"
                    + (f" ({n} places)" if n > 1 else "") + ".", "XXblankXX")
            for label, n in labels.items()]


def x_unfilled_blanks__mutmut_36(asm: Assembly) -> list[Finding]:
    ordinance = asm.ordinance
    if ordinance is None or not ordinance.blanks:
        return []
    level = ERROR if asm.final else WARNING
    labels: dict[str, int] = {}
    for blank in ordinance.blanks:
        labels[blank.label] = labels.get(blank.label, 0) + 1
    return [Finding(level, "document", f"blank to fill in: [{label}]"
                    + (f" ({n} places)" if n > 1 else "") + ".", "BLANK")
            for label, n in labels.items()]

mutants_x_unfilled_blanks__mutmut['_mutmut_orig'] = x_unfilled_blanks__mutmut_orig # type: ignore # mutmut generated
mutants_x_unfilled_blanks__mutmut['x_unfilled_blanks__mutmut_1'] = x_unfilled_blanks__mutmut_1 # type: ignore # mutmut generated
mutants_x_unfilled_blanks__mutmut['x_unfilled_blanks__mutmut_2'] = x_unfilled_blanks__mutmut_2 # type: ignore # mutmut generated
mutants_x_unfilled_blanks__mutmut['x_unfilled_blanks__mutmut_3'] = x_unfilled_blanks__mutmut_3 # type: ignore # mutmut generated
mutants_x_unfilled_blanks__mutmut['x_unfilled_blanks__mutmut_4'] = x_unfilled_blanks__mutmut_4 # type: ignore # mutmut generated
mutants_x_unfilled_blanks__mutmut['x_unfilled_blanks__mutmut_5'] = x_unfilled_blanks__mutmut_5 # type: ignore # mutmut generated
mutants_x_unfilled_blanks__mutmut['x_unfilled_blanks__mutmut_6'] = x_unfilled_blanks__mutmut_6 # type: ignore # mutmut generated
mutants_x_unfilled_blanks__mutmut['x_unfilled_blanks__mutmut_7'] = x_unfilled_blanks__mutmut_7 # type: ignore # mutmut generated
mutants_x_unfilled_blanks__mutmut['x_unfilled_blanks__mutmut_8'] = x_unfilled_blanks__mutmut_8 # type: ignore # mutmut generated
mutants_x_unfilled_blanks__mutmut['x_unfilled_blanks__mutmut_9'] = x_unfilled_blanks__mutmut_9 # type: ignore # mutmut generated
mutants_x_unfilled_blanks__mutmut['x_unfilled_blanks__mutmut_10'] = x_unfilled_blanks__mutmut_10 # type: ignore # mutmut generated
mutants_x_unfilled_blanks__mutmut['x_unfilled_blanks__mutmut_11'] = x_unfilled_blanks__mutmut_11 # type: ignore # mutmut generated
mutants_x_unfilled_blanks__mutmut['x_unfilled_blanks__mutmut_12'] = x_unfilled_blanks__mutmut_12 # type: ignore # mutmut generated
mutants_x_unfilled_blanks__mutmut['x_unfilled_blanks__mutmut_13'] = x_unfilled_blanks__mutmut_13 # type: ignore # mutmut generated
mutants_x_unfilled_blanks__mutmut['x_unfilled_blanks__mutmut_14'] = x_unfilled_blanks__mutmut_14 # type: ignore # mutmut generated
mutants_x_unfilled_blanks__mutmut['x_unfilled_blanks__mutmut_15'] = x_unfilled_blanks__mutmut_15 # type: ignore # mutmut generated
mutants_x_unfilled_blanks__mutmut['x_unfilled_blanks__mutmut_16'] = x_unfilled_blanks__mutmut_16 # type: ignore # mutmut generated
mutants_x_unfilled_blanks__mutmut['x_unfilled_blanks__mutmut_17'] = x_unfilled_blanks__mutmut_17 # type: ignore # mutmut generated
mutants_x_unfilled_blanks__mutmut['x_unfilled_blanks__mutmut_18'] = x_unfilled_blanks__mutmut_18 # type: ignore # mutmut generated
mutants_x_unfilled_blanks__mutmut['x_unfilled_blanks__mutmut_19'] = x_unfilled_blanks__mutmut_19 # type: ignore # mutmut generated
mutants_x_unfilled_blanks__mutmut['x_unfilled_blanks__mutmut_20'] = x_unfilled_blanks__mutmut_20 # type: ignore # mutmut generated
mutants_x_unfilled_blanks__mutmut['x_unfilled_blanks__mutmut_21'] = x_unfilled_blanks__mutmut_21 # type: ignore # mutmut generated
mutants_x_unfilled_blanks__mutmut['x_unfilled_blanks__mutmut_22'] = x_unfilled_blanks__mutmut_22 # type: ignore # mutmut generated
mutants_x_unfilled_blanks__mutmut['x_unfilled_blanks__mutmut_23'] = x_unfilled_blanks__mutmut_23 # type: ignore # mutmut generated
mutants_x_unfilled_blanks__mutmut['x_unfilled_blanks__mutmut_24'] = x_unfilled_blanks__mutmut_24 # type: ignore # mutmut generated
mutants_x_unfilled_blanks__mutmut['x_unfilled_blanks__mutmut_25'] = x_unfilled_blanks__mutmut_25 # type: ignore # mutmut generated
mutants_x_unfilled_blanks__mutmut['x_unfilled_blanks__mutmut_26'] = x_unfilled_blanks__mutmut_26 # type: ignore # mutmut generated
mutants_x_unfilled_blanks__mutmut['x_unfilled_blanks__mutmut_27'] = x_unfilled_blanks__mutmut_27 # type: ignore # mutmut generated
mutants_x_unfilled_blanks__mutmut['x_unfilled_blanks__mutmut_28'] = x_unfilled_blanks__mutmut_28 # type: ignore # mutmut generated
mutants_x_unfilled_blanks__mutmut['x_unfilled_blanks__mutmut_29'] = x_unfilled_blanks__mutmut_29 # type: ignore # mutmut generated
mutants_x_unfilled_blanks__mutmut['x_unfilled_blanks__mutmut_30'] = x_unfilled_blanks__mutmut_30 # type: ignore # mutmut generated
mutants_x_unfilled_blanks__mutmut['x_unfilled_blanks__mutmut_31'] = x_unfilled_blanks__mutmut_31 # type: ignore # mutmut generated
mutants_x_unfilled_blanks__mutmut['x_unfilled_blanks__mutmut_32'] = x_unfilled_blanks__mutmut_32 # type: ignore # mutmut generated
mutants_x_unfilled_blanks__mutmut['x_unfilled_blanks__mutmut_33'] = x_unfilled_blanks__mutmut_33 # type: ignore # mutmut generated
mutants_x_unfilled_blanks__mutmut['x_unfilled_blanks__mutmut_34'] = x_unfilled_blanks__mutmut_34 # type: ignore # mutmut generated
mutants_x_unfilled_blanks__mutmut['x_unfilled_blanks__mutmut_35'] = x_unfilled_blanks__mutmut_35 # type: ignore # mutmut generated
mutants_x_unfilled_blanks__mutmut['x_unfilled_blanks__mutmut_36'] = x_unfilled_blanks__mutmut_36 # type: ignore # mutmut generated
mutants_x_empty_sections__mutmut: MutantDict = {}  # type: ignore


@_mutmut_mutated(mutants_x_empty_sections__mutmut)
def empty_sections(asm: Assembly) -> list[Finding]:
    return [Finding(WARNING, cid, "this section has no text with these answers.")
            for cid in asm.empty_sections]


def x_empty_sections__mutmut_orig(asm: Assembly) -> list[Finding]:
    return [Finding(WARNING, cid, "this section has no text with these answers.")
            for cid in asm.empty_sections]


def x_empty_sections__mutmut_1(asm: Assembly) -> list[Finding]:
    return [Finding(None, cid, "this section has no text with these answers.")
            for cid in asm.empty_sections]


def x_empty_sections__mutmut_2(asm: Assembly) -> list[Finding]:
    return [Finding(WARNING, None, "this section has no text with these answers.")
            for cid in asm.empty_sections]


def x_empty_sections__mutmut_3(asm: Assembly) -> list[Finding]:
    return [Finding(WARNING, cid, None)
            for cid in asm.empty_sections]


def x_empty_sections__mutmut_4(asm: Assembly) -> list[Finding]:
    return [Finding(cid, "this section has no text with these answers.")
            for cid in asm.empty_sections]


def x_empty_sections__mutmut_5(asm: Assembly) -> list[Finding]:
    return [Finding(WARNING, "this section has no text with these answers.")
            for cid in asm.empty_sections]


def x_empty_sections__mutmut_6(asm: Assembly) -> list[Finding]:
    return [Finding(WARNING, cid, )
            for cid in asm.empty_sections]


def x_empty_sections__mutmut_7(asm: Assembly) -> list[Finding]:
    return [Finding(WARNING, cid, "XXthis section has no text with these answers.XX")
            for cid in asm.empty_sections]


def x_empty_sections__mutmut_8(asm: Assembly) -> list[Finding]:
    return [Finding(WARNING, cid, "THIS SECTION HAS NO TEXT WITH THESE ANSWERS.")
            for cid in asm.empty_sections]

mutants_x_empty_sections__mutmut['_mutmut_orig'] = x_empty_sections__mutmut_orig # type: ignore # mutmut generated
mutants_x_empty_sections__mutmut['x_empty_sections__mutmut_1'] = x_empty_sections__mutmut_1 # type: ignore # mutmut generated
mutants_x_empty_sections__mutmut['x_empty_sections__mutmut_2'] = x_empty_sections__mutmut_2 # type: ignore # mutmut generated
mutants_x_empty_sections__mutmut['x_empty_sections__mutmut_3'] = x_empty_sections__mutmut_3 # type: ignore # mutmut generated
mutants_x_empty_sections__mutmut['x_empty_sections__mutmut_4'] = x_empty_sections__mutmut_4 # type: ignore # mutmut generated
mutants_x_empty_sections__mutmut['x_empty_sections__mutmut_5'] = x_empty_sections__mutmut_5 # type: ignore # mutmut generated
mutants_x_empty_sections__mutmut['x_empty_sections__mutmut_6'] = x_empty_sections__mutmut_6 # type: ignore # mutmut generated
mutants_x_empty_sections__mutmut['x_empty_sections__mutmut_7'] = x_empty_sections__mutmut_7 # type: ignore # mutmut generated
mutants_x_empty_sections__mutmut['x_empty_sections__mutmut_8'] = x_empty_sections__mutmut_8 # type: ignore # mutmut generated
mutants_x_unmarked_terms__mutmut: MutantDict = {}  # type: ignore


@_mutmut_mutated(mutants_x_unmarked_terms__mutmut)
def unmarked_terms(asm: Assembly) -> list[Finding]:
    seen = set()
    out = []
    for where, term in scan_unmarked_terms(asm):
        if (where, term) in seen:
            continue
        seen.add((where, term))
        out.append(Finding(WARNING, where, f"'{term}' is a defined term but is not marked "
                           f"as one; write [[{term}]]."))
    return out


def x_unmarked_terms__mutmut_orig(asm: Assembly) -> list[Finding]:
    seen = set()
    out = []
    for where, term in scan_unmarked_terms(asm):
        if (where, term) in seen:
            continue
        seen.add((where, term))
        out.append(Finding(WARNING, where, f"'{term}' is a defined term but is not marked "
                           f"as one; write [[{term}]]."))
    return out


def x_unmarked_terms__mutmut_1(asm: Assembly) -> list[Finding]:
    seen = None
    out = []
    for where, term in scan_unmarked_terms(asm):
        if (where, term) in seen:
            continue
        seen.add((where, term))
        out.append(Finding(WARNING, where, f"'{term}' is a defined term but is not marked "
                           f"as one; write [[{term}]]."))
    return out


def x_unmarked_terms__mutmut_2(asm: Assembly) -> list[Finding]:
    seen = set()
    out = None
    for where, term in scan_unmarked_terms(asm):
        if (where, term) in seen:
            continue
        seen.add((where, term))
        out.append(Finding(WARNING, where, f"'{term}' is a defined term but is not marked "
                           f"as one; write [[{term}]]."))
    return out


def x_unmarked_terms__mutmut_3(asm: Assembly) -> list[Finding]:
    seen = set()
    out = []
    for where, term in scan_unmarked_terms(None):
        if (where, term) in seen:
            continue
        seen.add((where, term))
        out.append(Finding(WARNING, where, f"'{term}' is a defined term but is not marked "
                           f"as one; write [[{term}]]."))
    return out


def x_unmarked_terms__mutmut_4(asm: Assembly) -> list[Finding]:
    seen = set()
    out = []
    for where, term in scan_unmarked_terms(asm):
        if (where, term) not in seen:
            continue
        seen.add((where, term))
        out.append(Finding(WARNING, where, f"'{term}' is a defined term but is not marked "
                           f"as one; write [[{term}]]."))
    return out


def x_unmarked_terms__mutmut_5(asm: Assembly) -> list[Finding]:
    seen = set()
    out = []
    for where, term in scan_unmarked_terms(asm):
        if (where, term) in seen:
            break
        seen.add((where, term))
        out.append(Finding(WARNING, where, f"'{term}' is a defined term but is not marked "
                           f"as one; write [[{term}]]."))
    return out


def x_unmarked_terms__mutmut_6(asm: Assembly) -> list[Finding]:
    seen = set()
    out = []
    for where, term in scan_unmarked_terms(asm):
        if (where, term) in seen:
            continue
        seen.add(None)
        out.append(Finding(WARNING, where, f"'{term}' is a defined term but is not marked "
                           f"as one; write [[{term}]]."))
    return out


def x_unmarked_terms__mutmut_7(asm: Assembly) -> list[Finding]:
    seen = set()
    out = []
    for where, term in scan_unmarked_terms(asm):
        if (where, term) in seen:
            continue
        seen.add((where, term))
        out.append(None)
    return out


def x_unmarked_terms__mutmut_8(asm: Assembly) -> list[Finding]:
    seen = set()
    out = []
    for where, term in scan_unmarked_terms(asm):
        if (where, term) in seen:
            continue
        seen.add((where, term))
        out.append(Finding(None, where, f"'{term}' is a defined term but is not marked "
                           f"as one; write [[{term}]]."))
    return out


def x_unmarked_terms__mutmut_9(asm: Assembly) -> list[Finding]:
    seen = set()
    out = []
    for where, term in scan_unmarked_terms(asm):
        if (where, term) in seen:
            continue
        seen.add((where, term))
        out.append(Finding(WARNING, None, f"'{term}' is a defined term but is not marked "
                           f"as one; write [[{term}]]."))
    return out


def x_unmarked_terms__mutmut_10(asm: Assembly) -> list[Finding]:
    seen = set()
    out = []
    for where, term in scan_unmarked_terms(asm):
        if (where, term) in seen:
            continue
        seen.add((where, term))
        out.append(Finding(WARNING, where, None))
    return out


def x_unmarked_terms__mutmut_11(asm: Assembly) -> list[Finding]:
    seen = set()
    out = []
    for where, term in scan_unmarked_terms(asm):
        if (where, term) in seen:
            continue
        seen.add((where, term))
        out.append(Finding(where, f"'{term}' is a defined term but is not marked "
                           f"as one; write [[{term}]]."))
    return out


def x_unmarked_terms__mutmut_12(asm: Assembly) -> list[Finding]:
    seen = set()
    out = []
    for where, term in scan_unmarked_terms(asm):
        if (where, term) in seen:
            continue
        seen.add((where, term))
        out.append(Finding(WARNING, f"'{term}' is a defined term but is not marked "
                           f"as one; write [[{term}]]."))
    return out


def x_unmarked_terms__mutmut_13(asm: Assembly) -> list[Finding]:
    seen = set()
    out = []
    for where, term in scan_unmarked_terms(asm):
        if (where, term) in seen:
            continue
        seen.add((where, term))
        out.append(Finding(WARNING, where, ))
    return out

mutants_x_unmarked_terms__mutmut['_mutmut_orig'] = x_unmarked_terms__mutmut_orig # type: ignore # mutmut generated
mutants_x_unmarked_terms__mutmut['x_unmarked_terms__mutmut_1'] = x_unmarked_terms__mutmut_1 # type: ignore # mutmut generated
mutants_x_unmarked_terms__mutmut['x_unmarked_terms__mutmut_2'] = x_unmarked_terms__mutmut_2 # type: ignore # mutmut generated
mutants_x_unmarked_terms__mutmut['x_unmarked_terms__mutmut_3'] = x_unmarked_terms__mutmut_3 # type: ignore # mutmut generated
mutants_x_unmarked_terms__mutmut['x_unmarked_terms__mutmut_4'] = x_unmarked_terms__mutmut_4 # type: ignore # mutmut generated
mutants_x_unmarked_terms__mutmut['x_unmarked_terms__mutmut_5'] = x_unmarked_terms__mutmut_5 # type: ignore # mutmut generated
mutants_x_unmarked_terms__mutmut['x_unmarked_terms__mutmut_6'] = x_unmarked_terms__mutmut_6 # type: ignore # mutmut generated
mutants_x_unmarked_terms__mutmut['x_unmarked_terms__mutmut_7'] = x_unmarked_terms__mutmut_7 # type: ignore # mutmut generated
mutants_x_unmarked_terms__mutmut['x_unmarked_terms__mutmut_8'] = x_unmarked_terms__mutmut_8 # type: ignore # mutmut generated
mutants_x_unmarked_terms__mutmut['x_unmarked_terms__mutmut_9'] = x_unmarked_terms__mutmut_9 # type: ignore # mutmut generated
mutants_x_unmarked_terms__mutmut['x_unmarked_terms__mutmut_10'] = x_unmarked_terms__mutmut_10 # type: ignore # mutmut generated
mutants_x_unmarked_terms__mutmut['x_unmarked_terms__mutmut_11'] = x_unmarked_terms__mutmut_11 # type: ignore # mutmut generated
mutants_x_unmarked_terms__mutmut['x_unmarked_terms__mutmut_12'] = x_unmarked_terms__mutmut_12 # type: ignore # mutmut generated
mutants_x_unmarked_terms__mutmut['x_unmarked_terms__mutmut_13'] = x_unmarked_terms__mutmut_13 # type: ignore # mutmut generated
mutants_x_scan_unmarked_terms__mutmut: MutantDict = {}  # type: ignore


@_mutmut_mutated(mutants_x_scan_unmarked_terms__mutmut)
def scan_unmarked_terms(asm: Assembly) -> list[tuple[str, str]]:
    """Defined terms typed as plain capitalised text instead of [[Term]]: (where, term)."""
    found: list[tuple[str, str]] = []
    terms = [asm.library.definitions_by_term[k][0].term for k in asm.defined_terms]
    if not terms or asm.ordinance is None:
        return found
    pattern = re.compile(r"\b(" + "|".join(re.escape(t) for t in sorted(terms, key=len, reverse=True)) + r")\b")
    for section in asm.ordinance.sections:
        for block in section.blocks:
            for item in block.inlines:
                if type(item) is Text:
                    for m in pattern.finditer(item.text):
                        found.append((block.clause_id or section.anchor, m.group(1)))
    return found


def x_scan_unmarked_terms__mutmut_orig(asm: Assembly) -> list[tuple[str, str]]:
    """Defined terms typed as plain capitalised text instead of [[Term]]: (where, term)."""
    found: list[tuple[str, str]] = []
    terms = [asm.library.definitions_by_term[k][0].term for k in asm.defined_terms]
    if not terms or asm.ordinance is None:
        return found
    pattern = re.compile(r"\b(" + "|".join(re.escape(t) for t in sorted(terms, key=len, reverse=True)) + r")\b")
    for section in asm.ordinance.sections:
        for block in section.blocks:
            for item in block.inlines:
                if type(item) is Text:
                    for m in pattern.finditer(item.text):
                        found.append((block.clause_id or section.anchor, m.group(1)))
    return found


def x_scan_unmarked_terms__mutmut_1(asm: Assembly) -> list[tuple[str, str]]:
    """Defined terms typed as plain capitalised text instead of [[Term]]: (where, term)."""
    found: list[tuple[str, str]] = None
    terms = [asm.library.definitions_by_term[k][0].term for k in asm.defined_terms]
    if not terms or asm.ordinance is None:
        return found
    pattern = re.compile(r"\b(" + "|".join(re.escape(t) for t in sorted(terms, key=len, reverse=True)) + r")\b")
    for section in asm.ordinance.sections:
        for block in section.blocks:
            for item in block.inlines:
                if type(item) is Text:
                    for m in pattern.finditer(item.text):
                        found.append((block.clause_id or section.anchor, m.group(1)))
    return found


def x_scan_unmarked_terms__mutmut_2(asm: Assembly) -> list[tuple[str, str]]:
    """Defined terms typed as plain capitalised text instead of [[Term]]: (where, term)."""
    found: list[tuple[str, str]] = []
    terms = None
    if not terms or asm.ordinance is None:
        return found
    pattern = re.compile(r"\b(" + "|".join(re.escape(t) for t in sorted(terms, key=len, reverse=True)) + r")\b")
    for section in asm.ordinance.sections:
        for block in section.blocks:
            for item in block.inlines:
                if type(item) is Text:
                    for m in pattern.finditer(item.text):
                        found.append((block.clause_id or section.anchor, m.group(1)))
    return found


def x_scan_unmarked_terms__mutmut_3(asm: Assembly) -> list[tuple[str, str]]:
    """Defined terms typed as plain capitalised text instead of [[Term]]: (where, term)."""
    found: list[tuple[str, str]] = []
    terms = [asm.library.definitions_by_term[k][1].term for k in asm.defined_terms]
    if not terms or asm.ordinance is None:
        return found
    pattern = re.compile(r"\b(" + "|".join(re.escape(t) for t in sorted(terms, key=len, reverse=True)) + r")\b")
    for section in asm.ordinance.sections:
        for block in section.blocks:
            for item in block.inlines:
                if type(item) is Text:
                    for m in pattern.finditer(item.text):
                        found.append((block.clause_id or section.anchor, m.group(1)))
    return found


def x_scan_unmarked_terms__mutmut_4(asm: Assembly) -> list[tuple[str, str]]:
    """Defined terms typed as plain capitalised text instead of [[Term]]: (where, term)."""
    found: list[tuple[str, str]] = []
    terms = [asm.library.definitions_by_term[k][0].term for k in asm.defined_terms]
    if not terms and asm.ordinance is None:
        return found
    pattern = re.compile(r"\b(" + "|".join(re.escape(t) for t in sorted(terms, key=len, reverse=True)) + r")\b")
    for section in asm.ordinance.sections:
        for block in section.blocks:
            for item in block.inlines:
                if type(item) is Text:
                    for m in pattern.finditer(item.text):
                        found.append((block.clause_id or section.anchor, m.group(1)))
    return found


def x_scan_unmarked_terms__mutmut_5(asm: Assembly) -> list[tuple[str, str]]:
    """Defined terms typed as plain capitalised text instead of [[Term]]: (where, term)."""
    found: list[tuple[str, str]] = []
    terms = [asm.library.definitions_by_term[k][0].term for k in asm.defined_terms]
    if terms or asm.ordinance is None:
        return found
    pattern = re.compile(r"\b(" + "|".join(re.escape(t) for t in sorted(terms, key=len, reverse=True)) + r")\b")
    for section in asm.ordinance.sections:
        for block in section.blocks:
            for item in block.inlines:
                if type(item) is Text:
                    for m in pattern.finditer(item.text):
                        found.append((block.clause_id or section.anchor, m.group(1)))
    return found


def x_scan_unmarked_terms__mutmut_6(asm: Assembly) -> list[tuple[str, str]]:
    """Defined terms typed as plain capitalised text instead of [[Term]]: (where, term)."""
    found: list[tuple[str, str]] = []
    terms = [asm.library.definitions_by_term[k][0].term for k in asm.defined_terms]
    if not terms or asm.ordinance is not None:
        return found
    pattern = re.compile(r"\b(" + "|".join(re.escape(t) for t in sorted(terms, key=len, reverse=True)) + r")\b")
    for section in asm.ordinance.sections:
        for block in section.blocks:
            for item in block.inlines:
                if type(item) is Text:
                    for m in pattern.finditer(item.text):
                        found.append((block.clause_id or section.anchor, m.group(1)))
    return found


def x_scan_unmarked_terms__mutmut_7(asm: Assembly) -> list[tuple[str, str]]:
    """Defined terms typed as plain capitalised text instead of [[Term]]: (where, term)."""
    found: list[tuple[str, str]] = []
    terms = [asm.library.definitions_by_term[k][0].term for k in asm.defined_terms]
    if not terms or asm.ordinance is None:
        return found
    pattern = None
    for section in asm.ordinance.sections:
        for block in section.blocks:
            for item in block.inlines:
                if type(item) is Text:
                    for m in pattern.finditer(item.text):
                        found.append((block.clause_id or section.anchor, m.group(1)))
    return found


def x_scan_unmarked_terms__mutmut_8(asm: Assembly) -> list[tuple[str, str]]:
    """Defined terms typed as plain capitalised text instead of [[Term]]: (where, term)."""
    found: list[tuple[str, str]] = []
    terms = [asm.library.definitions_by_term[k][0].term for k in asm.defined_terms]
    if not terms or asm.ordinance is None:
        return found
    pattern = re.compile(None)
    for section in asm.ordinance.sections:
        for block in section.blocks:
            for item in block.inlines:
                if type(item) is Text:
                    for m in pattern.finditer(item.text):
                        found.append((block.clause_id or section.anchor, m.group(1)))
    return found


def x_scan_unmarked_terms__mutmut_9(asm: Assembly) -> list[tuple[str, str]]:
    """Defined terms typed as plain capitalised text instead of [[Term]]: (where, term)."""
    found: list[tuple[str, str]] = []
    terms = [asm.library.definitions_by_term[k][0].term for k in asm.defined_terms]
    if not terms or asm.ordinance is None:
        return found
    pattern = re.compile(r"\b(" + "|".join(re.escape(t) for t in sorted(terms, key=len, reverse=True)) - r")\b")
    for section in asm.ordinance.sections:
        for block in section.blocks:
            for item in block.inlines:
                if type(item) is Text:
                    for m in pattern.finditer(item.text):
                        found.append((block.clause_id or section.anchor, m.group(1)))
    return found


def x_scan_unmarked_terms__mutmut_10(asm: Assembly) -> list[tuple[str, str]]:
    """Defined terms typed as plain capitalised text instead of [[Term]]: (where, term)."""
    found: list[tuple[str, str]] = []
    terms = [asm.library.definitions_by_term[k][0].term for k in asm.defined_terms]
    if not terms or asm.ordinance is None:
        return found
    pattern = re.compile(r"\b(" - "|".join(re.escape(t) for t in sorted(terms, key=len, reverse=True)) + r")\b")
    for section in asm.ordinance.sections:
        for block in section.blocks:
            for item in block.inlines:
                if type(item) is Text:
                    for m in pattern.finditer(item.text):
                        found.append((block.clause_id or section.anchor, m.group(1)))
    return found


def x_scan_unmarked_terms__mutmut_11(asm: Assembly) -> list[tuple[str, str]]:
    """Defined terms typed as plain capitalised text instead of [[Term]]: (where, term)."""
    found: list[tuple[str, str]] = []
    terms = [asm.library.definitions_by_term[k][0].term for k in asm.defined_terms]
    if not terms or asm.ordinance is None:
        return found
    pattern = re.compile(r"XX\b(XX" + "|".join(re.escape(t) for t in sorted(terms, key=len, reverse=True)) + r")\b")
    for section in asm.ordinance.sections:
        for block in section.blocks:
            for item in block.inlines:
                if type(item) is Text:
                    for m in pattern.finditer(item.text):
                        found.append((block.clause_id or section.anchor, m.group(1)))
    return found


def x_scan_unmarked_terms__mutmut_12(asm: Assembly) -> list[tuple[str, str]]:
    """Defined terms typed as plain capitalised text instead of [[Term]]: (where, term)."""
    found: list[tuple[str, str]] = []
    terms = [asm.library.definitions_by_term[k][0].term for k in asm.defined_terms]
    if not terms or asm.ordinance is None:
        return found
    pattern = re.compile(r"\b(" + "|".join(None) + r")\b")
    for section in asm.ordinance.sections:
        for block in section.blocks:
            for item in block.inlines:
                if type(item) is Text:
                    for m in pattern.finditer(item.text):
                        found.append((block.clause_id or section.anchor, m.group(1)))
    return found


def x_scan_unmarked_terms__mutmut_13(asm: Assembly) -> list[tuple[str, str]]:
    """Defined terms typed as plain capitalised text instead of [[Term]]: (where, term)."""
    found: list[tuple[str, str]] = []
    terms = [asm.library.definitions_by_term[k][0].term for k in asm.defined_terms]
    if not terms or asm.ordinance is None:
        return found
    pattern = re.compile(r"\b(" + "XX|XX".join(re.escape(t) for t in sorted(terms, key=len, reverse=True)) + r")\b")
    for section in asm.ordinance.sections:
        for block in section.blocks:
            for item in block.inlines:
                if type(item) is Text:
                    for m in pattern.finditer(item.text):
                        found.append((block.clause_id or section.anchor, m.group(1)))
    return found


def x_scan_unmarked_terms__mutmut_14(asm: Assembly) -> list[tuple[str, str]]:
    """Defined terms typed as plain capitalised text instead of [[Term]]: (where, term)."""
    found: list[tuple[str, str]] = []
    terms = [asm.library.definitions_by_term[k][0].term for k in asm.defined_terms]
    if not terms or asm.ordinance is None:
        return found
    pattern = re.compile(r"\b(" + "|".join(re.escape(None) for t in sorted(terms, key=len, reverse=True)) + r")\b")
    for section in asm.ordinance.sections:
        for block in section.blocks:
            for item in block.inlines:
                if type(item) is Text:
                    for m in pattern.finditer(item.text):
                        found.append((block.clause_id or section.anchor, m.group(1)))
    return found


def x_scan_unmarked_terms__mutmut_15(asm: Assembly) -> list[tuple[str, str]]:
    """Defined terms typed as plain capitalised text instead of [[Term]]: (where, term)."""
    found: list[tuple[str, str]] = []
    terms = [asm.library.definitions_by_term[k][0].term for k in asm.defined_terms]
    if not terms or asm.ordinance is None:
        return found
    pattern = re.compile(r"\b(" + "|".join(re.escape(t) for t in sorted(None, key=len, reverse=True)) + r")\b")
    for section in asm.ordinance.sections:
        for block in section.blocks:
            for item in block.inlines:
                if type(item) is Text:
                    for m in pattern.finditer(item.text):
                        found.append((block.clause_id or section.anchor, m.group(1)))
    return found


def x_scan_unmarked_terms__mutmut_16(asm: Assembly) -> list[tuple[str, str]]:
    """Defined terms typed as plain capitalised text instead of [[Term]]: (where, term)."""
    found: list[tuple[str, str]] = []
    terms = [asm.library.definitions_by_term[k][0].term for k in asm.defined_terms]
    if not terms or asm.ordinance is None:
        return found
    pattern = re.compile(r"\b(" + "|".join(re.escape(t) for t in sorted(terms, key=None, reverse=True)) + r")\b")
    for section in asm.ordinance.sections:
        for block in section.blocks:
            for item in block.inlines:
                if type(item) is Text:
                    for m in pattern.finditer(item.text):
                        found.append((block.clause_id or section.anchor, m.group(1)))
    return found


def x_scan_unmarked_terms__mutmut_17(asm: Assembly) -> list[tuple[str, str]]:
    """Defined terms typed as plain capitalised text instead of [[Term]]: (where, term)."""
    found: list[tuple[str, str]] = []
    terms = [asm.library.definitions_by_term[k][0].term for k in asm.defined_terms]
    if not terms or asm.ordinance is None:
        return found
    pattern = re.compile(r"\b(" + "|".join(re.escape(t) for t in sorted(terms, key=len, reverse=None)) + r")\b")
    for section in asm.ordinance.sections:
        for block in section.blocks:
            for item in block.inlines:
                if type(item) is Text:
                    for m in pattern.finditer(item.text):
                        found.append((block.clause_id or section.anchor, m.group(1)))
    return found


def x_scan_unmarked_terms__mutmut_18(asm: Assembly) -> list[tuple[str, str]]:
    """Defined terms typed as plain capitalised text instead of [[Term]]: (where, term)."""
    found: list[tuple[str, str]] = []
    terms = [asm.library.definitions_by_term[k][0].term for k in asm.defined_terms]
    if not terms or asm.ordinance is None:
        return found
    pattern = re.compile(r"\b(" + "|".join(re.escape(t) for t in sorted(key=len, reverse=True)) + r")\b")
    for section in asm.ordinance.sections:
        for block in section.blocks:
            for item in block.inlines:
                if type(item) is Text:
                    for m in pattern.finditer(item.text):
                        found.append((block.clause_id or section.anchor, m.group(1)))
    return found


def x_scan_unmarked_terms__mutmut_19(asm: Assembly) -> list[tuple[str, str]]:
    """Defined terms typed as plain capitalised text instead of [[Term]]: (where, term)."""
    found: list[tuple[str, str]] = []
    terms = [asm.library.definitions_by_term[k][0].term for k in asm.defined_terms]
    if not terms or asm.ordinance is None:
        return found
    pattern = re.compile(r"\b(" + "|".join(re.escape(t) for t in sorted(terms, reverse=True)) + r")\b")
    for section in asm.ordinance.sections:
        for block in section.blocks:
            for item in block.inlines:
                if type(item) is Text:
                    for m in pattern.finditer(item.text):
                        found.append((block.clause_id or section.anchor, m.group(1)))
    return found


def x_scan_unmarked_terms__mutmut_20(asm: Assembly) -> list[tuple[str, str]]:
    """Defined terms typed as plain capitalised text instead of [[Term]]: (where, term)."""
    found: list[tuple[str, str]] = []
    terms = [asm.library.definitions_by_term[k][0].term for k in asm.defined_terms]
    if not terms or asm.ordinance is None:
        return found
    pattern = re.compile(r"\b(" + "|".join(re.escape(t) for t in sorted(terms, key=len, )) + r")\b")
    for section in asm.ordinance.sections:
        for block in section.blocks:
            for item in block.inlines:
                if type(item) is Text:
                    for m in pattern.finditer(item.text):
                        found.append((block.clause_id or section.anchor, m.group(1)))
    return found


def x_scan_unmarked_terms__mutmut_21(asm: Assembly) -> list[tuple[str, str]]:
    """Defined terms typed as plain capitalised text instead of [[Term]]: (where, term)."""
    found: list[tuple[str, str]] = []
    terms = [asm.library.definitions_by_term[k][0].term for k in asm.defined_terms]
    if not terms or asm.ordinance is None:
        return found
    pattern = re.compile(r"\b(" + "|".join(re.escape(t) for t in sorted(terms, key=len, reverse=False)) + r")\b")
    for section in asm.ordinance.sections:
        for block in section.blocks:
            for item in block.inlines:
                if type(item) is Text:
                    for m in pattern.finditer(item.text):
                        found.append((block.clause_id or section.anchor, m.group(1)))
    return found


def x_scan_unmarked_terms__mutmut_22(asm: Assembly) -> list[tuple[str, str]]:
    """Defined terms typed as plain capitalised text instead of [[Term]]: (where, term)."""
    found: list[tuple[str, str]] = []
    terms = [asm.library.definitions_by_term[k][0].term for k in asm.defined_terms]
    if not terms or asm.ordinance is None:
        return found
    pattern = re.compile(r"\b(" + "|".join(re.escape(t) for t in sorted(terms, key=len, reverse=True)) + r"XX)\bXX")
    for section in asm.ordinance.sections:
        for block in section.blocks:
            for item in block.inlines:
                if type(item) is Text:
                    for m in pattern.finditer(item.text):
                        found.append((block.clause_id or section.anchor, m.group(1)))
    return found


def x_scan_unmarked_terms__mutmut_23(asm: Assembly) -> list[tuple[str, str]]:
    """Defined terms typed as plain capitalised text instead of [[Term]]: (where, term)."""
    found: list[tuple[str, str]] = []
    terms = [asm.library.definitions_by_term[k][0].term for k in asm.defined_terms]
    if not terms or asm.ordinance is None:
        return found
    pattern = re.compile(r"\b(" + "|".join(re.escape(t) for t in sorted(terms, key=len, reverse=True)) + r")\b")
    for section in asm.ordinance.sections:
        for block in section.blocks:
            for item in block.inlines:
                if type(None) is Text:
                    for m in pattern.finditer(item.text):
                        found.append((block.clause_id or section.anchor, m.group(1)))
    return found


def x_scan_unmarked_terms__mutmut_24(asm: Assembly) -> list[tuple[str, str]]:
    """Defined terms typed as plain capitalised text instead of [[Term]]: (where, term)."""
    found: list[tuple[str, str]] = []
    terms = [asm.library.definitions_by_term[k][0].term for k in asm.defined_terms]
    if not terms or asm.ordinance is None:
        return found
    pattern = re.compile(r"\b(" + "|".join(re.escape(t) for t in sorted(terms, key=len, reverse=True)) + r")\b")
    for section in asm.ordinance.sections:
        for block in section.blocks:
            for item in block.inlines:
                if type(item) is not Text:
                    for m in pattern.finditer(item.text):
                        found.append((block.clause_id or section.anchor, m.group(1)))
    return found


def x_scan_unmarked_terms__mutmut_25(asm: Assembly) -> list[tuple[str, str]]:
    """Defined terms typed as plain capitalised text instead of [[Term]]: (where, term)."""
    found: list[tuple[str, str]] = []
    terms = [asm.library.definitions_by_term[k][0].term for k in asm.defined_terms]
    if not terms or asm.ordinance is None:
        return found
    pattern = re.compile(r"\b(" + "|".join(re.escape(t) for t in sorted(terms, key=len, reverse=True)) + r")\b")
    for section in asm.ordinance.sections:
        for block in section.blocks:
            for item in block.inlines:
                if type(item) is Text:
                    for m in pattern.finditer(None):
                        found.append((block.clause_id or section.anchor, m.group(1)))
    return found


def x_scan_unmarked_terms__mutmut_26(asm: Assembly) -> list[tuple[str, str]]:
    """Defined terms typed as plain capitalised text instead of [[Term]]: (where, term)."""
    found: list[tuple[str, str]] = []
    terms = [asm.library.definitions_by_term[k][0].term for k in asm.defined_terms]
    if not terms or asm.ordinance is None:
        return found
    pattern = re.compile(r"\b(" + "|".join(re.escape(t) for t in sorted(terms, key=len, reverse=True)) + r")\b")
    for section in asm.ordinance.sections:
        for block in section.blocks:
            for item in block.inlines:
                if type(item) is Text:
                    for m in pattern.finditer(item.text):
                        found.append(None)
    return found


def x_scan_unmarked_terms__mutmut_27(asm: Assembly) -> list[tuple[str, str]]:
    """Defined terms typed as plain capitalised text instead of [[Term]]: (where, term)."""
    found: list[tuple[str, str]] = []
    terms = [asm.library.definitions_by_term[k][0].term for k in asm.defined_terms]
    if not terms or asm.ordinance is None:
        return found
    pattern = re.compile(r"\b(" + "|".join(re.escape(t) for t in sorted(terms, key=len, reverse=True)) + r")\b")
    for section in asm.ordinance.sections:
        for block in section.blocks:
            for item in block.inlines:
                if type(item) is Text:
                    for m in pattern.finditer(item.text):
                        found.append((block.clause_id and section.anchor, m.group(1)))
    return found


def x_scan_unmarked_terms__mutmut_28(asm: Assembly) -> list[tuple[str, str]]:
    """Defined terms typed as plain capitalised text instead of [[Term]]: (where, term)."""
    found: list[tuple[str, str]] = []
    terms = [asm.library.definitions_by_term[k][0].term for k in asm.defined_terms]
    if not terms or asm.ordinance is None:
        return found
    pattern = re.compile(r"\b(" + "|".join(re.escape(t) for t in sorted(terms, key=len, reverse=True)) + r")\b")
    for section in asm.ordinance.sections:
        for block in section.blocks:
            for item in block.inlines:
                if type(item) is Text:
                    for m in pattern.finditer(item.text):
                        found.append((block.clause_id or section.anchor, m.group(None)))
    return found


def x_scan_unmarked_terms__mutmut_29(asm: Assembly) -> list[tuple[str, str]]:
    """Defined terms typed as plain capitalised text instead of [[Term]]: (where, term)."""
    found: list[tuple[str, str]] = []
    terms = [asm.library.definitions_by_term[k][0].term for k in asm.defined_terms]
    if not terms or asm.ordinance is None:
        return found
    pattern = re.compile(r"\b(" + "|".join(re.escape(t) for t in sorted(terms, key=len, reverse=True)) + r")\b")
    for section in asm.ordinance.sections:
        for block in section.blocks:
            for item in block.inlines:
                if type(item) is Text:
                    for m in pattern.finditer(item.text):
                        found.append((block.clause_id or section.anchor, m.group(2)))
    return found

mutants_x_scan_unmarked_terms__mutmut['_mutmut_orig'] = x_scan_unmarked_terms__mutmut_orig # type: ignore # mutmut generated
mutants_x_scan_unmarked_terms__mutmut['x_scan_unmarked_terms__mutmut_1'] = x_scan_unmarked_terms__mutmut_1 # type: ignore # mutmut generated
mutants_x_scan_unmarked_terms__mutmut['x_scan_unmarked_terms__mutmut_2'] = x_scan_unmarked_terms__mutmut_2 # type: ignore # mutmut generated
mutants_x_scan_unmarked_terms__mutmut['x_scan_unmarked_terms__mutmut_3'] = x_scan_unmarked_terms__mutmut_3 # type: ignore # mutmut generated
mutants_x_scan_unmarked_terms__mutmut['x_scan_unmarked_terms__mutmut_4'] = x_scan_unmarked_terms__mutmut_4 # type: ignore # mutmut generated
mutants_x_scan_unmarked_terms__mutmut['x_scan_unmarked_terms__mutmut_5'] = x_scan_unmarked_terms__mutmut_5 # type: ignore # mutmut generated
mutants_x_scan_unmarked_terms__mutmut['x_scan_unmarked_terms__mutmut_6'] = x_scan_unmarked_terms__mutmut_6 # type: ignore # mutmut generated
mutants_x_scan_unmarked_terms__mutmut['x_scan_unmarked_terms__mutmut_7'] = x_scan_unmarked_terms__mutmut_7 # type: ignore # mutmut generated
mutants_x_scan_unmarked_terms__mutmut['x_scan_unmarked_terms__mutmut_8'] = x_scan_unmarked_terms__mutmut_8 # type: ignore # mutmut generated
mutants_x_scan_unmarked_terms__mutmut['x_scan_unmarked_terms__mutmut_9'] = x_scan_unmarked_terms__mutmut_9 # type: ignore # mutmut generated
mutants_x_scan_unmarked_terms__mutmut['x_scan_unmarked_terms__mutmut_10'] = x_scan_unmarked_terms__mutmut_10 # type: ignore # mutmut generated
mutants_x_scan_unmarked_terms__mutmut['x_scan_unmarked_terms__mutmut_11'] = x_scan_unmarked_terms__mutmut_11 # type: ignore # mutmut generated
mutants_x_scan_unmarked_terms__mutmut['x_scan_unmarked_terms__mutmut_12'] = x_scan_unmarked_terms__mutmut_12 # type: ignore # mutmut generated
mutants_x_scan_unmarked_terms__mutmut['x_scan_unmarked_terms__mutmut_13'] = x_scan_unmarked_terms__mutmut_13 # type: ignore # mutmut generated
mutants_x_scan_unmarked_terms__mutmut['x_scan_unmarked_terms__mutmut_14'] = x_scan_unmarked_terms__mutmut_14 # type: ignore # mutmut generated
mutants_x_scan_unmarked_terms__mutmut['x_scan_unmarked_terms__mutmut_15'] = x_scan_unmarked_terms__mutmut_15 # type: ignore # mutmut generated
mutants_x_scan_unmarked_terms__mutmut['x_scan_unmarked_terms__mutmut_16'] = x_scan_unmarked_terms__mutmut_16 # type: ignore # mutmut generated
mutants_x_scan_unmarked_terms__mutmut['x_scan_unmarked_terms__mutmut_17'] = x_scan_unmarked_terms__mutmut_17 # type: ignore # mutmut generated
mutants_x_scan_unmarked_terms__mutmut['x_scan_unmarked_terms__mutmut_18'] = x_scan_unmarked_terms__mutmut_18 # type: ignore # mutmut generated
mutants_x_scan_unmarked_terms__mutmut['x_scan_unmarked_terms__mutmut_19'] = x_scan_unmarked_terms__mutmut_19 # type: ignore # mutmut generated
mutants_x_scan_unmarked_terms__mutmut['x_scan_unmarked_terms__mutmut_20'] = x_scan_unmarked_terms__mutmut_20 # type: ignore # mutmut generated
mutants_x_scan_unmarked_terms__mutmut['x_scan_unmarked_terms__mutmut_21'] = x_scan_unmarked_terms__mutmut_21 # type: ignore # mutmut generated
mutants_x_scan_unmarked_terms__mutmut['x_scan_unmarked_terms__mutmut_22'] = x_scan_unmarked_terms__mutmut_22 # type: ignore # mutmut generated
mutants_x_scan_unmarked_terms__mutmut['x_scan_unmarked_terms__mutmut_23'] = x_scan_unmarked_terms__mutmut_23 # type: ignore # mutmut generated
mutants_x_scan_unmarked_terms__mutmut['x_scan_unmarked_terms__mutmut_24'] = x_scan_unmarked_terms__mutmut_24 # type: ignore # mutmut generated
mutants_x_scan_unmarked_terms__mutmut['x_scan_unmarked_terms__mutmut_25'] = x_scan_unmarked_terms__mutmut_25 # type: ignore # mutmut generated
mutants_x_scan_unmarked_terms__mutmut['x_scan_unmarked_terms__mutmut_26'] = x_scan_unmarked_terms__mutmut_26 # type: ignore # mutmut generated
mutants_x_scan_unmarked_terms__mutmut['x_scan_unmarked_terms__mutmut_27'] = x_scan_unmarked_terms__mutmut_27 # type: ignore # mutmut generated
mutants_x_scan_unmarked_terms__mutmut['x_scan_unmarked_terms__mutmut_28'] = x_scan_unmarked_terms__mutmut_28 # type: ignore # mutmut generated
mutants_x_scan_unmarked_terms__mutmut['x_scan_unmarked_terms__mutmut_29'] = x_scan_unmarked_terms__mutmut_29 # type: ignore # mutmut generated
mutants_x_answer_warnings__mutmut: MutantDict = {}  # type: ignore


@_mutmut_mutated(mutants_x_answer_warnings__mutmut)
def answer_warnings(asm: Assembly) -> list[Finding]:
    return [Finding(WARNING, where, msg) for where, msg in asm.answers.warnings]


def x_answer_warnings__mutmut_orig(asm: Assembly) -> list[Finding]:
    return [Finding(WARNING, where, msg) for where, msg in asm.answers.warnings]


def x_answer_warnings__mutmut_1(asm: Assembly) -> list[Finding]:
    return [Finding(None, where, msg) for where, msg in asm.answers.warnings]


def x_answer_warnings__mutmut_2(asm: Assembly) -> list[Finding]:
    return [Finding(WARNING, None, msg) for where, msg in asm.answers.warnings]


def x_answer_warnings__mutmut_3(asm: Assembly) -> list[Finding]:
    return [Finding(WARNING, where, None) for where, msg in asm.answers.warnings]


def x_answer_warnings__mutmut_4(asm: Assembly) -> list[Finding]:
    return [Finding(where, msg) for where, msg in asm.answers.warnings]


def x_answer_warnings__mutmut_5(asm: Assembly) -> list[Finding]:
    return [Finding(WARNING, msg) for where, msg in asm.answers.warnings]


def x_answer_warnings__mutmut_6(asm: Assembly) -> list[Finding]:
    return [Finding(WARNING, where, ) for where, msg in asm.answers.warnings]

mutants_x_answer_warnings__mutmut['_mutmut_orig'] = x_answer_warnings__mutmut_orig # type: ignore # mutmut generated
mutants_x_answer_warnings__mutmut['x_answer_warnings__mutmut_1'] = x_answer_warnings__mutmut_1 # type: ignore # mutmut generated
mutants_x_answer_warnings__mutmut['x_answer_warnings__mutmut_2'] = x_answer_warnings__mutmut_2 # type: ignore # mutmut generated
mutants_x_answer_warnings__mutmut['x_answer_warnings__mutmut_3'] = x_answer_warnings__mutmut_3 # type: ignore # mutmut generated
mutants_x_answer_warnings__mutmut['x_answer_warnings__mutmut_4'] = x_answer_warnings__mutmut_4 # type: ignore # mutmut generated
mutants_x_answer_warnings__mutmut['x_answer_warnings__mutmut_5'] = x_answer_warnings__mutmut_5 # type: ignore # mutmut generated
mutants_x_answer_warnings__mutmut['x_answer_warnings__mutmut_6'] = x_answer_warnings__mutmut_6 # type: ignore # mutmut generated
mutants_x_library_changed__mutmut: MutantDict = {}  # type: ignore


@_mutmut_mutated(mutants_x_library_changed__mutmut)
def library_changed(asm: Assembly) -> list[Finding]:
    """Answers recorded by `init` for another version of the clause library."""
    recorded = asm.answers.meta.get("_library")
    if not recorded or recorded == asm.library.digest:
        return []
    return [Finding(WARNING, asm.answers.source, f"these answers were written for clause "
                    f"library {recorded}; the library is now {asm.library.digest}. Run "
                    f"'ordinance-kit init --update {asm.answers.source}' to answer any new "
                    "questions and check answers that no longer fit.")]


def x_library_changed__mutmut_orig(asm: Assembly) -> list[Finding]:
    """Answers recorded by `init` for another version of the clause library."""
    recorded = asm.answers.meta.get("_library")
    if not recorded or recorded == asm.library.digest:
        return []
    return [Finding(WARNING, asm.answers.source, f"these answers were written for clause "
                    f"library {recorded}; the library is now {asm.library.digest}. Run "
                    f"'ordinance-kit init --update {asm.answers.source}' to answer any new "
                    "questions and check answers that no longer fit.")]


def x_library_changed__mutmut_1(asm: Assembly) -> list[Finding]:
    """Answers recorded by `init` for another version of the clause library."""
    recorded = None
    if not recorded or recorded == asm.library.digest:
        return []
    return [Finding(WARNING, asm.answers.source, f"these answers were written for clause "
                    f"library {recorded}; the library is now {asm.library.digest}. Run "
                    f"'ordinance-kit init --update {asm.answers.source}' to answer any new "
                    "questions and check answers that no longer fit.")]


def x_library_changed__mutmut_2(asm: Assembly) -> list[Finding]:
    """Answers recorded by `init` for another version of the clause library."""
    recorded = asm.answers.meta.get(None)
    if not recorded or recorded == asm.library.digest:
        return []
    return [Finding(WARNING, asm.answers.source, f"these answers were written for clause "
                    f"library {recorded}; the library is now {asm.library.digest}. Run "
                    f"'ordinance-kit init --update {asm.answers.source}' to answer any new "
                    "questions and check answers that no longer fit.")]


def x_library_changed__mutmut_3(asm: Assembly) -> list[Finding]:
    """Answers recorded by `init` for another version of the clause library."""
    recorded = asm.answers.meta.get("XX_libraryXX")
    if not recorded or recorded == asm.library.digest:
        return []
    return [Finding(WARNING, asm.answers.source, f"these answers were written for clause "
                    f"library {recorded}; the library is now {asm.library.digest}. Run "
                    f"'ordinance-kit init --update {asm.answers.source}' to answer any new "
                    "questions and check answers that no longer fit.")]


def x_library_changed__mutmut_4(asm: Assembly) -> list[Finding]:
    """Answers recorded by `init` for another version of the clause library."""
    recorded = asm.answers.meta.get("_LIBRARY")
    if not recorded or recorded == asm.library.digest:
        return []
    return [Finding(WARNING, asm.answers.source, f"these answers were written for clause "
                    f"library {recorded}; the library is now {asm.library.digest}. Run "
                    f"'ordinance-kit init --update {asm.answers.source}' to answer any new "
                    "questions and check answers that no longer fit.")]


def x_library_changed__mutmut_5(asm: Assembly) -> list[Finding]:
    """Answers recorded by `init` for another version of the clause library."""
    recorded = asm.answers.meta.get("_library")
    if not recorded and recorded == asm.library.digest:
        return []
    return [Finding(WARNING, asm.answers.source, f"these answers were written for clause "
                    f"library {recorded}; the library is now {asm.library.digest}. Run "
                    f"'ordinance-kit init --update {asm.answers.source}' to answer any new "
                    "questions and check answers that no longer fit.")]


def x_library_changed__mutmut_6(asm: Assembly) -> list[Finding]:
    """Answers recorded by `init` for another version of the clause library."""
    recorded = asm.answers.meta.get("_library")
    if recorded or recorded == asm.library.digest:
        return []
    return [Finding(WARNING, asm.answers.source, f"these answers were written for clause "
                    f"library {recorded}; the library is now {asm.library.digest}. Run "
                    f"'ordinance-kit init --update {asm.answers.source}' to answer any new "
                    "questions and check answers that no longer fit.")]


def x_library_changed__mutmut_7(asm: Assembly) -> list[Finding]:
    """Answers recorded by `init` for another version of the clause library."""
    recorded = asm.answers.meta.get("_library")
    if not recorded or recorded != asm.library.digest:
        return []
    return [Finding(WARNING, asm.answers.source, f"these answers were written for clause "
                    f"library {recorded}; the library is now {asm.library.digest}. Run "
                    f"'ordinance-kit init --update {asm.answers.source}' to answer any new "
                    "questions and check answers that no longer fit.")]


def x_library_changed__mutmut_8(asm: Assembly) -> list[Finding]:
    """Answers recorded by `init` for another version of the clause library."""
    recorded = asm.answers.meta.get("_library")
    if not recorded or recorded == asm.library.digest:
        return []
    return [Finding(None, asm.answers.source, f"these answers were written for clause "
                    f"library {recorded}; the library is now {asm.library.digest}. Run "
                    f"'ordinance-kit init --update {asm.answers.source}' to answer any new "
                    "questions and check answers that no longer fit.")]


def x_library_changed__mutmut_9(asm: Assembly) -> list[Finding]:
    """Answers recorded by `init` for another version of the clause library."""
    recorded = asm.answers.meta.get("_library")
    if not recorded or recorded == asm.library.digest:
        return []
    return [Finding(WARNING, None, f"these answers were written for clause "
                    f"library {recorded}; the library is now {asm.library.digest}. Run "
                    f"'ordinance-kit init --update {asm.answers.source}' to answer any new "
                    "questions and check answers that no longer fit.")]


def x_library_changed__mutmut_10(asm: Assembly) -> list[Finding]:
    """Answers recorded by `init` for another version of the clause library."""
    recorded = asm.answers.meta.get("_library")
    if not recorded or recorded == asm.library.digest:
        return []
    return [Finding(WARNING, asm.answers.source, None)]


def x_library_changed__mutmut_11(asm: Assembly) -> list[Finding]:
    """Answers recorded by `init` for another version of the clause library."""
    recorded = asm.answers.meta.get("_library")
    if not recorded or recorded == asm.library.digest:
        return []
    return [Finding(asm.answers.source, f"these answers were written for clause "
                    f"library {recorded}; the library is now {asm.library.digest}. Run "
                    f"'ordinance-kit init --update {asm.answers.source}' to answer any new "
                    "questions and check answers that no longer fit.")]


def x_library_changed__mutmut_12(asm: Assembly) -> list[Finding]:
    """Answers recorded by `init` for another version of the clause library."""
    recorded = asm.answers.meta.get("_library")
    if not recorded or recorded == asm.library.digest:
        return []
    return [Finding(WARNING, f"these answers were written for clause "
                    f"library {recorded}; the library is now {asm.library.digest}. Run "
                    f"'ordinance-kit init --update {asm.answers.source}' to answer any new "
                    "questions and check answers that no longer fit.")]


def x_library_changed__mutmut_13(asm: Assembly) -> list[Finding]:
    """Answers recorded by `init` for another version of the clause library."""
    recorded = asm.answers.meta.get("_library")
    if not recorded or recorded == asm.library.digest:
        return []
    return [Finding(WARNING, asm.answers.source, )]


def x_library_changed__mutmut_14(asm: Assembly) -> list[Finding]:
    """Answers recorded by `init` for another version of the clause library."""
    recorded = asm.answers.meta.get("_library")
    if not recorded or recorded == asm.library.digest:
        return []
    return [Finding(WARNING, asm.answers.source, f"these answers were written for clause "
                    f"library {recorded}; the library is now {asm.library.digest}. Run "
                    f"'ordinance-kit init --update {asm.answers.source}' to answer any new "
                    "XXquestions and check answers that no longer fit.XX")]


def x_library_changed__mutmut_15(asm: Assembly) -> list[Finding]:
    """Answers recorded by `init` for another version of the clause library."""
    recorded = asm.answers.meta.get("_library")
    if not recorded or recorded == asm.library.digest:
        return []
    return [Finding(WARNING, asm.answers.source, f"these answers were written for clause "
                    f"library {recorded}; the library is now {asm.library.digest}. Run "
                    f"'ordinance-kit init --update {asm.answers.source}' to answer any new "
                    "QUESTIONS AND CHECK ANSWERS THAT NO LONGER FIT.")]

mutants_x_library_changed__mutmut['_mutmut_orig'] = x_library_changed__mutmut_orig # type: ignore # mutmut generated
mutants_x_library_changed__mutmut['x_library_changed__mutmut_1'] = x_library_changed__mutmut_1 # type: ignore # mutmut generated
mutants_x_library_changed__mutmut['x_library_changed__mutmut_2'] = x_library_changed__mutmut_2 # type: ignore # mutmut generated
mutants_x_library_changed__mutmut['x_library_changed__mutmut_3'] = x_library_changed__mutmut_3 # type: ignore # mutmut generated
mutants_x_library_changed__mutmut['x_library_changed__mutmut_4'] = x_library_changed__mutmut_4 # type: ignore # mutmut generated
mutants_x_library_changed__mutmut['x_library_changed__mutmut_5'] = x_library_changed__mutmut_5 # type: ignore # mutmut generated
mutants_x_library_changed__mutmut['x_library_changed__mutmut_6'] = x_library_changed__mutmut_6 # type: ignore # mutmut generated
mutants_x_library_changed__mutmut['x_library_changed__mutmut_7'] = x_library_changed__mutmut_7 # type: ignore # mutmut generated
mutants_x_library_changed__mutmut['x_library_changed__mutmut_8'] = x_library_changed__mutmut_8 # type: ignore # mutmut generated
mutants_x_library_changed__mutmut['x_library_changed__mutmut_9'] = x_library_changed__mutmut_9 # type: ignore # mutmut generated
mutants_x_library_changed__mutmut['x_library_changed__mutmut_10'] = x_library_changed__mutmut_10 # type: ignore # mutmut generated
mutants_x_library_changed__mutmut['x_library_changed__mutmut_11'] = x_library_changed__mutmut_11 # type: ignore # mutmut generated
mutants_x_library_changed__mutmut['x_library_changed__mutmut_12'] = x_library_changed__mutmut_12 # type: ignore # mutmut generated
mutants_x_library_changed__mutmut['x_library_changed__mutmut_13'] = x_library_changed__mutmut_13 # type: ignore # mutmut generated
mutants_x_library_changed__mutmut['x_library_changed__mutmut_14'] = x_library_changed__mutmut_14 # type: ignore # mutmut generated
mutants_x_library_changed__mutmut['x_library_changed__mutmut_15'] = x_library_changed__mutmut_15 # type: ignore # mutmut generated


RULES: list[Callable[[Assembly], list[Finding]]] = [
    undefined_terms, unused_definitions, broken_references, duplicate_ids, markup_problems,
    requirements, one_enacting_clause, unfilled_blanks, empty_sections, unmarked_terms,
    answer_warnings, library_changed, *GOVERNMENT_RULES, *STATE_LAW_RULES,
]
mutants_x_run_checks__mutmut: MutantDict = {}  # type: ignore


@_mutmut_mutated(mutants_x_run_checks__mutmut)
def run_checks(asm: Assembly, *, strict: bool = False) -> list[Finding]:
    findings = [f for rule in RULES for f in _named(rule, asm)]
    if strict:
        findings = [Finding(ERROR, f.where, f.message, f.rule) for f in findings]
    findings.sort(key=lambda f: (f.level != ERROR, f.where))
    return findings


def x_run_checks__mutmut_orig(asm: Assembly, *, strict: bool = False) -> list[Finding]:
    findings = [f for rule in RULES for f in _named(rule, asm)]
    if strict:
        findings = [Finding(ERROR, f.where, f.message, f.rule) for f in findings]
    findings.sort(key=lambda f: (f.level != ERROR, f.where))
    return findings


def x_run_checks__mutmut_1(asm: Assembly, *, strict: bool = True) -> list[Finding]:
    findings = [f for rule in RULES for f in _named(rule, asm)]
    if strict:
        findings = [Finding(ERROR, f.where, f.message, f.rule) for f in findings]
    findings.sort(key=lambda f: (f.level != ERROR, f.where))
    return findings


def x_run_checks__mutmut_2(asm: Assembly, *, strict: bool = False) -> list[Finding]:
    findings = None
    if strict:
        findings = [Finding(ERROR, f.where, f.message, f.rule) for f in findings]
    findings.sort(key=lambda f: (f.level != ERROR, f.where))
    return findings


def x_run_checks__mutmut_3(asm: Assembly, *, strict: bool = False) -> list[Finding]:
    findings = [f for rule in RULES for f in _named(None, asm)]
    if strict:
        findings = [Finding(ERROR, f.where, f.message, f.rule) for f in findings]
    findings.sort(key=lambda f: (f.level != ERROR, f.where))
    return findings


def x_run_checks__mutmut_4(asm: Assembly, *, strict: bool = False) -> list[Finding]:
    findings = [f for rule in RULES for f in _named(rule, None)]
    if strict:
        findings = [Finding(ERROR, f.where, f.message, f.rule) for f in findings]
    findings.sort(key=lambda f: (f.level != ERROR, f.where))
    return findings


def x_run_checks__mutmut_5(asm: Assembly, *, strict: bool = False) -> list[Finding]:
    findings = [f for rule in RULES for f in _named(asm)]
    if strict:
        findings = [Finding(ERROR, f.where, f.message, f.rule) for f in findings]
    findings.sort(key=lambda f: (f.level != ERROR, f.where))
    return findings


def x_run_checks__mutmut_6(asm: Assembly, *, strict: bool = False) -> list[Finding]:
    findings = [f for rule in RULES for f in _named(rule, )]
    if strict:
        findings = [Finding(ERROR, f.where, f.message, f.rule) for f in findings]
    findings.sort(key=lambda f: (f.level != ERROR, f.where))
    return findings


def x_run_checks__mutmut_7(asm: Assembly, *, strict: bool = False) -> list[Finding]:
    findings = [f for rule in RULES for f in _named(rule, asm)]
    if strict:
        findings = None
    findings.sort(key=lambda f: (f.level != ERROR, f.where))
    return findings


def x_run_checks__mutmut_8(asm: Assembly, *, strict: bool = False) -> list[Finding]:
    findings = [f for rule in RULES for f in _named(rule, asm)]
    if strict:
        findings = [Finding(None, f.where, f.message, f.rule) for f in findings]
    findings.sort(key=lambda f: (f.level != ERROR, f.where))
    return findings


def x_run_checks__mutmut_9(asm: Assembly, *, strict: bool = False) -> list[Finding]:
    findings = [f for rule in RULES for f in _named(rule, asm)]
    if strict:
        findings = [Finding(ERROR, None, f.message, f.rule) for f in findings]
    findings.sort(key=lambda f: (f.level != ERROR, f.where))
    return findings


def x_run_checks__mutmut_10(asm: Assembly, *, strict: bool = False) -> list[Finding]:
    findings = [f for rule in RULES for f in _named(rule, asm)]
    if strict:
        findings = [Finding(ERROR, f.where, None, f.rule) for f in findings]
    findings.sort(key=lambda f: (f.level != ERROR, f.where))
    return findings


def x_run_checks__mutmut_11(asm: Assembly, *, strict: bool = False) -> list[Finding]:
    findings = [f for rule in RULES for f in _named(rule, asm)]
    if strict:
        findings = [Finding(ERROR, f.where, f.message, None) for f in findings]
    findings.sort(key=lambda f: (f.level != ERROR, f.where))
    return findings


def x_run_checks__mutmut_12(asm: Assembly, *, strict: bool = False) -> list[Finding]:
    findings = [f for rule in RULES for f in _named(rule, asm)]
    if strict:
        findings = [Finding(f.where, f.message, f.rule) for f in findings]
    findings.sort(key=lambda f: (f.level != ERROR, f.where))
    return findings


def x_run_checks__mutmut_13(asm: Assembly, *, strict: bool = False) -> list[Finding]:
    findings = [f for rule in RULES for f in _named(rule, asm)]
    if strict:
        findings = [Finding(ERROR, f.message, f.rule) for f in findings]
    findings.sort(key=lambda f: (f.level != ERROR, f.where))
    return findings


def x_run_checks__mutmut_14(asm: Assembly, *, strict: bool = False) -> list[Finding]:
    findings = [f for rule in RULES for f in _named(rule, asm)]
    if strict:
        findings = [Finding(ERROR, f.where, f.rule) for f in findings]
    findings.sort(key=lambda f: (f.level != ERROR, f.where))
    return findings


def x_run_checks__mutmut_15(asm: Assembly, *, strict: bool = False) -> list[Finding]:
    findings = [f for rule in RULES for f in _named(rule, asm)]
    if strict:
        findings = [Finding(ERROR, f.where, f.message, ) for f in findings]
    findings.sort(key=lambda f: (f.level != ERROR, f.where))
    return findings


def x_run_checks__mutmut_16(asm: Assembly, *, strict: bool = False) -> list[Finding]:
    findings = [f for rule in RULES for f in _named(rule, asm)]
    if strict:
        findings = [Finding(ERROR, f.where, f.message, f.rule) for f in findings]
    findings.sort(key=None)
    return findings


def x_run_checks__mutmut_17(asm: Assembly, *, strict: bool = False) -> list[Finding]:
    findings = [f for rule in RULES for f in _named(rule, asm)]
    if strict:
        findings = [Finding(ERROR, f.where, f.message, f.rule) for f in findings]
    findings.sort(key=lambda f: None)
    return findings


def x_run_checks__mutmut_18(asm: Assembly, *, strict: bool = False) -> list[Finding]:
    findings = [f for rule in RULES for f in _named(rule, asm)]
    if strict:
        findings = [Finding(ERROR, f.where, f.message, f.rule) for f in findings]
    findings.sort(key=lambda f: (f.level == ERROR, f.where))
    return findings

mutants_x_run_checks__mutmut['_mutmut_orig'] = x_run_checks__mutmut_orig # type: ignore # mutmut generated
mutants_x_run_checks__mutmut['x_run_checks__mutmut_1'] = x_run_checks__mutmut_1 # type: ignore # mutmut generated
mutants_x_run_checks__mutmut['x_run_checks__mutmut_2'] = x_run_checks__mutmut_2 # type: ignore # mutmut generated
mutants_x_run_checks__mutmut['x_run_checks__mutmut_3'] = x_run_checks__mutmut_3 # type: ignore # mutmut generated
mutants_x_run_checks__mutmut['x_run_checks__mutmut_4'] = x_run_checks__mutmut_4 # type: ignore # mutmut generated
mutants_x_run_checks__mutmut['x_run_checks__mutmut_5'] = x_run_checks__mutmut_5 # type: ignore # mutmut generated
mutants_x_run_checks__mutmut['x_run_checks__mutmut_6'] = x_run_checks__mutmut_6 # type: ignore # mutmut generated
mutants_x_run_checks__mutmut['x_run_checks__mutmut_7'] = x_run_checks__mutmut_7 # type: ignore # mutmut generated
mutants_x_run_checks__mutmut['x_run_checks__mutmut_8'] = x_run_checks__mutmut_8 # type: ignore # mutmut generated
mutants_x_run_checks__mutmut['x_run_checks__mutmut_9'] = x_run_checks__mutmut_9 # type: ignore # mutmut generated
mutants_x_run_checks__mutmut['x_run_checks__mutmut_10'] = x_run_checks__mutmut_10 # type: ignore # mutmut generated
mutants_x_run_checks__mutmut['x_run_checks__mutmut_11'] = x_run_checks__mutmut_11 # type: ignore # mutmut generated
mutants_x_run_checks__mutmut['x_run_checks__mutmut_12'] = x_run_checks__mutmut_12 # type: ignore # mutmut generated
mutants_x_run_checks__mutmut['x_run_checks__mutmut_13'] = x_run_checks__mutmut_13 # type: ignore # mutmut generated
mutants_x_run_checks__mutmut['x_run_checks__mutmut_14'] = x_run_checks__mutmut_14 # type: ignore # mutmut generated
mutants_x_run_checks__mutmut['x_run_checks__mutmut_15'] = x_run_checks__mutmut_15 # type: ignore # mutmut generated
mutants_x_run_checks__mutmut['x_run_checks__mutmut_16'] = x_run_checks__mutmut_16 # type: ignore # mutmut generated
mutants_x_run_checks__mutmut['x_run_checks__mutmut_17'] = x_run_checks__mutmut_17 # type: ignore # mutmut generated
mutants_x_run_checks__mutmut['x_run_checks__mutmut_18'] = x_run_checks__mutmut_18 # type: ignore # mutmut generated
mutants_x__named__mutmut: MutantDict = {}  # type: ignore


@_mutmut_mutated(mutants_x__named__mutmut)
def _named(rule, asm) -> list[Finding]:
    return [Finding(f.level, f.where, f.message, f.rule or rule.__name__.replace("_", "-"))
            for f in rule(asm)]


def x__named__mutmut_orig(rule, asm) -> list[Finding]:
    return [Finding(f.level, f.where, f.message, f.rule or rule.__name__.replace("_", "-"))
            for f in rule(asm)]


def x__named__mutmut_1(rule, asm) -> list[Finding]:
    return [Finding(None, f.where, f.message, f.rule or rule.__name__.replace("_", "-"))
            for f in rule(asm)]


def x__named__mutmut_2(rule, asm) -> list[Finding]:
    return [Finding(f.level, None, f.message, f.rule or rule.__name__.replace("_", "-"))
            for f in rule(asm)]


def x__named__mutmut_3(rule, asm) -> list[Finding]:
    return [Finding(f.level, f.where, None, f.rule or rule.__name__.replace("_", "-"))
            for f in rule(asm)]


def x__named__mutmut_4(rule, asm) -> list[Finding]:
    return [Finding(f.level, f.where, f.message, None)
            for f in rule(asm)]


def x__named__mutmut_5(rule, asm) -> list[Finding]:
    return [Finding(f.where, f.message, f.rule or rule.__name__.replace("_", "-"))
            for f in rule(asm)]


def x__named__mutmut_6(rule, asm) -> list[Finding]:
    return [Finding(f.level, f.message, f.rule or rule.__name__.replace("_", "-"))
            for f in rule(asm)]


def x__named__mutmut_7(rule, asm) -> list[Finding]:
    return [Finding(f.level, f.where, f.rule or rule.__name__.replace("_", "-"))
            for f in rule(asm)]


def x__named__mutmut_8(rule, asm) -> list[Finding]:
    return [Finding(f.level, f.where, f.message, )
            for f in rule(asm)]


def x__named__mutmut_9(rule, asm) -> list[Finding]:
    return [Finding(f.level, f.where, f.message, f.rule and rule.__name__.replace("_", "-"))
            for f in rule(asm)]


def x__named__mutmut_10(rule, asm) -> list[Finding]:
    return [Finding(f.level, f.where, f.message, f.rule or rule.__name__.replace(None, "-"))
            for f in rule(asm)]


def x__named__mutmut_11(rule, asm) -> list[Finding]:
    return [Finding(f.level, f.where, f.message, f.rule or rule.__name__.replace("_", None))
            for f in rule(asm)]


def x__named__mutmut_12(rule, asm) -> list[Finding]:
    return [Finding(f.level, f.where, f.message, f.rule or rule.__name__.replace("-"))
            for f in rule(asm)]


def x__named__mutmut_13(rule, asm) -> list[Finding]:
    return [Finding(f.level, f.where, f.message, f.rule or rule.__name__.replace("_", ))
            for f in rule(asm)]


def x__named__mutmut_14(rule, asm) -> list[Finding]:
    return [Finding(f.level, f.where, f.message, f.rule or rule.__name__.replace("XX_XX", "-"))
            for f in rule(asm)]


def x__named__mutmut_15(rule, asm) -> list[Finding]:
    return [Finding(f.level, f.where, f.message, f.rule or rule.__name__.replace("_", "XX-XX"))
            for f in rule(asm)]


def x__named__mutmut_16(rule, asm) -> list[Finding]:
    return [Finding(f.level, f.where, f.message, f.rule or rule.__name__.replace("_", "-"))
            for f in rule(None)]

mutants_x__named__mutmut['_mutmut_orig'] = x__named__mutmut_orig # type: ignore # mutmut generated
mutants_x__named__mutmut['x__named__mutmut_1'] = x__named__mutmut_1 # type: ignore # mutmut generated
mutants_x__named__mutmut['x__named__mutmut_2'] = x__named__mutmut_2 # type: ignore # mutmut generated
mutants_x__named__mutmut['x__named__mutmut_3'] = x__named__mutmut_3 # type: ignore # mutmut generated
mutants_x__named__mutmut['x__named__mutmut_4'] = x__named__mutmut_4 # type: ignore # mutmut generated
mutants_x__named__mutmut['x__named__mutmut_5'] = x__named__mutmut_5 # type: ignore # mutmut generated
mutants_x__named__mutmut['x__named__mutmut_6'] = x__named__mutmut_6 # type: ignore # mutmut generated
mutants_x__named__mutmut['x__named__mutmut_7'] = x__named__mutmut_7 # type: ignore # mutmut generated
mutants_x__named__mutmut['x__named__mutmut_8'] = x__named__mutmut_8 # type: ignore # mutmut generated
mutants_x__named__mutmut['x__named__mutmut_9'] = x__named__mutmut_9 # type: ignore # mutmut generated
mutants_x__named__mutmut['x__named__mutmut_10'] = x__named__mutmut_10 # type: ignore # mutmut generated
mutants_x__named__mutmut['x__named__mutmut_11'] = x__named__mutmut_11 # type: ignore # mutmut generated
mutants_x__named__mutmut['x__named__mutmut_12'] = x__named__mutmut_12 # type: ignore # mutmut generated
mutants_x__named__mutmut['x__named__mutmut_13'] = x__named__mutmut_13 # type: ignore # mutmut generated
mutants_x__named__mutmut['x__named__mutmut_14'] = x__named__mutmut_14 # type: ignore # mutmut generated
mutants_x__named__mutmut['x__named__mutmut_15'] = x__named__mutmut_15 # type: ignore # mutmut generated
mutants_x__named__mutmut['x__named__mutmut_16'] = x__named__mutmut_16 # type: ignore # mutmut generated
mutants_x_has_errors__mutmut: MutantDict = {}  # type: ignore


@_mutmut_mutated(mutants_x_has_errors__mutmut)
def has_errors(findings: list[Finding]) -> bool:
    return any(f.level == ERROR for f in findings)


def x_has_errors__mutmut_orig(findings: list[Finding]) -> bool:
    return any(f.level == ERROR for f in findings)


def x_has_errors__mutmut_1(findings: list[Finding]) -> bool:
    return any(None)


def x_has_errors__mutmut_2(findings: list[Finding]) -> bool:
    return any(f.level != ERROR for f in findings)

mutants_x_has_errors__mutmut['_mutmut_orig'] = x_has_errors__mutmut_orig # type: ignore # mutmut generated
mutants_x_has_errors__mutmut['x_has_errors__mutmut_1'] = x_has_errors__mutmut_1 # type: ignore # mutmut generated
mutants_x_has_errors__mutmut['x_has_errors__mutmut_2'] = x_has_errors__mutmut_2 # type: ignore # mutmut generated
