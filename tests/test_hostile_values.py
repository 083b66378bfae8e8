"""Hostile values that pass the YAML reader but must not pass the questions (issue 14).

The answers-file form of each case is in tests/bad_answers/; this file holds the `--set` form,
the values that must be accepted (a JSON-style surrogate pair, "1,000"), the limits that have
no message of their own (at most 50 problems shown, DOCX core properties), and the Markdown
preview checked against a real CommonMark renderer (markdown-it-py, pure Python, installed with
rich).
"""
from __future__ import annotations

import html
import io
import re
import zipfile
from collections import Counter
from functools import lru_cache
from pathlib import Path

import pytest

from ooxml_validate import needs_xsd, validate_docx
from ordinance_kit import answers as answers_mod
from ordinance_kit.engine import build, prepare
from ordinance_kit.errors import UserError
from ordinance_kit.questions import Question
from ordinance_kit.yamlio import parse_yaml

BASE = "jurisdiction:\n  name: Riverside\n  state: CA\n"


@pytest.fixture
def base(answers_file):
    return answers_file(BASE)


def _check_error(cli, path, *sets: str) -> str:
    args = ["check", path]
    for s in sets:
        args += ["--set", s]
    code, out, err = cli(*args)
    assert code == 2 and out == "" and "Traceback" not in err, err
    return err.replace(str(path), "{file}")


# --- --set: the same refusals as the answers file ----------------------------------------------

SET_CASES = [
    ("timelines.notice_days=4,5",
     "Error: --set timelines.notice_days: '4,5' has a comma that does not separate thousands; "
     "write the number without it, or with a comma every three digits, like 1,000; give a "
     "whole number of days from 10 to 120.\n"),
    ("timelines.notice_days=1,000",      # a true thousands separator is read, then range-checked
     "Error: --set timelines.notice_days: 1000 is above the maximum of 120; give a whole "
     "number of days from 10 to 120.\n"),
    ("enforcement.damages_floor=4,5",
     "Error: --set enforcement.damages_floor: '4,5' has a comma that does not separate "
     "thousands; write the amount without it, or with a comma every three digits, like 1,000; "
     "give an amount in dollars from $100 to $10000, like 1000.\n"),
    ("enforcement.damages_floor=1e400",
     "Error: --set enforcement.damages_floor: '1e400' is not accepted; give an amount in "
     "dollars from $100 to $10000, like 1000.\n"),
    ("enforcement.damages_floor=nan",
     "Error: --set enforcement.damages_floor: 'nan' is not accepted; give an amount in "
     "dollars from $100 to $10000, like 1000.\n"),
    ("enforcement.damages_floor=1" + "0" * 400,
     "Error: --set enforcement.damages_floor: '1000000000000000000000000000000000000...' is not "
     "accepted; give an amount in dollars from $100 to $10000, like 1000.\n"),
    ("ordinance.draft_date=0999-12-31",
     "Error: --set ordinance.draft_date: 0999-12-31 is in the year 999, outside 1900 "
     "to 2200 (check the year for a typo); give a date written YYYY-MM-DD, like "
     "2026-11-28.\n"),
    ("ordinance.draft_date=1899-12-31",
     "Error: --set ordinance.draft_date: 1899-12-31 is in the year 1899, outside 1900 "
     "to 2200 (check the year for a typo); give a date written YYYY-MM-DD, like "
     "2026-11-28.\n"),
    ("ordinance.draft_date=2201-01-01",
     "Error: --set ordinance.draft_date: 2201-01-01 is in the year 2201, outside 1900 "
     "to 2200 (check the year for a typo); give a date written YYYY-MM-DD, like "
     "2026-11-28.\n"),
]

_LINE_BREAK = ("Error: --set jurisdiction.name: contains a line break character ({code}); an "
               "answer must be on one line, so retype it without the break; give a line of "
               "text.\n")
_BIDI = ("Error: --set jurisdiction.name: contains an invisible text-direction control ({code}) "
         "that makes the text show in a different order than it is stored; retype the text "
         "without it; give a line of text.\n")
for _ch in ("\u2028", "\u2029", "\x85"):
    SET_CASES.append((f"jurisdiction.name=River{_ch}side",
                      _LINE_BREAK.format(code=f"U+{ord(_ch):04X}")))
for _ch in ("\u202a", "\u202b", "\u202c", "\u202d", "\u202e",
            "\u2066", "\u2067", "\u2068", "\u2069"):
    SET_CASES.append((f"jurisdiction.name=Abc{_ch}dcba", _BIDI.format(code=f"U+{ord(_ch):04X}")))
# At the end of the text: str.strip() would have removed it without a word.
SET_CASES.append(("jurisdiction.name=Riverside\u2028", _LINE_BREAK.format(code="U+2028")))


@pytest.mark.parametrize("setting,expected", SET_CASES,
                         ids=[s.split("=")[0] + "=" + ascii(s.split("=", 1)[1])[:24]
                              for s, _ in SET_CASES])
def test_set_value_is_refused_with_exact_message(cli, base, setting, expected):
    assert _check_error(cli, base, setting) == expected


def _answer(base: Path, key: str, *sets: str):
    _, ans = prepare(base, list(sets))
    return ans.get(key)


@pytest.mark.parametrize("setting,value", [
    ("enforcement.damages_floor=$1,000.50", 1000.5),
    ("enforcement.damages_floor=1,000", 1000),
    ("enforcement.damages_floor=10000", 10000),
    ("timelines.notice_days=45", 45),
    ("timelines.notice_days= 45 ", 45),
])
def test_true_numbers_are_still_read(base, setting, value):
    assert _answer(base, setting.split("=")[0], setting) == value


def test_dates_at_the_ends_of_the_range_are_accepted(base):
    import datetime as dt

    assert _answer(base, "ordinance.draft_date", "ordinance.draft_date=1900-01-01") == \
        dt.date(1900, 1, 1)
    assert _answer(base, "ordinance.draft_date", "ordinance.draft_date=2200-12-31") == \
        dt.date(2200, 12, 31)


# --- the question types themselves, where no question in the library reaches a limit -------

MONEY = Question(key="a.amount", type="money", label="An amount")      # no min, no max
WHOLE = Question(key="a.count", type="int", label="A count")


@pytest.mark.parametrize("raw,message", [
    (float("nan"), "is not a number"),
    (float("inf"), "is too large; the most accepted is $999,999,999,999"),
    (10 ** 400, "is too large; the most accepted is $999,999,999,999"),
    (1e300, "is too large; the most accepted is $999,999,999,999"),
    (float("-inf"), "cannot be negative"),
    ("4,5", "'4,5' has a comma that does not separate thousands; write the amount without it, "
            "or with a comma every three digits, like 1,000"),
    ("12,34,567", "'12,34,567' has a comma that does not separate thousands; write the amount "
                  "without it, or with a comma every three digits, like 1,000"),
])
def test_money_must_be_a_finite_amount(raw, message):
    with pytest.raises(ValueError) as exc:
        MONEY.coerce(raw, from_text=isinstance(raw, str))
    assert str(exc.value) == message


@pytest.mark.parametrize("raw,message", [
    (float("nan"), "expected a whole number"),
    (float("inf"), "expected a whole number"),
    (10 ** 400, "is too large; the most accepted is 999,999,999"),
    (1e300, "is too large; the most accepted is 999,999,999"),
    ("4,5", "'4,5' has a comma that does not separate thousands; write the number without it, "
            "or with a comma every three digits, like 1,000"),
    ("1,00", "'1,00' has a comma that does not separate thousands; write the number without it, "
             "or with a comma every three digits, like 1,000"),
])
def test_whole_numbers_must_be_finite_and_bounded(raw, message):
    with pytest.raises(ValueError) as exc:
        WHOLE.coerce(raw, from_text=isinstance(raw, str))
    assert str(exc.value) == message


def test_thousands_separators_are_read_from_a_file_too():
    assert WHOLE.coerce("1,000") == 1000 and WHOLE.coerce("-12,345,678") == -12345678
    assert MONEY.coerce("$1,234,567.89") == 1234567.89


# --- surrogate pairs ------------------------------------------------------------------------

def test_json_style_surrogate_pair_is_one_character(cli, answers_file, tmp_path):
    # YAML's "\ud83d\ude00" arrives as two halves; together they are one emoji.
    path = answers_file('jurisdiction:\n  name: "Riverside \\ud83d\\ude00"\n  state: CA\n')
    assert _answer(path, "jurisdiction.name") == "Riverside \U0001F600"
    out = tmp_path / "d.docx"
    code, _, err = cli("build", path, "-o", out)
    assert code == 0, err
    body = zipfile.ZipFile(out).read("word/document.xml").decode("utf-8")
    assert "City of Riverside \U0001F600" in body


@pytest.mark.parametrize("text", ["\\ude00", "\\ude00\\ud83d", "\\ud83d x"])
def test_a_lone_or_reversed_half_is_refused(cli, answers_file, text):
    path = answers_file(f'jurisdiction:\n  name: "A {text}"\n  state: CA\n')
    assert "contains half of a character (U+D" in _check_error(cli, path)


# --- YAML tags, wherever they are written ---------------------------------------------------

@pytest.mark.parametrize("text,tag,line", [
    ("- !!str a\n", "!!str", 1),
    ("a: [1, !!str b]\n", "!!str", 1),
    ("a: {b: !!binary VGVzdA==}\n", "!!binary", 1),
    ("!!str a: b\n", "!!str", 1),
    ("a:\n  !!int '4'\n", "!!int", 2),
    ("--- !!map\na: b\n", "!!map", 1),
    ("a: &x !!str b\n", "!!str", 1),
    ('{"a":!!str b}\n', "!!str", 1),
    ("? !!str a\n: b\n", "!!str", 1),
    ("a: !foo\n  b: c\n", "!foo", 1),
    ("a:\n- - !!set\n    ? x\n", "!!set", 2),
    ("%TAG !e! tag:example.com,2000:\n---\na: !e!b c\n", "!e!b", 3),
])
def test_every_tag_is_refused(text, tag, line):
    with pytest.raises(UserError) as exc:
        parse_yaml(text, "f.yaml", "answers file")
    assert str(exc.value) == (f"f.yaml, line {line}: the answers file uses the YAML tag '{tag}'. "
                              "Tags are not allowed; write the plain value (quote it if it "
                              "starts with '!').")


@pytest.mark.parametrize("text", ["when: a != 'b'\n", "a: Hello!\n", "a: 'x !y'\n",
                                  "a: b # !!str\n", "a: \"!!str\"\n", "a: |\n  !!str b\n"])
def test_an_exclamation_mark_in_a_value_is_not_a_tag(text):
    parse_yaml(text, "f.yaml", "answers file")


# --- at most 50 problems, and no "did you mean" work past them ---------------------------------

def test_problems_stop_after_fifty_and_the_matching_too(cli, base, monkeypatch):
    calls = []
    real = answers_mod.nearest
    monkeypatch.setattr(answers_mod, "nearest", lambda *a: calls.append(a) or real(*a))
    sets = [f"options.nonsense_{i}=1" for i in range(120)]
    err = _check_error(cli, base, *sets)
    lines = err.splitlines()
    assert lines[0] == "Error: 120 problems with the answers in {file}:"
    assert len(lines) == 1 + 50 + 1
    assert lines[1].startswith("  - --set options.nonsense_0: unknown question")
    assert lines[-1] == ("  ... and 70 more. Fix the problems above and run the check again to "
                         "see the rest.")
    assert len(calls) == 50


def test_a_file_of_unknown_keys_stops_matching_after_fifty(cli, answers_file, monkeypatch):
    calls = []
    real = answers_mod.nearest
    monkeypatch.setattr(answers_mod, "nearest", lambda *a: calls.append(a) or real(*a))
    path = answers_file(BASE + "options:\n" + "".join(f"  nonsense_{i}: 1\n" for i in range(120))
                        + "nonsense_group: 1\n")
    lines = _check_error(cli, path).splitlines()
    assert lines[0] == "Error: 121 problems with the answers in {file}:" and len(lines) == 52
    assert lines[-1].startswith("  ... and 71 more.")
    assert len(calls) <= 2 * 50         # a typo'd key may be matched twice (group, then all)


# --- DOCX core properties: 255 characters, answers up to 500 -----------------------------------

LONG_NAME = "Abcdefghij " * 40 + "Xyz"           # 443 characters
LONG_TITLE = "T" * 499


def _build_long(tmp_path, cli) -> Path:
    out = tmp_path / "long.docx"
    code, _, err = cli("build", Path(__file__).parents[1] / "examples" / "riverbend-ca.yaml",
                       "-o", out, "--set", f"jurisdiction.name={LONG_NAME}",
                       "--set", f"ordinance.short_title={LONG_TITLE}")
    assert code == 0, err
    return out


def test_long_answers_fit_the_core_properties(cli, tmp_path):
    from lxml import etree

    data = _build_long(tmp_path, cli).read_bytes()
    z = zipfile.ZipFile(io.BytesIO(data))
    core = etree.fromstring(z.read("docProps/core.xml"))
    ns = {"dc": "http://purl.org/dc/elements/1.1/",
          "cp": "http://schemas.openxmlformats.org/package/2006/metadata/core-properties"}
    title = core.findtext("dc:title", namespaces=ns)
    subject = core.findtext("dc:subject", namespaces=ns)
    keywords = core.findtext("cp:keywords", namespaces=ns)
    assert title == "T" * 254 + "\u2026"
    assert subject.startswith("Surveillance technology oversight ordinance for the City of "
                              "Abcdefghij ")
    for text in (subject, keywords):
        assert len(text) <= 255 and text.endswith("Abcdefghij\u2026")
    # The document itself keeps the whole name.
    assert f"City of {LONG_NAME}" in z.read("word/document.xml").decode("utf-8")


@needs_xsd
def test_long_answers_and_edge_dates_give_schema_valid_documents(cli, tmp_path):
    assert validate_docx(_build_long(tmp_path, cli).read_bytes()) == []
    for date in ("1900-01-01", "2200-12-31"):
        out = tmp_path / f"{date}.docx"
        code, _, err = cli("build", Path(__file__).parents[1] / "examples" / "riverbend-ca.yaml",
                           "-o", out, "--set", f"ordinance.draft_date={date}")
        assert code == 0, err
        assert validate_docx(out.read_bytes()) == [], date


# --- Markdown preview against a CommonMark renderer --------------------------------------------

markdown_it = pytest.importorskip("markdown_it")
ROOT = Path(__file__).resolve().parents[1]
EXAMPLES = sorted((ROOT / "examples").glob("*.yaml"))


def _html(md: str) -> str:
    return markdown_it.MarkdownIt("commonmark").render(md)


def _text(html_text: str) -> str:
    return html.unescape(re.sub(r"<[^>]+>", "", html_text))


def _tags(html_text: str) -> Counter:
    return Counter(re.findall(r"<([a-z0-9]+)[ >]", html_text))


@lru_cache(maxsize=None)
def _md(name: str, sets: tuple[str, ...] = ()) -> str:
    lib, ans = prepare(ROOT / "examples" / f"{name}.yaml", list(sets))
    return build(lib, ans, "md").data.decode("utf-8")


@pytest.mark.parametrize("path", EXAMPLES, ids=[p.stem for p in EXAMPLES])
def test_examples_render_as_paragraphs_with_live_anchors(path):
    md = _md(path.stem)
    out = _html(md)
    assert "<pre>" not in out and "<code>" not in out     # no line read as a code block
    assert "&lt;a id=" not in out                         # every anchor stays an anchor
    assert out.count("<a id=") == md.count("<a id=")
    assert "\\" not in _text(out)                           # every escape was consumed


HOSTILE_NAMES = [
    "AT&amp;T",                          # printed as "AT&T" before
    "Town &copy; Hill &#169; &#xA9;",
    "*Hot* _Springs_ `x` [y](z) <b>q</b> #1 \\ end",
    "A & B < C > D",
]
HOSTILE_TITLES = ["- Mayor", "+ Mayor", "1. Mayor", "1) Mayor", "===", "---", "~~~ Mayor",
                  "# Mayor", "> Mayor", "* Mayor", "&amp; Mayor", "    Mayor"]


@pytest.mark.parametrize("name", HOSTILE_NAMES)
def test_answer_text_renders_literally(name):
    plain = _html(_md("riverbend-ca"))
    out = _html(_md("riverbend-ca", (f"jurisdiction.name={name}",)))
    assert f"The City Council of the City of {name} does ordain as follows" in _text(out)
    assert _tags(out) == _tags(plain)


@pytest.mark.parametrize("title", HOSTILE_TITLES)
def test_answer_at_the_start_of_a_line_renders_literally(title):
    plain = _html(_md("riverbend-ca"))
    out = _html(_md("riverbend-ca", (f"jurisdiction.signer={title}",)))
    # The signer's title is the line under the signature rule (after a hard line break).
    assert f"<br />\n{html.escape(title.strip(), quote=False)}</p>" in \
        out.replace("&quot;", '"')
    assert _tags(out) == _tags(plain)
