"""`ordinance-kit scorecard`: the draft's column comes from what the draft contains (its
paragraphs and answer values, from answers or read back from a DOCX), the laws' columns from
clauses/benchmarks; text wraps within 80 columns without cutting a word, Markdown renders as a
table, JSON is stable."""
from __future__ import annotations

import io
import json
from pathlib import Path

import docx
import pytest

from ordinance_kit.benchmarks import MODEL_ID, load_benchmarks
from ordinance_kit.draft_reading import from_assembly
from ordinance_kit.engine import check, prepare
from ordinance_kit.scorecard import DEFAULT_LAWS, build_scorecard, choose_laws, draft_cells
from ordinance_kit.scorecard_render import cell_text, render, row_label

ROOT = Path(__file__).resolve().parents[1]
EX = ROOT / "examples"
RIVERBEND = EX / "riverbend-ca.yaml"


def _cells(path: Path, sets=None) -> dict:
    lib, ans = prepare(path, sets)
    facts = from_assembly(check(lib, ans).assembly)
    return draft_cells(lib, facts.present, facts.values)


def _card(path: Path, laws=None):
    lib, ans = prepare(path)
    facts = from_assembly(check(lib, ans).assembly)
    return build_scorecard(lib, facts.name, draft_cells(lib, facts.present, facts.values),
                           choose_laws(load_benchmarks(lib.root, lib.tags), laws))


def test_the_fullest_draft_has_every_protection_with_its_numbers():
    cells = _cells(RIVERBEND)
    assert {t for t, c in cells.items() if c.status != "present"} == set()
    assert cells["public-notice"].number == "45 days before the hearing"
    assert cells["damages"].number == "$1,000 or $100/day"
    assert cells["exigent-limits"].number == "96 hours; report in 10 days"
    assert cells["annual-report"].number == "yearly"


def test_the_draft_column_follows_the_answers():
    base = _cells(RIVERBEND)
    changed = _cells(RIVERBEND, ["enforcement.damages=false", "timelines.notice_days=60",
                                 "options.less_invasive_alternative=false"])
    assert base["damages"].status == "present" and changed["damages"].status == "absent"
    assert changed["public-notice"].number == "60 days before the hearing"
    assert changed["less-invasive-alternative"].status == "absent"
    assert changed["attorneys-fees"].status == "present"


def test_publication_model_and_preempted_module():
    prairie = _cells(EX / "north-prairie-il.yaml")      # publication model, no vote
    assert prairie["approval-before-acquisition"].status == "partial"
    assert prairie["public-notice"].number == "90 days before use; 45-day comment"
    harlan = _cells(EX / "harlan-county-tx.yaml")       # Texas bars immigration limits
    assert harlan["immigration-data-limits"].status == "absent"


def test_a_definition_alone_protects_nothing():
    # Kettle Ridge left out the immigration module, but its camera-network section uses the
    # defined term "Federal Immigration Authority", whose definition carries the tag
    cells = _cells(EX / "kettle-ridge-wi.yaml")
    assert cells["immigration-data-limits"].status == "absent"


def test_a_protection_only_the_purpose_states_is_partial():
    # purpose.md carries approval-before-acquisition; with the approval section gone (the
    # publication model) and no publication section either, only the aim is left
    from ordinance_kit.library import load_library
    lib = load_library()
    cells = draft_cells(lib, {("purpose", None)}, {})
    assert cells["approval-before-acquisition"].status == "partial"
    assert cells["damages"].status == "absent"


def test_default_columns_and_with(cli):
    card = _card(RIVERBEND)
    assert [c for c, _ in card.columns] == ["draft", *DEFAULT_LAWS, MODEL_ID]
    code, out, _ = cli("scorecard", RIVERBEND, "--with", "seattle, nashville", "--format", "json")
    assert code == 0
    assert [c["id"] for c in json.loads(out)["columns"]] == ["draft", "seattle", "nashville",
                                                              MODEL_ID]
    code, _, err = cli("scorecard", RIVERBEND, "--with", "oaklnd")
    assert code == 2 and "did you mean 'oakland'" in err and "Traceback" not in err


def test_text_fits_80_columns_and_never_cuts_a_word():
    card = _card(RIVERBEND)
    text = render(card, "text")
    assert max(len(line) for line in text.splitlines()) <= 80
    words = set(text.split())
    for row in card.rows:
        for piece in [row_label(row.tag)] + [cell_text(c) for c in row.cells]:
            for word in piece.split():
                assert word in words, (row.tag, word)


def test_text_grows_rather_than_cutting_when_many_laws_are_asked_for():
    laws = ["oakland", "seattle", "san-francisco", "boston", "new-york-city", "nashville",
            "sebastopol", "yellow-springs"]
    card = _card(RIVERBEND, laws)
    text = render(card, "text")
    words = set(text.split())
    assert all(w in words for r in card.rows for c in r.cells for w in cell_text(c).split())


def test_markdown_renders_as_one_table_under_commonmark():
    from markdown_it import MarkdownIt

    card = _card(RIVERBEND)
    md = render(card, "md")
    tokens = MarkdownIt("commonmark").enable("table").parse(md)
    kinds = [t.type for t in tokens]
    assert kinds.count("table_open") == 1
    assert "code_block" not in kinds and "fence" not in kinds
    assert kinds.count("tr_open") == len(card.rows) + 1
    assert kinds.count("th_open") == len(card.columns) + 1
    inline = [t.content for t in tokens if t.type == "inline"]
    assert "present\\*: $1,000 or $100/day" in inline       # the model's unverified damages
    html = MarkdownIt("commonmark").enable("table").render(md)
    assert "present*: $1,000 or $100/day" in html


def test_json_is_stable(cli):
    first = cli("scorecard", RIVERBEND, "--format", "json")[1]
    second = cli("scorecard", RIVERBEND, "--format", "json")[1]
    assert first == second
    data = json.loads(first)
    assert first == json.dumps(data, indent=2, sort_keys=True, ensure_ascii=False) + "\n"
    row = next(r for r in data["rows"] if r["protection"] == "damages")
    assert row["cells"]["draft"]["status"] == "present"
    assert row["cells"]["boston"]["status"] == "absent"


def test_html_page_is_a_real_table(tmp_path, cli):
    out = tmp_path / "card.html"
    code, _, _ = cli("scorecard", RIVERBEND, "-o", out)
    assert code == 0
    page = out.read_text(encoding="utf-8")
    assert page.startswith("<!DOCTYPE html>") and '<html lang="en">' in page
    assert page.count('<th scope="row">') == len(_card(RIVERBEND).rows)
    assert "(unverified)" in page and "<script" not in page
    code, _, err = cli("scorecard", RIVERBEND, "-o", out)
    assert code == 2 and "--force" in err


def test_a_built_docx_scores_like_its_answers_and_deletions_count(tmp_path, cli):
    built = tmp_path / "draft.docx"
    assert cli("build", RIVERBEND, "-o", built)[0] == 0
    from_answers = cli("scorecard", RIVERBEND, "--format", "json")[1]
    code, from_docx, _ = cli("scorecard", built, "--format", "json")
    assert code == 0 and from_docx == from_answers
    # staff delete the damages subsection in Word: the scorecard sees it gone
    document = docx.Document(str(built))
    body = document.element.body
    gone = 0
    for p in list(body.iter("{http://schemas.openxmlformats.org/wordprocessingml/2006/main}p")):
        names = [b.get("{http://schemas.openxmlformats.org/wordprocessingml/2006/main}name")
                 for b in p.iter("{http://schemas.openxmlformats.org/wordprocessingml/2006/main}bookmarkStart")]
        if any(n and n.startswith("s_enforcement_damages") for n in names):
            p.getparent().remove(p)
            gone += 1
    assert gone == 1
    edited = tmp_path / "edited.docx"
    document.save(str(edited))
    data = json.loads(cli("scorecard", edited, "--format", "json")[1])
    cell = lambda tag: next(r for r in data["rows"] if r["protection"] == tag)["cells"]["draft"]
    assert cell("damages")["status"] == "absent"
    assert cell("attorneys-fees")["status"] == "present"


def test_a_docx_without_the_kits_marks_is_refused(tmp_path, cli):
    plain = tmp_path / "plain.docx"
    d = docx.Document()
    d.add_paragraph("Section 1. Nothing here.")
    d.save(str(plain))
    code, _, err = cli("scorecard", plain)
    assert code == 2 and "answers file" in err and "Traceback" not in err
