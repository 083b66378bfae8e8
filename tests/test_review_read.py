"""Reading an edited draft back (review/document.py) and pairing it with the original
(review/align.py), on real built examples edited the ways staff edit them: with python-docx,
through a LibreOffice open-and-save, with tracked changes, and pasted into a fresh document.

Each edit keeps a ground truth ("recipe": which original each edited paragraph came from), so
alignment is scored against what really happened, not against the aligner's own anchors.
"""
from __future__ import annotations

import copy
import functools
import io
import os
import shutil
import subprocess
import sys
import zipfile
from pathlib import Path

import docx
import pytest
from docx.oxml.ns import qn
from lxml import etree

from ordinance_kit import engine
from ordinance_kit.errors import UserError
from ordinance_kit.review.align import align, word_diff
from ordinance_kit.review.document import paragraphs_from_ordinance, read_docx
from ordinance_kit.writers import manifest

ROOT = Path(__file__).resolve().parents[1]
W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"


@functools.lru_cache(maxsize=4)
def _build(example: str = "riverbend-ca"):
    lib, ans = engine.prepare(ROOT / "examples" / f"{example}.yaml")
    result = engine.build(lib, ans, "docx")
    return result.data, result.ordinance


def _write(tmp_path: Path, data: bytes, name: str = "edited.docx") -> Path:
    path = tmp_path / name
    path.write_bytes(data)
    return path


# --- ground truth and scoring -------------------------------------------------------------------

def accuracy(pairs, recipe: list[set[int] | None], removed: set[int]) -> float:
    """Share of edited paragraphs paired with an original they came from (or with none when
    new), and of removed originals reported removed."""
    got: dict[int, set[int | None]] = {}
    gone = set()
    for p in pairs:
        if p.edited is not None:
            got.setdefault(p.edited.index, set()).add(p.original.index if p.original else None)
        elif p.original is not None:
            gone.add(p.original.index)
    right = 0
    for j, expected in enumerate(recipe):
        seen = got.get(j, set())
        right += (seen == {None}) if expected is None else bool(seen & expected)
    right += len(removed & gone)
    return right / (len(recipe) + len(removed))


# --- edits, as staff make them --------------------------------------------------------------------

def _set_text(p, text: str) -> None:
    """Replace a paragraph's text the way Word's typing does: the runs go, pPr and the
    bookmark start stay."""
    for r in p._p.findall(qn("w:r")):
        p._p.remove(r)
    p.add_run(text)


def _replace(p, old: str, new: str) -> None:
    for t in p._p.iter(qn("w:t")):
        if t.text and old in t.text:
            t.text = t.text.replace(old, new, 1)
            return
    raise AssertionError(f"{old!r} not in {p.text!r}")


def staff_edits(data: bytes):
    """The built DOCX edited with python-docx: reworded, deleted, added, split (LibreOffice-style,
    bookmark name repeated), merged and moved paragraphs. Returns (bytes, recipe, removed)."""
    d = docx.Document(io.BytesIO(data))
    paras = d.paragraphs
    origin: dict[int, set[int]] = {id(p._p): {i} for i, p in enumerate(paras)}
    texts = [p.text for p in paras]
    find = lambda needle, start=0: next(i for i, t in enumerate(texts)  # noqa: E731
                                        if i >= start and needle in t)

    # reworded: mandatory to permissive, and a number
    shall = find(" shall ", 100)
    _replace(paras[shall], " shall ", " may ")
    days = find("45 days")
    _replace(paras[days], "45 days", "10 days")
    # a new exception appended
    exc = find(" shall ", shall + 5)
    paras[exc].add_run(" unless the Chief of Police determines otherwise")
    # split a long paragraph at a sentence; LibreOffice repeats the bookmark on the second half
    long_i = next(i for i, t in enumerate(texts) if i > exc + 5 and len(t) > 300
                  and ". " in t[100:-20])
    cut = texts[long_i].index(". ", 100) + 2
    first, second = texts[long_i][:cut].strip(), texts[long_i][cut:]
    _set_text(paras[long_i], first)
    new_p = copy.deepcopy(paras[long_i]._p)
    for r in new_p.findall(qn("w:r")):
        new_p.remove(r)
    for bm in new_p.iter(qn("w:bookmarkStart")):
        bm.set(qn("w:id"), "9001")
    for bm in new_p.iter(qn("w:bookmarkEnd")):
        bm.set(qn("w:id"), "9001")
    paras[long_i]._p.addnext(new_p)
    r = etree.SubElement(new_p, qn("w:r"))
    etree.SubElement(r, qn("w:t")).text = second
    origin[id(new_p)] = {long_i}
    # merge two neighbours (the second one's bookmark joins the first, as in Word)
    m = next(i for i in range(long_i + 10, len(texts) - 1)
             if paras[i].style.name == paras[i + 1].style.name == "Subsection")
    for child in list(paras[m + 1]._p):
        if child.tag in (qn("w:r"), qn("w:bookmarkStart")):
            paras[m]._p.append(child)
    paras[m + 1]._p.getparent().remove(paras[m + 1]._p)
    origin[id(paras[m]._p)] = {m, m + 1}
    # a new section of staff's own, and a deleted subdivision
    gone = next(i for i in range(m + 10, len(texts)) if paras[i].style.name == "Paragraph")
    paras[gone]._p.getparent().remove(paras[gone]._p)
    new = paras[gone + 3].insert_paragraph_before(
        "Training. Each department shall train its staff every year on the duties this "
        "chapter sets, using material the clerk keeps on file.", style=paras[gone + 3].style)
    origin[id(new._p)] = None
    # a subdivision moved to the end of its section
    mv = gone + 6
    target = next(i for i in range(mv + 1, len(texts)) if paras[i].style.name ==
                  "Section Heading")
    paras[target]._p.addprevious(paras[mv]._p)

    out = io.BytesIO()
    d.save(out)
    # the ground truth, in the saved body's order
    body = list(d.element.body.iter(qn("w:p")))
    recipe = [origin.get(id(p)) for p in body if "".join(p.itertext()).strip()]
    return out.getvalue(), recipe, {gone}


def strip_anchors(data: bytes, tmp_path: Path, typed_numbers: bool = False) -> bytes:
    """The text pasted into a fresh document: no bookmarks, no manifest, no kit styles; with
    `typed_numbers`, Word's numbers come along as typed text ("(b) ...", "Section 7. ...")."""
    fresh = docx.Document()
    for p in read_docx(_write(tmp_path, data, "to-strip.docx")).paragraphs:
        number = ""
        if typed_numbers and p.label:
            number = p.label + ("." if p.label.startswith("Section") else "") + " "
        fresh.add_paragraph(number + p.text)
    out = io.BytesIO()
    fresh.save(out)
    return out.getvalue()


def libreoffice_round_trip(path: Path, tmp_path: Path) -> Path:
    """Open and save in LibreOffice (its own profile, so parallel runs do not collide)."""
    out = tmp_path / "lo"
    out.mkdir()
    subprocess.run(
        [shutil.which("soffice"), f"-env:UserInstallation=file://{tmp_path}/lo-profile",
         "--headless", "--convert-to", 'docx:MS Word 2007 XML', "--outdir", str(out),
         str(path)], check=True, timeout=180, capture_output=True)
    return out / path.name


needs_soffice = pytest.mark.skipif(shutil.which("soffice") is None,
                                   reason="LibreOffice (soffice) is not installed: the "
                                   "open-and-save round trip cannot run here")


# --- anchors in the written DOCX ------------------------------------------------------------------

def test_every_clause_paragraph_has_a_bookmark_and_a_manifest_entry():
    data, ordinance = _build()
    z = zipfile.ZipFile(io.BytesIO(data))
    body = etree.fromstring(z.read("word/document.xml")).find(f"{{{W}}}body")
    paras = body.findall(f"{{{W}}}p")
    root = etree.fromstring(z.read("customXml/item1.xml"))
    entries = root.findall(f"{{{manifest.NS}}}paragraphs/{{{manifest.NS}}}p")
    assert len(entries) == len(paras)
    rels = z.read("word/_rels/document.xml.rels").decode()
    assert 'relationships/customXml" Target="../customXml/item1.xml"' in rels
    assert b"customXmlProperties+xml" in z.read("[Content_Types].xml")
    names = set()
    for p, e in zip(paras, entries):
        marks = [b.get(f"{{{W}}}name") for b in p.iter(f"{{{W}}}bookmarkStart")]
        text = "".join(t.text or "" if t.tag == f"{{{W}}}t" else "\n"
                       for t in p.iter(f"{{{W}}}t", f"{{{W}}}br"))
        if e.get("clause"):
            assert e.get("bookmark") in marks, (e.attrib, marks)
            names.add(e.get("bookmark"))
        assert e.get("hash") == manifest.text_hash(text)
    assert all(len(n) <= 40 and n[0].isalpha() for n in names)
    assert root.get("library") == ordinance.meta.library_hash
    assert root.get("answers") == ordinance.meta.answers_hash
    params = {p.get("key"): p.text for p in root.iter(f"{{{manifest.NS}}}parameter")}
    assert params["timelines.notice_days"] == "45"


def test_same_inputs_same_bytes():
    data, ordinance = _build()
    from ordinance_kit.writers.docx_writer import render_docx
    assert render_docx(ordinance) == data


# --- reading back -----------------------------------------------------------------------------------

def test_unedited_file_reads_back_as_the_original(tmp_path):
    data, ordinance = _build()
    read = read_docx(_write(tmp_path, data))
    original = paragraphs_from_ordinance(ordinance)
    assert read.anchored and read.pending_changes == 0
    assert read.library_hash == ordinance.meta.library_hash
    assert read.parameters["timelines.notice_days"] == 45
    assert [(p.text, p.label, p.style, p.anchor, p.bookmark, p.tags) for p in read.paragraphs] \
        == [(p.text, p.label, p.style, p.anchor, p.bookmark, p.tags) for p in original]
    assert {p.label for p in read.paragraphs} >= {"Section 7", "(b)", "(2)"}
    pairs = align(original, read.paragraphs)
    assert all(p.matched in ("anchor", "manifest") and p.similarity == 1.0 for p in pairs)


@pytest.mark.parametrize("example", ["millbrook-ma", "harlan-county-tx", "lakeport-city-county"])
def test_other_examples_read_back_whole(tmp_path, example):
    data, ordinance = _build(example)
    read = read_docx(_write(tmp_path, data))
    assert [p.text for p in read.paragraphs] == \
        [p.text for p in paragraphs_from_ordinance(ordinance)]


def test_python_docx_edits_align(tmp_path):
    data, ordinance = _build()
    edited, recipe, removed = staff_edits(data)
    read = read_docx(_write(tmp_path, edited))
    assert len(read.paragraphs) == len(recipe)
    pairs = align(paragraphs_from_ordinance(ordinance), read.paragraphs)
    assert accuracy(pairs, recipe, removed) == 1.0
    new = [p for p in pairs if p.original is None]
    assert [p.edited.text[:9] for p in new] == ["Training."]
    assert [p.original.index for p in pairs if p.edited is None] == sorted(removed)
    changed = [p for p in pairs if p.edited and p.original and p.similarity < 1]
    assert any(" may " in p.edited.text and " shall " in p.original.text for p in changed)


def test_split_paragraph_with_repeated_bookmark_pairs_both_halves(tmp_path):
    data, ordinance = _build()
    edited, recipe, _ = staff_edits(data)
    read = read_docx(_write(tmp_path, edited))
    halves = [j for j, r in enumerate(recipe) if r and
              sum(1 for other in recipe if other == r) == 2]
    assert len(halves) == 2
    # the bookmark goes to the first half only; the second has none
    assert read.paragraphs[halves[0]].bookmark and read.paragraphs[halves[1]].bookmark is None
    pairs = align(paragraphs_from_ordinance(ordinance), read.paragraphs)
    origin = {p.edited.index: p.original.index for p in pairs if p.edited and p.original}
    assert origin[halves[0]] == origin[halves[1]] == next(iter(recipe[halves[0]]))


@pytest.mark.parametrize("typed_numbers", [False, True])
def test_anchors_stripped_still_aligns_every_unchanged_paragraph(tmp_path, typed_numbers):
    data, ordinance = _build()
    edited, recipe, removed = staff_edits(data)
    read = read_docx(_write(tmp_path, strip_anchors(edited, tmp_path, typed_numbers)))
    assert not read.anchored and all(p.bookmark is None for p in read.paragraphs)
    original = paragraphs_from_ordinance(ordinance)
    pairs = align(original, read.paragraphs)
    unchanged = [p for p in pairs if p.edited and p.original and p.similarity == 1.0]
    expected_unchanged = sum(1 for j, r in enumerate(recipe) if r and len(r) == 1 and
                             read.paragraphs[j].text.endswith(original[next(iter(r))].text))
    assert len(unchanged) >= expected_unchanged > 290
    assert all(p.original.index in recipe[p.edited.index] for p in unchanged)
    assert accuracy(pairs, recipe, removed) == 1.0


def _without_manifest(data: bytes) -> bytes:
    """The package without its customXml parts (as a system that drops Word's data store)."""
    import re
    z = zipfile.ZipFile(io.BytesIO(data))
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w") as dst:
        for name in z.namelist():
            blob = z.read(name)
            if name == "word/_rels/document.xml.rels":
                blob = re.sub(rb'<Relationship [^>]*customXml"[^>]*/>', b"", blob)
            if not name.startswith("customXml/"):
                dst.writestr(name, blob)
    return out.getvalue()


@pytest.mark.parametrize("keep_manifest", [True, False])
def test_unstripped_anchors_beat_text_when_paragraphs_are_identical(tmp_path, keep_manifest):
    """Two paragraphs with the same text: the bookmark says which is which, even when staff
    swapped them, and even when the manifest is gone."""
    data, ordinance = _build()
    d = docx.Document(io.BytesIO(data))
    paras = d.paragraphs
    a, b = 140, 141
    _set_text(paras[a], "Reserved.")
    _set_text(paras[b], "Reserved.")
    paras[a]._p.addprevious(paras[b]._p)   # swapped
    out = io.BytesIO()
    d.save(out)
    edited = out.getvalue() if keep_manifest else _without_manifest(out.getvalue())
    read = read_docx(_write(tmp_path, edited))
    assert (read.library_hash is not None) == keep_manifest and read.anchored
    original = paragraphs_from_ordinance(ordinance)
    pairs = align(original, read.paragraphs)
    by_edited = {p.edited.index: p.original.index for p in pairs if p.edited and p.original}
    assert by_edited[a] == b and by_edited[b] == a


# --- tracked changes --------------------------------------------------------------------------------

def _tracked(data: bytes):
    """Staff's edits left as tracked changes: a word replaced (w:del + w:ins), a whole
    paragraph deleted (runs and mark), a paragraph inserted, and a moved run."""
    z = zipfile.ZipFile(io.BytesIO(data))
    root = etree.fromstring(z.read("word/document.xml"))
    paras = root.find(f"{{{W}}}body").findall(f"{{{W}}}p")
    text = lambda p: "".join(t.text or "" for t in p.iter(f"{{{W}}}t"))  # noqa: E731
    w = lambda tag: f"{{{W}}}{tag}"  # noqa: E731
    rev = {"author": "City Attorney", "date": "2026-03-01T00:00:00Z"}
    n = [5000]

    def attrs(el):
        n[0] += 1
        el.set(w("id"), str(n[0]))
        for k, v in rev.items():
            el.set(w(k), v)
        return el

    # 1. "shall" -> "may" in one paragraph, as delete + insert
    i = next(k for k, p in enumerate(paras) if k > 100 and " shall " in text(p))
    run = next(r for r in paras[i].iter(w("r")) if " shall " in (r.findtext(w("t")) or ""))
    before, after = run.findtext(w("t")).split(" shall ", 1)
    parent = run.getparent()
    pos = parent.index(run)
    parent.remove(run)

    def mk_run(t, tag="t"):
        r = etree.Element(w("r"))
        el = etree.SubElement(r, w(tag))
        el.text = t
        el.set("{http://www.w3.org/XML/1998/namespace}space", "preserve")
        return r

    ins = attrs(etree.Element(w("ins")))
    ins.append(mk_run(" may "))
    dele = attrs(etree.Element(w("del")))
    dele.append(mk_run(" shall ", "delText"))
    for k, el in enumerate([mk_run(before), dele, ins, mk_run(after)]):
        parent.insert(pos + k, el)
    # 2. a whole paragraph deleted: its runs in w:del and its mark deleted
    gone = i + 3
    for r in list(paras[gone].iter(w("r"))):
        for t in r.findall(w("t")):
            t.tag = w("delText")
        d = attrs(etree.Element(w("del")))
        r.addprevious(d)
        d.append(r)
    ppr = paras[gone].find(w("pPr"))
    rpr = etree.SubElement(ppr, w("rPr"))
    rpr.append(attrs(etree.Element(w("del"))))
    # 3. a paragraph inserted after i + 5
    new = etree.Element(w("p"))
    nppr = etree.SubElement(new, w("pPr"))
    etree.SubElement(nppr, w("pStyle")).set(w("val"), "Subsection")
    etree.SubElement(etree.SubElement(nppr, w("rPr")), w("ins"))
    attrs(nppr.find(w("rPr")).find(w("ins")))
    ins2 = attrs(etree.SubElement(new, w("ins")))
    ins2.append(mk_run("The Chief of Police may waive this section in an emergency."))
    paras[i + 5].addnext(new)
    # 4. a sentence moved: moveFrom keeps w:t (not delText), so only skipping it drops it
    moved = "Moved sentence about retention. "
    src = paras[i + 8]
    mf = attrs(etree.Element(w("moveFrom")))
    mf.append(mk_run(moved))
    src.append(mf)
    mt = attrs(etree.Element(w("moveTo")))
    mt.append(mk_run(moved))
    paras[i + 9].append(mt)
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w") as dst:
        for name in z.namelist():
            dst.writestr(name, etree.tostring(root) if name == "word/document.xml"
                         else z.read(name))
    return out.getvalue(), i, gone


def test_tracked_changes_read_as_accepted_with_pending_counted(tmp_path):
    data, ordinance = _build()
    tracked, i, gone = _tracked(data)
    read = read_docx(_write(tmp_path, tracked))
    original = paragraphs_from_ordinance(ordinance)
    # 1 del + 1 ins, 4-ish deleted runs + the deleted mark, 1 inserted mark + 1 ins
    z = zipfile.ZipFile(io.BytesIO(tracked))
    marks = etree.fromstring(z.read("word/document.xml")).xpath(
        "count(//w:ins|//w:del|//w:moveFrom|//w:moveTo)", namespaces={"w": W})
    assert read.pending_changes == int(marks) >= 5
    texts = [p.text for p in read.paragraphs]
    assert original[i].text.replace(" shall ", " may ", 1) in texts
    assert original[gone].text not in texts
    assert len(texts) == len(original)          # one deleted, one inserted
    # (one paragraph deleted before them and one inserted: the indexes are the original's)
    assert texts[i + 8] == original[i + 8].text                   # moved away from here
    assert texts[i + 9] == original[i + 9].text + "Moved sentence about retention. "
    pending = [p for p in read.paragraphs if p.pending]
    assert original[i].text.replace(" shall ", " may ", 1) in [p.text for p in pending]
    assert "The Chief of Police may waive this section in an emergency." in \
        [p.text for p in pending]
    pairs = align(original, read.paragraphs)
    assert [p.original.index for p in pairs if p.edited is None] == [gone]
    assert [p.edited.text for p in pairs if p.original is None] == \
        ["The Chief of Police may waive this section in an emergency."]
    recipe = [{p.original.index} if p.original and p.edited else None for p in pairs
              if p.edited]
    assert recipe[i] == {i}


def test_deleted_paragraph_mark_joins_the_next_paragraph(tmp_path):
    data, _ = _build()
    z = zipfile.ZipFile(io.BytesIO(data))
    root = etree.fromstring(z.read("word/document.xml"))
    paras = root.find(f"{{{W}}}body").findall(f"{{{W}}}p")
    ppr = paras[30].find(f"{{{W}}}pPr")
    etree.SubElement(etree.SubElement(ppr, f"{{{W}}}rPr"), f"{{{W}}}del").attrib.update(
        {f"{{{W}}}id": "7001", f"{{{W}}}author": "x", f"{{{W}}}date": "2026-01-01T00:00:00Z"})
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w") as dst:
        for name in z.namelist():
            dst.writestr(name, etree.tostring(root) if name == "word/document.xml"
                         else z.read(name))
    before = read_docx(_write(tmp_path, data, "a.docx")).paragraphs
    after = read_docx(_write(tmp_path, out.getvalue(), "b.docx")).paragraphs
    assert len(after) == len(before) - 1
    assert after[30].text == before[30].text + before[31].text and after[30].pending


# --- LibreOffice ---------------------------------------------------------------------------------------

@needs_soffice
def test_libreoffice_round_trip_keeps_anchors_and_manifest(tmp_path):
    data, ordinance = _build()
    edited, recipe, removed = staff_edits(data)
    saved = libreoffice_round_trip(_write(tmp_path, edited), tmp_path)
    read = read_docx(saved)
    assert read.anchored and read.library_hash == ordinance.meta.library_hash
    assert sum(1 for p in read.paragraphs if p.bookmark) >= len(read.paragraphs) - 3
    pairs = align(paragraphs_from_ordinance(ordinance), read.paragraphs)
    assert len(read.paragraphs) == len(recipe)
    assert accuracy(pairs, recipe, removed) == 1.0
    # the bookmarks did the work: only staff's new text, the second half of the split and
    # the paragraph merged into its neighbour needed the text
    assert sum(1 for p in pairs if p.matched not in ("anchor", "manifest")) <= 4


@needs_soffice
def test_libreoffice_round_trip_of_tracked_changes(tmp_path):
    data, ordinance = _build()
    tracked, i, gone = _tracked(data)
    saved = libreoffice_round_trip(_write(tmp_path, tracked), tmp_path)
    read = read_docx(saved)
    assert read.pending_changes >= 3
    texts = [p.text for p in read.paragraphs]
    original = paragraphs_from_ordinance(ordinance)
    assert original[gone].text not in texts
    assert manifest.normalise(original[i].text.replace(" shall ", " may ", 1)) in \
        [manifest.normalise(t) for t in texts]
    pairs = align(original, read.paragraphs)
    assert [p.original.index for p in pairs if p.edited is None] == [gone]


# --- bad input ---------------------------------------------------------------------------------------

def _msg(path) -> str:
    with pytest.raises(UserError) as e:
        read_docx(path)
    return str(e.value)


def test_bad_inputs_have_one_clear_message(tmp_path):
    assert _msg(tmp_path / "missing.docx") == (
        f"{tmp_path / 'missing.docx'}: no such file. Give the path of the edited .docx file.")
    assert _msg(tmp_path) == (
        f"{tmp_path}: is not a file. Give the path of the edited .docx file.")
    text = _write(tmp_path, b"ORDINANCE NO. 1\n", "plain.docx")
    assert _msg(text) == (
        f"{text}: is not a Word .docx file (it is not a zip package). Save it from Word or "
        "LibreOffice as a Word Document (.docx).")
    ole = _write(tmp_path, bytes.fromhex("D0CF11E0A1B11AE1") + b"\0" * 600, "locked.docx")
    assert _msg(ole) == (
        f"{ole}: is password-protected or encrypted (or an old binary .doc). Remove the "
        "password in Word (File > Info > Protect Document) or save it as a Word Document "
        "(.docx), then try again.")
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w") as z:
        z.writestr("notes.txt", "hello")
    other = _write(tmp_path, buf.getvalue(), "other.docx")
    assert _msg(other) == (
        f"{other}: is a zip file but not a Word document (it has no word/document.xml). "
        "Save it as a Word Document (.docx).")
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w") as z:
        z.writestr("word/document.xml", f'<w:document xmlns:w="{W}"/>')
    empty = _write(tmp_path, buf.getvalue(), "empty.docx")
    assert _msg(empty) == (
        f"{empty}: is a Word package but its document has no body (no text at all). Open it "
        "in Word or LibreOffice, check it shows the ordinance, save it again as a Word "
        "Document (.docx).")
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w") as z:
        z.writestr("word/document.xml", "<w:document")
    broken = _write(tmp_path, buf.getvalue(), "broken.docx")
    assert _msg(broken).startswith(f"{broken}: its part word/document.xml is damaged (")
    data, _ = _build()
    # set the "encrypted" flag of word/document.xml in its local and central headers
    raw = bytearray(data)
    info = zipfile.ZipFile(io.BytesIO(data)).getinfo("word/document.xml")
    raw[info.header_offset + 6] |= 0x1
    central = next(k for k in range(len(raw)) if raw[k:k + 4] == b"PK\x01\x02" and
                   raw[k + 46:k + 46 + len(info.filename)] == info.filename.encode())
    raw[central + 8] |= 0x1
    buf = io.BytesIO(bytes(raw))
    locked = _write(tmp_path, buf.getvalue(), "zip-locked.docx")
    assert _msg(locked) == (
        f"{locked}: its part word/document.xml is encrypted or packed in a way Word does not "
        "write. Remove the password in Word (File > Info > Protect Document) or save it again "
        "as a Word Document (.docx).")
    assert all("\n" not in _msg(p) for p in (text, ole, other, empty, broken, locked))


def test_entities_are_not_expanded(tmp_path):
    data, _ = _build()
    z = zipfile.ZipFile(io.BytesIO(data))
    xml = z.read("word/document.xml").replace(
        b"<w:document", b'<!DOCTYPE w:document [<!ENTITY x SYSTEM "file:///etc/passwd">]>'
        b"<w:document", 1).replace(b"ORDINANCE NO. ", b"ORDINANCE NO. &x;", 1)
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w") as dst:
        for name in z.namelist():
            dst.writestr(name, xml if name == "word/document.xml" else z.read(name))
    read = read_docx(_write(tmp_path, out.getvalue()))
    assert "root:" not in read.paragraphs[0].text


# --- word diff ---------------------------------------------------------------------------------------

@pytest.mark.parametrize("a,b", [
    ("The Entity shall report within 45 days.", "The Entity may report within 10 days."),
    ("A", "A B"), ("", "new"), ("old", ""), ("Section 7(b) applies.", "Section 7(c) applies, "
                                              "unless the Chief determines otherwise.")])
def test_word_diff_rebuilds_both_texts(a, b):
    ops = word_diff(a, b)
    assert "".join(t for op, t in ops if op != "insert") == a
    assert "".join(t for op, t in ops if op != "delete") == b
    assert all(op in ("equal", "delete", "insert") for op, _ in ops)


def test_word_diff_is_word_level():
    assert word_diff("The Entity shall report within 45 days.",
                     "The Entity may report within 10 days.") == [
        ("equal", "The Entity "), ("delete", "shall"), ("insert", "may"),
        ("equal", " report within "), ("delete", "45"), ("insert", "10"), ("equal", " days.")]


# --- the alignment steps, one by one, on small lists ----------------------------------------------

def _paras(*texts):
    from ordinance_kit.review.model import Paragraph
    return [Paragraph(index=i, text=t) for i, t in enumerate(texts)]


HEAD_A = "Approval required before any department acquires surveillance technology."
HEAD_B = "Each department shall publish an annual report on every technology it uses."


def test_in_order_pairs_a_heavily_reworded_paragraph_in_place():
    before = "The department shall hold two public meetings in each district before the vote."
    after = "The department may hold one meeting, online, before any vote it chooses."
    from rapidfuzz import fuzz
    from ordinance_kit.review import align as A
    score = fuzz.ratio(manifest.normalise(before), manifest.normalise(after))
    assert A.IN_PLACE <= score < A.ANYWHERE     # only its place says it is the same paragraph
    pairs = align(_paras(HEAD_A, before, HEAD_B), _paras(HEAD_A, after, HEAD_B))
    assert [(p.original.text, p.edited.text, p.matched) for p in pairs][1] == \
        (before, after, "order")


def test_fuzzy_finds_a_moved_and_edited_paragraph():
    moved = "The department shall keep surveillance data no longer than thirty days."
    texts = [HEAD_A, moved, HEAD_B, "Severability applies.", "This takes effect in 30 days."]
    edited = [HEAD_A, HEAD_B, "Severability applies.", "This takes effect in 30 days.",
              moved.replace("thirty", "ninety")]
    pairs = align(_paras(*texts), _paras(*edited))
    last = pairs[-1]
    assert (last.original.text, last.matched) == (moved, "fuzzy")
    assert not [p for p in pairs if p.original is None or p.edited is None]


def test_libreoffice_reference_dot_is_not_an_edit():
    assert manifest.text_hash("as Section 7(b) requires") == \
        manifest.text_hash("as Section 7.(b) requires")
    assert manifest.text_hash("Section 7. Approval") != manifest.text_hash("Section 7 Approval")
    pairs = align(_paras("as Section 7(b) requires"), _paras("as Section 7.(b) requires"))
    assert (pairs[0].matched, pairs[0].similarity) == ("manifest", 1.0)


def test_unrelated_new_text_is_not_forced_onto_a_removed_paragraph():
    pairs = align(_paras(HEAD_A, "The oversight body may hire independent counsel.", HEAD_B),
                  _paras(HEAD_A, "Training on bias is required for every new officer.", HEAD_B))
    assert [(bool(p.original), bool(p.edited)) for p in pairs] == \
        [(True, True), (True, False), (False, True), (True, True)]   # removed, then new
