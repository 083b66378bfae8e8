"""Step 2 of assembly: render a clause body (Jinja, then markup) into raw blocks, noting the
unverified state facts it prints and any duplicate subdivision ids.
"""
from __future__ import annotations

from .assembly import Assembly
from .clause import Clause, term_key
from .errors import UserError
from .markup import MarkupError, RawBlock, RawTerm, parse_body
from .state_facts import FACTS_USED
from .templating import render_body


def render_clause(asm: Assembly, clause: Clause, ctx: dict) -> tuple[list[RawBlock], list]:
    facts: list = []
    reset = FACTS_USED.set(facts)
    try:
        text, state = render_body(clause.template, ctx)
    except UserError:
        raise
    except Exception as exc:
        raise _body_error(clause, exc) from None
    finally:
        FACTS_USED.reset(reset)
    try:
        blocks = parse_body(text, state)
    except MarkupError as exc:
        asm.markup_problems.append((clause.id, str(exc)))
        blocks = []
    except UserError:
        raise
    except Exception as exc:          # a value that fails only when printed
        raise _body_error(clause, exc) from None
    seen: set[str] = set()
    for block in blocks:
        if block.sub_id:
            if block.sub_id in seen:
                asm.duplicate_ids.append((clause.id, block.sub_id))
            seen.add(block.sub_id)
    return blocks, facts


def _body_error(clause: Clause, exc: Exception) -> UserError:
    """File, line (when the template frame is on the traceback) and what went wrong."""
    from jinja2.exceptions import SecurityError

    line = None
    tb = exc.__traceback__
    while tb is not None:        # Jinja rewrites its frames to "<template>" at the body's line
        if tb.tb_frame.f_code.co_filename == "<template>":
            line = clause.body_line + tb.tb_lineno
        tb = tb.tb_next
    where = f"{clause.rel}, line {line}" if line else clause.rel
    if isinstance(exc, SecurityError):
        return UserError(f"{where}: the clause body does something templates may not do "
                         f"({str(exc).rstrip('.')}). Clause bodies may only print answers and use the "
                         "documented filters; this is a problem in the clause library.")
    return UserError(f"{where}: the clause body failed to render with these answers ({str(exc).rstrip('.')}). "
                     "This is a problem in the clause library.")


def terms_used(rendered: dict[str, list[RawBlock]], included: list[Clause]) -> list[str]:
    out: list[str] = []
    for clause in included:
        for block in rendered[clause.id]:
            for item in block.inlines:
                if isinstance(item, RawTerm) and term_key(item.key) not in out:
                    out.append(term_key(item.key))
    return out
