"""Enacted laws to compare a draft with: `clauses/benchmarks/*.yaml`, one file per law (and one
for the ACLU's CCOPS model).

Each file names the law (name, short, jurisdiction, citation, year, research) and, for each
protection in tags.yaml that the research notes say something about, a cell: status (present,
partial, absent or unknown), the key number in words, the provision that supplies it, and
whether the research verified it ([V] -> true; [M] and [U] -> false, shown as "unverified").
A protection the file does not list is unknown: the notes said nothing, so nothing is guessed.

Problems are UserErrors naming the file, line and key, like every library file.
"""
from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from .errors import UserError
from .suggest import nearest
from .yamlio import describe_position, key_line, parse_yaml, read_text

STATUSES = ("present", "partial", "absent", "unknown")
LAW_KEYS = ("name", "short", "jurisdiction", "citation", "year", "research", "components")
CELL_KEYS = ("status", "number", "provision", "verified")
MODEL_ID = "ccops-model"         # the ACLU model: always a column of the scorecard


@dataclass(frozen=True)
class Cell:
    status: str                  # present | partial | absent | unknown
    number: str = ""             # the key number, in words ("15 days before the hearing")
    provision: str = ""          # the section that supplies it
    verified: bool = False

    def as_dict(self) -> dict:
        return {"status": self.status, "number": self.number, "provision": self.provision,
                "verified": self.verified}


UNKNOWN = Cell("unknown")


@dataclass(frozen=True)
class Benchmark:
    id: str                      # the file name: oakland, new-york-city, ccops-model
    name: str
    short: str                   # the column heading: "Oakland"
    jurisdiction: str
    citation: str
    year: int
    research: str                # where in the research notes the facts are
    cells: dict                  # tag -> Cell
    path: Path

    def cell(self, tag: str) -> Cell:
        return self.cells.get(tag, UNKNOWN)


def benchmarks_dir(library_root: Path) -> Path:
    return library_root / "benchmarks"


def load_benchmarks(library_root: Path, tags: dict[str, str]) -> dict[str, Benchmark]:
    """Every benchmark file under the library, by id (sorted), each checked against `tags`."""
    folder = benchmarks_dir(library_root)
    if not folder.is_dir():
        return {}
    return {p.stem: load_benchmark(p, tags) for p in sorted(folder.glob("*.yaml"))}


def load_benchmark(path: Path, tags: dict[str, str]) -> Benchmark:
    data = parse_yaml(read_text(path, "benchmark file"), path, "benchmark file")
    where = str(path)
    if not isinstance(data, dict):
        raise UserError(f"{where}: a benchmark file is 'key: value' lines: "
                        f"{', '.join(LAW_KEYS)}.")

    def at(mapping, key: str) -> str:
        line = key_line(mapping, key)
        return describe_position(where, line, key)

    for key in data:
        if key not in LAW_KEYS:
            raise UserError(f"{at(data, key)}: unknown key{nearest(str(key), LAW_KEYS)}; a "
                            f"benchmark file has {', '.join(LAW_KEYS)}.")
    for key in LAW_KEYS:
        if data.get(key) in (None, ""):
            raise UserError(f"{where}: the file has no '{key}'. Add '{key}:' "
                            f"({_HINTS[key]}).")
        if key not in ("components", "year") and not isinstance(data[key], (str, int)):
            raise UserError(f"{at(data, key)}: '{key}' is one line of text.")
    year = data["year"]
    if isinstance(year, bool) or not isinstance(year, int) or not 1900 <= year <= 2200:
        raise UserError(f"{at(data, 'year')}: 'year' is the year the law was enacted, like "
                        f"2018, not '{year}'.")
    comps = data["components"]
    if not isinstance(comps, dict):
        raise UserError(f"{at(data, 'components')}: 'components' maps a protection from "
                        "tags.yaml to {status: ..., number: ..., provision: ..., verified: ...}.")
    cells = {str(tag): _cell(comps, str(tag), at(comps, tag), tags) for tag in comps}
    return Benchmark(path.stem, str(data["name"]), str(data["short"]), str(data["jurisdiction"]),
                     str(data["citation"]), year, str(data["research"]), cells, path)


_HINTS = {"name": "what the law is called", "short": "a short column heading, like Oakland",
          "jurisdiction": "the place, like Oakland, CA", "citation": "the code chapter, as the "
          "research notes cite it", "year": "the year enacted", "research": "where in the "
          "research notes the facts are, like ordinances.md §2.1",
          "components": "each protection the research describes"}


def _cell(comps: dict, tag: str, where: str, tags: dict[str, str]) -> Cell:
    if tag not in tags:
        raise UserError(f"{where}: '{tag}' is not a protection in tags.yaml{nearest(tag, tags)}.")
    raw = comps[tag]
    if not isinstance(raw, dict):
        raise UserError(f"{where}: expected {{status: present|partial|absent|unknown, number: "
                        "..., provision: ..., verified: true|false}.")
    unknown = [k for k in raw if k not in CELL_KEYS]
    if unknown:
        k = str(unknown[0])
        raise UserError(f"{where}: unknown field '{k}'{nearest(k, CELL_KEYS)}; a cell has "
                        f"{', '.join(CELL_KEYS)}.")
    status = raw.get("status")
    if status not in STATUSES:
        raise UserError(f"{where}: status is '{status}'; use one of {', '.join(STATUSES)} "
                        "(unknown where the research notes do not say).")
    verified = raw.get("verified")
    if not isinstance(verified, bool):
        raise UserError(f"{where}: 'verified' is true (the research tagged the fact [V]) or "
                        f"false ([M] or [U]), not '{verified}'.")
    for key in ("number", "provision"):
        if isinstance(raw.get(key), (list, dict)):
            raise UserError(f"{where}: '{key}' is one line of text.")
    if status in ("present", "partial") and not str(raw.get("provision") or "").strip():
        raise UserError(f"{where}: a {status} protection needs 'provision', the section that "
                        "supplies it.")
    return Cell(status, " ".join(str(raw.get("number") or "").split()),
                " ".join(str(raw.get("provision") or "").split()), verified)
