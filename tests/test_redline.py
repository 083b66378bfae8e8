"""`ordinance-kit redline`: NEW with Word tracked changes against OLD.

The proof is LibreOffice's: accept every change and the paragraphs (text, style, number) are
NEW's exactly; reject every change and they are OLD's (tests/lo_oracle.py, run through the
system python that python3-uno serves). The XML tests pin the two paragraph-mark rules, the
shared id counter, reproducibility and validity.
"""
from __future__ import annotations

import dataclasses
import io
import re
import zipfile
from functools import lru_cache
from pathlib import Path

import pytest
from lxml import etree

from lo_oracle import oracle_unavailable, run_oracle
from ooxml_validate import needs_xsd, validate_docx
from ordinance_kit.engine import check, prepare
from ordinance_kit.model import Block, Ref, Text
from ordinance_kit.numbering import subdivision_label
from ordinance_kit.writers.make_template import STYLE_IDS
from ordinance_kit.writers.redline import paragraphs, paragraphs_read, render_redline
from ordinance_kit.writers.redline_diff import Para, pair_paragraphs

ROOT = Path(__file__).resolve().parents[1]
EX = ROOT / "examples"
W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
NS = {"w": W}
STYLE_NAMES = {v: k for k, v in STYLE_IDS.items()}


@lru_cache(maxsize=None)
def tree(example: str, *sets: str):
    lib, ans = prepare(EX / example, list(sets))
    return check(lib, ans, notes=False).ordinance


def body(data: bytes):
    return etree.fromstring(zipfile.ZipFile(io.BytesIO(data)).read("word/document.xml"))


# --- the OLD/NEW pairs, each a realistic change between two drafts ---------------------------

def _moved_and_restyled():
    """Sections moved (purpose after definitions), a subdivision turned into a paragraph of
    the level below (a numbering change), and one subdivision rewritten from scratch."""
    old = tree("millbrook-ma.yaml")
    secs = list(old.sections)
    secs[1], secs[3] = secs[3], secs[1]
    target = next(i for i, s in enumerate(secs) if len([b for b in s.blocks
                                                        if b.kind == "numbered"]) >= 3)
    blocks = list(secs[target].blocks)
    nums = [i for i, b in enumerate(blocks) if b.kind == "numbered" and b.level == 1]
    blocks[nums[1]] = dataclasses.replace(blocks[nums[1]], level=2, label="(1)")
    blocks[nums[-1]] = Block("numbered", (Text("Staff may publish the report in any format "
                                               "the Town Manager chooses."),), 1, "(x)")
    secs[target] = dataclasses.replace(secs[target], blocks=tuple(blocks))
    return _renumbered(old), _renumbered(dataclasses.replace(old, sections=tuple(secs)))


def _renumbered(o):
    """Numbers and labels as Word will show them after a hand edit of the tree; references
    become plain text (their texts would be stale: the engine computes them, not this test)."""
    sections = []
    for n, s in enumerate(o.sections, start=1):
        counters, blocks = [0] * 5, []
        for b in s.blocks:
            b = dataclasses.replace(b, inlines=tuple(Text(i.text) if isinstance(i, Ref) else i
                                                     for i in b.inlines))
            if b.kind == "numbered":
                counters[b.level] += 1
                counters[b.level + 1:] = [0] * (4 - b.level)
                b = dataclasses.replace(b, label=subdivision_label(b.level,
                                                                   counters[b.level]))
            blocks.append(b)
        sections.append(dataclasses.replace(s, number=n, blocks=tuple(blocks)))
    return dataclasses.replace(o, sections=tuple(sections))


PAIRS = {
    # the numbers a city's staff most often change
    "numbers": lambda: (tree("riverbend-ca.yaml"),
                        tree("riverbend-ca.yaml", "timelines.notice_days=30",
                             "timelines.retention_max_days=60",
                             "enforcement.damages_floor=2500")),
    # two modules switched off: whole sections and their definitions removed
    "modules-off": lambda: (tree("riverbend-ca.yaml"),
                            tree("riverbend-ca.yaml", "options.facial_recognition_ban=false",
                                 "options.immigration_limits=false")),
    # the same switched back on: sections and definitions inserted
    "modules-on": lambda: (tree("riverbend-ca.yaml", "options.facial_recognition_ban=false",
                                "options.immigration_limits=false"),
                           tree("riverbend-ca.yaml")),
    # a module that brings a defined term with it
    "definition-added": lambda: (tree("millbrook-ma.yaml"),
                                 tree("millbrook-ma.yaml", "options.military_equipment=true")),
    # oversight body and remedies changed: paragraphs rewritten, enforcement section removed
    "rewritten": lambda: (tree("riverbend-ca.yaml"),
                          tree("riverbend-ca.yaml", "oversight.body=existing",
                               "oversight.existing_body=Public Safety Committee",
                               "enforcement.private_suit=false", "enforcement.damages=false",
                               "enforcement.suppression=false")),
    "moved-restyled": _moved_and_restyled,
    # the last paragraph of all removed (its mark cannot be: the one before it goes instead)
    "last-removed": lambda: (tree("harlan-county-tx.yaml"),
                             dataclasses.replace(tree("harlan-county-tx.yaml"),
                                                 closing=tree("harlan-county-tx.yaml").closing[:-1])),
    # one place's draft against another's: almost everything differs
    "other-place": lambda: (tree("millbrook-ma.yaml"), tree("lakeport-city-county.yaml")),
}


def expected(o) -> list[list[str]]:
    """[text, style name, number label] of every body paragraph, as LibreOffice reports it."""
    labels = [""]                                   # number line
    labels += [""] * (len(o.caption) + len(o.recitals) + len(o.enacting))
    for s in o.sections:
        labels.append(s.label)
        labels += [b.label if b.kind == "numbered" else "" for b in s.blocks]
    labels += [""] * len(o.closing)
    return [[p.text, STYLE_NAMES[p.style], label]
            for p, label in zip(paragraphs(o), labels, strict=True)]


def _lo_text(text: str) -> str:
    # LibreOffice recomputes REF fields on opening and prints "Section 7.(b)" for the model's
    # "Section 7(b)" (README, "The Word document"): a known display difference, not a change.
    return re.sub(r"Section (\d+)\.\(", r"Section \1(", text)


@pytest.fixture(scope="module")
def judged(tmp_path_factory):
    reason = oracle_unavailable()
    if reason:
        pytest.skip(reason)
    folder = tmp_path_factory.mktemp("redlines")
    files, pairs = [], {}
    for name, make in PAIRS.items():
        old, new = make()
        path = folder / f"{name}.docx"
        path.write_bytes(render_redline(old, new))
        files.append(path)
        pairs[name] = (old, new, str(path))
    results = run_oracle(files)
    return {name: (old, new, results[path]) for name, (old, new, path) in pairs.items()}


@pytest.mark.parametrize("name", list(PAIRS))
def test_libreoffice_accept_all_gives_new_and_reject_all_gives_old(judged, name):
    old, new, seen = judged[name]
    for mode, want in (("accept", expected(new)), ("reject", expected(old))):
        got = [[_lo_text(t), style, label] for t, style, label in seen[mode]]
        assert len(got) == len(want), f"{name} {mode}: paragraph count"
        for i, (g, w) in enumerate(zip(got, want)):
            assert g == w, f"{name} {mode}: paragraph {i}"


# --- the markup ---------------------------------------------------------------------------------

def _para(style: str, text: str, anchor=None) -> Para:
    return Para(STYLE_IDS[style], (Text(text),), anchor)


def test_pairing_merges_a_deletion_and_an_insertion_at_one_spot():
    a, b, c = (_para("Section Text", t) for t in ("Alpha one.", "Beta two.", "Gamma three."))
    z = _para("Section Text", "Something unrelated entirely.")
    kinds = [(ch.kind, ch.old and ch.old.text, ch.new and ch.new.text)
             for ch in pair_paragraphs([a, b, c], [a, z, c])]
    assert kinds == [("same", "Alpha one.", "Alpha one."),
                     ("merged", "Beta two.", "Something unrelated entirely."),
                     ("same", "Gamma three.", "Gamma three.")]


def test_pairing_keeps_an_edited_paragraph_as_one_pair_and_a_move_as_delete_plus_insert():
    paras = [_para("Section Text", f"Paragraph number {w} says something {w}.")
             for w in ("one", "two", "three", "four")]
    edited = _para("Section Text", "Paragraph number two says nothing two.")
    kinds = [ch.kind for ch in pair_paragraphs(paras, [paras[0], edited, paras[2], paras[3]])]
    assert kinds == ["same"] * 4
    moved = [paras[1], paras[2], paras[3], paras[0]]
    kinds = [(ch.kind, (ch.old or ch.new).text) for ch in pair_paragraphs(paras, moved)]
    assert kinds[0] == ("deleted", paras[0].text) and kinds[-1] == ("inserted", paras[0].text)


def _rev_paras(data: bytes):
    return body(data).findall(".//w:body/w:p", NS)


def _mark(p) -> str | None:
    rpr = p.find("w:pPr/w:rPr", NS)
    if rpr is None:
        return None
    if rpr.find("w:ins", NS) is not None:
        return "ins"
    return "del" if rpr.find("w:del", NS) is not None else None


def test_an_inserted_paragraph_marks_the_preceding_paragraph_mark_and_a_deleted_its_own():
    old, new = PAIRS["modules-on"]()
    paras = _rev_paras(render_redline(old, new))
    inserted = [i for i, p in enumerate(paras)
                if p.find("w:ins", NS) is not None and p.find("w:r", NS) is None]
    assert inserted
    for i in inserted:
        assert _mark(paras[i - 1]) == "ins"
    last = max(inserted)
    assert _mark(paras[last]) is None            # its own mark is the original one
    old, new = PAIRS["modules-off"]()
    paras = _rev_paras(render_redline(old, new))
    deleted = [p for p in paras if p.find("w:del", NS) is not None
               and p.find("w:r", NS) is None and p.find("w:ins", NS) is None]
    assert deleted and all(_mark(p) == "del" for p in deleted)
    assert all(p.find(".//w:t", NS) is None for p in deleted)      # deleted text is delText


def test_a_changed_number_is_a_word_level_change():
    old, new = PAIRS["numbers"]()
    root = body(render_redline(old, new))
    dels = ["".join(d.itertext()) for d in root.iter(f"{{{W}}}del")]
    inss = ["".join(i.itertext()) for i in root.iter(f"{{{W}}}ins")]
    assert "45" in dels and "30" in inss
    assert "2,500" in inss or "2500" in inss
    # nothing else in the paragraph was touched
    p = next(p for p in root.iter(f"{{{W}}}p")
             if any("".join(d.itertext()) == "45" for d in p.iter(f"{{{W}}}del")))
    assert "days before the public hearing" in "".join(
        t.text for t in p.iter(f"{{{W}}}t") if t.getparent().getparent() is p)


def test_a_style_change_is_recorded_with_the_old_style():
    old, new = PAIRS["moved-restyled"]()
    root = body(render_redline(old, new))
    changes = root.findall(".//w:pPr/w:pPrChange", NS)
    assert changes
    p = changes[0].getparent().getparent()
    assert p.find("w:pPr/w:pStyle", NS).get(f"{{{W}}}val") == STYLE_IDS["Paragraph"]
    assert changes[0].find("w:pPr/w:pStyle", NS).get(f"{{{W}}}val") == STYLE_IDS["Subsection"]


def test_ids_are_unique_across_bookmarks_and_revisions_and_every_revision_is_signed():
    old, new = PAIRS["rewritten"]()
    root = body(render_redline(old, new, author="Riverbend ACLU"))
    revisions = [el for tag in ("ins", "del", "pPrChange", "rPrChange")
                 for el in root.iter(f"{{{W}}}{tag}")]
    assert revisions
    for el in revisions:
        assert el.get(f"{{{W}}}author") == "Riverbend ACLU"
        assert el.get(f"{{{W}}}date") == "2026-11-28T00:00:00Z"
    ids = [el.get(f"{{{W}}}id") for el in revisions]
    ids += [el.get(f"{{{W}}}id") for el in root.iter(f"{{{W}}}bookmarkStart")]
    assert len(ids) == len(set(ids))


def test_cross_references_point_at_bookmarks_that_exist():
    old, new = PAIRS["modules-off"]()
    root = body(render_redline(old, new))
    names = {b.get(f"{{{W}}}name") for b in root.iter(f"{{{W}}}bookmarkStart")}
    refs = [m.group(1) for t in root.iter(f"{{{W}}}instrText")
            if (m := re.match(r"\s*REF (\S+)", t.text or ""))]
    assert refs and set(refs) <= names
    assert not list(root.iter(f"{{{W}}}delInstrText"))   # deleted references are plain text


def test_same_inputs_same_bytes_and_the_date_is_fixed():
    old, new = PAIRS["numbers"]()
    first = render_redline(old, new)
    assert render_redline(old, new) == first
    import datetime
    other = render_redline(old, new, when=datetime.date(2027, 1, 5))
    assert b"2027-01-05T00:00:00Z" in zipfile.ZipFile(io.BytesIO(other)).read(
        "word/document.xml")


def test_identical_drafts_give_no_revisions():
    o = tree("harlan-county-tx.yaml")
    root = body(render_redline(o, o))
    assert not list(root.iter(f"{{{W}}}ins")) and not list(root.iter(f"{{{W}}}del"))


@needs_xsd
@pytest.mark.parametrize("name", ["numbers", "modules-off", "moved-restyled", "other-place"])
def test_redlines_are_schema_valid(name):
    old, new = PAIRS[name]()
    assert validate_docx(render_redline(old, new)) == []


def test_paragraphs_read_back_from_a_docx_keep_their_styles():
    from ordinance_kit.review.model import Paragraph, ReadDocument

    doc = ReadDocument("x.docx", [Paragraph(0, "Purpose.", style="Section Heading"),
                                  Paragraph(1, "Staff text.", style="Staff Custom Style")])
    assert [(p.style, p.text) for p in paragraphs_read(doc)] == [
        (STYLE_IDS["Section Heading"], "Purpose."), (STYLE_IDS["Section Text"], "Staff text.")]


# --- the command --------------------------------------------------------------------------------

def test_cli_writes_the_redline_and_refuses_bad_input(cli, tmp_path):
    old = EX / "riverbend-ca.yaml"
    new = tmp_path / "v2.yaml"
    new.write_text(old.read_text().replace("notice_days: 45", "notice_days: 30"))
    out = tmp_path / "r.docx"
    code, _, err = cli("redline", old, new, "-o", out, "--author", "Staff", "--date",
                       "2026-12-01")
    assert code == 0, err
    xml = zipfile.ZipFile(out).read("word/document.xml")
    assert b'w:author="Staff"' in xml and b"2026-12-01T00:00:00Z" in xml
    code, _, err = cli("redline", old, new, "-o", out)
    assert code == 2 and "--force" in err
    code, _, err = cli("redline", old, new, "-o", out, "--force", "--date", "12/01/2026")
    assert code == 2 and "YYYY-MM-DD" in err
    code, _, err = cli("redline", old, new, "-o", out, "--force", "--date", "0001-01-01")
    assert code == 2 and "1900" in err
    code, _, err = cli("redline", old, new, "-o", out, "--force", "--author", " ")
    assert code == 2 and "--author" in err
    code, _, err = cli("redline", old, tmp_path / "missing.yaml", "-o", tmp_path / "x.docx")
    assert code == 2 and "missing.yaml" in err
    code, _, err = cli("redline", old, new, "-o", tmp_path / "x.md")
    assert code == 2 and ".docx" in err
    bad = tmp_path / "bad.yaml"
    bad.write_text("timelines:\n  notice_days: soon\n")
    code, _, err = cli("redline", old, bad, "-o", tmp_path / "y.docx")
    assert code == 2 and "notice_days" in err and not (tmp_path / "y.docx").exists()


def test_a_renamed_body_reads_as_one_phrase_struck_and_one_inserted():
    old, new = PAIRS["rewritten"]()
    root = body(render_redline(old, new))
    dels = ["".join(d.itertext()) for d in root.iter(f"{{{W}}}del")]
    inss = ["".join(i.itertext()) for i in root.iter(f"{{{W}}}ins")]
    assert any("Privacy Advisory Commission" in d for d in dels)
    assert any("Public Safety Committee" in i for i in inss)
    assert "Privacy" not in dels and "Public" not in inss      # not word for word


# --- a reading of the markup that needs no LibreOffice (the same rules, applied to the XML) ----

def _resolve(root, accept: bool) -> list[str]:
    """Paragraph texts with every change accepted (or rejected), read from the XML by the
    rules of ECMA-376 §17.13.5: text inside w:del (w:delText) goes or stays, text inside w:ins
    stays or goes, and a paragraph whose mark goes is joined with the next."""
    gone, kept_text = (f"{{{W}}}del", f"{{{W}}}t") if accept else (f"{{{W}}}ins", f"{{{W}}}delText")
    out, carry = [], ""
    for p in root.iter(f"{{{W}}}p"):
        if p.getparent().tag != f"{{{W}}}body":
            continue
        text = []
        for el in p.iter(f"{{{W}}}t", f"{{{W}}}delText", f"{{{W}}}br"):
            if any(a.tag == gone for a in el.iterancestors()):
                continue
            if el.tag == f"{{{W}}}br":
                text.append("\n")
            elif el.tag == kept_text or el.tag == f"{{{W}}}t":
                text.append(el.text or "")
        mark = p.find(f"w:pPr/w:rPr/{gone.replace(f'{{{W}}}', 'w:')}", NS)
        carry += "".join(text)
        if mark is None:
            out.append(carry)
            carry = ""
    return out


@pytest.mark.parametrize("name", list(PAIRS))
def test_the_markup_read_by_the_spec_gives_new_and_old(name):
    old, new = PAIRS[name]()
    root = body(render_redline(old, new))
    assert _resolve(root, accept=True) == [p.text for p in paragraphs(new)]
    assert _resolve(root, accept=False) == [p.text for p in paragraphs(old)]


def test_a_docx_side_plugs_in_through_the_review_reader(cli, tmp_path, monkeypatch):
    """NEW given as a DOCX: its paragraphs come from review's read_docx (here a stand-in that
    reads back what the kit wrote) and are rendered in OLD's frame."""
    import sys
    import types

    from ordinance_kit.review.model import Paragraph, ReadDocument

    new_tree = tree("riverbend-ca.yaml", "timelines.notice_days=30")
    fake = types.ModuleType("ordinance_kit.review.document")
    fake.read_docx = lambda path: ReadDocument(str(path), [
        Paragraph(i, p.text, style=STYLE_NAMES[p.style]) for i, p in enumerate(paragraphs(new_tree))])
    monkeypatch.setitem(sys.modules, "ordinance_kit.review.document", fake)
    edited = tmp_path / "staff.docx"
    edited.write_bytes(b"read by the stand-in")
    out = tmp_path / "r.docx"
    code, _, err = cli("redline", EX / "riverbend-ca.yaml", edited, "-o", out)
    assert code == 0, err
    root = body(out.read_bytes())
    assert _resolve(root, accept=True) == [p.text for p in paragraphs(new_tree)]
    assert _resolve(root, accept=False) == [p.text for p in paragraphs(tree("riverbend-ca.yaml"))]
    code, _, err = cli("redline", edited, edited, "-o", tmp_path / "both.docx")
    assert code == 2 and "--date" in err


# --- DOCX inputs: built drafts and a draft edited by staff --------------------------------------

def _refs(text: str) -> str:
    # In a hand-edited DOCX, LibreOffice recomputes each REF field against the edited
    # numbering while the redline carries the text the reader read: compare references
    # by their presence, not their number.
    return re.sub(r"Section \d+\.?(\([a-z0-9]+\))*", "Section #", text)


def _cli(*args, cwd: Path):
    import subprocess
    import sys

    return subprocess.run([sys.executable, "-m", "ordinance_kit", *map(str, args)], cwd=cwd,
                          capture_output=True, text=True, timeout=300,
                          env={"PYTHONPATH": str(ROOT), "PATH": "/usr/bin:/bin"})


@pytest.fixture(scope="module")
def judged_docx(tmp_path_factory):
    reason = oracle_unavailable()
    if reason:
        pytest.skip(reason)
    import sys

    sys.path.insert(0, str(ROOT))
    from tests.review_corpus import corpus

    d = tmp_path_factory.mktemp("redline-docx")
    answers = EX / "riverbend-ca.yaml"
    for name, sets in (("old.docx", []), ("new.docx", ["--set", "timelines.notice_days=30",
                                                       "--set", "options.immigration_limits=false"])):
        assert _cli("build", answers, *sets, "-o", name, cwd=d).returncode == 0
    edits = {e["id"]: e for e in corpus.load_edits()}
    staff = (d / "old.docx").read_bytes()
    for edit_id in ("approval-shall-should", "facial-recognition-should-not",
                    "enforcement-damages-1000-to-250", "definition-alpr-deleted",
                    "training-section-added"):
        staff = corpus.apply_edit(staff, edits[edit_id])
    (d / "staff.docx").write_bytes(staff)
    cases = {"built-docx": ("old.docx", "new.docx", ["--date", "2026-12-01"]),
             "edited-docx": ("old.docx", "staff.docx", ["--date", "2026-12-01"]),
             "answers-to-edited-docx": (answers, "staff.docx", [])}
    for name, (old, new, extra) in cases.items():
        res = _cli("redline", old, new, "-o", f"{name}.docx", *extra, cwd=d)
        assert res.returncode == 0, res.stderr
    files = [d / "old.docx", d / "new.docx", d / "staff.docx"] + [d / f"{n}.docx" for n in cases]
    seen = run_oracle(files, timeout=900)
    return {name: (seen[str(d / "old.docx")]["accept"], seen[str(d / Path(new).name)]["accept"],
                   seen[str(d / f"{name}.docx")]) for name, (_, new, _) in cases.items()}


@pytest.mark.parametrize("name", ["built-docx", "edited-docx", "answers-to-edited-docx"])
def test_redline_of_docx_files_through_libreoffice(judged_docx, name):
    old, new, seen = judged_docx[name]
    norm = _refs if name != "built-docx" else _lo_text
    for mode, want in (("accept", new), ("reject", old)):
        got = [[norm(t), s, label] for t, s, label in seen[mode]]
        want = [[norm(t), s, label] for t, s, label in want]
        assert len(got) == len(want), f"{name} {mode}: paragraph count"
        for i, (g, w) in enumerate(zip(got, want)):
            assert g == w, f"{name} {mode}: paragraph {i}"
