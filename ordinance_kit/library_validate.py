"""Checking a loaded library for consistency: unique ids, known tags, and conditions, notes and
bodies that read only answers the questions define and state facts the state files have.
Records on each clause which answers it reads (`reads`, `body_reads`).
"""
from __future__ import annotations

from .clause import Clause, Library
from .errors import UserError
from .suggest import nearest
from .templating import BUILTIN_NAMES, referenced_paths


def validate(lib: Library, state_paths: set[str]) -> None:
    seen: dict[str, Clause] = {}
    keys = set(lib.questions.by_key)
    groups = lib.questions.group_ids
    for clause in lib.clauses + lib.definitions:
        if clause.id in seen:
            raise UserError(f"{clause.rel}: id '{clause.id}' is also used by "
                            f"{seen[clause.id].rel}; every clause id must be unique.")
        seen[clause.id] = clause
        for tag in clause.tags:
            if tag not in lib.tags:
                raise UserError(f"{clause.rel}: tag '{tag}' is not in tags.yaml"
                                f"{nearest(tag, lib.tags)}.")
        for key in clause.params:
            if key not in keys:
                raise UserError(f"{clause.rel}: params names '{key}', which no question "
                                f"defines{nearest(key, keys)}.")
        reads: set[str] = set()
        body_reads: set[str] = set()
        sources = clause.templated_parts() + [("body", clause.body_ast, False)]
        for label, src, is_expr in sources:
            if not src:
                continue
            paths, free = referenced_paths(src, expression=is_expr)
            for name in free:
                if name not in groups and name not in BUILTIN_NAMES:
                    raise UserError(f"{clause.rel}: the {label} uses '{name}', which is not an "
                                    f"answer group{nearest(name, groups | {'state'})}.")
            for path in paths:
                root = path.split(".", 1)[0]
                if root == "state":
                    if path not in state_paths and lib.states:
                        raise UserError(f"{clause.rel}: the {label} reads '{path}', which the "
                                        f"state files do not have{nearest(path, state_paths)}.")
                    continue
                if root in groups:
                    key = ".".join(path.split(".")[:2])
                    if key not in keys:
                        raise UserError(f"{clause.rel}: the {label} reads '{key}', which no "
                                        f"question defines{nearest(key, keys)}.")
                    reads.add(key)
                    if label == "body":
                        body_reads.add(key)
        clause.reads = frozenset(reads)
        clause.body_reads = frozenset(body_reads)
        clause.body_ast = None          # only needed for this analysis
    for clause in lib.clauses + lib.definitions:
        for ref in clause.requires + clause.excludes:
            if ref not in seen:
                raise UserError(f"{clause.rel}: requires/excludes names '{ref}', which is not "
                                f"a clause id{nearest(ref, seen)}.")
    for clause_id in lib.questions.module_intros:
        if clause_id not in seen:
            raise UserError(f"clauses/questions: a module introduction names '{clause_id}', "
                            f"which is not a clause id{nearest(clause_id, seen)}.")
    defs = [c for c in lib.clauses if c.kind == "definitions"]
    if len(defs) > 1:
        raise UserError(f"{defs[1].rel}: only one clause may have 'kind: definitions' (also "
                        f"{defs[0].rel}).")
