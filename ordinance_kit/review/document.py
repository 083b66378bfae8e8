"""Read a DOCX back as paragraphs: an edited draft from Word or LibreOffice, or the original.

The text is read as if every tracked change were accepted (insertions in, deletions out, moves
at their new place, a deleted paragraph mark joins the paragraph to the next), and the changes
still pending are counted. Each paragraph gets its clause and subdivision from the kit's
bookmark on it, or from the manifest (customXml) by text hash; its number as Word shows it
comes from the numbering definitions. lxml on the parts directly: python-docx hides revisions.
"""
from __future__ import annotations

import json
import zipfile
from pathlib import Path, PurePosixPath

from lxml import etree

from ..errors import UserError
from ..model import Ordinance
from ..writers import manifest as _manifest
from .model import Paragraph, ReadDocument
from .word_numbers import Numbering, Styles

W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
_W = "{%s}" % W
_REL = "{http://schemas.openxmlformats.org/package/2006/relationships}"
_OFFICE_DOC = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument"
_STRICT_DOC = "http://purl.oclc.org/ooxml/officeDocument/relationships/officeDocument"
_MANIFEST = "{%s}" % _manifest.NS
_MC_FALLBACK = "{http://schemas.openxmlformats.org/markup-compatibility/2006}Fallback"

# An ordinance is a few hundred kilobytes; 50 MB of file or 200 MB of XML is not a draft, and
# refusing it keeps a zip bomb from filling memory.
MAX_FILE = 50 * 1024 * 1024
MAX_PART = 200 * 1024 * 1024
_OLE = bytes.fromhex("D0CF11E0A1B11AE1")   # Word's encrypted package (and old .doc) header

# Revision marks: each one is a change Word would list in the Reviewing pane.
_REVISIONS = {_W + t for t in ("ins", "del", "moveFrom", "moveTo", "pPrChange", "rPrChange",
                               "sectPrChange", "tblPrChange", "trPrChange", "tcPrChange",
                               "numberingChange", "cellIns", "cellDel")}
_SKIP = {_W + t for t in ("del", "moveFrom", "pPr", "rPr", "instrText", "delText",
                          "delInstrText", "commentReference", "footnoteReference",
                          "endnoteReference", "sdtPr", "sdtEndPr", "fldData")}
_CHARS = {_W + "tab": "\t", _W + "br": "\n", _W + "cr": "\n", _W + "noBreakHyphen": "-"}
_PARSER = etree.XMLParser(resolve_entities=False, no_network=True, huge_tree=False,
                          remove_comments=True, remove_pis=True)


def _bad(path: Path, what: str) -> UserError:
    return UserError(f"{path}: {what}")


# --- the package -------------------------------------------------------------------------------

class _Package:
    def __init__(self, path: Path):
        self.path = path
        if not path.exists():
            raise _bad(path, "no such file. Give the path of the edited .docx file.")
        if not path.is_file():
            raise _bad(path, "is not a file. Give the path of the edited .docx file.")
        size = path.stat().st_size
        if size > MAX_FILE:
            raise _bad(path, f"is {size // (1024 * 1024)} MB; a draft ordinance is far smaller "
                       f"(the limit is {MAX_FILE // (1024 * 1024)} MB). Is this the right file?")
        with path.open("rb") as fh:
            head = fh.read(8)
        if head == _OLE:
            raise _bad(path, "is password-protected or encrypted (or an old binary .doc). "
                       "Remove the password in Word (File > Info > Protect Document) or save "
                       "it as a Word Document (.docx), then try again.")
        if not zipfile.is_zipfile(path):
            raise _bad(path, "is not a Word .docx file (it is not a zip package). Save it "
                       "from Word or LibreOffice as a Word Document (.docx).")
        try:
            self.zip = zipfile.ZipFile(path)
            self.names = set(self.zip.namelist())
        except (zipfile.BadZipFile, OSError) as e:
            raise _bad(path, f"cannot be read as a .docx ({e}). Save it again from Word or "
                       "LibreOffice as a Word Document (.docx).") from None
        self.main = self._main_part()
        if self.main is None:
            raise _bad(path, "is a zip file but not a Word document (it has no "
                       "word/document.xml). Save it as a Word Document (.docx).")

    def _main_part(self) -> str | None:
        rels = self.xml("_rels/.rels")
        if rels is not None:
            for rel in rels.iter(_REL + "Relationship"):
                if rel.get("Type") in (_OFFICE_DOC, _STRICT_DOC):
                    target = rel.get("Target", "").lstrip("/")
                    if target in self.names:
                        return target
        return "word/document.xml" if "word/document.xml" in self.names else None

    def xml(self, name: str):
        if name not in self.names:
            return None
        info = self.zip.getinfo(name)
        if info.file_size > MAX_PART:
            raise _bad(self.path, f"its part {name} unpacks to {info.file_size} bytes, far "
                       "more than any draft; it is not a document this tool can read.")
        try:
            return etree.fromstring(self.zip.read(name), _PARSER)
        except (RuntimeError, NotImplementedError):
            # zipfile: "File ... is encrypted, password required" / unsupported compression
            raise _bad(self.path, f"its part {name} is encrypted or packed in a way Word "
                       "does not write. Remove the password in Word (File > Info > Protect "
                       "Document) or save it again as a Word Document (.docx).") from None
        except (etree.XMLSyntaxError, zipfile.BadZipFile, OSError, EOFError) as e:
            raise _bad(self.path, f"its part {name} is damaged ({e}). Open it in Word or "
                       "LibreOffice and save it again as a Word Document (.docx).") from None

    def related(self, part: str, rel_type_suffix: str) -> list[str]:
        """Targets of `part`'s relationships whose type ends with `rel_type_suffix`."""
        folder = PurePosixPath(part).parent
        rels = self.xml(f"{folder}/_rels/{PurePosixPath(part).name}".lstrip("./"))
        out = []
        if rels is None:
            return out
        for rel in rels.iter(_REL + "Relationship"):
            if rel.get("TargetMode") == "External":
                continue
            if rel.get("Type", "").endswith(rel_type_suffix):
                target = rel.get("Target", "")
                full = target.lstrip("/") if target.startswith("/") else \
                    _normpath(f"{folder}/{target}")
                out.append(full)
        return out


def _normpath(path: str) -> str:
    parts: list[str] = []
    for piece in path.split("/"):
        if piece in ("", "."):
            continue
        if piece == "..":
            if parts:
                parts.pop()
        else:
            parts.append(piece)
    return "/".join(parts)


# --- the manifest ------------------------------------------------------------------------------

def _read_manifest(pkg: _Package) -> tuple[dict, dict[str, dict], dict[str, list[dict]]] | None:
    candidates = pkg.related(pkg.main, "/customXml")
    candidates += sorted(n for n in pkg.names if n.startswith("customXml/item")
                         and "Props" not in n and n.endswith(".xml"))
    for name in dict.fromkeys(candidates):
        root = pkg.xml(name)
        if root is None or root.tag != _MANIFEST + "manifest":
            continue
        head = {"library": root.get("library"), "answers": root.get("answers"), "params": {}}
        for el in root.iter(_MANIFEST + "parameter"):
            try:
                head["params"][el.get("key")] = json.loads(el.text or "null")
            except ValueError:
                head["params"][el.get("key")] = el.text
        by_bookmark: dict[str, dict] = {}
        by_hash: dict[str, list[dict]] = {}
        for el in root.iter(_MANIFEST + "p"):
            entry = dict(el.attrib)
            if entry.get("bookmark"):
                by_bookmark[entry["bookmark"]] = entry
            by_hash.setdefault(entry.get("hash", ""), []).append(entry)
        return head, by_bookmark, by_hash
    return None


# --- paragraphs --------------------------------------------------------------------------------

class _Para:
    __slots__ = ("el", "els", "text", "bookmarks", "pending", "mark_deleted")

    def __init__(self, el):
        self.el = el
        self.els = [el]           # every w:p it spans (a deleted mark joins the next)
        self.text: list[str] = []
        self.bookmarks: list[str] = []
        self.pending = False
        self.mark_deleted = False


def _walk(el, para: _Para) -> None:
    """Collect the accepted text of `el`'s children into `para`."""
    for child in el:
        tag = child.tag
        if not isinstance(tag, str):
            continue
        if tag in _REVISIONS:
            para.pending = True
        if tag == _W + "r":
            for item in child:
                t = item.tag
                if t == _W + "t":
                    para.text.append(item.text or "")
                elif t in _CHARS:
                    if t != _W + "br" or item.get(_W + "type") in (None, "textWrapping"):
                        para.text.append(_CHARS[t])
                elif t == _W + "rPr" and item.find(_W + "rPrChange") is not None:
                    para.pending = True
        elif tag == _W + "bookmarkStart":
            para.bookmarks.append(child.get(_W + "name", ""))
        elif tag == _W + "pPr":
            if child.find(_W + "pPrChange") is not None:
                para.pending = True
            mark = child.find(_W + "rPr")
            if mark is not None:
                if mark.find(_W + "del") is not None or mark.find(_W + "moveFrom") is not None:
                    para.mark_deleted = True
                    para.pending = True
                if mark.find(_W + "ins") is not None or mark.find(_W + "moveTo") is not None:
                    para.pending = True
        elif tag in _SKIP or tag == _MC_FALLBACK:   # Fallback repeats the Choice
            continue
        else:   # ins, moveTo, hyperlink, smartTag, fldSimple, sdt/sdtContent, customXml, ...
            _walk(child, para)


def _body_paragraphs(body) -> list[_Para]:
    """Body paragraphs in reading order (tables and content controls included, text boxes not).
    A bookmark that starts between paragraphs belongs to the next one."""
    out: list[_Para] = []
    loose: list[str] = []

    def visit(container):
        for child in container:
            tag = child.tag
            if tag == _W + "p":
                para = _Para(child)
                para.bookmarks.extend(loose)
                loose.clear()
                _walk(child, para)
                out.append(para)
            elif tag == _W + "bookmarkStart":
                loose.append(child.get(_W + "name", ""))
            elif tag in (_W + "del", _W + "moveFrom"):
                continue
            elif tag in (_W + "tbl", _W + "tr", _W + "tc", _W + "sdt", _W + "sdtContent",
                         _W + "customXml", _W + "ins", _W + "moveTo", _W + "smartTag"):
                visit(child)

    visit(body)
    return out


def read_docx(path: str | Path) -> ReadDocument:
    """The document at `path`, every tracked change accepted, each paragraph with its anchor."""
    path = Path(path)
    pkg = _Package(path)
    root = pkg.xml(pkg.main)
    body = root.find(_W + "body") if root is not None else None
    if body is None:
        raise _bad(path, "is a Word package but its document has no body (no text at all). "
                   "Open it in Word or LibreOffice, check it shows the ordinance, save it "
                   "again as a Word Document (.docx).")
    styles_part = next(iter(pkg.related(pkg.main, "/styles")), "word/styles.xml")
    numbering_part = next(iter(pkg.related(pkg.main, "/numbering")), "word/numbering.xml")
    styles = Styles(pkg.xml(styles_part))
    numbering = Numbering(pkg.xml(numbering_part), styles)
    found = _read_manifest(pkg)
    head, by_bookmark, by_hash = found if found else ({"params": {}}, {}, {})
    pending_changes = sum(1 for el in body.iter() if el.tag in _REVISIONS)

    # Accepting a deleted paragraph mark joins the paragraph with the next one.
    merged: list[_Para] = []
    carry: _Para | None = None
    for para in _body_paragraphs(body):
        if carry is not None:
            if not "".join(carry.text).strip():
                # the whole paragraph was deleted: its bookmark went with it
                carry.bookmarks.clear()
                carry.el = para.el      # the number and style are the next paragraph's
            carry.text.extend(para.text)
            carry.els.extend(para.els)
            carry.bookmarks.extend(para.bookmarks)
            carry.pending = True
            carry.mark_deleted = para.mark_deleted
            para = carry
            carry = None
        if para.mark_deleted:
            carry = para
            continue
        merged.append(para)
    if carry is not None:
        merged.append(carry)

    position = {el: k for k, el in enumerate(body.iter(_W + "p"))}
    paragraphs: list[Paragraph] = []
    used_names: set[str] = set()
    claimed: set[int] = set()   # manifest entries already given to a paragraph
    for para in merged:
        text = "".join(para.text)
        label = numbering.label(para.el)
        if not text.strip():
            continue
        style_el = para.el.find(f"{_W}pPr/{_W}pStyle")
        sid = style_el.get(_W + "val") if style_el is not None else "Normal"
        # The kit's bookmark on it: the first one the manifest knows (or, without a manifest,
        # the first not hidden, i.e. not Word's own _GoBack/_Ref...). A name LibreOffice
        # repeated on the second half of a split paragraph was used already and is skipped.
        bookmark = None
        for name in para.bookmarks:
            if name in used_names or not name or name.startswith("_"):
                continue
            if by_bookmark and name not in by_bookmark:
                continue
            bookmark = name
            used_names.add(name)
            break
        entry = by_bookmark.get(bookmark) if bookmark else None
        if entry is None:
            h = _manifest.text_hash(text)
            entry = next((e for e in by_hash.get(h, ()) if id(e) not in claimed
                          and e.get("bookmark") not in used_names), None)
        if entry is not None:
            claimed.add(id(entry))
        paragraphs.append(Paragraph(
            index=len(paragraphs), text=text, style=styles.names.get(sid, sid),
            label=label or (entry or {}).get("label", ""),
            clause_id=(entry or {}).get("clause"), sub_id=(entry or {}).get("sub"),
            pending=para.pending, tags=tuple((entry or {}).get("tags", "").split()),
            bookmark=bookmark, parts=tuple(position[el] for el in para.els)))
    return ReadDocument(
        source=str(path), paragraphs=paragraphs, library_hash=head.get("library"),
        answers_hash=head.get("answers"), parameters=head["params"],
        pending_changes=pending_changes,
        anchored=bool(found) or any(p.bookmark for p in paragraphs))


def paragraphs_from_ordinance(ordinance: Ordinance) -> list[Paragraph]:
    """The original's paragraphs, straight from the tree: the same texts, labels and bookmark
    names the DOCX writer prints (both come from writers/manifest.paragraph_plan)."""
    plan = _manifest.paragraph_plan(ordinance)
    names = _manifest.bookmark_names(ordinance, plan)
    out = []
    for p in plan:
        if not p.text.strip():
            continue
        out.append(Paragraph(index=len(out), text=p.text, style=p.style, label=p.label,
                             clause_id=p.clause_id, sub_id=p.sub_id, tags=p.tags,
                             bookmark=names.get(p.key) if p.key else None))
    return out
