"""Step 1 of assembly: decide which clauses apply to these answers, and record why.
"""
from __future__ import annotations

from .assembly import Assembly, Decision
from .clause import Clause
from .errors import UserError
from .templating import compile_condition


def decide(asm: Assembly, ctx: dict) -> None:
    for clause in asm.library.clauses:
        if not clause.when:
            asm.decisions[clause.id] = Decision(clause.id, True, "always included")
            asm.included.append(clause)
            continue
        value = evaluate(clause, clause.when, ctx)
        reason = f"{clause.when}  ->  {'true' if value else 'false'}"
        asm.decisions[clause.id] = Decision(clause.id, bool(value), reason)
        if value:
            asm.included.append(clause)


def evaluate(clause: Clause, expr: str, ctx: dict) -> bool:
    try:
        return bool(compile_condition(expr)(**ctx))
    except Exception as exc:
        raise UserError(f"{clause.rel}: the condition '{expr}' could not be evaluated with "
                        f"these answers ({exc}). This is a problem in the clause library.") from None
