"""`review --restore`: the advocate's counter-draft, staff's edited file with every weakened or
removed point turned back as tracked changes, each with a comment giving the reason.

The proof that the markup means what it should: read back with every change accepted (the
review reader), the counter-draft is the original wherever a weakening was undone, and
LibreOffice agrees (tests/lo_oracle.py): reject-all gives staff's file, accept-all the
original's paragraphs (text, style, number). The XML tests pin the shared id counter, the
comments, reproducibility and schema validity.
"""
from __future__ import annotations

import io
import re
from collections import Counter
import subprocess
import sys
import zipfile
from pathlib import Path

import pytest
from lxml import etree

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
from lo_oracle import oracle_unavailable, run_oracle  # noqa: E402
from ooxml_validate import needs_xsd, validate_docx  # noqa: E402
from ordinance_kit.review.restore import plan, render_restore  # noqa: E402
from tests.review_corpus import corpus, modes, reader  # noqa: E402

ROOT = Path(__file__).resolve().parents[1]
W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
NS = {"w": W}
EDITS = {e["id"]: e for e in corpus.load_edits()}
REVISIONS = ("ins", "del", "rPrChange", "pPrChange")


def _counter(edit_id: str, tracked: bool = False):
    edit = EDITS[edit_id]
    data = corpus.built(edit["example"])[3]
    edited = modes.tracked_edit(data, edit) if tracked else corpus.apply_edit(data, edit)
    review = corpus.review_bytes(edit["example"], edited, f"{edit_id}.docx")
    return edited, review, render_restore(review, edited)


@pytest.fixture(scope="module")
def counters():
    return {eid: _counter(eid) for eid in EDITS}


def _texts(data: bytes) -> list[str]:
    return [p.text for p in reader.read_docx(data, "x.docx").paragraphs]


def _part(data: bytes, name: str):
    z = zipfile.ZipFile(io.BytesIO(data))
    return etree.fromstring(z.read(name)) if name in z.namelist() else None


def _ours(data: bytes, author: str = "ordinance-kit") -> list:
    root = _part(data, "word/document.xml")
    return [el for tag in REVISIONS for el in root.iter(f"{{{W}}}{tag}")
            if el.get(f"{{{W}}}author") == author]


# --- what accept-all gives, read back by the review reader (all 52 corpus edits) -------------

@pytest.mark.parametrize("edit_id", list(EDITS))
def test_accepting_the_counter_draft_undoes_exactly_the_weakenings(counters, edit_id):
    edited, review, counter = counters[edit_id]
    original = corpus.built(EDITS[edit_id]["example"])[3]
    if review.weakened:
        assert _ours(counter), "a weakening was found but nothing was reverted"
        assert _texts(counter) == _texts(original)
    else:
        # strengthened, neutral and new text are staff's to keep: no change, no comment
        assert not _ours(counter)
        assert _texts(counter) == _texts(edited)
        assert _comment_texts(counter) == _comment_texts(edited)


def test_counter_draft_keeps_staff_edits_it_does_not_revert():
    """Two edits in one file: a weakening and a strengthening. Only the first is undone."""
    data = corpus.built("riverbend-ca")[3]
    edited = corpus.apply_edit(corpus.apply_edit(data, EDITS["notice-45-to-10-days"]),
                               EDITS["retention-90-to-30-days"])
    review = corpus.review_bytes("riverbend-ca", edited, "two.docx")
    counter = render_restore(review, edited)
    text = " ".join(_texts(counter))
    assert "At least 45 days before the public hearing" in text
    assert "longer than 30 days" in text and "longer than 90 days" not in text


def test_restoring_on_top_of_pending_tracked_changes():
    """Staff left the edits as tracked changes: the counter-draft goes on top of them."""
    for edit_id in ("approval-shall-should", "approval-acquisition-item-deleted",
                    "pilot-notwithstanding-added"):
        edited, review, counter = _counter(edit_id, tracked=True)
        assert review.edited.pending_changes > 0
        assert _texts(counter) == _texts(corpus.built("riverbend-ca")[3]), edit_id
        staff = [el for tag in REVISIONS for el in
                 _part(counter, "word/document.xml").iter(f"{{{W}}}{tag}")
                 if el.get(f"{{{W}}}author") == "City Attorney"]
        assert staff, "staff's own pending changes must stay in the file"


# --- the markup ---------------------------------------------------------------------------------

def test_word_level_inside_a_paragraph(counters):
    _, _, counter = counters["notice-45-to-10-days"]
    body = _part(counter, "word/document.xml")
    deleted = ["".join(d.itertext()) for d in body.iter(f"{{{W}}}del")
               if d.get(f"{{{W}}}author") == "ordinance-kit"]
    inserted = ["".join(i.itertext()) for i in body.iter(f"{{{W}}}ins")
                if i.get(f"{{{W}}}author") == "ordinance-kit"]
    assert deleted == ["10"] and inserted == ["45"]


def test_a_removed_subdivision_comes_back_as_an_inserted_paragraph_in_its_place(counters):
    _, _, counter = counters["approval-acquisition-item-deleted"]
    paras = _part(counter, "word/document.xml").findall(".//w:body/w:p", NS)
    k = next(i for i, p in enumerate(paras) if "Acquires or borrows" in "".join(p.itertext()))
    back = paras[k]
    assert back.find("w:pPr/w:pStyle", NS).get(f"{{{W}}}val") == "Paragraph"
    assert all(r.getparent().tag == f"{{{W}}}ins" for r in back.findall(".//w:t/..", NS)
               if r.find("w:commentReference", NS) is None)
    # the paragraph before it carries the inserted mark (reject-all leaves no empty paragraph)
    assert paras[k - 1].find("w:pPr/w:rPr/w:ins", NS) is not None
    assert back.find("w:pPr/w:rPr/w:ins", NS) is None


def _ids(data: bytes) -> list[str]:
    """Every w:id in the body (bookmarks, comment marks, revisions) and in the comments."""
    out = []
    for name in ("word/document.xml", "word/comments.xml"):
        root = _part(data, name)
        if root is not None:
            out += [el.get(f"{{{W}}}id") for el in root.iter()
                    if isinstance(el.tag, str) and el.get(f"{{{W}}}id") is not None
                    and not el.tag.endswith(("commentRangeStart", "commentRangeEnd",
                                             "commentReference", "bookmarkEnd"))]
    return out


def test_one_id_counter_and_every_revision_has_author_and_date(counters):
    """The counter-draft's revisions and comments take ids from one counter that starts above
    every id already in staff's file: no id is used twice."""
    for edit_id in ("notice-45-to-10-days", "predictive-policing-section-deleted",
                    "definition-vehicle-cameras-excluded"):
        edited, _, counter = counters[edit_id]
        before = Counter(_ids(edited))
        new = list((Counter(_ids(counter)) - before).elements())
        assert new and len(new) == len(set(new)) and not set(new) & set(before), edit_id
        assert min(int(i) for i in new) > max(int(i) for i in before)
        for el in _ours(counter):
            assert el.get(f"{{{W}}}date") and el.get(f"{{{W}}}id")


def _comment_texts(data: bytes) -> list[str]:
    root = _part(data, "word/comments.xml")
    if root is None:
        return []
    return [" ".join("".join(p.itertext()) for p in c.findall("w:p", NS))
            for c in root.iter(f"{{{W}}}comment")]


def test_each_revert_has_a_comment_with_the_reason_in_plain_words(counters):
    for edit_id in ("notice-45-to-10-days", "approval-shall-should",
                    "predictive-policing-section-deleted", "pilot-notwithstanding-added",
                    "enforcement-fees-deleted"):
        edited, review, counter = counters[edit_id]
        new = _comment_texts(counter)[len(_comment_texts(edited)):]
        assert len(new) == len(plan(review)) >= 1, edit_id
        for text in new:
            assert "What the edit did:" in text and "Why it matters:" in text, text
            assert "Protection affected:" in text
            assert not re.search(r"\b[a-z_]+\.[a-z_]+\b", text), text    # no answer keys
    notice = _comment_texts(counters["notice-45-to-10-days"][2])[-1]
    assert "Section 8(a)" in notice and "45 days became 10 days" in notice
    module = _comment_texts(counters["predictive-policing-section-deleted"][2])
    assert sum("Puts back text that was deleted" in t for t in module) == 1


def test_same_inputs_same_bytes_and_the_author_is_used(counters):
    edited, review, counter = counters["approval-hearing-unless"]
    assert render_restore(review, edited) == counter
    other = render_restore(review, edited, author="Riverbend ACLU")
    assert _ours(other, "Riverbend ACLU") and not _ours(other)


@needs_xsd
def test_counter_drafts_are_schema_valid(counters):
    for edit_id in ("notice-45-to-10-days", "approval-acquisition-item-deleted",
                    "predictive-policing-section-deleted", "definition-vehicle-cameras-excluded",
                    "lakeport-facial-recognition-section-deleted"):
        assert validate_docx(counters[edit_id][2]) == [], edit_id


# --- LibreOffice: reject-all is staff's file, accept-all the original ---------------------------

ORACLE = ("approval-shall-should", "approval-acquisition-item-deleted",
          "predictive-policing-section-deleted", "pilot-notwithstanding-added",
          "definition-vehicle-cameras-excluded", "enforcement-fees-deleted",
          "facial-recognition-should-not", "typo-in-plain-language")


def _lo(rows):
    # LibreOffice prints the kit's REF fields as "Section 7.(b)" (README, "The Word document")
    return [[re.sub(r"Section (\d+)\.\(", r"Section \1(", t), s, label] for t, s, label in rows]


@pytest.fixture(scope="module")
def judged(counters, tmp_path_factory):
    reason = oracle_unavailable()
    if reason:
        pytest.skip(reason)
    folder = tmp_path_factory.mktemp("restore")
    files = {}
    for edit_id in ORACLE:
        edited, _, counter = counters[edit_id]
        for kind, data in (("edited", edited), ("counter", counter)):
            files[(edit_id, kind)] = folder / f"{edit_id}.{kind}.docx"
            files[(edit_id, kind)].write_bytes(data)
    files[("original", "original")] = folder / "original.docx"
    files[("original", "original")].write_bytes(corpus.built("riverbend-ca")[3])
    seen = run_oracle(list(files.values()), timeout=900)
    return {key: seen[str(path)] for key, path in files.items()}


@pytest.mark.parametrize("edit_id", ORACLE)
def test_libreoffice_reject_all_gives_staff_text_and_accept_all_the_original(judged, edit_id):
    staff = _lo(judged[(edit_id, "edited")]["accept"])
    counter = judged[(edit_id, "counter")]
    assert _lo(counter["reject"]) == staff
    weakened = EDITS[edit_id]["expect"] in corpus.WEAK
    want = _lo(judged[("original", "original")]["accept"]) if weakened else staff
    assert _lo(counter["accept"]) == want


# --- the command --------------------------------------------------------------------------------

def _cli(*args, cwd: Path):
    return subprocess.run([sys.executable, "-m", "ordinance_kit", *map(str, args)], cwd=cwd,
                          capture_output=True, text=True, timeout=300,
                          env={"PYTHONPATH": str(ROOT), "PATH": "/usr/bin:/bin"})


def test_command_writes_the_counter_draft_and_exits_like_review(counters, tmp_path):
    edited, _, counter = counters["notice-45-to-10-days"]
    (tmp_path / "staff.docx").write_bytes(edited)
    answers = ROOT / "examples" / "riverbend-ca.yaml"
    res = _cli("review", "staff.docx", "--answers", answers, "--restore", "-o", "counter.docx",
               cwd=tmp_path)
    assert res.returncode == 1, res.stderr
    assert _texts((tmp_path / "counter.docx").read_bytes()) == \
        _texts(corpus.built("riverbend-ca")[3])
    (tmp_path / "same.docx").write_bytes(corpus.built("riverbend-ca")[3])
    res = _cli("review", "same.docx", "--answers", answers, "--restore", "-o", "ok.docx",
               cwd=tmp_path)
    assert res.returncode == 0 and not _ours((tmp_path / "ok.docx").read_bytes())


@pytest.mark.parametrize("args, words", [
    (["--restore"], "give its name with -o"),
    (["--restore", "-o", "c.docx", "--format", "md"], "--format md does not apply"),
    (["--restore", "-o", "c.md"], "ending in .docx"),
    (["-o", "r.md", "--author", "X"], "it goes with --restore"),
])
def test_bad_combinations_are_one_paragraph_usage_errors(counters, tmp_path, args, words):
    (tmp_path / "staff.docx").write_bytes(counters["notice-45-to-10-days"][0])
    res = _cli("review", "staff.docx", "--answers", ROOT / "examples" / "riverbend-ca.yaml",
               *args, cwd=tmp_path)
    assert res.returncode == 2
    assert words in res.stderr and "Traceback" not in res.stderr
    assert len(res.stderr.strip().splitlines()) <= 3
    assert sorted(p.name for p in tmp_path.iterdir()) == ["staff.docx"]
