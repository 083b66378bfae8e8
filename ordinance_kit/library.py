"""Loading the clause library: finding it, reading it once per process (and from the disk
cache), and handing each file to its reader (clause_files, questions, state_facts) and the
whole to library_validate.

Every file problem is a UserError naming the file and line; a library that loads is internally
consistent (ids unique, conditions and templates refer only to known answers, tags known).
"""
from __future__ import annotations

import hashlib
from pathlib import Path

from . import library_cache
from .clause import (PART_ORDER, PARTS, STRUCTURAL_PARTS, Clause,  # noqa: F401  (re-exported)
                     ConditionalNote, Library, Source, _rel, term_key)
from .clause_files import load_clause, load_tags
from .errors import UserError
from .library_validate import validate
from .question_files import load_question_set
from .state_facts import read_state, state_paths


# --- locating the library ---------------------------------------------------------------------

def default_library_dir() -> Path:
    """Installed packages carry the library inside the package; a checkout has it beside it."""
    here = Path(__file__).resolve().parent
    for candidate in (here / "_library", here.parent / "clauses"):
        if (candidate / "questions").is_dir():
            return candidate
    raise UserError("the clause library was not found (looked for ordinance_kit/_library and "
                    "./clauses). Reinstall ordinance-kit or pass --library DIR.")


_CACHE: dict[tuple[str, str], Library] = {}


def load_library(root: Path | None = None) -> Library:
    """Load (once per process and content) and validate the whole library.

    Files are parsed with the fast loader first; only when something is wrong is the library
    parsed again with positions, so the error can name the line.
    """
    root = (root or default_library_dir()).resolve()
    if not root.is_dir():
        raise UserError(f"{root}: the clause library folder does not exist.")
    files = sorted(p for p in root.rglob("*") if p.is_file() and _is_library_file(p))
    digest = _digest(root, files)
    cached = _CACHE.get((str(root), digest))
    if cached is not None:
        return cached
    library = library_cache.read(root, digest)
    if not isinstance(library, Library) or library.digest != digest:
        try:
            library = _load(root, files, digest, positions=False)
        except UserError:
            library = _load(root, files, digest, positions=True)   # raises with the line
        # --- library lint (issue 8): a changed library is linted once, before it is cached;
        # errors stop here with a UserError listing them, warnings are for 'clauses check'.
        from .library_lint import stop_on_errors
        stop_on_errors(library)
        # --- end library lint
        library_cache.write(root, digest, library)
    _CACHE[(str(root), digest)] = library
    return library


def _is_library_file(path: Path) -> bool:
    return path.suffix in {".md", ".yaml", ".yml"} and not any(
        part.startswith(".") for part in path.parts)


def _digest(root: Path, files: list[Path]) -> str:
    h = hashlib.sha256()
    for path in files:
        h.update(str(path.relative_to(root)).encode() + b"\0")
        h.update(path.read_bytes() + b"\0")
    return "sha256:" + h.hexdigest()[:16]


def _load(root: Path, files: list[Path], digest: str, positions: bool) -> Library:
    questions = load_question_set(root / "questions", positions)
    tags = load_tags(root / "tags.yaml")
    states = {p.stem: p for p in sorted((root / "states").glob("*.yaml"))}
    # every state file has the same shape (tests/test_states.py); one gives the known paths
    known_state_paths = state_paths(read_state(next(iter(states.values()))) if states else {})
    clauses: list[Clause] = []
    definitions: list[Clause] = []
    for path in files:
        if path.suffix != ".md" or path.name.isupper() or path.parent == root:
            continue        # STYLE.md, README.md and other documentation
        clause = load_clause(path, positions)
        (definitions if clause.is_definition else clauses).append(clause)
    library = Library(root, questions, clauses, definitions, tags, states, digest)
    validate(library, known_state_paths)
    return library


def lint_library(root: Path | None = None) -> list:
    """Lint the library at `root` (default: the shipped one) with the author rules in
    library_lint. A library the loader rejects raises its UserError (file, line, fix), as for
    every command; lint errors found while loading a changed library are returned as findings."""
    from .library_lint import LibraryLintFailed, lint_loaded
    try:
        lib = load_library(root)
    except LibraryLintFailed as exc:
        return exc.findings
    return lint_loaded(lib)
