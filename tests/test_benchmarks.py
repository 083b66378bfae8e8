"""The enacted laws the scorecard compares with (clauses/benchmarks/*.yaml): every fact comes
from the research notes, every cell has a valid status, unverified facts are flagged in every
output, and broken files are refused with the file, line and key."""
from __future__ import annotations

import re
import shutil
from pathlib import Path

import pytest

from ordinance_kit.benchmarks import MODEL_ID, STATUSES, load_benchmark, load_benchmarks
from ordinance_kit.errors import UserError
from ordinance_kit.library import lint_library, load_library

ROOT = Path(__file__).resolve().parents[1]
# the research notes live outside the repository, in ../shared/research (from a worktree under
# wt/, one more level up)
RESEARCH = next((p for p in (ROOT.parent / "shared" / "research",
                             ROOT.parent.parent / "shared" / "research") if p.is_dir()),
                ROOT.parent / "shared" / "research")


@pytest.fixture(scope="module")
def lib():
    return load_library()


@pytest.fixture(scope="module")
def laws(lib):
    return load_benchmarks(lib.root, lib.tags)


def _flat(text: str) -> str:
    """The notes as plain words: bold marks and repeated spaces gone."""
    return " ".join(text.replace("**", "").split())


@pytest.fixture(scope="module")
def notes() -> str:
    if not RESEARCH.is_dir():
        pytest.skip("the research notes (../shared/research) are not on this machine")
    return _flat("\n".join(p.read_text(encoding="utf-8") for p in sorted(RESEARCH.glob("*.md"))))


def test_ten_enacted_laws_and_the_model(laws):
    enacted = [k for k in laws if k != MODEL_ID]
    assert len(enacted) >= 10, enacted
    assert MODEL_ID in laws
    for key in ("oakland", "seattle", "san-francisco", "boston", "new-york-city", "nashville"):
        assert key in laws


def test_each_citation_and_provision_is_in_the_research_notes(laws, notes):
    for law in laws.values():
        assert _flat(law.citation) in notes, (law.id, law.citation)
        assert str(law.year) in notes
        for tag, cell in law.cells.items():
            # a provision is a section the notes cite (the model's are its component names)
            if law.id != MODEL_ID and cell.provision not in ("none", ""):
                section = re.split(r" \(|; ", cell.provision)[0]
                core = re.sub(r"^(OMC|SMC|BMC|PAMC|Admin\. Code|ch\.|§) ?", "", section)
                plain, flat = core.replace("§ ", ""), notes.replace("§ ", "")
                # the notes list sections under their chapter: "OMC ch. 9.64 (... .045 FR ban)"
                chapter, _, last = plain.rpartition(".")
                assert plain in flat or (chapter in flat and f" .{last} " in flat), \
                    (law.id, tag, section)


def test_every_cell_is_valid_and_tags_are_protections(lib, laws):
    for law in laws.values():
        assert law.cells, law.id
        for tag, cell in law.cells.items():
            assert tag in lib.tags and tag != "structure"
            assert cell.status in STATUSES
            assert isinstance(cell.verified, bool)
            if cell.status in ("present", "partial"):
                assert cell.provision


def test_marked_unverified_where_the_notes_say_M_or_U(laws):
    # Oakland's exigent return period is [M] in the notes; the CCOPS damages amounts are
    # "believed" to come from the model; Seattle's missing FR ban is "(M)".
    assert laws["oakland"].cell("exigent-limits").verified is False
    assert laws[MODEL_ID].cell("damages").verified is False
    assert laws["seattle"].cell("facial-recognition-ban").verified is False
    assert laws["oakland"].cell("damages").verified is True
    assert laws["oakland"].cell("damages").number == "$1,000 or $100/day"
    # what the notes do not cover is unknown, never guessed
    assert laws["palo-alto"].cell("damages").status == "unknown"


def test_unverified_cells_are_flagged_in_every_scorecard_format(lib, laws):
    from ordinance_kit.benchmarks import Cell
    from ordinance_kit.scorecard import build_scorecard
    from ordinance_kit.scorecard_render import render

    draft = {t: Cell("absent", verified=True) for t in lib.tags}
    card = build_scorecard(lib, "Test", draft, [laws["oakland"]])
    text = render(card, "text")
    assert "present*: borrowed" in " ".join(text.split())
    assert "(unverified)" in render(card, "html")
    assert "present\\*: borrowed" in render(card, "md")
    import json
    cell = json.loads(render(card, "json"))["rows"]
    exigent = next(r for r in cell if r["protection"] == "exigent-limits")
    assert exigent["cells"]["oakland"]["verified"] is False


# --- the loader refuses broken files ------------------------------------------------------------

GOOD = """name: Test law
short: Test
jurisdiction: Testville, CA
citation: TMC ch. 1
year: 2020
research: ordinances.md §2.1
components:
  damages: {status: present, number: "$5", provision: TMC 1.1, verified: true}
"""


def _file(tmp_path, text: str) -> Path:
    path = tmp_path / "test-law.yaml"
    path.write_text(text, encoding="utf-8")
    return path


def test_a_good_file_loads(tmp_path, lib):
    law = load_benchmark(_file(tmp_path, GOOD), lib.tags)
    assert law.cell("damages").number == "$5" and law.cell("suppression").status == "unknown"


@pytest.mark.parametrize("change, expected", [
    (("status: present", "status: maybe"), r"line 8.*damages.*status is 'maybe'; use one of present"),
    (("damages:", "damage:"), r"line 8.*.damage. is not a protection.*did you mean 'damages'"),
    (("verified: true", "verified: yes please"), r"'verified' is true"),
    (("citation: TMC ch. 1\n", ""), r"no 'citation'"),
    (("year: 2020", "year: soon"), r"line 5.*.year. is the year"),
    (("provision: TMC 1.1, ", ""), r"needs 'provision'"),
    (("short: Test", "shortname: Test"), r"line 2.*unknown key.*did you mean 'short'"),
])
def test_broken_files_name_file_line_and_key(tmp_path, lib, change, expected):
    path = _file(tmp_path, GOOD.replace(*change))
    with pytest.raises(UserError) as err:
        load_benchmark(path, lib.tags)
    message = err.value.render()
    assert str(path) in message
    assert re.search(expected, message), message


def test_clauses_check_reports_a_broken_benchmark(tmp_path):
    target = tmp_path / "clauses"
    shutil.copytree(ROOT / "clauses", target)
    path = target / "benchmarks" / "oakland.yaml"
    path.write_text(path.read_text(encoding="utf-8").replace("status: present", "status: yes", 1),
                    encoding="utf-8")
    findings = [f for f in lint_library(target) if f.rule == "benchmark-files"]
    assert findings and findings[0].level == "error"
    assert "oakland.yaml" in findings[0].where and "status is 'yes'" in findings[0].message


def test_clauses_check_is_clean_on_the_shipped_benchmarks():
    assert [f for f in lint_library() if f.rule == "benchmark-files"] == []
