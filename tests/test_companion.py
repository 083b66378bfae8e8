"""Companion forms (impact report, use policy, annual report): built from the assembled
ordinance, so the list in the ordinance and the form can never disagree."""
from __future__ import annotations

import io
import re
import shutil
import subprocess
from pathlib import Path

import docx
import pytest

from ooxml_validate import needs_xsd, validate_docx
from ordinance_kit.companion import KINDS, build_form
from ordinance_kit.engine import check, prepare
from ordinance_kit.errors import UserError
from ordinance_kit.writers.companion_docx import render_form_docx

ROOT = Path(__file__).resolve().parents[1]
EXAMPLES = ROOT / "examples"
RIVERBEND = EXAMPLES / "riverbend-ca.yaml"
SHARED_VALIDATOR = ROOT.parent.parent / "shared" / "tools" / "validate_docx.py"


def _assembly(example: Path = RIVERBEND, sets: list[str] | None = None):
    lib, ans = prepare(example, sets)
    return check(lib, ans).assembly


def _section(asm, clause_id):
    return next(s for s in asm.ordinance.sections if s.clause_id == clause_id)


def _ordinance_list(asm, clause_id, sub="contents"):
    """(number, text) of each subdivision under `clause_id#sub`, read from the ordinance."""
    sec = _section(asm, clause_id)
    blocks = list(sec.blocks)
    start = next(i for i, b in enumerate(blocks) if b.sub_id == sub and b.level == 1)
    parent = blocks[start]
    out = []
    for b in blocks[start + 1:]:
        if b.level <= 1:
            break
        if b.level == 2:
            out.append((f"Section {sec.number}{parent.label}{b.label}", b.text))
    return out


def _form_list(form, part_heading):
    part = next(p for p in form.parts if p.heading == part_heading)
    return [(i.required_by, i.text) for i in part.items]


def _docx_text(data: bytes) -> str:
    d = docx.Document(io.BytesIO(data))
    cells = [c.text for t in d.tables for row in t.rows for c in row.cells]
    return "\n".join([p.text for p in d.paragraphs] + cells)


# --- the lists agree with the ordinance --------------------------------------------------------

@pytest.mark.parametrize("kind,clause,part", [
    ("impact-report", "impact-report", "Contents of the report"),
    ("use-policy", "use-policy", "Rules of the policy"),
    ("annual-report", "annual-report", "Report on each technology"),
])
def test_form_items_are_the_ordinance_list(kind, clause, part):
    asm = _assembly()
    form = build_form(asm, kind)
    expected = _ordinance_list(asm, clause)
    assert len(expected) == 13
    # same items, same order, same words (a use-policy element's "Purpose:" becomes its
    # heading), and the number of the subdivision that requires each
    def words(pairs):
        return [(r, re.sub(r"^[^:]{1,40}: ", "", t).casefold()) for r, t in pairs]
    assert words(_form_list(form, part)) == words(expected)


def test_dropping_an_impact_report_item_changes_ordinance_and_form_alike():
    full = _assembly()
    keep = ["capabilities", "purpose", "locations", "rights_impact", "disparate_impact", "data",
            "security", "cost", "third_parties", "alternatives", "public_comments",
            "applicable_law"]                                   # no track_record
    short = _assembly(sets=["options.impact_report_contents=" + ",".join(keep)])
    ord_full, ord_short = (_ordinance_list(a, "impact-report") for a in (full, short))
    form_full = _form_list(build_form(full, "impact-report"), "Contents of the report")
    form_short = _form_list(build_form(short, "impact-report"), "Contents of the report")
    assert len(ord_short) == len(ord_full) - 1 == len(form_short) == len(form_full) - 1
    assert not any("experience of other jurisdictions" in t for _, t in ord_short + form_short)
    # the items after it move up one number in both
    law = next(r for r, t in form_short if t.startswith("The federal, state and local laws"))
    assert law == next(r for r, t in ord_short if t.startswith("The federal, state and local"))
    assert law.endswith("(12)")


def test_switching_off_a_module_removes_its_annual_report_item():
    on = build_form(_assembly(), "annual-report")
    off_asm = _assembly(sets=["options.immigration_limits=false"])
    off = build_form(off_asm, "annual-report")
    keys_on = {i.key for i in on.items()}
    keys_off = {i.key for i in off.items()}
    assert "immigration-data-sharing#report" in keys_on
    assert keys_on - keys_off == {"immigration-data-sharing#report"}
    assert not any(s.clause_id == "immigration-data-sharing" for s in off_asm.ordinance.sections)
    # each department-wide item points at the subdivision the annual report names for them
    dept = next(p for p in on.parts if p.heading == "Department-wide items")
    assert dept.required_by == "Section 12(f)"
    sec = _section(_assembly(), "immigration-data-sharing")
    item = next(i for i in dept.items if i.key == "immigration-data-sharing#report")
    assert item.required_by.startswith(f"Section {sec.number}(")
    assert "Section 12(f)" in item.text


def test_without_an_impact_report_the_use_policy_form_carries_its_facts():
    asm = _assembly(sets=["options.impact_report=false"])
    with pytest.raises(UserError, match="no separate impact report"):
        build_form(asm, "impact-report")
    form = build_form(asm, "use-policy")
    facts = _form_list(form, "Information for the decision")
    assert facts == _ordinance_list(asm, "use-policy", "impact")
    assert len(facts) == 4
    # the contracts to attach now go with the proposed use policy, as the ordinance says
    assert "contracts-ndas#contract-public" in {i.key for i in form.items()}
    with_report = build_form(_assembly(), "use-policy")
    assert "contracts-ndas#contract-public" not in {i.key for i in with_report.items()}
    assert "contracts-ndas#contract-public" in {
        i.key for i in build_form(_assembly(), "impact-report").items()}


def test_no_annual_report_form_when_the_draft_requires_none():
    with pytest.raises(UserError, match="does not require annual surveillance reports"):
        build_form(_assembly(sets=["options.annual_report=false"]), "annual-report")


# --- the Word document --------------------------------------------------------------------------

@pytest.mark.parametrize("example", ["riverbend-ca", "millbrook-ma", "north-prairie-il"])
def test_docx_is_titled_for_the_place_and_cites_each_requirement(example):
    path = EXAMPLES / f"{example}.yaml"
    asm = _assembly(path)
    answers = asm.answers
    for kind in KINDS:
        try:
            form = build_form(asm, kind)
        except UserError:
            continue
        data = render_form_docx(form)
        text = _docx_text(data)
        assert form.title in text
        assert asm.ordinance.meta.jurisdiction in text
        assert asm.ordinance.meta.title in text
        if answers.get("oversight.model") != "publication":
            assert f"Submitted to the {answers.get('jurisdiction.governing_body')}" in text
        else:
            assert "Posted for public comment" in text
        for item in form.items():
            assert f"Required by {item.required_by}: " in text
        d = docx.Document(io.BytesIO(data))
        styles = {p.style.name for p in d.paragraphs}
        assert {"Ordinance Number", "Section Heading", "Closing Text"} <= styles
        # one answer box per item, on the ordinance template's own table style
        boxes = [t for t in d.tables if len(t.columns) == 1]
        assert len(boxes) == sum(1 for _ in form.items())
        assert all(t.style.name == "Table Grid" for t in d.tables)


def test_docx_is_reproducible_and_item_headings_are_not_numbered_as_sections():
    form = build_form(_assembly(), "impact-report")
    data = render_form_docx(form)
    assert data == render_form_docx(form)
    d = docx.Document(io.BytesIO(data))
    heads = [p for p in d.paragraphs if p.style.name == "Section Heading"]
    assert heads and all(p._p.pPr.numPr is not None and p._p.pPr.numPr.numId.val == 0
                         for p in heads)


@needs_xsd
def test_docx_validates_against_the_schemas():
    asm = _assembly()
    for kind in KINDS:
        assert validate_docx(render_form_docx(build_form(asm, kind))) == []


@pytest.mark.skipif(not SHARED_VALIDATOR.is_file(), reason="shared validator not present")
def test_docx_passes_the_independent_validator(tmp_path):
    import sys
    asm = _assembly()
    for kind in KINDS:
        out = tmp_path / f"{kind}.docx"
        out.write_bytes(render_form_docx(build_form(asm, kind)))
        run = subprocess.run([sys.executable, str(SHARED_VALIDATOR), str(out)],
                             capture_output=True, text=True, timeout=120)
        assert run.returncode == 0 and " 0 finding(s)" in run.stdout + run.stderr, run.stdout


# --- the command --------------------------------------------------------------------------------

def test_cli_writes_the_form_and_follows_the_output_rules(cli, tmp_path):
    out = tmp_path / "ir.docx"
    code, _, err = cli("companion", "impact-report", RIVERBEND, "-o", out)
    assert code == 0, err
    assert "15 item(s)" in err
    assert "Required by Section 6(a)(1): " in _docx_text(out.read_bytes())
    before = out.read_bytes()
    code, _, err = cli("companion", "use-policy", RIVERBEND, "-o", out)
    assert code == 2 and "--force" in err and out.read_bytes() == before
    code, _, err = cli("companion", "use-policy", RIVERBEND, "-o", out, "--force")
    assert code == 0 and out.read_bytes() != before


@pytest.mark.parametrize("args,message", [
    (("companion", "impact-report", RIVERBEND, "-o", "form.txt"), "ending in .docx or .pdf"),
    (("companion", "impact-report", RIVERBEND, "-o", "form.md"), "ending in .docx or .pdf"),
    (("companion", "budget", RIVERBEND, "-o", "form.docx"), "not a companion form"),
    (("companion", "annual-report", RIVERBEND, "-o", "form.docx",
      "--set", "options.annual_report=false"), "no form for one"),
])
def test_cli_mistakes_exit_2_and_write_nothing(cli, tmp_path, monkeypatch, args, message):
    monkeypatch.chdir(tmp_path)
    code, _, err = cli(*args)
    assert code == 2 and message in " ".join(err.split()) and "Traceback" not in err
    assert list(tmp_path.iterdir()) == []


@pytest.mark.skipif(shutil.which("soffice") is None or shutil.which("pdftotext") is None,
                    reason="LibreOffice or poppler not installed; CI installs them")
def test_cli_pdf_through_libreoffice(cli, tmp_path):
    out = tmp_path / "annual.pdf"
    code, _, err = cli("companion", "annual-report", RIVERBEND, "-o", out)
    assert code == 0, err
    assert out.read_bytes().startswith(b"%PDF")
    text = subprocess.run(["pdftotext", "-layout", str(out), "-"], capture_output=True,
                          text=True, timeout=60).stdout
    assert "ANNUAL SURVEILLANCE REPORT" in text
    assert "Required by Section 12(e)(1):" in text


def test_a_short_department_wide_item_carries_the_subdivision_it_counts():
    from ordinance_kit.model import plain_text

    form = build_form(_assembly(), "annual-report")
    item = next(i for i in form.items() if i.key == "private-partnerships-prohibited#log-annual")
    assert "the year's totals" in item.text
    context = " ".join(plain_text(d) for d in item.details)
    assert context.startswith("See Section 16(o): ") and "totals by legal basis" in context
    # a subdivision with its own italic heading names the item
    assert any(i.heading == "Facial recognition prohibited: information received without a "
               "request" for i in form.items())


def test_a_bylaw_form_says_bylaw():
    asm = _assembly(EXAMPLES / "millbrook-ma.yaml")
    text = _docx_text(render_form_docx(build_form(asm, "impact-report")))
    assert "What the bylaw requires of this document" in text
    assert "Submitted to the Select Board" in text
