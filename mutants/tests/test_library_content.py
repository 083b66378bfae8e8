"""Content checks for the clause library (clauses/sections and clauses/definitions).

These tests read the clause files directly, with their own small front-matter parser, so they
check the library even when the engine is broken. Format: docs/clause-format.md; drafting
rules: clauses/STYLE.md.
"""
from __future__ import annotations

import re
from pathlib import Path

import pytest
from ruamel.yaml import YAML

ROOT = Path(__file__).resolve().parents[1]
CLAUSES = ROOT / "clauses"
SECTION_FILES = sorted((CLAUSES / "sections").glob("*.md"))
DEFINITION_FILES = sorted((CLAUSES / "definitions").glob("*.md"))
ALL_FILES = SECTION_FILES + DEFINITION_FILES

# Parts whose clauses may have empty `sources` (formal parts, not substantive provisions).
FORMAL_PARTS = {"title", "enacting", "closing"}

_yaml = YAML(typ="safe")


def split_clause(path: Path) -> tuple[dict, str]:
    """Split a clause file into (front matter dict, body) on its two `---` lines."""
    lines = path.read_text(encoding="utf-8").splitlines()
    assert lines and lines[0].strip() == "---", f"{path.name}: must start with a '---' line"
    try:
        end = next(i for i in range(1, len(lines)) if lines[i].strip() == "---")
    except StopIteration:  # pragma: no cover - reported as a failure below
        pytest.fail(f"{path.name}: no closing '---' line after the front matter")
    meta = _yaml.load("\n".join(lines[1:end])) or {}
    assert isinstance(meta, dict), f"{path.name}: front matter must be a mapping"
    body = "\n".join(lines[end + 1:])
    return meta, body


def load_tags() -> set[str]:
    data = _yaml.load((CLAUSES / "tags.yaml").read_text(encoding="utf-8"))
    return set(data["tags"])


TAGS = load_tags()


def sentence_count(text: str) -> int:
    # Sentences end with . ! or ? followed by a space or the end of the text. Abbreviations such
    # as "Gov." are rare in notes; the threshold below is only 2.
    return len([s for s in re.split(r"(?<=[.!?])\s+", text.strip()) if s.strip()])


def ids(files):
    return [p.name for p in files]


def test_library_is_not_empty():
    assert SECTION_FILES, "no clause files in clauses/sections"
    assert DEFINITION_FILES, "no definition files in clauses/definitions"


@pytest.mark.parametrize("path", ALL_FILES, ids=ids(ALL_FILES))
def test_id_matches_file_name(path):
    meta, _ = split_clause(path)
    assert meta.get("id") == path.stem, f"{path.name}: id {meta.get('id')!r} must equal the file name"


@pytest.mark.parametrize("path", SECTION_FILES, ids=ids(SECTION_FILES))
def test_section_has_title_and_part(path):
    meta, _ = split_clause(path)
    assert isinstance(meta.get("title"), str) and meta["title"].strip(), f"{path.name}: missing title"
    assert meta.get("part") in {"title", "recitals", "enacting", "sections", "closing"}, path.name
    assert isinstance(meta.get("order"), int), f"{path.name}: order must be an integer"


@pytest.mark.parametrize("path", DEFINITION_FILES, ids=ids(DEFINITION_FILES))
def test_definition_has_term(path):
    meta, body = split_clause(path)
    assert isinstance(meta.get("term"), str) and meta["term"].strip(), f"{path.name}: missing term"
    assert path.stem.startswith("def-"), f"{path.name}: definition ids start with 'def-'"
    first = re.sub(r"^\s*(\{%.*?%\})?\s*", "", body.strip(), flags=re.S)
    assert first.startswith(("means", "includes")), f"{path.name}: body must start with the verb"


@pytest.mark.parametrize("path", ALL_FILES, ids=ids(ALL_FILES))
def test_note_has_at_least_two_sentences(path):
    meta, _ = split_clause(path)
    note = meta.get("note")
    assert isinstance(note, str) and note.strip(), f"{path.name}: missing note"
    assert sentence_count(note) >= 2, f"{path.name}: the note needs at least 2 sentences"


@pytest.mark.parametrize("path", ALL_FILES, ids=ids(ALL_FILES))
def test_tags_are_known(path):
    meta, _ = split_clause(path)
    tags = meta.get("tags")
    assert isinstance(tags, list), f"{path.name}: tags must be a list"
    unknown = [t for t in tags if t not in TAGS]
    assert not unknown, f"{path.name}: tags not in clauses/tags.yaml: {unknown}"


@pytest.mark.parametrize("path", ALL_FILES, ids=ids(ALL_FILES))
def test_sources(path):
    meta, _ = split_clause(path)
    sources = meta.get("sources")
    assert isinstance(sources, list), f"{path.name}: sources must be a list"
    if meta.get("part") in FORMAL_PARTS:
        return
    assert sources, f"{path.name}: a substantive clause needs at least one source"
    for i, src in enumerate(sources):
        assert isinstance(src, dict), f"{path.name}: sources[{i}] must be a mapping"
        for key in ("cite", "jurisdiction"):
            assert isinstance(src.get(key), str) and src[key].strip(), (
                f"{path.name}: sources[{i}] needs a non-empty {key}")


HARD_NUMBER = re.compile(r"^\s*(\*+\s*(\[#[^\]]*\]\s*)?)?\(([a-z]|[ivxl]+|[A-Z]|\d+)\)\s")


@pytest.mark.parametrize("path", ALL_FILES, ids=ids(ALL_FILES))
def test_no_hard_coded_subdivision_numbers(path):
    _, body = split_clause(path)
    bad = [line for line in body.splitlines() if HARD_NUMBER.match(line)]
    assert not bad, f"{path.name}: subdivision numbers are typed by hand: {bad[:3]}"
