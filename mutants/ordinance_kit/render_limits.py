"""Bounds on what rendering one clause body, note or condition may cost: steps, size, time.

Jinja's sandbox keeps a template away from Python's internals, but not from running for hours
or filling memory: two nested `range(100000)` loops are 10^10 steps, `'a' * 4000000000` is
four gigabytes. A real clause renders in about a millisecond, takes a few hundred steps and
prints a few kilobytes, so the limits below are a thousand times that. A template that goes
over one stops with `RenderLimit`, which the assembler reports with the clause's file name.

How each cost is counted:
- steps: every turn of every `{% for %}` loop (each loop's iterable is wrapped in
  `bounded_iter` when the template is compiled) and every call (functions, macros, methods);
- size: an operation that would build a string or list over MAX_CHARS is refused before it
  runs (`*`, `**`, `%`, format, center/ljust/rjust/zfill, replace, join, indent, wordwrap),
  and the output of a render, with the values it prints, may not pass MAX_CHARS in all;
- time: checked every 1,024 steps and at every piece of output, against MAX_SECONDS.
"""
from __future__ import annotations

import contextvars
import functools
import math
import re
import time
from typing import Any

from jinja2 import nodes
from jinja2.environment import Template
from jinja2.sandbox import ImmutableSandboxedEnvironment

MAX_STEPS = 1_000_000        # loop turns plus calls in one render
MAX_CHARS = 1_000_000        # characters in any one value, and in one render's whole output
MAX_SECONDS = 10.0           # wall-clock time for one render
MAX_INT_BITS = 100_000       # `**` results (about 30,000 digits)


class RenderLimit(Exception):
    """A template went over a limit. The message says which; the caller names the file."""


class _Budget:
    __slots__ = ("steps", "chars", "deadline")

    def __init__(self):
        self.steps = 0
        self.chars = 0
        self.deadline = time.monotonic() + MAX_SECONDS

    def step(self) -> None:
        self.steps += 1
        if self.steps > MAX_STEPS:
            raise RenderLimit(f"it took more than {MAX_STEPS:,} steps, counting loop turns and "
                              "calls; a clause takes a few hundred, so a loop runs far too long")
        if not self.steps & 1023:
            self.check_time()

    def output(self, size: int) -> None:
        self.chars += size
        if self.chars > MAX_CHARS:
            raise RenderLimit(f"its output passed {MAX_CHARS:,} characters; a clause prints a "
                              "few thousand")
        self.check_time()

    def check_time(self) -> None:
        if time.monotonic() > self.deadline:
            raise RenderLimit(f"it ran for more than {MAX_SECONDS:g} seconds; a clause renders "
                              "in about a millisecond")


_BUDGET: contextvars.ContextVar[_Budget | None] = contextvars.ContextVar(
    "ordinance_kit_render_budget", default=None)


def _step() -> None:
    budget = _BUDGET.get()
    if budget is not None:
        budget.step()


def bounded_iter(iterable):
    """What every `{% for %}` loop iterates over: the items, one step each."""
    for item in iterable:
        _step()
        yield item


def counting_finalize(finalize):
    """Wrap the environment's finalize so the values a render prints count toward its size
    (they travel beside the text as tokens, so the output stream alone does not show them)."""
    def apply(value):
        budget = _BUDGET.get()
        if budget is not None and isinstance(value, str):
            budget.output(len(value))
        return finalize(value)
    return apply


# --- size checks, made before the operation runs ----------------------------------------------

def _refuse(what: str, size: int) -> None:
    if size > MAX_CHARS:
        raise RenderLimit(f"{what} would be {size:,} characters long; a value in a clause may "
                          f"have at most {MAX_CHARS:,}")


def _sized(value: Any) -> Any:
    if isinstance(value, (str, list, tuple)):
        _refuse("a value", len(value))
    return value


# a width or precision: '%9999999999d', '%.*f', '{:>9999999999}', '{:{w}}'
_PRINTF_SPEC = re.compile(r"%(?:\([^)]*\))?[-+ #0]*(\*|\d*)(?:\.(\*|\d*))?")
_FORMAT_SPEC = re.compile(r"\{[^{}]*:([^{}]*(?:\{[^{}]*\}[^{}]*)*)\}")


def _check_format(text: Any, args: Any = ()) -> None:
    """A format pads a value to its width or precision: refuse a huge one, written in the
    format or taken from the arguments ('*' or a nested {field})."""
    if not isinstance(text, str):
        return
    widths: list[str] = []
    from_args = False
    if "%" in text:
        for m in _PRINTF_SPEC.finditer(text):
            widths += [g for g in m.groups() if g and g != "*"]
            from_args |= "*" in m.groups()
    if "{" in text:
        for spec in _FORMAT_SPEC.findall(text):
            from_args |= "{" in spec
            widths += re.findall(r"\d+", re.sub(r"\{[^{}]*\}", "", spec))
    for digits in widths:
        _refuse("a formatted value", int(digits) if len(digits) < 30 else 10 ** 30)
    if from_args:
        values = args.values() if isinstance(args, dict) else \
            args if isinstance(args, (tuple, list)) else (args,)
        for value in values:
            if isinstance(value, int):
                _refuse("a formatted value", value)


def _check_repeat(left: Any, right: Any) -> None:
    for seq, n in ((left, right), (right, left)):
        if isinstance(seq, (str, list, tuple)) and isinstance(n, int):
            _refuse("a repeated string or list", len(seq) * n)


def _check_power(base: Any, exponent: Any) -> None:
    if isinstance(base, int) and isinstance(exponent, int) and abs(base) > 1 and exponent > 0:
        if exponent * math.log2(abs(base)) > MAX_INT_BITS:
            raise RenderLimit(f"{base} ** {exponent} is far too large a number")


def _check_replace(s: Any, old: Any, new: Any, count: Any = None) -> None:
    if isinstance(s, str) and isinstance(old, str) and isinstance(new, str):
        n = len(s) + 1 if old == "" else s.count(old)
        if isinstance(count, int) and count >= 0:
            n = min(n, count)
        _refuse("the replaced text", len(s) + n * (len(new) - len(old)))


def _check_join(separator: Any, items: Any) -> None:
    if isinstance(separator, str) and hasattr(items, "__len__"):
        _refuse("the joined text", len(separator) * len(items))


def _check_width(s: Any, width: Any) -> None:
    if isinstance(width, int):
        _refuse("the padded text", width)


def _check_str_method(s: str, name: str, args: tuple, kwargs: dict) -> None:
    """Methods a clause can call on a string that make it longer."""
    first = args[0] if args else None
    if name in ("center", "ljust", "rjust", "zfill"):
        _check_width(s, first)
    elif name == "expandtabs":
        size = first if isinstance(first, int) else kwargs.get("tabsize", 8)
        if isinstance(size, int):
            _refuse("the expanded text", len(s) + s.count("\t") * size)
    elif name == "replace" and len(args) >= 2:
        _check_replace(s, args[0], args[1], args[2] if len(args) > 2 else kwargs.get("count"))
    elif name == "join":
        _check_join(s, first)
    elif name == "format":
        _check_format(s, tuple(args) + tuple(kwargs.values()))
    elif name == "format_map":
        _check_format(s, first if isinstance(first, dict) else ())


# --- the guarded filters ---------------------------------------------------------------------

def _guard(filter_fn, check, skip: int = 0):
    """`filter_fn` with `check` run on its arguments first (after the `skip` context
    arguments Jinja passes to pass_eval_context/pass_environment filters)."""
    @functools.wraps(filter_fn)          # keeps jinja_pass_arg, so Jinja passes the same args
    def guarded(*args, **kwargs):
        check(*args[skip:], **kwargs)
        return _sized(filter_fn(*args, **kwargs))
    return guarded


def _filter_checks() -> dict[str, tuple[Any, int]]:
    return {
        "center": (lambda value, width=80: _check_width(value, width), 0),
        "format": (lambda value, *a, **k: _check_format(value, a + tuple(k.values())), 0),
        "replace": (lambda s, old, new, count=None: _check_replace(s, old, new, count), 1),
        "join": (lambda value, d="", attribute=None: _check_join(d, value), 1),
        "indent": (lambda s, width=4, first=False, blank=False: _refuse(
            "the indented text", len(str(s)) + (str(s).count("\n") + 1) *
            (width if isinstance(width, int) else len(str(width)))), 0),
        "wordwrap": (lambda s, width=79, break_long_words=True, wrapstring=None,
                     break_on_hyphens=True: _refuse(
            "the wrapped text", len(str(s)) * (1 + len(wrapstring or "\n"))), 1),
    }


# --- the environment -------------------------------------------------------------------------

_ITER = "ordinance_kit.render_limits.bounded_iter"


class BoundedTemplate(Template):
    """render() streams the output, counting its size and time against the budget."""

    def render(self, *args: Any, **kwargs: Any) -> str:
        budget = _Budget()
        reset = _BUDGET.set(budget)
        try:
            parts = []
            for chunk in self.generate(*args, **kwargs):
                budget.output(len(chunk))
                parts.append(chunk)
            return "".join(parts)
        finally:
            _BUDGET.reset(reset)


class BoundedSandbox(ImmutableSandboxedEnvironment):
    """Jinja's immutable sandbox plus the step, size and time limits above."""

    template_class = BoundedTemplate
    intercepted_binops = frozenset({"*", "**", "%", "+"})

    def __init__(self, **options: Any):
        finalize = options.pop("finalize", None)
        super().__init__(finalize=counting_finalize(finalize or (lambda v: v)), **options)
        for name, (check, skip) in _filter_checks().items():
            self.filters[name] = _guard(self.filters[name], check, skip)

    def call_binop(self, context, operator: str, left: Any, right: Any) -> Any:
        if operator == "*":
            _check_repeat(left, right)
        elif operator == "**":
            _check_power(left, right)
        elif operator == "%":
            _check_format(left, right)
        return _sized(super().call_binop(context, operator, left, right))

    def call(__self, __context, __obj: Any, *args: Any, **kwargs: Any) -> Any:  # noqa: N805
        _step()
        target = getattr(__obj, "__wrapped__", __obj)      # the sandbox wraps str.format
        owner = getattr(target, "__self__", None)
        if isinstance(owner, str):
            _check_str_method(owner, getattr(target, "__name__", ""), args, kwargs)
        return _sized(super().call(__context, __obj, *args, **kwargs))

    def _generate(self, source, name, filename, defer_init=False):
        """Before compiling, route every for-loop's iterable through `bounded_iter`."""
        for loop in source.find_all(nodes.For):
            it = loop.iter
            if not (isinstance(it, nodes.Call) and isinstance(it.node, nodes.ImportedName)
                    and it.node.importname == _ITER):       # the same tree compiled twice
                loop.iter = nodes.Call(nodes.ImportedName(_ITER, lineno=it.lineno), [it], [],
                                       None, None, lineno=it.lineno)
        return super()._generate(source, name, filename, defer_init=defer_init)
