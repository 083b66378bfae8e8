"""Akoma Ntoso writer: the ordinance as an OASIS Akoma Ntoso 3.0 <bill>, for legislative XML
systems and anyone who wants the draft as structured data rather than a page.

It renders the same tree as the Markdown and Word writers and decides nothing about content:
the preface holds the number line and the caption, the preamble the findings and the enacting
formula, the body one <section> per section with its subdivisions nested as <subsection>,
<paragraph>, <subparagraph> and <point>, the conclusions the adoption record and signatures.
Element ids (eId) follow the OASIS Naming Convention (sec_3__subsec_a__para_1); every
cross-reference is a <ref> to the eId of its target, every definition a <def> and every use of
a defined term a <term>, both pointing at the term's TLCTerm in the references. Drafter's notes
are <authorialNote>s (left out with --no-notes), blanks <placeholder>s.
"""
from __future__ import annotations

import dataclasses
import re
from dataclasses import dataclass, field

from lxml import etree

from ..dates import long_date
from ..model import (Blank, Block, DefinedTerm, Emphasis, Note, Ordinance, Ref, Section,
                     TermUse, Text, WriterOptions)
from .akn_meta import AKN_NS, add_meta, el, slug, xml_text

# A subdivision's level (1..4) -> its element and the element's short name in eIds.
_LEVELS = {1: ("subsection", "subsec"), 2: ("paragraph", "para"),
           3: ("subparagraph", "subpara"), 4: ("point", "point")}


# Elements that hold only other elements: indented one per line for a readable file. Nothing
# inside a <p>, <num> or <heading> is touched, since whitespace there would be text.
_STRUCTURE = {"akomaNtoso", "bill", "meta", "identification", "FRBRWork", "FRBRExpression",
              "FRBRManifestation", "lifecycle", "references", "proprietary", "draft", "preface",
              "longTitle", "preamble", "recitals", "recital", "formula", "body", "section",
              "subsection", "paragraph", "subparagraph", "point", "hcontainer", "intro",
              "content", "wrapUp", "conclusions"}


def _indent(elem, depth: int = 0) -> None:
    if etree.QName(elem).localname not in _STRUCTURE or not len(elem) or elem.text:
        return
    pad = "\n" + "  " * (depth + 1)
    elem.text = pad
    for child in elem:
        _indent(child, depth + 1)
        child.tail = pad
    elem[-1].tail = "\n" + "  " * depth


def term_key(term: str) -> str:
    """The key a use of a term carries, from the term as defined (the same folding the engine
    uses when it resolves [[terms]]: case and spacing do not matter)."""
    return " ".join(term.lower().split())


@dataclass
class _Node:
    """A section or subdivision, with the paragraphs before its first child (`lead`) and, in
    order, its child subdivisions and any runs of paragraphs between or after them."""
    block: Block | None
    element: str
    eid: str
    lead: list[Block] = field(default_factory=list)
    items: list = field(default_factory=list)     # _Node | list[Block]


class _AknWriter:
    def __init__(self, ordinance: Ordinance, options: WriterOptions):
        self.o = ordinance
        self.notes = options.notes
        self.anchors: dict[str, str] = {}        # tree anchor -> eId
        self.terms: dict[str, str] = {}          # term key -> TLCTerm eId
        self.term_shown: dict[str, str] = {}     # TLCTerm eId -> the term as printed
        self.roles: dict[str, str] = {}          # TLCRole eId -> signer's title
        self.used_eids: set[str] = set()
        self.note_count = 0

    # --- ids -----------------------------------------------------------------------------

    def _eid(self, wanted: str) -> str:
        """`wanted`, or wanted_2, _3 ... if a label repeats: eIds must be unique."""
        eid, n = wanted, 1
        while eid in self.used_eids:
            n += 1
            eid = f"{wanted}_{n}"
        self.used_eids.add(eid)
        return eid

    def _anchor(self, anchor: str | None, eid: str) -> None:
        if anchor and anchor not in self.anchors:
            self.anchors[anchor] = eid

    def _term_eid(self, key: str, shown: str) -> str:
        if key not in self.terms:
            eid = self._eid("term-" + slug(key, "_"))
            self.terms[key] = eid
            self.term_shown[eid] = shown
        return self.terms[key]

    def _collect_terms(self) -> None:
        """Give every defined or used term its TLCTerm eId, defined terms first (as printed)."""
        blocks = list(self.o.all_blocks())
        for block in blocks:
            for item in block.inlines:
                if isinstance(item, DefinedTerm):
                    self._term_eid(term_key(item.text), item.text)
        for block in blocks:
            for item in block.inlines:
                if isinstance(item, TermUse):
                    self._term_eid(item.key, item.text)

    # --- structure: sections as trees of subdivisions --------------------------------------

    def _section_tree(self, section: Section) -> _Node:
        root = _Node(None, "section", self._eid(f"sec_{section.number}"))
        self._anchor(section.anchor, root.eid)
        stack = [root]
        for block in section.blocks:
            if block.kind == "numbered":
                while len(stack) > 1 and stack[-1].block.level >= block.level:
                    stack.pop()
                parent = stack[-1]
                element, short = _LEVELS[min(max(block.level, 1), 4)]
                num = re.sub(r"[^A-Za-z0-9]", "", block.label or "")
                count = sum(isinstance(i, _Node) for i in parent.items) + 1
                node = _Node(block, element, self._eid(f"{parent.eid}__{short}_{num or count}"))
                self._anchor(block.anchor, node.eid)
                parent.items.append(node)
                stack.append(node)
                continue
            # An unnumbered paragraph after subdivisions: in the definitions it continues the
            # definition it follows (its clause is the definition's, not the section's); any
            # other one belongs to the section itself.
            target = root
            if (len(stack) > 1 and block.clause_id and block.clause_id != section.clause_id
                    and stack[1].block.clause_id == block.clause_id):
                target = stack[1]
            del stack[stack.index(target) + 1:]
            self._anchor(block.anchor, target.eid)     # a paragraph is found by its holder
            if not target.items:
                target.lead.append(block)
            elif isinstance(target.items[-1], list):
                target.items[-1].append(block)
            else:
                target.items.append([block])
        return root

    # --- inline content --------------------------------------------------------------------

    def _inlines(self, parent, inlines) -> None:
        last = None              # the last child element, whose tail takes following text

        def text(value: str) -> None:
            value = xml_text(value)
            if last is None:
                parent.text = (parent.text or "") + value
            else:
                last.tail = (last.tail or "") + value

        for item in inlines:
            if isinstance(item, DefinedTerm):
                text("\u201c")
                last = el(parent, "def", {"refersTo": "#" + self.terms[term_key(item.text)]},
                          item.text)
                text("\u201d")
            elif isinstance(item, TermUse):
                last = el(parent, "term", {"refersTo": "#" + self.terms[item.key]}, item.text)
            elif isinstance(item, Ref):
                target = self.anchors.get(item.anchor)
                if target is None:          # nothing in this draft to point at: text alone
                    text(item.text)
                else:
                    last = el(parent, "ref", {"href": "#" + target}, item.text)
            elif isinstance(item, Emphasis):
                last = el(parent, "i", None, item.text)
            elif isinstance(item, Blank):
                last = el(parent, "placeholder", {"class": "blank",
                                                  "originalText": item.label}, item.text)
            elif isinstance(item, Text):
                text(item.text)
            else:
                raise TypeError(f"unknown inline {item!r}")

    def _note(self, parent, note: Note | None, owner: str) -> None:
        """A drafter's note as an authorialNote at the end of `parent` (a heading or a p)."""
        if note is None or not self.notes:
            return
        self.note_count += 1
        n = el(parent, "authorialNote", {
            "eId": self._eid(f"{owner}__authorialNote_{self.note_count}"),
            "marker": str(self.note_count), "placement": "bottom", "class": "drafters-note"})
        el(el(n, "p", {"class": "title"}), "b", None, f"Drafter's note: {note.title}.")
        for para in note.text.split("\n\n"):
            if para.strip():
                el(n, "p", None, para)
        if note.sources:
            el(n, "p", {"class": "sources"}, "Sources: " + "; ".join(note.sources))

    def _p(self, parent, block: Block, owner: str, attrs: dict | None = None):
        p = el(parent, "p", attrs)
        self._inlines(p, block.inlines)
        self._note(p, block.note, owner)
        return p

    # --- the parts -------------------------------------------------------------------------

    def _preface(self, bill) -> None:
        meta = self.o.meta
        preface = el(bill, "preface")
        if meta.draft:
            p = el(preface, "p", {"class": "draft"})
            el(p, "docStatus", {"refersTo": "#draft"}, "DRAFT")
            p[-1].tail = " of "
            el(p, "docDate", {"date": meta.draft_date.isoformat()}, long_date(meta.draft_date))
            p[-1].tail = xml_text(f" \u2014 {meta.header_text}")
        number = el(el(preface, "p", {"class": "number"}), "docNumber")
        self._inlines(number, self.o.number_line)
        if self.o.caption:
            title = el(preface, "longTitle", {"eId": self._eid("longTitle")})
            for block in self.o.caption:
                p = el(title, "p")
                self._inlines(el(p, "docTitle"), block.inlines)
                self._note(p, block.note, "longTitle")

    def _preamble(self, bill) -> None:
        if not (self.o.recitals or self.o.enacting):
            return
        preamble = el(bill, "preamble")
        if self.o.recitals:
            recitals = el(preamble, "recitals", {"eId": self._eid("recs")})
            for block in self.o.recitals:
                eid = self.anchors.get(block.anchor or "") or self._eid(
                    f"recs__recital_{len(recitals) + 1}")
                self._p(el(recitals, "recital", {"eId": eid}), block, eid)
        if self.o.enacting:
            formula = el(preamble, "formula", {"name": "enactingFormula",
                                               "eId": self._eid("enactingFormula")})
            for block in self.o.enacting:
                self._p(formula, block, "enactingFormula")

    def _node(self, parent, node: _Node, section: Section | None = None) -> None:
        elem = el(parent, node.element, {"eId": node.eid})
        if section is not None:
            el(elem, "num", None, section.label)
            heading = el(elem, "heading", None, section.heading)
            self._note(heading, section.note, node.eid)
            own = list(node.lead)
        else:
            el(elem, "num", None, node.block.label or "")
            own = self._heading(elem, node.block) + node.lead
        children = [i for i in node.items if isinstance(i, _Node)]
        if not children:
            content = el(elem, "content")
            for block in own + [b for i in node.items for b in i]:
                self._p(content, block, node.eid)
            if not len(content):
                el(content, "p")                 # a section with no text is still valid
            return
        if own:
            intro = el(elem, "intro")
            for block in own:
                self._p(intro, block, node.eid)
        last_child = max(k for k, i in enumerate(node.items) if isinstance(i, _Node))
        for k, item in enumerate(node.items):
            if isinstance(item, _Node):
                self._node(elem, item)
                continue
            if k > last_child:
                box = el(elem, "wrapUp")
            else:                                # text between subdivisions
                box = el(el(elem, "hcontainer", {
                    "name": "text", "eId": self._eid(f"{node.eid}__hcontainer_{k + 1}")}),
                    "content")
            for block in item:
                self._p(box, block, node.eid)

    def _heading(self, elem, block: Block) -> list[Block]:
        """A subdivision that opens with its italic heading ("(a) *Included.* The term ...")
        gets a <heading>; the rest of its words stay its paragraph (none if nothing is left)."""
        inlines = block.inlines
        if not inlines or not isinstance(inlines[0], Emphasis):
            return [block]
        heading = el(elem, "heading", None, inlines[0].text)
        rest = list(inlines[1:])
        if rest and isinstance(rest[0], Text):
            rest[0] = dataclasses.replace(rest[0], text=rest[0].text.lstrip())
        if not "".join(i.text for i in rest).strip():
            self._note(heading, block.note, elem.get("eId"))
            return []
        return [dataclasses.replace(block, inlines=tuple(rest))]

    def _conclusions(self, bill) -> None:
        if not self.o.closing:
            return
        conclusions = el(bill, "conclusions", {"eId": self._eid("conclusions")})
        for k, block in enumerate(self.o.closing, 1):
            owner = f"conclusions__p_{k}"
            if block.kind == "signature":
                role_eid = "role-" + slug(block.text)
                self.roles.setdefault(role_eid, block.text)
                p = el(conclusions, "p", {"class": "signature"})
                self._inlines(el(el(p, "signature"), "role", {"refersTo": "#" + role_eid}),
                              block.inlines)
                self._note(p, block.note, owner)
            else:
                eid = self.anchors.get(block.anchor or "")
                self._p(conclusions, block, owner, {"eId": eid} if eid else None)

    # --- the whole document ----------------------------------------------------------------

    def render(self) -> bytes:
        self._collect_terms()
        trees = [self._section_tree(s) for s in self.o.sections]
        for label, blocks in (("recs__recital", self.o.recitals),
                              ("conclusions__p", self.o.closing)):
            for k, block in enumerate(blocks, 1):
                if block.anchor:
                    self._anchor(block.anchor, self._eid(f"{label}_{k}"))
        root = etree.Element(f"{{{AKN_NS}}}akomaNtoso", nsmap={None: AKN_NS})
        bill = el(root, "bill", {"name": slug(self.o.meta.instrument or "ordinance")})
        self._preface(bill)
        self._preamble(bill)
        body = el(bill, "body")
        for section, tree in zip(self.o.sections, trees):
            self._node(body, tree, section)
        self._conclusions(bill)
        # The number line is the instrument's label and then the number (or a blank).
        line = self.o.number_line
        number = line[-1].text.strip() if len(line) > 1 and isinstance(line[-1], Text) else None
        # meta comes first in the document but names the roles the conclusions found
        meta_holder = etree.Element("holder")
        add_meta(meta_holder, self.o.meta, number=number or None, roles=self.roles,
                 terms=self.term_shown)
        bill.insert(0, meta_holder[0])
        _indent(root)
        return etree.tostring(root, xml_declaration=True, encoding="UTF-8") + b"\n"


def render_akn(ordinance: Ordinance, options: WriterOptions | None = None) -> bytes:
    return _AknWriter(ordinance, options or WriterOptions()).render()
