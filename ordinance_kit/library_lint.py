"""Author rules for the clause library, checked where authors work.

A lawyer editing `clauses/` runs `ordinance-kit clauses check` (and every build lints a library
whose files changed), not pytest. So the rules the format and STYLE.md set, and the traps that
pass the loader silently (a missing `order`, a `{% endif %}` that glues two recitals, a ` #`
that cuts a YAML value, a filter that does not exist), are small functions here. Each returns
findings of the project's one shape (`checks.Finding`); `where` is "file:line".

Errors make the draft wrong (a clause out of place, text merged or cut, a template that fails
for some answers) and stop a build. Warnings (STYLE.md wording, a thin note, a missing source,
`params` out of step with the body) are reported by `clauses check` only.

The loader (library.py) calls `stop_on_errors` when the library changed, before caching it;
that call is deferred, so importing this module from library.py's side is never a loop at
import time. Rules read the files as written, because the loaded library has lost what an
author needs told (a missing `order` loads as 0; line numbers of body text).
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from pathlib import Path
from typing import Callable

from .findings import Finding
from .errors import UserError
from .clause import STRUCTURAL_PARTS, Clause, Library, _rel
from .templating import environment
from .state_facts_lint import state_findings
from .yaml_comments import cut_values
from .library_lint_outputs import benchmark_files, summary_sentence

ERROR = "error"
WARNING = "warning"


class LibraryLintFailed(UserError):
    """A changed library has lint errors: the build stops before anything is cached."""

    def __init__(self, findings: list[Finding]):
        self.findings = findings
        errors = [f for f in findings if f.level == ERROR]
        lines = "\n".join(f"  {f.where}: {f.message}" for f in errors)
        super().__init__(f"the clause library has {len(errors)} error(s); fix them and build "
                         f"again ('ordinance-kit clauses check' lists warnings too):\n{lines}")


# --- one clause file as written --------------------------------------------------------------

@dataclass
class ClauseFile:
    """The raw text of a clause file, with 1-based line numbers for messages."""
    clause: Clause
    lines: list[str]            # the whole file; lines[0] is line 1
    front_end: int              # line of the closing '---'
    keys: dict[str, tuple[int, str]]   # top-level front-matter key -> (line, text after ':')

    def at(self, line: int) -> str:
        return f"{self.clause.rel}:{line}"

    def key_at(self, key: str) -> str:
        return self.at(self.keys.get(key, (self.front_end, ""))[0])

    def body_lines(self) -> list[tuple[int, str]]:
        return [(n, text) for n, text in enumerate(self.lines, 1) if n > self.front_end]


def read_clause_file(clause: Clause) -> ClauseFile:
    """The loader already parsed the front matter; which keys are written, and where, is read
    from the lines (top-level keys start in column 0), so no second YAML parse is needed."""
    lines = clause.path.read_text(encoding="utf-8-sig").split("\n")
    keys = {m.group(1): (n, m.group(2).strip()) for n, line in
            enumerate(lines[1:clause.body_line - 1], 2)
            if (m := re.match(r"([A-Za-z_][\w-]*)[ \t]*:(.*)$", line))}
    return ClauseFile(clause, lines, clause.body_line, keys)


# --- front matter -----------------------------------------------------------------------------

_KEY_HINTS = {
    "id": "the file name without .md",
    "title": "the section heading",
    "term": "the defined term, as the body marks it",
    "part": "title, recitals, enacting, sections or closing",
    "order": "the clause's place within its part, lower first; without it the clause sorts "
             "first, as Section 1",
    "note": "the drafter's note: what the clause does, the options, who chose what, the risks",
    "sources": "the ordinances it draws on, each with cite and jurisdiction",
    "tags": "a list from clauses/tags.yaml",
}


def required_keys(f: ClauseFile) -> list[Finding]:
    """docs/clause-format.md: id, title, part, order, note, sources and tags (a definition:
    id, term, note, sources, tags); sources and tags empty only in the formal parts."""
    c = f.clause
    needed = ("id", "term", "note", "sources", "tags") if c.is_definition else \
        ("id", "title", "part", "order", "note", "sources", "tags")
    out = []
    for key in needed:
        line, value = f.keys.get(key, (0, ""))
        value = re.sub(r"\s+#.*$", "", value)
        if line and not value and line + 1 < f.front_end and \
                f.lines[line].startswith((" ", "\t", "-")):
            value = "(on the next lines)"           # 'note: >' or a block list
        if not line or value in ("", "~", "null", "''", '""'):
            out.append(Finding(ERROR, f.at(f.front_end), f"the front matter has no '{key}'. "
                               f"Add '{key}:' above this line ({_KEY_HINTS[key]})."))
        elif key == "order" and not re.fullmatch(r"-?\d+", value.strip("\x27\"")):
            out.append(Finding(ERROR, f.at(line), f"'order' is '{value}'; it must be a "
                               "whole number, like 'order: 700'."))
        elif key in ("sources", "tags") and value == "[]" and c.part not in STRUCTURAL_PARTS:
            out.append(Finding(WARNING, f.at(line), f"'{key}' is empty; a clause in the "
                               f"'{c.part}' part needs {_KEY_HINTS[key]}."))
    return out


def _sentences(text: str) -> int:
    return len([s for s in re.split(r"(?<=[.!?])\s+", text.strip()) if s.strip()])


def note_and_sources(f: ClauseFile) -> list[Finding]:
    """STYLE.md §8: a note of at least two sentences; each source names its jurisdiction."""
    c = f.clause
    out = []
    if c.note and _sentences(c.note) < 2:
        out.append(Finding(WARNING, f.key_at("note"), "the note has one sentence; say what the "
                           "clause does, the options and who chose what, and the risks "
                           "(STYLE.md §8)."))
    if c.part not in STRUCTURAL_PARTS:
        for n, source in enumerate(c.sources, 1):
            if not source.jurisdiction.strip():
                out.append(Finding(WARNING, f.key_at("sources"), f"source {n} ('{source.cite}')"
                                   " has no 'jurisdiction'; add the place whose law it is."))
    return out


def definition_form(f: ClauseFile) -> list[Finding]:
    """A definition's id starts with 'def-'; its body starts with 'means' or 'includes'."""
    c = f.clause
    if not c.is_definition:
        return []
    out = []
    if not c.id.startswith("def-"):
        out.append(Finding(WARNING, f.key_at("id"), f"a definition's id starts with 'def-'; "
                           f"rename the file to def-{c.id}.md and set 'id: def-{c.id}'."))
    for n, line in f.body_lines():
        text = _JINJA_RE.sub("", line).strip()
        if text:
            if not re.match(r"(means|includes)\b", text):
                out.append(Finding(WARNING, f.at(n), "a definition's body starts with 'means' "
                                   "(a full definition) or 'includes' (a partial one); the "
                                   "engine prints the term in quotes before it."))
            break
    return out


# --- the body ---------------------------------------------------------------------------------

_JINJA_RE = re.compile(r"\{%.*?%\}|\{\{.*?\}\}|\{#.*?#\}")
_TAG_ONLY_RE = re.compile(r"^\s*(\{%.*?%\}|\{#.*?#\}\s*)+\s*$")
_HAND_NUMBER_RE = re.compile(r"^\s*(\*+\s*(\[#[^\]]*\]\s*)?)?\(([a-z]{1,3}|[ivxl]+|[A-Z]|\d+)\)\s")


def hand_numbering(f: ClauseFile) -> list[Finding]:
    """A typed '(a)' doubles the engine's number and stays put when a subdivision drops out."""
    return [Finding(ERROR, f.at(n), f"'({m.group(3)})' is typed by hand; the engine numbers "
                    "subdivisions. Delete it and start the line with '*' (one per level).")
            for n, line in f.body_lines() if (m := _HAND_NUMBER_RE.match(_JINJA_RE.sub("", line)))]


# (pattern, a word or words it cannot match without, what to write instead): the cheap look
# first, because each regular-expression search costs about a millisecond per clause.
_GENDERED = {"he", "she", "his", "her", "him"}
BANNED: list[tuple[str, str | set[str], str]] = [
    (r"\bshall not\b", "shall not", "use 'may not' for a prohibition"),
    (r"\bsaid\s+(?!that)\w+", "said", "'said' as a pointer; use 'the' or 'that'"),
    (r"\baforementioned\b", "aforementioned", "a banned word; use 'the' or 'that'"),
    (r"\bherein(after)?\b", "herein", "a banned word; say 'in this Chapter' or 'below'"),
    (r"\bthereof\b", "thereof", "a banned word; name the thing"),
    (r"\bwhereby\b", "whereby", "a banned word; use 'by which' or split the sentence"),
    (r"\band/or\b", "and/or", "say 'or', or 'and', or 'either or both'"),
    (r"\b(he or she|his or her|him or her|he/she|s/he)\b", _GENDERED,
     "gender-neutral: repeat the noun"),
    (r"\b(he|she|his|her|him)\b", _GENDERED, "gender-neutral: repeat the noun"),
    (r"\bprior to\b", "prior to", "say 'before'"),
    (r"\bsubsequent to\b", "subsequent to", "say 'after'"),
    (r"\bpursuant to\b", "pursuant to", "say 'under'"),
    (r"\butiliz(e|es|ed|ing)\b", "utiliz", "say 'use'"),
    (r"\b[a-z]+ \(\d+\) (days|months|years|hours)\b", "(",
     "numerals only, no words-and-figures"),
    (r"\bshall be required to\b", "shall be required to", "say 'shall'"),
]


def visible_words(line: str) -> str:
    """A body line as a reader sees its words: Jinja removed, terms and references as text."""
    text = _JINJA_RE.sub(" ", line)
    text = re.sub(r"\[\[([^\]|]+)(\|([^\]]+))?\]\]", lambda m: m.group(3) or m.group(1), text)
    return re.sub(r"@\[[^\]]*\]", "Section 1", text)


def style_words(f: ClauseFile) -> list[Finding]:
    """STYLE.md §2 and §3: words of authority, plain words, gender-neutral drafting."""
    body = f.body_lines()
    text = "\n".join(visible_words(line) for _, line in body)   # one search per pattern
    lower = text.lower()
    words = set(re.findall(r"[a-z]+", lower))
    out = []
    for pattern, need, why in BANNED:
        if need not in lower if isinstance(need, str) else not need & words:
            continue
        for m in re.finditer(pattern, text, flags=re.I):
            n = body[text.count("\n", 0, m.start())][0]
            out.append(Finding(WARNING, f.at(n), f"'{m.group(0)}': {why} (STYLE.md)."))
    return out


def _closes_tag_only_block(lines: list[tuple[int, str]], i: int) -> bool:
    """The line ends a tag or comment that opened at the start of an earlier line, with
    nothing but that tag in between (a comment written over two lines prints nothing)."""
    tail = lines[i][1].rstrip()
    opener = "{#" if tail.endswith("#}") else "{%"
    if opener in tail:
        return False
    for _, earlier in reversed(lines[:i]):
        if opener in earlier:
            return earlier.lstrip().startswith(opener) and earlier.count(opener) == 1
        if "#}" in earlier or "%}" in earlier:
            return False
    return False


def line_joins(f: ClauseFile) -> list[Finding]:
    """`trim_blocks` removes the line break after a `%}` or `#}` that ends a line of text.
    Before a line of text that glues two lines; before a blank line and a paragraph it merges
    two paragraphs (two recitals become one). `+%}` keeps the line break."""
    lines = f.body_lines()
    out = []
    for i, (n, line) in enumerate(lines):
        tail = line.rstrip()
        if not tail.endswith(("%}", "#}")) or tail.endswith(("+%}", "-%}", "+#}", "-#}")) \
                or _TAG_ONLY_RE.match(line) or _closes_tag_only_block(lines, i):
            continue
        rest = [(m, t) for m, t in lines[i + 1:] if not _TAG_ONLY_RE.match(t)]
        tag = tail[max(tail.rfind("{%"), tail.rfind("{#")):]
        fix = f"End the line with '{tag[:-2].rstrip()} +{tag[-2:]}' to keep its line break."
        if rest and rest[0][1].strip():
            out.append(Finding(ERROR, f.at(n), f"'{tag}' ends this line, so Jinja removes the "
                               f"line break after it and line {rest[0][0]} is glued onto the "
                               f"end of this one. {fix}"))
        elif len(rest) > 1 and rest[1][1].strip() and not re.match(
                r"\s*(\{%.*?%\}\s*)*(\*|!sig)", rest[1][1]):
            out.append(Finding(ERROR, f.at(n), f"'{tag}' ends this line, so Jinja removes the "
                               f"line break after it, the blank line {rest[0][0]} no longer "
                               f"separates paragraphs, and the paragraph on line {rest[1][0]} "
                               f"merges into this one (two recitals become one). {fix}"))
    return out


def params_match(f: ClauseFile) -> list[Finding]:
    """`params` lists the answers the body reads (explain and `clauses show` print them)."""
    c = f.clause
    where = f.key_at("params")
    out = [Finding(WARNING, where, f"the body reads '{key}', which 'params' does not list; "
                   "add it to params.") for key in sorted(c.body_reads - set(c.params))]
    out += [Finding(WARNING, where, f"params lists '{key}', which the clause never reads; "
                    "remove it from params.") for key in c.params if key not in c.reads]
    return out


def unknown_filters(f: ClauseFile) -> list[Finding]:
    """A filter or test that does not exist fails only when its branch renders (Jinja checks
    names inside `{% if %}` late), so a draft with other answers builds fine until it doesn't."""
    c = f.clause
    sources = [("body", c.body, False, None)] + [
        (label, text, is_expr, f.keys.get(_FRONT_KEY.get(label.split()[0], "when"), (0,))[0])
        for label, text, is_expr in c.templated_parts()]
    out = []
    for label, text, is_expr, line in sources:
        if not _maybe_unknown(text, is_expr):
            continue                    # parsing every template would double the lint's time
        ast = environment().parse("{{ (" + text + ") }}" if is_expr else text)
        at = (lambda n: f.at(f.front_end + n)) if line is None else \
            (lambda _n, w=f.at(line or f.front_end): w)
        out += _unknown_names(ast, at, f"the {label}")
    return out


_FRONT_KEY = {"when": "when", "note": "note", "conditional": "conditional_notes",
              "omitted": "omitted_note"}
_JINJA_CODE_RE = re.compile(r"\{\{(.*?)\}\}|\{%(.*?)%\}", re.S)


def _maybe_unknown(text: str, expression: bool = False) -> bool:
    """A quick look for a filter or test name Jinja does not know (the AST decides)."""
    env = environment()
    code = text if expression else " ".join(a or b for a, b in _JINJA_CODE_RE.findall(text))
    names = re.findall(r"\|\s*([A-Za-z_]\w*)", code)
    tests = re.findall(r"\bis\s+(?:not\s+)?([A-Za-z_]\w*)", code)
    return any(n not in env.filters for n in names) or any(t not in env.tests for t in tests)


def _unknown_names(ast, where: Callable[[int], str], what: str) -> list[Finding]:
    from jinja2 import nodes

    env = environment()
    out = []
    for node in ast.find_all((nodes.Filter, nodes.Test)):
        known = env.filters if isinstance(node, nodes.Filter) else env.tests
        kind = "filter" if isinstance(node, nodes.Filter) else "test"
        if node.name not in known:
            close = [k for k in known if _close(k, node.name)]
            hint = f" Did you mean '{close[0]}'?" if close else ""
            out.append(Finding(ERROR, where(node.lineno), f"{what} uses the {kind} "
                               f"'{node.name}', which does not exist.{hint} The filters are "
                               f"listed in docs/clause-format.md."))
    return out


def _close(a: str, b: str) -> bool:
    from difflib import SequenceMatcher

    return SequenceMatcher(None, a, b).ratio() >= 0.75


CLAUSE_RULES: list[Callable[[ClauseFile], list[Finding]]] = [
    required_keys, note_and_sources, definition_form, hand_numbering, style_words, line_joins,
    params_match, unknown_filters, summary_sentence,
]


# --- YAML: a ' #' that cuts a value ------------------------------------------------------------

def yaml_comments(lib: Library, files: list[ClauseFile]) -> list[Finding]:
    """In YAML a space then '#' starts a comment, even inside an unquoted value:
    `chose: Ordinance #12` is just 'Ordinance'."""
    found = [(f.clause.rel, cut) for f in files
             for cut in cut_values(f.lines[1:f.front_end - 1], first=2)]
    for path in _yaml_files(lib):
        lines = path.read_text(encoding="utf-8-sig").split("\n")
        found += [(_rel(path), cut) for cut in cut_values(lines, first=1)]
    return [Finding(ERROR, f"{rel}:{line}", f"{repr(key) if key else 'the value'} is cut at "
                    f"' #': YAML reads ' #' and what follows as a comment, so the value is "
                    f"'{kept}'. If the '#' belongs to the text, put the value in quotes; if it "
                    "is a comment, put two spaces before the '#' and one after.")
            for rel, (line, key, kept) in found]


def _yaml_files(lib: Library) -> list[Path]:
    return (sorted((lib.root / "questions").glob("*.yaml")) + [lib.root / "tags.yaml"]
            + [lib.states[code] for code in sorted(lib.states)]
            + sorted((lib.root / "benchmarks").glob("*.yaml")))


# --- questions --------------------------------------------------------------------------------

def question_rules(lib: Library) -> list[Finding]:
    """Numbers have a default and an allowed range; conditions use known filters."""
    out = []
    lines: dict[str, str] = {}
    for path in sorted((lib.root / "questions").glob("*.yaml")):
        for n, line in enumerate(path.read_text(encoding="utf-8-sig").split("\n"), 1):
            m = re.search(r"\bkey:\s*['\"]?([a-z]\w*\.\w+)", line)
            if m:
                lines.setdefault(m.group(1), f"{_rel(path)}:{n}")
    for q in lib.questions.questions:
        where = lines.get(q.key) or q.source
        if q.type in ("int", "money"):
            missing = [k for k, v in (("min", q.min), ("max", q.max)) if v is None]
            if not q.has_default:
                missing.append("default")
            if missing:
                out.append(Finding(WARNING, where, f"the {q.type} question '{q.key}' has no "
                                   f"{' or '.join(missing)}; a number question needs a default "
                                   "and an allowed range (min and max)."))
            elif q.default is not None and not q.min <= q.default <= q.max:
                out.append(Finding(WARNING, where, f"the default of '{q.key}' ({q.default}) is "
                                   f"outside min {q.min} and max {q.max}."))
        for label, expr in (("when", q.when), ("default_expr", q.default_expr)):
            if expr and _maybe_unknown(str(expr), True):
                ast = environment().parse("{{ (" + str(expr) + ") }}")
                out += _unknown_names(ast, lambda _n, w=where: w, f"the {label} of '{q.key}'")
    return out


def state_facts(lib: Library) -> list[Finding]:
    """Every state file has the facts the first one has (see state_facts_lint.py)."""
    codes = sorted(lib.states)
    if not codes:
        return []
    model, model_name = lib.state(codes[0]), lib.states[codes[0]].name
    out = []
    for code in codes:
        path = lib.states[code]
        lines = path.read_text(encoding="utf-8-sig").split("\n")
        for level, line, message in state_findings(lib.state(code), model_name, model,
                                                   lines):
            out.append(Finding(level, f"{_rel(path)}:{line or 1}", message))
    return out


# --- running the rules ------------------------------------------------------------------------

def lint_loaded(lib: Library, *, states: bool = True) -> list[Finding]:
    """Every rule over a library the loader accepted. `states=False` leaves out the state
    files' shape, which means reading all 51 (0.12 s; a draft reads one)."""
    files = [read_clause_file(c) for c in lib.clauses + lib.definitions]
    findings = [x for f in files for rule in CLAUSE_RULES for x in _named(rule, f)]
    findings += _named(yaml_comments, lib, files) + _named(question_rules, lib)
    if states:         # the full lint of `clauses check`; a build needs neither
        findings += _named(state_facts, lib) + _named(benchmark_files, lib)
    return sorted(findings, key=_order)


def _named(rule, *args) -> list[Finding]:
    name = rule.__name__.replace("_", "-")
    return [Finding(x.level, x.where, x.message, name) for x in rule(*args)]


def _order(f: Finding):
    path, _, line = f.where.rpartition(":")
    return (path, int(line)) if line.isdigit() else (f.where, 0)


def stop_on_errors(lib: Library) -> None:
    """Called by the loader when the library changed (a disk-cache miss)."""
    findings = lint_loaded(lib, states=False)
    if any(f.level == ERROR for f in findings):
        raise LibraryLintFailed(findings)
