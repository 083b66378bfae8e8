"""The anchors a DOCX carries so review can read an edited copy back: which paragraph came from
which clause and subdivision, and which answers made the draft.

`paragraph_plan(ordinance)` lists the paragraphs the DOCX writer prints, in order, with the
exact text a reader sees in Word; the writer checks it printed the same number. The manifest
(customXml/item1.xml) records, for each of them, the clause, subdivision, bookmark, tags,
label and a hash of the text, plus the library and answers hashes and the parameter values.
Bookmarks survive LibreOffice and Word; the manifest survives both too, but not a paste into
a new document, which is why review also aligns by text (review/align.py).
"""
from __future__ import annotations

import hashlib
import re
import unicodedata
import uuid
from dataclasses import dataclass

from lxml import etree

from ..model import Block, Ordinance

NS = "urn:ordinance-kit:manifest:1"
_NS_DS = "http://schemas.openxmlformats.org/officeDocument/2006/customXml"
ITEM_PART = "/customXml/item1.xml"
PROPS_PART = "/customXml/itemProps1.xml"

_SPACE = re.compile(r"\s+")
_NOT_WORD = re.compile(r"[^\w\s]", re.UNICODE)
_QUOTES = str.maketrans({"\u201c": '"', "\u201d": '"', "\u2018": "'", "\u2019": "'",
                         "\u2013": "-", "\u2014": "-", "\u00a0": " "})


# LibreOffice recomputes cross-reference fields on opening and prints "Section 7.(b)" where the
# kit wrote "Section 7(b)" (see docx_writer.REF_SWITCHES): the same reference, not an edit.
_REF_DOT = re.compile(r"(section \d+)\.(?=\()")


def normalise(text: str) -> str:
    """The text as compared: NFC, straight quotes, one space, lower case, references without
    LibreOffice's dot. Word and LibreOffice swap these on save; none of them is an edit."""
    text = unicodedata.normalize("NFC", text).translate(_QUOTES)
    return _REF_DOT.sub(r"\1", _SPACE.sub(" ", text).strip().lower())


def text_hash(text: str) -> str:
    """A short hash of the normalised text (16 hex digits: collisions are not a concern within
    one document, and the manifest stays small)."""
    return hashlib.sha256(normalise(text).encode("utf-8")).hexdigest()[:16]


@dataclass(frozen=True)
class Planned:
    """One paragraph of the DOCX body, as the writer prints it."""
    style: str                       # paragraph style name
    text: str                        # what Word shows (numbers excluded)
    label: str = ""                  # "Section 7", "(b)": the number Word prints before it
    clause_id: str | None = None
    sub_id: str | None = None        # None for a section heading (the clause itself)
    tags: tuple[str, ...] = ()
    anchor: str | None = None        # the cross-reference anchor, when it has one

    @property
    def key(self) -> str | None:
        """What names the paragraph's bookmark: the reference anchor, else clause#sub."""
        if self.anchor:
            return self.anchor
        if self.clause_id is None:
            return None
        return f"{self.clause_id}#{self.sub_id}" if self.sub_id else self.clause_id


_LEVEL_STYLE = {1: "Subsection", 2: "Paragraph", 3: "Subparagraph", 4: "Clause"}


def block_text(block: Block) -> str:
    """The text the writer prints for a block (a signature line has the rule, then a break)."""
    if block.kind == "signature":
        return "_" * 36 + "\n" + block.text
    return block.text


def _block(block: Block, style: str) -> Planned:
    if block.kind == "numbered":
        style = _LEVEL_STYLE.get(block.level, style)   # the writer refuses a bad level
    elif block.kind == "signature":
        style = "Signature Line"
    return Planned(style, block_text(block), block.label or "", block.clause_id, block.sub_id,
                   block.tags, block.anchor)


def paragraph_plan(ordinance: Ordinance) -> list[Planned]:
    """Every body paragraph of the DOCX, in order (the writer's _block/_section order)."""
    from ..model import plain_text

    o = ordinance
    out = [Planned("Ordinance Number", plain_text(o.number_line))]
    out += [_block(b, "Ordinance Caption") for b in o.caption]
    out += [_block(b, "Recital") for b in o.recitals]
    out += [_block(b, "Enacting Clause") for b in o.enacting]
    for section in o.sections:
        out.append(Planned("Section Heading", section.heading, f"Section {section.number}",
                           section.clause_id, None, section.tags, section.anchor))
        out += [_block(b, "Section Text") for b in section.blocks]
    out += [_block(b, "Closing Text") for b in o.closing]
    return out


def bookmark_names(ordinance: Ordinance, plan: list[Planned]) -> dict[str, str]:
    """anchor or "clause#sub" -> its Word bookmark name (unique, at most 40 characters).
    Reference anchors are named first, so adding the review bookmarks never renames them."""
    from .ooxml import bookmark_name

    keys = [s.anchor for s in ordinance.sections]
    keys += [b.anchor for b in ordinance.all_blocks() if b.anchor]
    # Then every other paragraph that belongs to a clause ("clause#sub"): review reads these
    # bookmarks back to tell which clause each edited paragraph came from.
    keys += [p.key for p in plan if p.key]
    names: dict[str, str] = {}
    used: set[str] = set()
    for key in keys:
        if key in names:
            continue
        base = bookmark_name(key if "#" not in key else "s_" + key)
        name = base
        n = 2
        while name in used:   # two anchors that sanitize alike
            suffix = f"_{n}"
            name = base[:40 - len(suffix)] + suffix
            n += 1
        used.add(name)
        names[key] = name
    return names


def manifest_xml(ordinance: Ordinance, plan: list[Planned], bookmarks: dict[str, str]) -> bytes:
    """customXml/item1.xml: the draft's identity and one <p> per body paragraph."""
    m = ordinance.meta
    root = etree.Element(f"{{{NS}}}manifest", nsmap={None: NS})
    root.set("version", "1")
    root.set("generator", m.generator)
    root.set("library", m.library_hash)
    root.set("answers", m.answers_hash)
    params = etree.SubElement(root, f"{{{NS}}}parameters")
    for key, value in m.parameters:
        el = etree.SubElement(params, f"{{{NS}}}parameter", key=key)
        el.text = value
    paras = etree.SubElement(root, f"{{{NS}}}paragraphs")
    for i, p in enumerate(plan):
        el = etree.SubElement(paras, f"{{{NS}}}p", i=str(i), hash=text_hash(p.text))
        for attr, value in (("style", p.style), ("label", p.label), ("clause", p.clause_id),
                            ("sub", p.sub_id), ("bookmark", bookmarks.get(p.key or "")),
                            ("tags", " ".join(p.tags))):
            if value:
                el.set(attr, value)
    return etree.tostring(root, xml_declaration=True, encoding="UTF-8", standalone=True)


def item_props_xml(ordinance: Ordinance) -> bytes:
    """customXml/itemProps1.xml: the data-store item id (derived from the hashes, so the same
    draft gives the same bytes) and the manifest's namespace as its schema reference."""
    m = ordinance.meta
    guid = uuid.uuid5(uuid.NAMESPACE_URL, f"{NS}/{m.library_hash}/{m.answers_hash}")
    return (
        '<?xml version="1.0" encoding="UTF-8" standalone="no"?>\n'
        f'<ds:datastoreItem ds:itemID="{{{str(guid).upper()}}}" xmlns:ds="{_NS_DS}">'
        f'<ds:schemaRefs><ds:schemaRef ds:uri="{NS}"/></ds:schemaRefs></ds:datastoreItem>'
    ).encode("utf-8")
