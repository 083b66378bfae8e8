"""The disk cache of the loaded library: same results as a fresh load, never trusted blindly."""
from __future__ import annotations

from pathlib import Path

import pytest

from ordinance_kit import library as lib_mod
from ordinance_kit import library_cache
from ordinance_kit.answers import load_answers
from ordinance_kit.engine import build

ROOT = Path(__file__).resolve().parents[1]
EXAMPLE = ROOT / "examples" / "riverbend-ca.yaml"


@pytest.fixture
def cache(tmp_path, monkeypatch):
    folder = tmp_path / "cache"
    monkeypatch.setenv("ORDINANCE_KIT_CACHE_DIR", str(folder))
    lib_mod._CACHE.clear()
    yield folder
    lib_mod._CACHE.clear()


def fresh_process_load():
    lib_mod._CACHE.clear()            # as a new process would start
    return lib_mod.load_library()


def draft(library) -> bytes:
    answers = load_answers(EXAMPLE, library.questions)
    return build(library, answers, "docx").data


def test_cached_library_builds_the_same_bytes(cache):
    first = fresh_process_load()
    entries = list(cache.glob("library-*.pickle"))
    assert len(entries) == 1
    second = fresh_process_load()
    assert second is not first                       # really read back from disk
    assert [c.id for c in second.clauses] == [c.id for c in first.clauses]
    assert second.digest == first.digest
    assert draft(second) == draft(first)


def test_damaged_entry_is_rebuilt(cache):
    fresh_process_load()
    entry = next(cache.glob("library-*.pickle"))
    entry.write_bytes(b"not a pickle")
    library = fresh_process_load()
    assert library.clauses
    assert entry.read_bytes()[:1] == b"\x80"         # rewritten as a pickle


def test_changed_library_gets_a_new_entry(cache, mini):
    lib_mod.load_library(mini)
    p = mini / "sections" / "purpose.md"
    p.write_text(p.read_text() + "\nOne more sentence.\n")
    lib_mod.load_library(mini)
    assert len(list(cache.glob("library-*.pickle"))) == 2


def test_broken_file_is_reported_even_with_a_cache(cache, mini):
    from ordinance_kit.errors import UserError

    lib_mod.load_library(mini)
    p = mini / "sections" / "purpose.md"
    p.write_text(p.read_text().replace("tags:", "tagz:"))
    lib_mod._CACHE.clear()
    with pytest.raises(UserError, match="did you mean 'tags'"):
        lib_mod.load_library(mini)


def test_cache_can_be_switched_off(tmp_path, monkeypatch):
    monkeypatch.setenv("ORDINANCE_KIT_CACHE_DIR", "off")
    assert library_cache.cache_dir() is None
    fresh_process_load()
    lib_mod._CACHE.clear()
