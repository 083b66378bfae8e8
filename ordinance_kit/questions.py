"""The question set: typed questions defined as data in `clauses/questions/*.yaml`.

Each question knows how to turn a raw value (from YAML or a `--set key=value` string) into a
typed answer, or say in plain words why it can't. The same definitions drive answers-file
validation, the interview, `ordinance-kit questions` and docs/answers.md.
"""
from __future__ import annotations

import datetime as _dt
import re
import unicodedata
from dataclasses import dataclass, field
from typing import Any


TYPES = ("text", "int", "bool", "choice", "multi", "date", "month_day", "money")
QUESTION_KEYS = {"key", "type", "label", "help", "choices", "default", "default_expr", "when",
                 "required", "min", "max", "module", "example", "max_length", "stronger", "unit"}
# Which way a number protects more: "more" (notice days, damages) or "less" (retention days,
# days a department has to act). Review reads it to judge an edited number; int and money only.
DIRECTIONS = ("more", "less")
GROUP_KEYS = {"id", "title", "intro"}
KEY_RE = re.compile(r"^[a-z][a-z0-9_]*\.[a-z][a-z0-9_]*$")

# Characters Word cannot hold (XML 1.0 forbids them) and our own token markers.
_FORBIDDEN = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ufffe\uffff\ud800-\udfff\ue000\ue001]")
# Line and paragraph separators that are not \n or \r but still end a line in Word or a PDF.
_LINE_BREAKS = re.compile("[\x85\u2028\u2029]")
# Embeddings, overrides and isolates (the Unicode "Trojan Source" characters).
_BIDI_CONTROLS = re.compile("[\u202a-\u202e\u2066-\u2069]")
# Money and numbers: digits, or digits with a comma every three ("1,000"); "4,5" is neither.
_WHOLE = r"(?:\d{1,3}(?:,\d{3})+|\d+)"
MAX_WHOLE = 999_999_999            # the largest whole number a question accepts
MAX_MONEY = 999_999_999_999        # the largest amount in dollars a question accepts
# A draft date outside these years is a typo, and Word and the OOXML schema reject some of them.
MIN_YEAR, MAX_YEAR = 1900, 2200


@dataclass(frozen=True)
class Choice:
    value: str
    label: str


@dataclass(frozen=True)
class QuestionGroup:
    id: str
    title: str
    intro: str = ""


@dataclass(frozen=True)
class Question:
    key: str
    type: str
    label: str
    help: str = ""
    choices: tuple[Choice, ...] = ()
    default: Any = None
    default_expr: str | None = None
    when: str | None = None
    required: bool = True
    min: float | None = None
    max: float | None = None
    module: str | None = None
    example: Any = None
    max_length: int = 500
    stronger: str | None = None  # "more" | "less": which way the number protects more
    unit: str | None = None     # what a whole number counts ("days"), for messages and prompts
    source: str = ""            # "clauses/questions/10-jurisdiction.yaml, line 12"

    @property
    def group(self) -> str:
        return self.key.split(".", 1)[0]

    @property
    def name(self) -> str:
        return self.key.split(".", 1)[1]

    @property
    def has_default(self) -> bool:
        return self.default is not None or self.default_expr is not None

    @property
    def choice_values(self) -> list[str]:
        return [c.value for c in self.choices]

    def expected(self) -> str:
        """What a valid answer looks like, in plain words."""
        if self.type == "text":
            return "a line of text"
        if self.type == "int":
            rng = _range_words(self.min, self.max)
            return f"a whole number{' of ' + self.unit if self.unit else ''}{rng}"
        if self.type == "money":
            rng = _range_words(self.min, self.max, money=True)
            like = self.default if isinstance(self.default, (int, float)) and self.default else (
                self.min or 1000)
            return f"an amount in dollars{rng}, like {_fmt_num(like)}"
        if self.type == "bool":
            return "true or false"
        if self.type == "date":
            return "a date written YYYY-MM-DD, like 2026-11-28"
        if self.type == "month_day":
            return "a month and day written MM-DD, like 03-15 for March 15"
        if self.type == "choice":
            return "one of: " + ", ".join(self.choice_values)
        if self.type == "multi":
            return "a list of any of: " + ", ".join(self.choice_values)
        return self.type

    def did_you_mean(self, given: Any) -> str:
        """': did you mean OH?' when a choice's code or plain label is what was typed, in
        another case or with a typo ('Ohio', 'oh', 'Ohoi'); '' when nothing is close."""
        import difflib

        text = str(given).strip().casefold()
        if not text:
            return ""
        names = {}
        for c in self.choices:
            names.setdefault(c.value.casefold(), c.value)
            names.setdefault(c.label.casefold(), c.value)
            names.setdefault(c.value.casefold().replace("_", " ").replace("-", " "), c.value)
        found = names.get(text) or names.get(text.replace("_", " ").replace("-", " "))
        if found is None:
            close = difflib.get_close_matches(text, sorted(names), n=1, cutoff=0.75)
            found = names[close[0]] if close else None
        return f" (did you mean {found}?)" if found else ""

    def explain(self, exc: ValueError, raw: Any) -> str:
        """The whole reason an answer was refused, saying once what is accepted:
        "'thirty' is not accepted; give a whole number of days from 10 to 120"."""
        reason = str(exc)
        if reason.startswith("expected"):        # the type was wrong: show what was given
            shown = ("a list" if isinstance(raw, list) else "a group of answers"
                     if isinstance(raw, dict) else f"'{_shorten(raw)}'")
            reason = f"{shown} is not accepted"
        return f"{reason}; give {self.expected()}"

    # -- coercion ---------------------------------------------------------------------------

    def coerce(self, raw: Any, *, from_text: bool = False) -> Any:
        """Turn a raw value into a typed answer, or raise ValueError with the reason.

        `from_text` is set for command-line values, which always arrive as strings.
        """
        t = self.type
        if t == "text":
            return self._text(raw)
        if t == "int":
            value = self._int(raw, from_text)
            self._check_range(value)
            return value
        if t == "money":
            value = self._money(raw, from_text)
            self._check_range(value)
            return value
        if t == "bool":
            return self._bool(raw, from_text)
        if t == "date":
            return self._date(raw)
        if t == "month_day":
            return self._month_day(raw)
        if t == "choice":
            value = self._text(raw) if isinstance(raw, str) else raw
            if value not in self.choice_values:
                raise ValueError(f"'{value}' is not one of the choices{self.did_you_mean(value)}")
            return value
        if t == "multi":
            if from_text and isinstance(raw, str):
                raw = [part.strip() for part in raw.split(",") if part.strip()]
            if isinstance(raw, str):
                raise ValueError(f"'{_shorten(raw)}' is a single value, not a list (write one "
                                 "'- item' per line, or [a, b] on one line)")
            if not isinstance(raw, list):
                raise ValueError("expected a list (one '- item' per line)")
            out = []
            for item in raw:
                if not isinstance(item, str) or item not in self.choice_values:
                    raise ValueError(f"'{item}' is not one of the choices"
                                     f"{self.did_you_mean(item)}")
                if item in out:
                    raise ValueError(f"'{item}' is listed twice")
                out.append(item)
            return out
        raise ValueError(f"unknown question type {t}")

    def _text(self, raw: Any) -> str:
        if isinstance(raw, bool) or raw is None or isinstance(raw, (list, dict)):
            raise ValueError("expected text")
        if isinstance(raw, float):
            raise ValueError("this looks like a number; put it in quotes so it is kept exactly "
                             f"as written (for example \"{raw}\")")
        if isinstance(raw, (_dt.date, _dt.datetime)):
            raise ValueError("this looks like a date; put it in quotes to use it as text")
        value = _join_surrogate_pairs(str(raw))
        half = re.search("[\ud800-\udfff]", value)
        if half:
            raise ValueError(f"contains half of a character (U+{ord(half.group()):04X}): a "
                             "\\u escape that needs its pair, or bytes that are not UTF-8; "
                             "type the character itself")
        # Python's str.strip() would silently eat these at the ends; in the middle they break
        # the line or reorder the text on screen, so a reader sees something else than is stored.
        sep = _LINE_BREAKS.search(value)
        if sep:
            raise ValueError(f"contains a line break character (U+{ord(sep.group()):04X}); "
                             "an answer must be on one line, so retype it without the break")
        bidi = _BIDI_CONTROLS.search(value)
        if bidi:
            raise ValueError(f"contains an invisible text-direction control "
                             f"(U+{ord(bidi.group()):04X}) that makes the text show in a "
                             "different order than it is stored; retype the text without it")
        bad = _FORBIDDEN.search(value)
        if bad:
            code = f"U+{ord(bad.group()):04X}"
            raise ValueError(f"contains a control character ({code}) that Word cannot hold; "
                             "retype the text without it")
        if "\n" in value or "\r" in value:
            raise ValueError("must be on one line")
        value = unicodedata.normalize("NFC", value).strip()
        if not value:
            raise ValueError("is empty")
        if len(value) > self.max_length:
            raise ValueError(f"is {len(value)} characters long; the limit is {self.max_length}")
        return value

    def _int(self, raw: Any, from_text: bool) -> int:
        if isinstance(raw, bool):
            raise ValueError("expected a whole number, not true/false")
        if isinstance(raw, float) and raw.is_integer():    # inf and nan are not
            raw = int(raw)
        if isinstance(raw, int):
            if abs(raw) > MAX_WHOLE:
                raise ValueError(self._too_large(MAX_WHOLE, ""))
            return int(raw)
        if isinstance(raw, str):
            text = raw.strip()
            if re.fullmatch(r"-?" + _WHOLE, text):
                return self._int(int(text.replace(",", "")), from_text)
            if re.fullmatch(r"-?[\d,]+", text):
                raise ValueError(f"'{text}' has a comma that does not separate thousands; "
                                 "write the number without it, or with a comma every three "
                                 "digits, like 1,000")
        raise ValueError("expected a whole number")

    def _money(self, raw: Any, from_text: bool) -> float | int:
        if isinstance(raw, bool):
            raise ValueError("expected an amount in dollars, not true/false")
        if isinstance(raw, (int, float)):
            value = raw
        elif isinstance(raw, str):
            text = raw.strip().lstrip("$")
            if re.fullmatch(r"-?[\d,]+(\.\d*)?", text) and \
                    not re.fullmatch(r"-?" + _WHOLE + r"(\.\d*)?", text):
                raise ValueError(f"'{raw.strip()}' has a comma that does not separate "
                                 "thousands; write the amount without it, or with a comma "
                                 "every three digits, like 1,000")
            text = text.replace(",", "")
            if not re.fullmatch(r"\d{1,12}(\.\d{1,2})?", text):
                raise ValueError("expected an amount in dollars, like 1000")
            value = float(text)
        else:
            raise ValueError("expected an amount in dollars, like 1000")
        # YAML reads .nan, .inf and 1e400 as floats and a 400-digit number as an int: none of
        # them is an amount a draft can print ("$nan"), and float() of a huge int overflows.
        if isinstance(value, float) and value != value:
            raise ValueError("is not a number")
        if value < 0:
            raise ValueError("cannot be negative")
        if value > MAX_MONEY:
            raise ValueError(self._too_large(MAX_MONEY, "$"))
        return int(value) if float(value).is_integer() else round(float(value), 2)

    def _too_large(self, cap: int, pre: str) -> str:
        """Too many digits to print or compare: name the question's own limit when it has one."""
        if self.max is not None:
            return f"is above the maximum of {pre}{_fmt_num(self.max)}"
        return f"is too large; the most accepted is {pre}{cap:,}"

    def _bool(self, raw: Any, from_text: bool) -> bool:
        if isinstance(raw, bool):
            return raw
        if isinstance(raw, str):
            low = raw.strip().lower()
            if low in {"true", "yes", "y", "on", "1"}:
                return True
            if low in {"false", "no", "n", "off", "0"}:
                return False
        raise ValueError("expected true or false")

    def _date(self, raw: Any) -> _dt.date:
        value = None
        if isinstance(raw, _dt.datetime):
            value = raw.date()
        elif isinstance(raw, _dt.date):
            value = raw
        elif isinstance(raw, str):
            try:
                value = _dt.date.fromisoformat(raw.strip())
            except ValueError:
                pass
        if value is None:
            raise ValueError("expected a date written YYYY-MM-DD")
        if not MIN_YEAR <= value.year <= MAX_YEAR:
            raise ValueError(f"{value.isoformat()} is in the year {value.year}, outside "
                             f"{MIN_YEAR} to {MAX_YEAR} (check the year for a typo)")
        return value

    def _month_day(self, raw: Any) -> str:
        text = str(raw).strip() if isinstance(raw, (str, int)) and not isinstance(raw, bool) else ""
        m = re.fullmatch(r"(\d{1,2})-(\d{1,2})", text)
        if m:
            month, day = int(m.group(1)), int(m.group(2))
            try:
                _dt.date(2024, month, day)          # a leap year, so 02-29 is accepted
                return f"{month:02d}-{day:02d}"
            except ValueError:
                raise ValueError(f"'{text}' is not a real month and day") from None
        raise ValueError("expected a month and day written MM-DD")

    def _check_range(self, value) -> None:
        if self.min is not None and value < self.min:
            raise ValueError(f"{value} is below the minimum of {_fmt_num(self.min)}")
        if self.max is not None and value > self.max:
            raise ValueError(f"{value} is above the maximum of {_fmt_num(self.max)}")


def _shorten(value: Any) -> str:
    shown = str(value)
    return shown if len(shown) <= 40 else shown[:37] + "..."


def _join_surrogate_pairs(text: str) -> str:
    """YAML's "\\ud83d\\ude00" (JSON-style escapes for one emoji) arrives as two halves;
    join well-formed pairs into the character and leave any lone half for the caller."""
    if not any("\ud800" <= ch <= "\udfff" for ch in text):
        return text
    return re.sub("[\ud800-\udbff][\udc00-\udfff]",
                  lambda m: m.group().encode("utf-16-le", "surrogatepass").decode("utf-16-le"),
                  text)


def _fmt_num(n) -> str:
    return str(int(n)) if float(n).is_integer() else str(n)


def _range_words(lo, hi, money=False) -> str:
    pre = "$" if money else ""
    if lo is not None and hi is not None:
        return f" from {pre}{_fmt_num(lo)} to {pre}{_fmt_num(hi)}"
    if lo is not None:
        return f" of at least {pre}{_fmt_num(lo)}"
    if hi is not None:
        return f" of at most {pre}{_fmt_num(hi)}"
    return ""


@dataclass
class QuestionSet:
    groups: list[QuestionGroup] = field(default_factory=list)
    questions: list[Question] = field(default_factory=list)
    # Plain introductions of the optional parts, by the id of the part's clause.
    module_intros: dict[str, str] = field(default_factory=dict)

    def __post_init__(self):
        self.by_key = {q.key: q for q in self.questions}

    @property
    def group_ids(self) -> set[str]:
        return {g.id for g in self.groups} | {q.group for q in self.questions}

    def group_questions(self, group_id: str) -> list[Question]:
        return [q for q in self.questions if q.group == group_id]
