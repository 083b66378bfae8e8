"""HTML writer: the ordinance as one self-contained, accessible web page.

For the public and for council members who read a draft in a browser or print it from one.
It renders the tree as is (numbers, labels and reference texts come final from the engine):
a title block, one <section> with an <h2> per numbered section, subdivisions as nested
ordered lists showing the drafter's labels exactly as the Word document prints them,
cross-references and defined terms as in-page links, blanks marked, drafter's notes as
collapsible asides. The style sheet (html.css, inlined) holds the typography and the print
rules; the page needs no script, font or file from anywhere else.

Same tree, same bytes: nothing here reads the clock or depends on dict order it did not set.
"""
from __future__ import annotations

import functools
import html
import re
from importlib import resources

from ..dates import long_date
from ..model import (Blank, Block, DefinedTerm, Emphasis, Note, Ordinance, Ref, Section, TermUse,
                     Text, WriterOptions)

# Characters HTML does not allow in text (C0/C1 controls other than tab, newline and return,
# lone surrogates, noncharacters): answers refuse them, but a custom clause library may not,
# and one of them would make the page invalid or stop it encoding as UTF-8.
_NOT_IN_HTML = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f\ud800-\udfff\ufdd0-\ufdef"
                          "\ufffe\uffff]")
# What an id may hold so that "#id" in a link needs no escaping and CSS can select it.
_NOT_IN_ID = re.compile(r"[^A-Za-z0-9_-]")


def _esc(text: str) -> str:
    """Text for element content or a quoted attribute: every <, &, " and ' escaped."""
    return html.escape(_NOT_IN_HTML.sub("\ufffd", text), quote=True)


@functools.lru_cache(maxsize=1)
def _style() -> str:
    return resources.files("ordinance_kit.writers").joinpath("html.css").read_text("utf-8")


def term_key(text: str) -> str:
    """A defined term as the tree keys its uses (TermUse.key): lower case, single spaces."""
    return " ".join(text.lower().split())


class _Ids:
    """Page ids for the tree's anchors: unique, safe in a URL fragment, and the same for every
    link to the same anchor. Only the first block with an anchor gets the id (as the DOCX
    gets only the first bookmark), so every link has exactly one target."""

    def __init__(self) -> None:
        self.by_anchor: dict[str, str] = {}
        self.taken: set[str] = set()

    def _fresh(self, wanted: str) -> str:
        base = _NOT_IN_ID.sub("_", wanted) or "x"
        if not base[0].isalpha():
            base = "x" + base
        name, n = base, 1
        while name in self.taken:
            n += 1
            name = f"{base}-{n}"
        self.taken.add(name)
        return name

    def name(self, anchor: str) -> str:
        """The id to place for `anchor` (called once, where the target is)."""
        if anchor not in self.by_anchor:
            self.by_anchor[anchor] = self._fresh(anchor)
        return self.by_anchor[anchor]

    def new(self, wanted: str) -> str:
        return self._fresh(wanted)


class _Page:
    def __init__(self, ordinance: Ordinance, options: WriterOptions):
        self.o = ordinance
        self.notes = options.notes
        self.ids = _Ids()
        self.out: list[str] = []
        # Where each element goes, decided before writing: links may point forward.
        self.block_id: dict[int, str] = {}       # id(block) -> its page id
        self.section_id: dict[int, str] = {}
        self.term_target: dict[str, str] = {}    # term key -> id of the defining block
        self._plan_ids()
        self.current_id: str | None = None       # the block being written (no self-links)

    # --- ids -----------------------------------------------------------------------------

    def _plan_ids(self) -> None:
        for section in self.o.sections:
            if section.anchor not in self.ids.by_anchor:
                self.section_id[id(section)] = self.ids.name(section.anchor)
        for block in self.o.all_blocks():
            if block.anchor and block.anchor not in self.ids.by_anchor:
                self.block_id[id(block)] = self.ids.name(block.anchor)
        for block in self.o.all_blocks():
            for item in block.inlines:
                if isinstance(item, DefinedTerm) and term_key(item.text) not in self.term_target:
                    if id(block) not in self.block_id:   # a definition nothing refers to
                        self.block_id[id(block)] = self.ids.new("term-" + term_key(item.text))
                    self.term_target[term_key(item.text)] = self.block_id[id(block)]

    def _id_attr(self, block: Block) -> str:
        page_id = self.block_id.get(id(block))
        return f' id="{page_id}"' if page_id else ""

    # --- inline content --------------------------------------------------------------------

    def inlines(self, items) -> str:
        out = []
        for item in items:
            if isinstance(item, DefinedTerm):
                out.append(f"<dfn>\u201c{_esc(item.text)}\u201d</dfn>")
            elif isinstance(item, Emphasis):
                out.append(f'<em class="subhead">{_esc(item.text)}</em>')
            elif isinstance(item, Blank):
                out.append(f'<mark class="blank" title="To be filled in">'
                           f"[{_esc(item.label)}]</mark>")
            elif isinstance(item, Ref):
                target = self.ids.by_anchor.get(item.anchor)
                if target is None:      # nothing in this page to point at (as the DOCX does)
                    out.append(_esc(item.text))
                else:
                    out.append(f'<a class="ref" href="#{target}">{_esc(item.text)}</a>')
            elif isinstance(item, TermUse):
                target = self.term_target.get(item.key)
                if target is None or target == self.current_id:
                    out.append(_esc(item.text))
                else:
                    out.append(f'<a class="term" href="#{target}">{_esc(item.text)}</a>')
            elif isinstance(item, Text):
                out.append(_esc(item.text))
            else:
                raise TypeError(f"unknown inline {item!r}")
        return "".join(out)

    def text_of(self, block: Block) -> str:
        self.current_id = self.block_id.get(id(block))
        try:
            return self.inlines(block.inlines)
        finally:
            self.current_id = None

    # --- notes -----------------------------------------------------------------------------

    def note(self, note: Note | None, indent: str) -> None:
        if note is None or not self.notes:
            return
        title = _esc(note.title)
        lines = [f'<aside class="note" aria-label="Drafter\'s note: {title}">',
                 "<details>",
                 f"<summary>Drafter's note: {title}</summary>"]
        for para in note.text.split("\n\n"):
            if para.strip():
                lines.append(f"<p>{_esc(para.strip())}</p>")
        if note.sources:
            lines.append('<p class="sources">Sources: '
                         + "; ".join(_esc(s) for s in note.sources) + "</p>")
        lines += ["</details>", "</aside>"]
        self.out += [indent + line for line in lines]

    # --- blocks ----------------------------------------------------------------------------

    def paragraph(self, block: Block, css: str, indent: str = "") -> None:
        if block.kind == "signature":
            self.out.append(f'{indent}<p class="signature"{self._id_attr(block)}>'
                            f"{self.text_of(block)}</p>")
        else:
            self.out.append(f'{indent}<p class="{css}"{self._id_attr(block)}>'
                            f"{self.text_of(block)}</p>")
        self.note(block.note, indent)

    def section(self, section: Section) -> None:
        sid = self.section_id.get(id(section))
        id_attr = f' id="{sid}"' if sid else ""
        self.out.append(f"<section{id_attr}>")
        self.out.append(f'<h2><span class="num">{_esc(section.label)}</span> '
                        f"{_esc(section.heading)}.</h2>")
        self.note(section.note, "")
        self.subdivisions(section.blocks)
        self.out.append("</section>")

    def subdivisions(self, blocks) -> None:
        """Numbered blocks as nested <ol>s, one level per list; an unnumbered paragraph closes
        the lists and stands at the section's own level, where the Word document puts it."""
        open_levels: list[int] = []        # each has an open <ol> and an open <li>

        def pad(extra: int = 0) -> str:    # two spaces for each open list and each open item
            return "  " * (2 * len(open_levels) + extra)

        def close_to(level: int) -> None:
            while open_levels and open_levels[-1] > level:
                self.out.append(pad(-1) + "</li>")
                self.out.append(pad(-2) + "</ol>")
                open_levels.pop()

        def open_list(level: int, item: str) -> None:
            self.out.append(pad() + f'<ol class="l{level}">')
            open_levels.append(level)
            self.out.append(pad(-1) + item)

        for block in blocks:
            if block.kind != "numbered":
                close_to(0)
                self.paragraph(block, "text")
                continue
            close_to(block.level)
            item = f"<li{self._id_attr(block)}>"
            if open_levels and open_levels[-1] == block.level:
                self.out.append(pad(-1) + "</li>")
                self.out.append(pad(-1) + item)
            else:
                # A level the tree skips (a (1) straight under the section text) gets an
                # unlabelled item, so each list still sits inside an item of the one above.
                top = open_levels[-1] if open_levels else 0
                for level in range(top + 1, block.level):
                    open_list(level, '<li class="gap">')
                open_list(block.level, item)
            self.out.append(pad() + f'<p><span class="label">{_esc(block.label or "")}</span> '
                            f"{self.text_of(block)}</p>")
            self.note(block.note, pad())
        close_to(0)

    # --- the page --------------------------------------------------------------------------

    def contents(self) -> None:
        """A list of the sections, so a reader can jump to one (not printed)."""
        self.out.append('<nav class="contents" aria-label="Sections">')
        self.out.append('<p class="contents-title">Sections</p>')
        self.out.append("<ol>")
        for section in self.o.sections:
            sid = self.section_id.get(id(section))
            text = f"{_esc(section.label)} {_esc(section.heading)}"
            self.out.append(f'<li><a href="#{sid}">{text}</a></li>' if sid else f"<li>{text}</li>")
        self.out.append("</ol>")
        self.out.append("</nav>")

    def render(self) -> str:
        o, meta = self.o, self.o.meta
        title = f"{meta.title} \u2014 {meta.header_text}"
        if meta.draft:
            title = f"DRAFT: {title}"
        out = self.out
        out += ["<!DOCTYPE html>",
                '<html lang="en">',
                "<head>",
                '<meta charset="utf-8">',
                '<meta name="viewport" content="width=device-width, initial-scale=1">',
                f'<meta name="generator" content="{_esc(meta.generator)}">',
                f"<!-- library {_esc(meta.library_hash)}; answers {_esc(meta.answers_hash)} -->",
                f"<title>{_esc(title)}</title>",
                "<style>", _style().rstrip("\n"), "</style>",
                "</head>",
                "<body>",
                '<a class="skip" href="#text">Skip to the text of the ordinance</a>',
                '<header class="running-head">']
        if meta.draft:
            out.append(f'<p><strong class="draft">DRAFT</strong> of '
                       f"{_esc(long_date(meta.draft_date))} \u2014 {_esc(meta.header_text)}</p>")
        else:
            out.append(f"<p>{_esc(meta.header_text)}</p>")
        out.append("</header>")
        if meta.draft:
            out.append('<div class="watermark" aria-hidden="true">DRAFT</div>')
        self.contents()
        out.append('<main id="text">')
        out.append('<header class="title-block">')
        out.append(f"<h1>{self.inlines(o.number_line)}</h1>")
        for block in o.caption:
            self.paragraph(block, "caption")
        out.append("</header>")
        if o.recitals:
            out.append('<div class="recitals">')
            for block in o.recitals:
                self.paragraph(block, "recital")
            out.append("</div>")
        for block in o.enacting:
            self.paragraph(block, "enacting")
        for section in o.sections:
            self.section(section)
        if o.closing:
            out.append('<div class="closing">')
            for block in o.closing:
                self.paragraph(block, "record")
            out.append("</div>")
        out += ["</main>", "</body>", "</html>"]
        return "\n".join(out) + "\n"


def render_html(ordinance: Ordinance, options: WriterOptions | None = None) -> str:
    """The page for `ordinance` as text (pure: no file is written)."""
    return _Page(ordinance, options or WriterOptions()).render()
