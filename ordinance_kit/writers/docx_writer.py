"""Render an `Ordinance` as a .docx (bytes), on top of the project template base.docx.

The writer decides layout only: every number, label and cross-reference text comes final in
the model. Paragraphs carry a style from the template; section and subdivision numbers come
from the template's multilevel list "Ordinance Sections", linked to those styles, so the
document stays editable the Word way (insert a "Subsection" paragraph and it gets its letter).

Output is deterministic: same Ordinance -> same bytes (fixed dates, fixed comment date,
reproducible zip re-pack).
"""
from __future__ import annotations

import datetime as _dt
import functools
import io
from importlib import resources

from ..dates import long_date
from ..model import (Blank, Block, DefinedTerm, Emphasis, Inline, Meta, Note, Ordinance, Ref,
                     Section, TermUse, Text, WriterOptions)
from ..numbering import subdivision_label
from . import manifest, ooxml
from .make_template import STYLE_IDS

AUTHOR = "ordinance-kit"
INITIALS = "OK"

_S = STYLE_IDS
# Block level -> numbered style id (level 0 is the section heading itself).
_LEVEL_STYLE = {1: _S["Subsection"], 2: _S["Paragraph"], 3: _S["Subparagraph"],
                4: _S["Clause"]}

# Cross-reference field switches.
# Word numbers sections "Section %1." (the heading needs the dot), but the model's reference
# text is "Section 7(b)". The cached result is always exactly Ref.text, and that is what Word
# (until the field is updated: F9, or printing with "update fields"), mammoth, docx2python and
# pandoc show. LibreOffice 7.4 recomputes REF fields when it opens a file, and ignores
# w:fldLock. Measured in LO's PDF for refs to 7(b) / 3(a) / 3 / 3(a)(2)(A)(ii):
#   \h alone (or none) -> the whole text of the bookmarked paragraph (unusable)
#   \r \h   -> "Section 7.(b)", but "(a)" for a ref from inside Section 3 (context lost)
#   \n \h   -> "(b)", "(a)", "Section 3", "(ii)" (no context at all)
#   \w \h   -> "Section 7.(b)", "Section 3.(a)", "Section 3", "Section 3.(a)(2)(A)(ii)"
# Choice: \w \h (full context + hyperlink). It is the only set that always names the section;
# whole-section refs come out exact and subdivision refs differ only by the heading's dot
# ("Section 7.(b)"). Word's own update gives the same text. Trade-off: a recomputed field shows
# that dot; the alternative (fldLock or plain text + hyperlink) would keep "Section 7(b)" but
# leave references stale when staff renumber in Word, which is a worse error than a dot.
REF_SWITCHES = r"\w \h"


def add_plain_inline(p, item: Inline) -> bool:
    """A run for every inline but a cross-reference, in the ordinance's character styles;
    False for a Ref (which writer makes it a field depends on the document). Shared with the
    companion forms, so a defined term or a blank looks the same in both."""
    if isinstance(item, (Text, TermUse)):
        ooxml.add_run(p, item.text)
    elif isinstance(item, DefinedTerm):
        ooxml.add_run(p, f"\u201c{item.text}\u201d", _S["Defined Term"])
    elif isinstance(item, Emphasis):
        ooxml.add_run(p, item.text, _S["Subdivision Heading"])
    elif isinstance(item, Blank):
        ooxml.add_run(p, item.text, _S["Blank"])
    else:
        return False
    return True


@functools.lru_cache(maxsize=1)
def _template_bytes() -> bytes:
    """Read once per process (batch workers render hundreds of drafts from it)."""
    return resources.files("ordinance_kit.writers").joinpath("base.docx").read_bytes()


def preload() -> None:
    """Import python-docx and read the template now (batch worker initializer)."""
    import docx  # noqa: F401
    import docx.comments  # noqa: F401

    _template_bytes()


class _Renderer:
    def __init__(self, ordinance: Ordinance, options: WriterOptions):
        import docx
        self.o = ordinance
        self.meta: Meta = ordinance.meta
        self.options = options
        self.doc = docx.Document(io.BytesIO(_template_bytes()))
        self.body = self.doc.element.body
        self._sectPr = self.body.sectPr
        self._bm_id = 0
        self.bookmarks: dict[str, str] = {}   # anchor -> bookmark name
        self._placed: set[str] = set()
        self._comments = None                 # the comments part's root, made on first note
        self._comment_id = 0
        self.plan = manifest.paragraph_plan(ordinance)
        self._collect_anchors()

    # --- anchors ---------------------------------------------------------------------------

    def _collect_anchors(self) -> None:
        """Name every anchor up front: references may point forward."""
        self.bookmarks = manifest.bookmark_names(self.o, self.plan)

    def _bookmark(self, p, anchor: str | None) -> None:
        # Only the first paragraph with a given anchor gets the bookmark: Word drops (and
        # validators flag) duplicate bookmark names.
        if anchor and anchor in self.bookmarks and anchor not in self._placed:
            self._placed.add(anchor)
            self._bm_id += 1
            ooxml.add_bookmark(p, self.bookmarks[anchor], self._bm_id)

    # --- paragraphs --------------------------------------------------------------------------

    def _para(self, style_id: str):
        # inserted before the body's sectPr; styleId directly: no per-paragraph lookup by name
        return ooxml.add_paragraph(self.body, style_id, self._sectPr)

    def _inlines(self, p, inlines) -> None:
        for item in inlines:
            self._inline(p, item)

    def _inline(self, p, item: Inline) -> None:
        if add_plain_inline(p, item):
            return
        if isinstance(item, Ref):
            name = self.bookmarks.get(item.anchor)
            if name is None:
                # No target in this document: a REF would print "Error! Reference source not
                # found." once Word updates it, so write the text alone.
                ooxml.add_run(p, item.text)
            else:
                ooxml.add_field(p, f"REF {name} {REF_SWITCHES}", item.text)
        else:
            raise TypeError(f"unknown inline {item!r}")

    def _block(self, block: Block, text_style: str):
        if block.kind == "numbered":
            style = _LEVEL_STYLE.get(block.level)
            if style is None:
                raise ValueError(f"numbered block level {block.level} not in 1..4")
            p = self._para(style)
            self._inlines(p, block.inlines)
        elif block.kind == "signature":
            p = self._para(_S["Signature Line"])
            ooxml.add_run(p, "_" * 36 + "\n")   # the title goes on the line beneath
            self._inlines(p, block.inlines)
        else:
            p = self._para(text_style)
            self._inlines(p, block.inlines)
        self._bookmark(p, block.anchor or self._key(block))
        if block.note is not None:
            self._note(p, block.note)
        return p

    @staticmethod
    def _key(block: Block) -> str | None:
        if block.clause_id is None:
            return None
        return f"{block.clause_id}#{block.sub_id}" if block.sub_id else block.clause_id

    def _blocks(self, blocks, text_style: str) -> None:
        for block in blocks:
            self._block(block, text_style)

    def _section(self, section: Section) -> None:
        p = self._para(_S["Section Heading"])
        ooxml.add_run(p, section.heading)
        self._bookmark(p, section.anchor)
        if section.note is not None:
            self._note(p, section.note)
        self._blocks(section.blocks, _S["Section Text"])

    # --- notes -----------------------------------------------------------------------------

    def _note(self, p, note: Note) -> None:
        if not self.options.notes:
            return
        runs = p.r_lst
        if not runs:
            runs = [ooxml.add_run(p, "")]
        if self._comments is None:
            # python-docx adds its default comments part on first use; ids then go on from
            # the highest one there (as python-docx's own add_comment numbers them)
            self._comments = self.doc.part._comments_part.element
            self._comment_id = max((int(i) for i in self._comments.xpath("./w:comment/@w:id")),
                                   default=-1) + 1
        celm = ooxml.add_comment(self._comments, self._comment_id, runs[0], runs[-1],
                                 ooxml.clean_text(note.title), AUTHOR, INITIALS,
                                 self._midnight())
        self._comment_id += 1
        for chunk in note.text.split("\n\n"):
            chunk = chunk.strip()
            if chunk:
                self._comment_para(celm, chunk)
        if note.sources:
            self._comment_para(celm, "Sources: " + "; ".join(note.sources))

    @staticmethod
    def _comment_para(celm, text: str) -> None:
        # Same XML as Comment.add_paragraph(text), built on the element (no proxy objects and
        # no per-character text loop).
        ooxml.add_run(ooxml.add_paragraph(celm, "CommentText"), text)

    def _midnight(self) -> _dt.datetime:
        d = self.meta.draft_date
        return _dt.datetime(d.year, d.month, d.day, tzinfo=_dt.timezone.utc)

    # --- header, footer, section -----------------------------------------------------------

    def _header_footer(self) -> None:
        sec = self.doc.sections[0]
        hp = sec.header.paragraphs[0]._p
        hp.style = _S["header"]
        text = self.meta.header_text
        if self.meta.draft:
            text += "\t\tDRAFT"   # right tab of the built-in Header style
            ooxml.add_run(hp, text)
            ooxml.add_watermark(hp, "DRAFT")
        else:
            ooxml.add_run(hp, text)
        fp = sec.footer.paragraphs[0]._p
        fp.style = _S["footer"]
        if self.meta.draft:
            ooxml.add_run(fp, f"Draft of {long_date(self.meta.draft_date)}\t\t")
        else:
            ooxml.add_run(fp, "\t")   # center tab of the built-in Footer style
        ooxml.add_run(fp, "Page ")
        ooxml.add_field(fp, "PAGE", "1")
        ooxml.add_run(fp, " of ")
        ooxml.add_field(fp, "NUMPAGES", "1")
        if self.options.line_numbers:
            ooxml.set_line_numbering(sec._sectPr)

    # --- properties ------------------------------------------------------------------------

    def _properties(self) -> None:
        m = self.meta
        cp = self.doc.core_properties

        def fit(text: str) -> str:
            # python-docx refuses core-property text over 255 characters, while an answer
            # (a jurisdiction's name, a short title) may hold 500: the body keeps the full
            # text, the property is cut at a word boundary and ends with an ellipsis.
            text = ooxml.clean_text(text)
            if len(text) <= 255:
                return text
            cut = text[:254]
            if cut.rfind(" ") > 200:
                cut = cut[:cut.rfind(" ")]
            return cut.rstrip(" ,;:") + "\u2026"

        cp.title = fit(m.title)
        cp.subject = fit(m.subject)
        cp.keywords = fit(", ".join(m.keywords))
        cp.author = AUTHOR
        cp.last_modified_by = AUTHOR
        cp.category = "Ordinance"
        cp.content_status = "Draft" if m.draft else "Final"
        cp.comments = fit(
            f"Generated by {m.generator}; clause library {m.library_hash}; "
            f"answers {m.answers_hash}")
        when = _dt.datetime(m.draft_date.year, m.draft_date.month, m.draft_date.day)
        cp.created = cp.modified = when
        cp.revision = 1
        # Recorded in core properties (not a custom part): every reader and validator knows them.
        cp.version = m.library_hash
        cp.identifier = m.answers_hash

    # --- whole document --------------------------------------------------------------------

    def render(self) -> bytes:
        o = self.o
        # The template's body is a single empty paragraph; drop it so the number line is first.
        for p in list(self.body.p_lst):
            self.body.remove(p)
        p = self._para(_S["Ordinance Number"])
        self._inlines(p, o.number_line)
        self._blocks(o.caption, _S["Ordinance Caption"])
        self._blocks(o.recitals, _S["Recital"])
        self._blocks(o.enacting, _S["Enacting Clause"])
        for section in o.sections:
            self._section(section)
        self._blocks(o.closing, _S["Closing Text"])
        self._header_footer()
        self._properties()
        if len(self.body.p_lst) != len(self.plan):   # the manifest must index these paragraphs
            raise AssertionError(f"wrote {len(self.body.p_lst)} paragraphs, planned "
                                 f"{len(self.plan)}")
        ooxml.add_custom_xml(self.doc.part, manifest.manifest_xml(o, self.plan, self.bookmarks),
                             manifest.item_props_xml(o))
        return ooxml.save_reproducible(self.doc)


# Word's list levels 1-4 print (a), (1), (A), (i): the same rules as the model's labels.
_WORD_LABEL = {level: functools.partial(subdivision_label, level) for level in (1, 2, 3, 4)}


def numbering_mismatches(ordinance: Ordinance) -> list[str]:
    """Where Word's automatic numbering would differ from the model's labels.

    The DOCX shows Word's numbers (the list linked to the styles), while cross-reference texts
    come from the model, so the two must agree. Word numbers sections 1, 2, ... in order and
    restarts each level after any higher-level paragraph. Returns readable differences
    ([] when consistent); render_docx does not fail on them, callers and tests can check.
    """
    out = []
    for expected_number, section in enumerate(ordinance.sections, start=1):
        if section.number != expected_number:
            out.append(f"section {section.anchor}: Word shows Section {expected_number}., "
                       f"model says {section.label}")
        counters = [0] * 5
        for block in section.blocks:
            if block.kind != "numbered" or block.level not in _WORD_LABEL:
                continue
            counters[block.level] += 1
            for deeper in range(block.level + 1, 5):
                counters[deeper] = 0
            shown = _WORD_LABEL[block.level](counters[block.level])
            if block.label is not None and block.label != shown:
                out.append(f"section {section.number}: Word shows {shown}, "
                           f"model says {block.label} ({block.text[:40]!r})")
    return out


def render_docx(ordinance: Ordinance, options: WriterOptions | None = None) -> bytes:
    """The .docx bytes for `ordinance` (pure: no file is written)."""
    return _Renderer(ordinance, options or WriterOptions()).render()
