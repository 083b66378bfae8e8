"""The sandboxed Jinja environment clause bodies, conditions and computed defaults run in.

Safety model: clause authors write templates; advocates write answers. Answers must never become
markup or code. So every value a template prints with `{{ ... }}` is replaced, in `finalize`,
by an opaque token (a private-use character pair around an index into a side table). The
markup parser sees only the token; the value is put back as literal text after parsing. An
answer containing `[[`, `@[`, `*` or `{{` is therefore printed exactly as typed.
"""
from __future__ import annotations

import contextvars
import functools
import datetime as _dt
import re
from typing import Any, Iterable

from .dates import long_date, month_day
from .model import Blank
from .values import Unanswered

TOKEN_OPEN = "\ue000"
TOKEN_CLOSE = "\ue001"
TOKEN_RE = re.compile(f"{TOKEN_OPEN}(\\d+){TOKEN_CLOSE}")

# Names a template may use besides the answer groups.
BUILTIN_NAMES = frozenset({"state", "today", "blank", "true", "false", "none", "True", "False",
                           "None", "loop", "range"})


# --- rendering with tokens ------------------------------------------------------------------

_render_state: contextvars.ContextVar["RenderState | None"] = contextvars.ContextVar(
    "ordinance_kit_render_state", default=None)


class RenderState:
    """Collects the values printed during one body render."""

    def __init__(self):
        self.values: list[Any] = []

    def token(self, value: Any) -> str:
        self.values.append(value)
        return f"{TOKEN_OPEN}{len(self.values) - 1}{TOKEN_CLOSE}"


def _finalize(value: Any) -> Any:
    state = _render_state.get()
    if state is None:          # conditions and defaults: plain values
        return value
    if value is None:
        value = Blank("missing value")
    from jinja2 import Undefined

    if isinstance(value, Undefined):      # fail here, inside the render, where the line is known
        value._fail_with_undefined_error()
    return state.token(value)


# --- filters --------------------------------------------------------------------------------

def _days(value: Any) -> str:
    if isinstance(value, Unanswered):
        return value
    n = int(value)
    return f"{n} day" if n == 1 else f"{n} days"


def _money(value: Any) -> str:
    if isinstance(value, Unanswered):
        return value
    amount = float(value)
    if amount.is_integer():
        return f"${int(amount):,}"
    return f"${amount:,.2f}"



def _month_day(value: Any) -> str:
    """'03-15' or a date -> 'March 15'."""
    if isinstance(value, Unanswered):
        return value
    if isinstance(value, _dt.date):
        return month_day(value.month, value.day)
    month, day = str(value).split("-")
    return month_day(int(month), int(day))


def _long_date(value: Any) -> str:
    if isinstance(value, Unanswered):
        return value
    return long_date(value)


def _join(items: Iterable[Any], word: str) -> str:
    items = [str(i) for i in items]
    if len(items) <= 1:
        return "".join(items)
    if len(items) == 2:
        return f"{items[0]} {word} {items[1]}"
    return ", ".join(items[:-1]) + f", {word} {items[-1]}"


def _number_words(value: Any) -> str:
    words = ["zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine",
             "ten", "eleven", "twelve", "thirteen", "fourteen", "fifteen", "sixteen",
             "seventeen", "eighteen", "nineteen", "twenty"]
    n = int(value)
    return words[n] if 0 <= n < len(words) else str(n)


def _keep_blank(fn):
    def apply(value):
        if isinstance(value, (Unanswered, Blank)):
            return value
        return fn(str(value))
    return apply


_ENV = None


def environment():
    """The one sandboxed environment (built on first use: jinja2 is imported lazily)."""
    global _ENV
    if _ENV is None:
        from jinja2 import StrictUndefined

        from .render_limits import BoundedSandbox   # steps, size and time limits per render

        env = BoundedSandbox(
            undefined=StrictUndefined,
            autoescape=False,
            finalize=_finalize,
            keep_trailing_newline=True,
            trim_blocks=True,
            lstrip_blocks=True,
        )
        env.filters.update({
            "days": _days,
            "money": _money,
            "month_day": _month_day,
            "long_date": _long_date,
            "join_and": lambda items: _join(items, "and"),
            "join_or": lambda items: _join(items, "or"),
            "number_words": _number_words,
            # an unanswered value stays a blank through case changes
            "upper": _keep_blank(str.upper),
            "lower": _keep_blank(str.lower),
            "title": _keep_blank(str.title),
            "capitalize": _keep_blank(str.capitalize),
        })
        env.globals["blank"] = lambda label="blank": Blank(str(label))
        _ENV = env
    return _ENV


def render_body(template, context: dict[str, Any]) -> tuple[str, RenderState]:
    """Render a compiled clause body; return the text with tokens and the token table."""
    state = RenderState()
    reset = _render_state.set(state)
    try:
        text = template.render(context)
    finally:
        _render_state.reset(reset)
    return text, state


@functools.lru_cache(maxsize=4096)
@functools.lru_cache(maxsize=512)
def note_template(text: str):
    """Compiled template for a drafter's note (notes are plain text, never markup)."""
    return environment().from_string(text)


@functools.lru_cache(maxsize=2048)
def compile_condition(expr: str):
    """Compile once per process: the same library conditions are evaluated for every draft
    (a Jinja compile costs ~1 ms; evaluating a compiled expression ~10 us)."""
    return environment().compile_expression(expr, undefined_to_none=False)


# --- static analysis: which answers does a template or expression read? -------------------

def referenced_paths(source: Any, *, expression: bool) -> tuple[set[str], set[str]]:
    """Return (dotted attribute paths read from free names, free root names).

    `options.notice_days` gives the path 'options.notice_days'; `state.preemption.immigration
    .preempted` gives the whole chain. Loop and `set` variables are not free, so they are not
    reported. Raises jinja2.TemplateSyntaxError on bad syntax.
    """
    from jinja2 import nodes

    env = environment()
    if isinstance(source, str):
        ast = env.parse("{{ (" + source + ") }}" if expression else source)
    else:
        ast = source                      # an already parsed template

    # Names read but never assigned in the template (loop targets and `set` are assignments).
    # A plain walk: jinja2.meta.find_undeclared_variables runs the code generator, which
    # doubled the library's load time.
    loads = {n.name for n in ast.find_all(nodes.Name) if n.ctx == "load"}
    stores = {n.name for n in ast.find_all(nodes.Name) if n.ctx in ("store", "param")}
    free = loads - stores - {"loop"}
    paths: set[str] = set()
    for node in ast.find_all(nodes.Getattr):
        chain = []
        cur = node
        while isinstance(cur, nodes.Getattr):
            chain.append(cur.attr)
            cur = cur.node
        if isinstance(cur, nodes.Name) and cur.name in free:
            chain.append(cur.name)
            paths.add(".".join(reversed(chain)))
    # keep only maximal chains (a.b.c implies a.b)
    maximal = {p for p in paths if not any(o != p and o.startswith(p + ".") for o in paths)}
    return maximal, set(free)
