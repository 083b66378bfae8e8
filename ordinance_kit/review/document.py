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

W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
_W = "{%s}" % W
_REL = "{http://schemas.openxmlformats.org/package/2006/relationships}"
_OFFICE_DOC = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument"
_STRICT_DOC = "http://purl.oclc.org/ooxml/officeDocument/relationships/officeDocument"
_MANIFEST = "{%s}" % _manifest.NS

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


# --- styles and numbering --------------------------------------------------------------------

class _Styles:
    """Style names and the list each paragraph style is linked to."""

    def __init__(self, root):
        self.names: dict[str, str] = {}
        self.num: dict[str, tuple[str | None, str | None]] = {}
        self.based: dict[str, str] = {}
        if root is None:
            return
        for st in root.iter(_W + "style"):
            sid = st.get(_W + "styleId")
            if sid is None:
                continue
            name = st.find(_W + "name")
            self.names[sid] = name.get(_W + "val") if name is not None else sid
            based = st.find(_W + "basedOn")
            if based is not None:
                self.based[sid] = based.get(_W + "val")
            numpr = st.find(f"{_W}pPr/{_W}numPr")
            if numpr is not None:
                self.num[sid] = _numpr(numpr)

    def numbering_of(self, sid: str | None) -> tuple[str | None, str | None]:
        seen = set()
        while sid and sid not in seen:
            seen.add(sid)
            if sid in self.num:
                return self.num[sid]
            sid = self.based.get(sid)
        return None, None


def _numpr(numpr) -> tuple[str | None, str | None]:
    num = numpr.find(_W + "numId")
    lvl = numpr.find(_W + "ilvl")
    return (num.get(_W + "val") if num is not None else None,
            lvl.get(_W + "val") if lvl is not None else None)


def _roman(n: int) -> str:
    out = ""
    for value, digits in ((1000, "m"), (900, "cm"), (500, "d"), (400, "cd"), (100, "c"),
                          (90, "xc"), (50, "l"), (40, "xl"), (10, "x"), (9, "ix"), (5, "v"),
                          (4, "iv"), (1, "i")):
        while n >= value:
            out += digits
            n -= value
    return out


def _letters(n: int) -> str:
    # Word: a..z, then aa..zz, aaa..
    return chr(ord("a") + (n - 1) % 26) * ((n - 1) // 26 + 1)


_FORMATS = {"decimal": str, "lowerLetter": _letters, "upperLetter": lambda n: _letters(n).upper(),
            "lowerRoman": _roman, "upperRoman": lambda n: _roman(n).upper(),
            "decimalZero": lambda n: f"{n:02d}"}


class _Numbering:
    """Computes the numbers Word shows ("Section 7.", "(b)") the way Word counts them."""

    def __init__(self, root, styles: _Styles):
        self.styles = styles
        self.abstract: dict[str, dict[int, tuple[str, str, int, str | None]]] = {}
        self.num_abs: dict[str, str] = {}
        self.counters: dict[str, list[int]] = {}
        if root is None:
            return
        for ab in root.iter(_W + "abstractNum"):
            levels = {}
            for lvl in ab.iter(_W + "lvl"):
                fmt = lvl.find(_W + "numFmt")
                text = lvl.find(_W + "lvlText")
                start = lvl.find(_W + "start")
                pstyle = lvl.find(_W + "pStyle")
                levels[int(lvl.get(_W + "ilvl", "0"))] = (
                    fmt.get(_W + "val") if fmt is not None else "decimal",
                    text.get(_W + "val", "") if text is not None else "",
                    int(start.get(_W + "val", "1")) if start is not None else 1,
                    pstyle.get(_W + "val") if pstyle is not None else None)
            self.abstract[ab.get(_W + "abstractNumId")] = levels
        for num in root.iter(_W + "num"):
            ab = num.find(_W + "abstractNumId")
            if ab is not None:
                self.num_abs[num.get(_W + "numId")] = ab.get(_W + "val")

    def label(self, p) -> str:
        style_el = p.find(f"{_W}pPr/{_W}pStyle")
        sid = style_el.get(_W + "val") if style_el is not None else None
        direct = p.find(f"{_W}pPr/{_W}numPr")
        num_id, ilvl = _numpr(direct) if direct is not None else (None, None)
        s_num, s_lvl = self.styles.numbering_of(sid)
        num_id = num_id or s_num
        if not num_id or num_id == "0" or num_id not in self.num_abs:
            return ""
        levels = self.abstract.get(self.num_abs[num_id], {})
        if ilvl is None:
            ilvl = s_lvl
        if ilvl is None:   # a style linked from a level (lvl/pStyle) takes that level
            ilvl = next((str(k) for k, v in levels.items() if v[3] == sid), "0")
        level = int(ilvl)
        if level not in levels:
            return ""
        counters = self.counters.setdefault(num_id, [0] * 10)
        fmt, text, start, _ = levels[level]
        counters[level] = counters[level] + 1 if counters[level] else start
        for deeper in range(level + 1, len(counters)):
            counters[deeper] = 0
        if fmt == "none":
            return ""
        if fmt == "bullet":
            return text.strip()
        for k in range(level + 1):
            f = _FORMATS.get(levels.get(k, ("decimal",))[0], str)
            n = counters[k] or levels.get(k, ("", "", 1))[2]
            text = text.replace(f"%{k + 1}", f(n))
        return text.strip().rstrip(".")


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
    __slots__ = ("el", "text", "bookmarks", "pending", "mark_deleted")

    def __init__(self, el):
        self.el = el
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
        elif tag in _SKIP:
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
    styles = _Styles(pkg.xml(styles_part))
    numbering = _Numbering(pkg.xml(numbering_part), styles)
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
            bookmark=bookmark))
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
