"""Campaign mode, before any work: read the CSV (header = answer keys) and plan one row per
jurisdiction, each with the file name its drafts get. Every structural problem is a UserError.

Row numbers are spreadsheet row numbers: the header is row 1, the first jurisdiction row 2.
"""
from __future__ import annotations

import csv
import hashlib
import io
import re
import unicodedata
from dataclasses import dataclass
from pathlib import Path

from .answers import RawAnswer
from .errors import UserError
from .suggest import nearest

SLUG_KEYS = ("jurisdiction.name", "jurisdiction.kind", "jurisdiction.state")


@dataclass
class Row:
    number: int                          # spreadsheet row (header = 1)
    cells: dict[str, RawAnswer]          # non-empty cells only
    name: str                            # jurisdiction name as given (for messages)
    slug: str
    ident: tuple[str, ...] = ()          # name, kind, state as the slug was made from them


# Latin letters that do not decompose into a base letter and an accent.
_LATIN = str.maketrans({"ß": "ss", "æ": "ae", "œ": "oe", "ø": "o", "ł": "l", "đ": "d",
                        "ð": "d", "þ": "th", "ı": "i", "ħ": "h", "ŋ": "n"})


def slugify(*parts: str) -> str:
    """A file name from a jurisdiction: 'Riverbend', 'city', 'CA' -> riverbend-city-ca.

    Accents are dropped (São -> sao). A part with letters that have no Latin spelling here
    (北京, 東京, Αθήνα) keeps what it can and adds a short hash of the part as written, so
    different names get different, stable slugs: '北京' and '東京' are not both 'city-ca'."""
    return "-".join(s for s in (_slug_part(p) for p in parts if p) if s)


def _slug_part(part: str) -> str:
    text = unicodedata.normalize("NFKD", part.lower().translate(_LATIN))
    text = "".join(ch for ch in text if not unicodedata.combining(ch))
    lost = any(ord(ch) > 127 and (ch.isalnum()) for ch in text)
    text = re.sub(r"['\u2019`]", "", text.encode("ascii", "ignore").decode())
    slug = re.sub(r"[^a-z0-9]+", "-", text).strip("-")
    if lost:
        digest = hashlib.sha256(unicodedata.normalize("NFC", part.strip()).encode()).hexdigest()
        slug = f"{slug}-{digest[:8]}" if slug else digest[:8]
    return slug


def read_csv(csv_path: Path, qs) -> tuple[list[str], list[tuple[int, list[str]]]]:
    """Header (answer keys) and data rows; structural problems are UserErrors."""
    try:
        from .yamlio import read_bounded

        # bounded whatever the file is (a pipe or /dev/zero has no size to check first)
        text = read_bounded(csv_path, "CSV", limit=100_000_000).decode("utf-8-sig")
    except FileNotFoundError:
        raise UserError(f"{csv_path}: no such file.") from None
    except UnicodeDecodeError as exc:
        raise UserError(f"{csv_path}: not UTF-8 text (byte {exc.start}); save the sheet as "
                        "'CSV UTF-8'.") from None
    except OSError as exc:
        raise UserError(f"{csv_path}: cannot read the file ({exc.strerror}).") from None
    reader = csv.reader(io.StringIO(text, newline=""), strict=True)
    rows: list[tuple[int, list[str]]] = []
    number = 0
    try:
        for record in reader:
            number += 1
            rows.append((number, record))
    except csv.Error as exc:
        raise UserError(f"{csv_path}, row {number + 1}: malformed CSV ({exc}). Check the "
                        "quotes in that row.") from None
    rows = [(n, r) for n, r in rows if any(c.strip() for c in r)]   # blank lines
    if not rows or rows[0][0] != 1:
        raise UserError(f"{csv_path}: the first row must be a header of answer keys, like "
                        "jurisdiction.name,jurisdiction.kind,jurisdiction.state.")
    header = [h.strip() for h in rows[0][1]]
    problems = []
    seen: dict[str, int] = {}
    for i, key in enumerate(header, start=1):
        if not key:
            problems.append(f"{csv_path}, row 1, column {i}: empty column name.")
        elif key not in qs.by_key:
            problems.append(f"{csv_path}, row 1: column '{key}' is not an answer key"
                            f"{nearest(key, qs.by_key)}. Run 'ordinance-kit questions' to see "
                            "every valid key.")
        elif key in seen:
            problems.append(f"{csv_path}, row 1: column '{key}' appears twice (columns "
                            f"{seen[key]} and {i}).")
        else:
            seen[key] = i
    if problems:
        raise UserError(join_problems(problems))
    data = rows[1:]
    for number, record in data:
        if len(record) != len(header):
            raise UserError(f"{csv_path}, row {number}: {len(record)} cell(s) but the header "
                            f"has {len(header)} column(s). Check for a missing or extra comma "
                            "or an unquoted comma inside a value.")
    return header, data


def join_problems(problems: list[str]) -> str:
    if len(problems) == 1:
        return problems[0]
    return f"{len(problems)} problems:\n" + "\n".join(f"  - {p}" for p in problems)


def plan_rows(csv_path: Path, header: list[str], data: list[tuple[int, list[str]]],
              base: dict[str, RawAnswer], qs) -> list[Row]:
    rows: list[Row] = []
    by_slug: dict[str, Row] = {}
    name = csv_path.name
    for number, record in data:
        cells = {key: RawAnswer(value, f"{name}, row {number}, column {key}", from_text=True)
                 for key, value in zip(header, record) if value.strip() != ""}

        def pick(key: str) -> str:
            if key in cells:
                return str(cells[key].value).strip()
            if key in base:
                return str(base[key].value).strip()
            q = qs.by_key.get(key)
            return str(q.default) if q is not None and q.default is not None else ""

        jname, kind, state = (pick(k) for k in SLUG_KEYS)
        slug = slugify(jname, kind, state) or f"row-{number}"
        row = Row(number, cells, jname or f"(row {number})", slug, (jname, kind, state))
        other = by_slug.get(slug)
        if other is not None:
            if other.ident == row.ident:
                why = "same name, kind and state"
            else:
                why = (f"'{' '.join(other.ident)}' and '{' '.join(row.ident)}' differ only in "
                       "case, accents, spaces or punctuation, which file names leave out")
            raise UserError(f"{csv_path}: rows {other.number} and {number} would both be written "
                            f"as '{slug}' ({why}). Change the name in one of them.")
        by_slug[slug] = row
        rows.append(row)
    return rows
