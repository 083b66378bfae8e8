"""Property-based tests (hypothesis).

1. Any answers the question set allows (per type, choices, ranges, respecting `when`) build a
   document with zero check errors: no UserError, no other exception.
2. The answers file `init` writes re-loads to the same values, for any such answers.
3. Arbitrary bytes, arbitrary YAML structures, YAML bombs, deep nesting and huge files give a
   UserError (or load) in bounded time: hypothesis' deadline bounds each example.

The number of examples each property ran is printed at the end of the module (run with -s)
and written to $TMPDIR/ordinance-kit-hypothesis-examples.json.
"""
from __future__ import annotations

import datetime as _dt
import json
import tempfile
from collections import Counter
from pathlib import Path

import pytest

hypothesis = pytest.importorskip("hypothesis", reason="hypothesis is not installed")
from hypothesis import HealthCheck, given, settings, strategies as st  # noqa: E402

from ordinance_kit.answers import RawAnswer, load_answers, resolve  # noqa: E402
from ordinance_kit.answers_writer import render_answers_yaml  # noqa: E402
from ordinance_kit.engine import check as do_check, render  # noqa: E402
from ordinance_kit.errors import UserError  # noqa: E402
from ordinance_kit.library import load_library  # noqa: E402

LIB = load_library()
QS = LIB.questions
RUNS: Counter = Counter()
COMMON = dict(deadline=_dt.timedelta(seconds=5), derandomize=False,
              suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large])


@pytest.fixture(scope="module", autouse=True)
def _report_counts():
    yield
    total = sum(n for k, n in RUNS.items() if ":" not in k)
    report = {"examples": dict(RUNS), "total": total}
    print(f"\nhypothesis examples run: {report}")
    out = Path(tempfile.gettempdir()) / "ordinance-kit-hypothesis-examples.json"
    out.write_text(json.dumps(report, indent=2))


# --- strategies --------------------------------------------------------------------------------

_TEXT = st.text(
    alphabet=st.characters(blacklist_categories=("Cs", "Cc"),
                           blacklist_characters="\ue000\ue001\ufffe\uffff\u2028\u2029\x85"),
    min_size=1, max_size=40).filter(lambda s: bool(s.strip()))


def _value_strategy(q):
    lo = None if q.min is None else q.min
    hi = None if q.max is None else q.max
    if q.type == "month_day":
        return st.dates().map(lambda d: f"{d.month:02d}-{d.day:02d}")
    if q.type == "text":
        return _TEXT.map(lambda s: s[: q.max_length])
    if q.type == "int":
        return st.integers(int(lo) if lo is not None else -10**6,
                           int(hi) if hi is not None else 10**6)
    if q.type == "money":
        cents = st.integers(int((lo or 0) * 100), int((hi if hi is not None else 10**7) * 100))
        return cents.map(lambda c: c // 100 if c % 100 == 0 else c / 100)
    if q.type == "bool":
        return st.booleans()
    if q.type == "date":
        return st.dates(_dt.date(1950, 1, 1), _dt.date(2100, 12, 31))
    if q.type == "choice":
        return st.sampled_from(q.choice_values)
    if q.type == "multi":
        return st.lists(st.sampled_from(q.choice_values), unique=True)
    raise AssertionError(q.type)


@st.composite
def valid_answers(draw):
    """A value for every question, then only those that apply are kept (`when`)."""
    layer = {}
    for q in QS.questions:
        if not q.required and draw(st.booleans()):
            continue                                 # optional answers may be left out
        if q.has_default and draw(st.integers(0, 3)) == 0:
            continue                                 # sometimes keep the default
        layer[q.key] = RawAnswer(draw(_value_strategy(q)), f"generated {q.key}")
    for _ in range(5):                               # drop answers whose question is off
        ans = resolve(QS, [layer], require_all=False)
        off = [k for k in layer if not ans.applicable[k]]
        if not off:
            break
        for k in off:
            del layer[k]
    return layer


# --- 1. valid answers build ---------------------------------------------------------------------

@settings(max_examples=200, **COMMON)
@given(valid_answers())
def test_any_allowed_answers_build_without_errors(layer):
    RUNS["allowed answers build"] += 1
    # No UserError is acceptable here: every answer was generated within its question's
    # type, choices, range and `when`, so refusing it is a bug in the engine or the library.
    answers = resolve(QS, [layer], source="generated")
    result = do_check(LIB, answers)
    # The form-of-government checks exist to reject combinations a place cannot use (a town
    # meeting in an Alabama city, a local law outside New York): those errors are the right
    # answer for such generated answers, so they only need the usual finding shape.
    legal = {"instrument-available", "adopting-body"}
    assert all(f.where and f.message for f in result.findings if f.rule in legal)
    errors = [f for f in result.findings if f.level == "error" and f.rule not in legal]
    assert not errors, errors
    assert render(result, "md")


# --- 2. the written file round-trips -------------------------------------------------------------

@settings(max_examples=150, **COMMON)
@given(valid_answers())
def test_written_answers_file_reloads_identically(layer):
    RUNS["answers file round trip"] += 1
    answers = resolve(QS, [layer], source="generated")
    text = render_answers_yaml(LIB, answers)
    with tempfile.TemporaryDirectory() as d:
        path = Path(d) / "a.yaml"
        path.write_text(text, encoding="utf-8")
        again = load_answers(path, QS)
    assert again.values == answers.values


# --- 3. hostile input -----------------------------------------------------------------------------

def _load_bytes(data: bytes):
    with tempfile.TemporaryDirectory() as d:
        path = Path(d) / "a.yaml"
        path.write_bytes(data)
        try:
            load_answers(path, QS)
        except UserError as exc:
            assert exc.render().strip() and "Traceback" not in exc.render()


@settings(max_examples=500, **COMMON)
@given(st.binary(max_size=400))
def test_arbitrary_bytes_give_user_error(data):
    RUNS["arbitrary bytes"] += 1
    _load_bytes(data)


_ANSWERISH = st.one_of(
    st.sampled_from(["jurisdiction:", "  name: X", "  state: CA", "options:", "timelines:",
                     "  notice_days: 30", "- a", "  - b", "&a [1, 2]", "*a", "{", "}", "[", "]",
                     ": ", "? ", "!!str", "'", '"', "#", "\t", "---", "...", "  kind: city",
                     "definitions:", "  exclusions: [office_equipment]", "<<: *a"]),
    st.text(max_size=12))


@settings(max_examples=400, **COMMON)
@given(st.lists(_ANSWERISH, max_size=30))
def test_answer_like_text_gives_user_error_or_loads(lines):
    RUNS["answer-like text"] += 1
    _load_bytes("\n".join(lines).encode("utf-8", "surrogatepass"))


_YAML_VALUES = st.recursive(
    st.one_of(st.none(), st.booleans(), st.integers(), st.floats(allow_nan=False),
              st.text(max_size=20), st.dates()),
    lambda children: st.one_of(st.lists(children, max_size=4),
                               st.dictionaries(st.text(max_size=10), children, max_size=4)),
    max_leaves=30)


@settings(max_examples=300, **COMMON)
@given(st.dictionaries(st.sampled_from(sorted(QS.group_ids) + ["other", "_library"]),
                       st.one_of(_YAML_VALUES,
                                 st.dictionaries(st.sampled_from(
                                     sorted({q.name for q in QS.questions}) + ["typo"]),
                                     _YAML_VALUES, max_size=6)),
                       max_size=6))
def test_arbitrary_yaml_structures_give_user_error_or_load(data):
    RUNS["arbitrary YAML structures"] += 1
    import io

    from ruamel.yaml import YAML

    buf = io.StringIO()
    YAML(typ="safe", pure=True).dump(data, buf)
    _load_bytes(buf.getvalue().encode("utf-8", "surrogatepass"))


@settings(max_examples=40, **COMMON)
@given(st.integers(2, 12), st.integers(3, 12))
def test_yaml_bombs_are_refused_in_bounded_time(width, depth):
    RUNS["YAML bombs"] += 1
    lines = ["l0: &l0 [" + ", ".join(["lol"] * width) + "]"]
    for i in range(1, depth):
        lines.append(f"l{i}: &l{i} [" + ", ".join([f"*l{i - 1}"] * width) + "]")
    _load_bytes("\n".join(lines).encode())


@settings(max_examples=40, **COMMON)
@given(st.integers(1, 20000), st.sampled_from(["[", "{a: ", "- "]))
def test_deep_nesting_is_refused_in_bounded_time(depth, opener):
    RUNS["deep nesting"] += 1
    if opener == "- ":
        text = "".join("  " * i + "- \n" for i in range(min(depth, 3000)))
    else:
        closer = "]" if opener == "[" else "}"
        text = "jurisdiction: " + opener * depth + "x" + closer * depth + "\n"
    _load_bytes(text.encode())


@settings(max_examples=15, **COMMON)
@given(st.integers(900_000, 1_200_000))
def test_huge_files_are_refused_or_read_in_bounded_time(size):
    RUNS["huge files"] += 1
    head = b"jurisdiction:\n  name: X\n  state: CA\n"
    _load_bytes(head + b"#" * (size - len(head)))
