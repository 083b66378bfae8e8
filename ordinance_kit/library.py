"""Loading the clause library: clause and definition files, questions, tags and state facts.

Every file problem is a UserError naming the file and line; a library that loads is internally
consistent (ids unique, conditions and templates refer only to known answers, tags known).
"""
from __future__ import annotations

import hashlib
import re
from dataclasses import dataclass, field
from functools import cached_property
from pathlib import Path
from typing import Any

from . import library_cache
from .errors import UserError
from .questions import QuestionSet, load_question_set
from .suggest import nearest
from .templating import (BUILTIN_NAMES, compile_condition, environment, note_template,
                         referenced_paths)
from .yamlio import describe_position, key_line, parse_yaml, read_text

PARTS = ("title", "recitals", "enacting", "sections", "closing")
ID_RE = re.compile(r"^[a-z][a-z0-9]*(-[a-z0-9]+)*$")
CLAUSE_KEYS = {"id", "title", "part", "order", "when", "requires", "excludes", "params", "tags",
               "sources", "note", "conditional_notes", "omitted_note", "kind", "heading"}
DEFINITION_KEYS = {"id", "term", "when", "note", "sources", "tags", "params", "requires"}
SOURCE_KEYS = {"cite", "jurisdiction", "year", "chose", "verified", "url"}
STRUCTURAL_PARTS = {"title", "enacting", "closing"}


@dataclass(frozen=True)
class Source:
    cite: str
    jurisdiction: str = ""
    year: str = ""
    chose: str = ""

    def describe(self) -> str:
        bits = [self.cite]
        ctx = ", ".join(b for b in (self.jurisdiction, self.year) if b)
        if ctx:
            bits.append(f"({ctx})")
        text = " ".join(bits)
        if self.chose:
            text += f": {self.chose}"
        return text


@dataclass(frozen=True)
class ConditionalNote:
    when: str
    text: str


@dataclass
class Clause:
    """One clause or definition file."""
    id: str
    title: str
    path: Path
    body: str
    body_line: int              # 0-based line in the file where the body starts
    part: str = "sections"
    order: int = 0
    when: str | None = None
    requires: tuple[str, ...] = ()
    excludes: tuple[str, ...] = ()
    params: tuple[str, ...] = ()
    tags: tuple[str, ...] = ()
    sources: tuple[Source, ...] = ()
    note: str = ""
    conditional_notes: tuple[ConditionalNote, ...] = ()
    omitted_note: ConditionalNote | None = None
    kind: str = "clause"        # clause | definitions | definition
    term: str | None = None     # definitions only
    heading: str | None = None
    template: Any = None        # compiled body (rebuilt from `code` after unpickling)
    body_ast: Any = None        # parsed body, kept only while the library is validated
    code: Any = None            # the body's compiled Python code
    reads: frozenset[str] = frozenset()   # answer keys read by when, notes and body
    body_reads: frozenset[str] = frozenset()   # answer keys the body reads (should be params)

    def __getstate__(self) -> dict:
        """For the disk cache: templates are not picklable, their code objects marshal."""
        import marshal

        state = dict(self.__dict__)
        state.update(template=None, body_ast=None, code=marshal.dumps(self.code))
        return state

    def __setstate__(self, state: dict) -> None:
        import marshal

        self.__dict__.update(state)
        self.code = marshal.loads(state["code"])
        env = environment()
        self.template = env.template_class.from_code(env, self.code, env.make_globals(None))

    def templated_parts(self) -> list[tuple[str, str, bool]]:
        """(label, source, is_expression) for every condition and note the clause carries;
        compiled at load for syntax errors and analysed for the answers they read."""
        parts = [("when", self.when, True), ("note", self.note, False)]
        for n in self.conditional_notes:
            parts += [("conditional note condition", n.when, True), ("conditional note", n.text, False)]
        if self.omitted_note:
            parts += [("omitted note condition", self.omitted_note.when, True),
                      ("omitted note", self.omitted_note.text, False)]
        return [p for p in parts if p[1]]

    @property
    def is_definition(self) -> bool:
        return self.kind == "definition"

    @property
    def rel(self) -> str:
        return _rel(self.path)


def _rel(path: Path) -> str:
    try:
        return str(path.relative_to(Path.cwd()))
    except ValueError:
        return str(path)


@dataclass
class Library:
    root: Path
    questions: QuestionSet
    clauses: list[Clause]                 # sections, recitals, ... (not definitions)
    definitions: list[Clause]
    tags: dict[str, str]
    states: dict[str, Path]               # state code -> facts file (read on first use)
    digest: str
    warnings: list[tuple[str, str]] = field(default_factory=list)

    @cached_property
    def by_id(self) -> dict[str, Clause]:
        return {c.id: c for c in self.clauses + self.definitions}

    def get(self, clause_id: str) -> Clause:
        try:
            return self.by_id[clause_id]
        except KeyError:
            raise UserError(f"no clause with id '{clause_id}'{nearest(clause_id, self.by_id)}. "
                            "Run 'ordinance-kit clauses' to list them.") from None

    @cached_property
    def definitions_by_term(self) -> dict[str, list[Clause]]:
        out: dict[str, list[Clause]] = {}
        for d in self.definitions:
            out.setdefault(term_key(d.term or ""), []).append(d)
        return out

    def state(self, code: str) -> dict:
        """The facts for one state, read when first needed (a draft needs one of 51)."""
        if code not in self._state_cache:
            path = self.states.get(code)
            self._state_cache[code] = _read_state(path) if path else {}
        return self._state_cache[code]

    @cached_property
    def _state_cache(self) -> dict[str, dict]:
        return {}


def term_key(term: str) -> str:
    return " ".join(term.lower().split())


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
    tags = _load_tags(root / "tags.yaml")
    states = {p.stem: p for p in sorted((root / "states").glob("*.yaml"))}
    # every state file has the same shape (tests/test_states.py); one gives the known paths
    state_paths = _state_paths(_read_state(next(iter(states.values()))) if states else {})
    clauses: list[Clause] = []
    definitions: list[Clause] = []
    for path in files:
        if path.suffix != ".md" or path.name.isupper() or path.parent == root:
            continue        # STYLE.md, README.md and other documentation
        clause = _load_clause(path, positions)
        (definitions if clause.is_definition else clauses).append(clause)
    library = Library(root, questions, clauses, definitions, tags, states, digest)
    _validate(library, state_paths)
    return library


def _load_tags(path: Path) -> dict[str, str]:
    data = parse_yaml(read_text(path, "tags"), path, "tags file")
    if not isinstance(data, dict) or not isinstance(data.get("tags"), dict):
        raise UserError(f"{path}: expected 'tags:' followed by 'tag-name: description' lines.")
    return {str(k): str(v) for k, v in data["tags"].items()}


def _read_state(path: Path) -> dict:
    data = parse_yaml(read_text(path, "state facts"), path, "state file", positions=False)
    if not isinstance(data, dict) or str(data.get("code")) != path.stem:
        raise UserError(f"{path}: a state file is a mapping that starts with 'code: "
                        f"{path.stem}' (the code must match the file name).")
    return _plain_tree(data)


def _plain_tree(node: Any) -> Any:
    if isinstance(node, dict):
        return {str(k): _plain_tree(v) for k, v in node.items()}
    if isinstance(node, list):
        return [_plain_tree(v) for v in node]
    if isinstance(node, bool):
        return bool(node)
    if isinstance(node, str):
        return str(node)
    return node


def _state_paths(state: dict) -> set[str]:
    """Every dotted path in a state file ('state.records_law.name', ...)."""
    paths: set[str] = {"state"}

    def walk(prefix: str, node: Any):
        if isinstance(node, dict):
            for k, v in node.items():
                p = f"{prefix}.{k}"
                paths.add(p)
                walk(p, v)

    walk("state", state)
    return paths


FRONT_RE = re.compile(r"\A---[ \t]*\r?\n(.*?)^---[ \t]*\r?\n?", re.S | re.M)


def _load_clause(path: Path, positions: bool = True) -> Clause:
    text = read_text(path, "clause")
    where = _rel(path)
    m = FRONT_RE.match(text)
    if not m:
        raise UserError(f"{where}, line 1: a clause file starts with a '---' line, then its "
                        "front matter (id, title, ...), then another '---' line, then the body.")
    front = parse_yaml(m.group(1), where, "clause front matter", line_offset=1,
                       positions=positions)
    if not isinstance(front, dict):
        raise UserError(f"{where}: the front matter must be 'key: value' lines.")
    body_line = text[: m.end()].count("\n")
    body = text[m.end():]
    is_def = "term" in front
    allowed = DEFINITION_KEYS if is_def else CLAUSE_KEYS
    for key in front:
        if key not in allowed:
            line = key_line(front, key)          # front matter starts on the file's line 2
            raise UserError(f"{describe_position(where, None if line is None else line + 1, str(key))}: "
                            f"unknown front-matter key{nearest(str(key), allowed)}.")

    def need(key: str) -> Any:
        if front.get(key) in (None, ""):
            raise UserError(f"{where}: the front matter has no '{key}'.")
        return front[key]

    cid = str(need("id"))
    if not ID_RE.match(cid):
        raise UserError(f"{where}: id '{cid}' must be lower-case words joined by hyphens, "
                        "like approval-required.")
    if cid != path.stem:
        raise UserError(f"{where}: the id '{cid}' must match the file name ('{path.stem}').")
    sources = tuple(_load_source(s, where) for s in (front.get("sources") or []))
    cnotes = tuple(_load_cnote(n, where) for n in (front.get("conditional_notes") or []))
    omitted = _load_cnote(front["omitted_note"], where) if front.get("omitted_note") else None
    clause = Clause(
        id=cid,
        title=str(front.get("term") if is_def else need("title")),
        path=path, body=body, body_line=body_line,
        part="sections" if is_def else str(need("part")),
        order=int(front.get("order", 0) or 0),
        when=_opt_str(front.get("when")),
        requires=_str_tuple(front.get("requires"), where, "requires"),
        excludes=_str_tuple(front.get("excludes"), where, "excludes"),
        params=_str_tuple(front.get("params"), where, "params"),
        tags=_str_tuple(front.get("tags"), where, "tags"),
        sources=sources,
        note=_paragraphs(front.get("note")),
        conditional_notes=cnotes,
        omitted_note=omitted,
        kind="definition" if is_def else str(front.get("kind", "clause")),
        term=str(need("term")) if is_def else None,
        heading=_opt_str(front.get("heading")),
    )
    if clause.part not in PARTS:
        raise UserError(f"{where}: part '{clause.part}' is not one of {', '.join(PARTS)}"
                        f"{nearest(clause.part, PARTS)}.")
    _compile(clause)
    return clause


def _paragraphs(value: Any) -> str:
    """A note as paragraphs separated by one blank line, each on a single line."""
    paras = str(value or "").split("\n\n")
    return "\n\n".join(" ".join(p.split()) for p in paras if p.strip())


def _opt_str(value: Any) -> str | None:
    if value is None or value is True:
        return None
    return str(value)


def _str_tuple(value: Any, where: str, key: str) -> tuple[str, ...]:
    if value is None:
        return ()
    if isinstance(value, str):
        return (value,)
    if not isinstance(value, list):
        raise UserError(f"{where}: '{key}' must be a list, like [a, b].")
    return tuple(str(v) for v in value)


def _load_source(raw: Any, where: str) -> Source:
    if not isinstance(raw, dict) or not raw.get("cite"):
        raise UserError(f"{where}: each source needs at least 'cite' (and usually "
                        "'jurisdiction', 'year', 'chose').")
    unknown = set(raw) - SOURCE_KEYS
    if unknown:
        k = sorted(unknown)[0]
        raise UserError(f"{where}: unknown source field '{k}'{nearest(k, SOURCE_KEYS)}.")
    return Source(str(raw["cite"]), str(raw.get("jurisdiction", "") or ""),
                  str(raw.get("year", "") or ""), " ".join(str(raw.get("chose", "") or "").split()))


def _load_cnote(raw: Any, where: str) -> ConditionalNote:
    if not isinstance(raw, dict) or "when" not in raw or "text" not in raw:
        raise UserError(f"{where}: each conditional note needs 'when' and 'text'.")
    return ConditionalNote(str(raw["when"]), " ".join(str(raw["text"]).split()))


def _compile(clause: Clause) -> None:
    """Compile the body and condition now, so syntax errors name the file and line."""
    from jinja2 import TemplateSyntaxError

    env = environment()
    try:
        clause.body_ast = env.parse(clause.body)       # parsed once: compiled and analysed
        clause.code = env.compile(clause.body_ast)
        clause.template = env.template_class.from_code(env, clause.code, env.make_globals(None))
    except TemplateSyntaxError as exc:
        line = clause.body_line + (exc.lineno or 1)
        raise UserError(f"{clause.rel}, line {line}: template error in the clause body: "
                        f"{exc.message.rstrip('.')}.") from None
    for label, text, is_expression in clause.templated_parts():
        try:
            if is_expression:
                compile_condition(text)
            elif "{" in text:
                note_template(text)          # cached: the build reuses this compilation
        except TemplateSyntaxError as exc:
            what = f"{label} '{text}' is not a valid expression" if is_expression else \
                f"{label} has a template error"
            raise UserError(f"{clause.rel}: the {what} ({exc.message.rstrip('.')}).") from None


def _validate(lib: Library, state_paths: set[str]) -> None:
    seen: dict[str, Clause] = {}
    keys = set(lib.questions.by_key)
    groups = lib.questions.group_ids
    for clause in lib.clauses + lib.definitions:
        if clause.id in seen:
            raise UserError(f"{clause.rel}: id '{clause.id}' is also used by "
                            f"{seen[clause.id].rel}; every clause id must be unique.")
        seen[clause.id] = clause
        for tag in clause.tags:
            if tag not in lib.tags:
                raise UserError(f"{clause.rel}: tag '{tag}' is not in tags.yaml"
                                f"{nearest(tag, lib.tags)}.")
        for key in clause.params:
            if key not in keys:
                raise UserError(f"{clause.rel}: params names '{key}', which no question "
                                f"defines{nearest(key, keys)}.")
        reads: set[str] = set()
        body_reads: set[str] = set()
        sources = clause.templated_parts() + [("body", clause.body_ast, False)]
        for label, src, is_expr in sources:
            if not src:
                continue
            paths, free = referenced_paths(src, expression=is_expr)
            for name in free:
                if name not in groups and name not in BUILTIN_NAMES:
                    raise UserError(f"{clause.rel}: the {label} uses '{name}', which is not an "
                                    f"answer group{nearest(name, groups | {'state'})}.")
            for path in paths:
                root = path.split(".", 1)[0]
                if root == "state":
                    if path not in state_paths and lib.states:
                        raise UserError(f"{clause.rel}: the {label} reads '{path}', which the "
                                        f"state files do not have{nearest(path, state_paths)}.")
                    continue
                if root in groups:
                    key = ".".join(path.split(".")[:2])
                    if key not in keys:
                        raise UserError(f"{clause.rel}: the {label} reads '{key}', which no "
                                        f"question defines{nearest(key, keys)}.")
                    reads.add(key)
                    if label == "body":
                        body_reads.add(key)
        clause.reads = frozenset(reads)
        clause.body_reads = frozenset(body_reads)
        clause.body_ast = None          # only needed for this analysis
    for clause in lib.clauses + lib.definitions:
        for ref in clause.requires + clause.excludes:
            if ref not in seen:
                raise UserError(f"{clause.rel}: requires/excludes names '{ref}', which is not "
                                f"a clause id{nearest(ref, seen)}.")
    defs = [c for c in lib.clauses if c.kind == "definitions"]
    if len(defs) > 1:
        raise UserError(f"{defs[1].rel}: only one clause may have 'kind: definitions' (also "
                        f"{defs[0].rel}).")
