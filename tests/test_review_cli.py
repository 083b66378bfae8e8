"""The review corpus (precision and recall on real built drafts edited with python-docx), the
reports, and the `review` command end to end.

The corpus and the command read drafts through ordinance_kit.review.document and align them
with ordinance_kit.review.align (anchors and manifest first, fuzzy matching as the fallback).
"""
from __future__ import annotations

import io
import json
import sys
import shutil
import zipfile
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))   # tests.review_corpus, any runner
from tests.review_corpus import corpus, modes, reader  # noqa: E402

from ordinance_kit.review.report import render  # noqa: E402

EDITS = corpus.load_edits()
ROOT = Path(__file__).resolve().parents[1]


@pytest.fixture(scope="module")
def outcomes():
    return {o.edit["id"]: o for o in corpus.run_corpus(EDITS)}


# --- the corpus ------------------------------------------------------------------------------

def test_corpus_is_big_and_varied_enough():
    weak = [e for e in EDITS if e["expect"] in corpus.WEAK]
    other = [e for e in EDITS if e["expect"] not in corpus.WEAK]
    assert len(EDITS) >= 30 and len(weak) >= 20 and len(other) >= 8
    areas = {e["area"] for e in weak}
    assert {"approval", "notice", "reports", "exigent", "definitions", "camera partnership",
            "facial recognition", "immigration", "first amendment", "enforcement"} <= areas
    assert len({e["example"] for e in EDITS}) >= 2


@pytest.mark.parametrize("edit_id", [e["id"] for e in EDITS])
def test_each_edit_gets_its_finding(outcomes, edit_id):
    o = outcomes[edit_id]
    flags = [(f.effect, f.rule, f.where) for f in o.review.findings]
    assert o.flagged == o.expected_flag, flags
    assert o.rule_ok, flags


def test_precision_and_recall_are_complete(outcomes):
    s = corpus.score(list(outcomes.values()))
    assert s["recall"] == 1.0 and s["precision"] == 1.0, corpus.table(list(outcomes.values()))


# --- the same corpus in the other forms staff's file comes back in (review_corpus/modes.py) --

@pytest.fixture(scope="module", params=["tracked", "libreoffice", "no-anchors"])
def mode_outcomes(request):
    if request.param == "libreoffice" and shutil.which("soffice") is None:
        pytest.skip("LibreOffice (soffice) is not installed: the open-and-save mode cannot run")
    return request.param, modes.run_mode(request.param, EDITS)


def test_every_mode_finds_every_weakening_and_flags_nothing_else(mode_outcomes):
    mode, outcomes = mode_outcomes
    s = corpus.score(outcomes)
    wrong = [(o.edit["id"], [(f.effect, f.rule) for f in o.review.findings])
             for o in outcomes if o.flagged != o.expected_flag or not o.rule_ok]
    assert s["recall"] == 1.0 and s["precision"] == 1.0 and not wrong, (mode, wrong)
    if mode == "tracked":
        # judged as if accepted, and the report says which changes are still pending
        for o in outcomes:
            assert o.review.edited.pending_changes > 0, o.edit["id"]
            assert "still pending" in render(o.review, "text").decode(), o.edit["id"]
        notice = next(o for o in outcomes if o.edit["id"] == "notice-45-to-10-days")
        assert "Section 8(a)" in render(notice.review, "text").decode().split(
            "still pending")[1].splitlines()[0]
    if mode == "no-anchors":
        assert not any(o.review.edited.anchored for o in outcomes)


def test_unedited_draft_has_no_findings():
    for example in ("riverbend-ca", "lakeport-city-county"):
        _, _, _, data = corpus.built(example)
        assert corpus.review_bytes(example, data).findings == []


def test_a_finding_carries_section_texts_protection_and_why(outcomes):
    f = next(f for f in outcomes["notice-45-to-10-days"].review.findings
             if f.effect == "weakened")
    assert f.where == "Section 8(a)"
    assert "At least 45 days" in f.original and "At least 10 days" in f.edited
    assert f.protection == "public-notice" and f.clause_id == "public-notice"
    assert f.why and "Days the reports are public before the hearing" in f.message
    fees = next(f for f in outcomes["enforcement-fees-deleted"].review.findings)
    assert fees.protection == "attorneys-fees" and fees.where == "Section 23(d) of the original (deleted)"


def test_strength_summary_counts_protections(outcomes):
    removed = outcomes["predictive-policing-section-deleted"].review.summary
    assert removed["removed"] == ["predictive-policing-ban"]
    assert "predictive-policing-ban" not in removed["kept"]
    weakened = outcomes["notice-45-to-10-days"].review.summary
    assert weakened["weakened"] == ["public-notice"] and weakened["removed"] == []
    assert len(weakened["kept"]) == len(weakened["before"]) - 1


def test_all_weakenings_at_once_are_each_found():
    """Every Riverbend weakening on distinct paragraphs, applied to one file."""
    seen, chosen = set(), []
    for e in EDITS:
        if e["example"] == "riverbend-ca" and e["expect"] in corpus.WEAK and \
                e["find"] not in seen and "insert_after" not in e:
            seen.add(e["find"])
            chosen.append(e)
    _, _, _, data = corpus.built("riverbend-ca")
    for e in chosen:
        data = corpus.apply_edit(data, e)
    review = corpus.review_bytes("riverbend-ca", data)
    flagged = [f for f in review.findings if f.effect in corpus.WEAK]
    assert len(flagged) >= len(chosen) - 1       # a whole section removed is one finding
    assert not [f for f in review.findings if f.effect == "strengthened"]


# --- reports ---------------------------------------------------------------------------------

def test_text_md_html_json_reports(outcomes):
    from ordinance_kit.review.report import render

    review = outcomes["facial-recognition-should-not"].review
    text = render(review, "text").decode()
    assert "1 change(s) weaken or remove a protection." in text
    assert "Section 17(a): a duty or prohibition became permissive ('may not' became " \
           "'should not')" in text
    assert "protection: facial-recognition-ban" in text and "now: A Municipal Entity should" in text
    md = render(review, "md").decode()
    assert "| facial-recognition-ban |" in md and "## Weakened (1)" in md
    page = render(review, "html").decode()
    assert "<h2>Weakened (1)</h2>" in page and "<script" not in page
    data = json.loads(render(review, "json"))
    assert data["weakened"] is True and data["findings"][0]["rule"] == "mandatory-to-permissive"
    assert "facial-recognition-ban" in data["summary"]["weakened"]


def test_docx_report_puts_a_comment_on_each_weakened_point(outcomes):
    from ordinance_kit.review.report import render_docx

    edit = next(e for e in EDITS if e["id"] == "approval-shall-should")
    _, _, _, data = corpus.built("riverbend-ca")
    edited = corpus.apply_edit(data, edit)
    out = render_docx(outcomes["approval-shall-should"].review, edited)
    comments = zipfile.ZipFile(io.BytesIO(out)).read("word/comments.xml").decode()
    assert "WEAKENED: a duty or prohibition became permissive" in comments
    assert comments.count("ordinance-kit review") == 1
    import re

    ours = re.search(r'<w:comment [^>]*w:id="(\d+)"[^>]*w:author="ordinance-kit review"',
                     comments) or re.search(r'<w:comment [^>]*w:author="ordinance-kit review"'
                                            r'[^>]*w:id="(\d+)"', comments)
    body = zipfile.ZipFile(io.BytesIO(out)).read("word/document.xml").decode()
    start = body.index(f'<w:commentRangeStart w:id="{ours.group(1)}"/>')
    opening = [m.start() for m in re.finditer(r"<w:p[ >]", body[:start])][-1]
    paragraph = body[opening:body.index("</w:p>", start)]
    assert "should obtain the approval" in paragraph


# --- the command -----------------------------------------------------------------------------

@pytest.fixture
def review_modules():
    """The command reads through ordinance_kit.review.document and .align (kept as a fixture
    name so the tests say what they rely on)."""
    return None


def _edited(tmp_path, edit_id):
    edit = next(e for e in EDITS if e["id"] == edit_id)
    _, _, _, data = corpus.built(edit["example"])
    path = tmp_path / f"{edit_id}.docx"
    path.write_bytes(corpus.apply_edit(data, edit))
    return path, ROOT / "examples" / f"{edit['example']}.yaml"


def test_review_exit_1_when_weakened(cli, tmp_path, review_modules):
    edited, answers = _edited(tmp_path, "notice-45-to-10-days")
    code, out, err = cli("review", str(edited), "--answers", str(answers))
    assert code == 1, err
    assert "Section 8(a)" in out and "At least 10 days" in out and "public-notice" in out


def test_review_exit_0_when_only_neutral(cli, tmp_path, review_modules):
    edited, answers = _edited(tmp_path, "typo-in-plain-language")
    code, out, err = cli("review", str(edited), "--answers", str(answers), "--format", "json")
    assert code == 0, err
    data = json.loads(out)
    assert data["weakened"] is False and [f["effect"] for f in data["findings"]] == ["neutral"]


def test_review_writes_docx_and_refuses_to_overwrite(cli, tmp_path, review_modules):
    edited, answers = _edited(tmp_path, "enforcement-fees-deleted")
    target = tmp_path / "commented.docx"
    code, _, err = cli("review", str(edited), "--answers", str(answers), "-o", str(target))
    assert code == 1 and target.exists(), err
    assert b"REMOVED" in zipfile.ZipFile(target).read("word/comments.xml")
    code, _, err = cli("review", str(edited), "--answers", str(answers), "-o", str(target))
    assert code == 2 and "already exists" in err


def test_review_needs_an_original(cli, tmp_path):
    edited = tmp_path / "e.docx"
    edited.write_bytes(corpus.built("riverbend-ca")[3])
    code, _, err = cli("review", str(edited))
    assert code == 2 and "--against" in err and "--answers" in err and "Traceback" not in err
    code, _, err = cli("review", str(edited), "--against", str(edited), "--answers", "x.yaml")
    assert code == 2 and "not both" in err


@pytest.mark.parametrize("content,words", [
    (b"just some text", "not a DOCX file"),
    (b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\0" * 512, "password-protected"),
])
def test_review_bad_input_is_exit_2(cli, tmp_path, content, words):
    bad = tmp_path / "bad.docx"
    bad.write_bytes(content)
    code, out, err = cli("review", str(bad), "--answers", "examples/riverbend-ca.yaml")
    assert code == 2 and words in err and "Traceback" not in err + out


def test_review_of_another_document_is_exit_2(cli, tmp_path, review_modules):
    import docx

    other = docx.Document()
    for line in ("Minutes of the Parks Committee", "The committee met at 6 pm.", "Adjourned."):
        other.add_paragraph(line)
    path = tmp_path / "minutes.docx"
    other.save(path)
    code, out, err = cli("review", str(path), "--answers", "examples/riverbend-ca.yaml")
    assert code == 2 and "does not look like an edited copy" in err and "Traceback" not in err


def test_review_format_checks(cli, tmp_path):
    edited = tmp_path / "e.docx"
    edited.write_bytes(corpus.built("riverbend-ca")[3])
    code, _, err = cli("review", str(edited), "--answers", "examples/riverbend-ca.yaml",
                       "--format", "docx")
    assert code == 2 and "-o" in err
    code, _, err = cli("review", str(edited), "--answers", "examples/riverbend-ca.yaml",
                       "--format", "pdf")
    assert code == 2 and "text, md, html, json, docx" in err


# --- through LibreOffice -----------------------------------------------------------------------

LO_EDITS = ["approval-shall-should", "notice-45-to-10-days", "enforcement-fees-deleted",
            "definition-vehicle-cameras-excluded", "predictive-policing-section-deleted",
            "typo-in-plain-language", "training-section-added", "notice-45-to-60-days"]


@pytest.mark.skipif(shutil.which("soffice") is None,
                    reason="LibreOffice not installed (CI installs it: see .ci/run)")
def test_edits_survive_a_libreoffice_round_trip(tmp_path):
    """Each edited file opened and saved by LibreOffice (it renames nothing we need, but
    recomputes cross-references as 'Section 8.(c)'), then reviewed: same verdicts."""
    import subprocess

    edits = {e["id"]: e for e in EDITS}
    src = tmp_path / "in"
    src.mkdir()
    for edit_id in LO_EDITS:
        e = edits[edit_id]
        (src / f"{edit_id}.docx").write_bytes(corpus.apply_edit(corpus.built(e["example"])[3], e))
    subprocess.run(["soffice", f"-env:UserInstallation=file://{tmp_path / 'profile'}",
                    "--headless", "--convert-to", "docx:MS Word 2007 XML", "--outdir",
                    str(tmp_path / "out"), *sorted(str(p) for p in src.iterdir())],
                   capture_output=True, check=True, timeout=300)
    for edit_id in LO_EDITS:
        e = edits[edit_id]
        saved = (tmp_path / "out" / f"{edit_id}.docx").read_bytes()
        review = corpus.review_bytes(e["example"], saved)
        outcome = corpus.Outcome(e, review)
        found = [(f.effect, f.rule, f.where) for f in review.findings]
        assert outcome.flagged == outcome.expected_flag and outcome.rule_ok, (edit_id, found)
        noise = [f for f in review.findings if f.effect == "neutral"
                 and f.rule != "renumbered"]       # a deleted section renumbers references
        assert not noise or e["expect"] == "neutral", (edit_id, found)
