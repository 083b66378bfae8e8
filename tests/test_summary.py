"""`ordinance-kit summary`: a one-page, plain-language summary built from the clauses'
`summary:` sentences (never from the draft's printed text), written as DOCX on the base
template, Markdown, HTML or PDF, with the same file-name rules as `build`."""
from __future__ import annotations

import io
import re
import shutil
import subprocess
from html.parser import HTMLParser
from pathlib import Path

import docx
import pytest

from ordinance_kit import pdf
from ordinance_kit.benchmarks import load_benchmarks
from ordinance_kit.engine import check, prepare
from ordinance_kit.library import lint_library
from ordinance_kit.summary import build_summary
from ordinance_kit.summary_output import render_summary

ROOT = Path(__file__).resolve().parents[1]
EXAMPLES = sorted((ROOT / "examples").glob("*.yaml"))
RIVERBEND = ROOT / "examples" / "riverbend-ca.yaml"


def _summary(path: Path, sets=None):
    lib, ans = prepare(path, sets)
    result = check(lib, ans)
    return build_summary(result.assembly, load_benchmarks(lib.root, lib.tags)), result


def test_one_bullet_per_included_protection_from_clause_metadata():
    s, result = _summary(RIVERBEND)
    with_summary = [c for c in result.assembly.included if c.summary]
    assert len(s.protections) == len(with_summary) >= 10
    assert s.title == "What the City of Riverbend Surveillance Technology Ordinance does"
    assert len(s.intro) == 2
    text = " ".join(s.protections)
    assert "at least 45 days before the public hearing" in text
    assert "at least $1,000 (or $100 a day, if more)" in text and "96 hours" in text
    for bullet in s.protections:        # one plain sentence each, no template left over
        assert bullet.endswith(".") and "{" not in bullet and "  " not in bullet
        assert len(re.findall(r"[.!?](?:\s|$)", bullet)) == 1, bullet
    assert s.residents and len(s.residents) <= 5
    assert "Oakland, CA (OMC ch. 9.64, 2018" in s.follows
    assert "Community Control Over Police Surveillance" in s.follows


def test_the_numbers_follow_the_answers_and_left_out_modules_drop_out():
    s, _ = _summary(RIVERBEND, ["timelines.notice_days=60", "options.facial_recognition_ban=false",
                                "enforcement.damages=false"])
    text = " ".join(s.protections)
    assert "at least 60 days before" in text and "45 days" not in text
    assert "facial recognition" not in text.lower()
    assert "$1,000" not in text and "lawyers' fees" in text


def test_a_publication_model_draft_says_so():
    s, _ = _summary(ROOT / "examples" / "north-prairie-il.yaml")
    assert "publish their plans" in s.intro[0]
    assert any("90 days before the technology is used" in b for b in s.protections)
    assert not any("approval, given by" in b for b in s.protections)


def test_a_narrow_facial_recognition_ban_still_says_may_not():
    s, _ = _summary(ROOT / "examples" / "kettle-ridge-wi.yaml")     # police department only
    fr = [b for b in s.protections if "acial recognition" in b and "camera network" not in b]
    assert fr == ["Facial recognition may not be used by the Kettle Ridge Police Department, "
                  "directly or by asking a vendor or another agency to do it."]


def test_the_kind_of_measure_is_named_as_the_answers_name_it():
    s, _ = _summary(ROOT / "examples" / "harlan-county-tx.yaml")   # a Commissioners Court order
    assert s.title.endswith("Surveillance Technology Order does")
    assert s.intro[0].startswith("This order ")
    assert "ordinance" not in " ".join((*s.intro, *s.protections, *s.residents)).lower()


def test_every_example_summarises_without_blanks_or_markup():
    for path in EXAMPLES:
        s, _ = _summary(path)
        assert 8 <= len(s.protections) <= 22, path.name
        for line in (s.title, *s.intro, *s.protections, *s.residents, s.follows):
            assert "{" not in line and "[[" not in line and "@[" not in line, (path.name, line)


def test_markdown_renders_under_commonmark():
    from markdown_it import MarkdownIt

    s, _ = _summary(RIVERBEND)
    md = render_summary(s, "md", "x.md").decode("utf-8")
    tokens = MarkdownIt("commonmark").parse(md)
    kinds = [t.type for t in tokens]
    assert "code_block" not in kinds and "fence" not in kinds
    assert [t.tag for t in tokens if t.type == "heading_open"] == ["h1", "h2", "h2", "h2"]
    assert kinds.count("list_item_open") == len(s.protections) + len(s.residents)
    html = MarkdownIt("commonmark").render(md)
    assert "$1,000 (or $100 a day, if more)" in html and "Ring's Neighbors app" in html


class _Outline(HTMLParser):
    def __init__(self):
        super().__init__()
        self.tags, self.attrs = [], []

    def handle_starttag(self, tag, attrs):
        self.tags.append(tag)
        self.attrs += attrs


def test_html_is_self_contained_and_accessible():
    s, _ = _summary(RIVERBEND)
    page = render_summary(s, "html", "x.html").decode("utf-8")
    outline = _Outline()
    outline.feed(page)
    assert outline.tags.count("h1") == 1 and outline.tags.count("h2") == 3
    assert outline.tags.count("li") == len(s.protections) + len(s.residents)
    assert ("lang", "en") in outline.attrs and "main" in outline.tags and "title" in outline.tags
    assert not any(k in ("src", "href") for k, _ in outline.attrs)   # nothing fetched
    assert "@media print" in page


def test_docx_is_on_the_template_and_reproducible():
    s, _ = _summary(RIVERBEND)
    data = render_summary(s, "docx", "x.docx")
    assert data == render_summary(s, "docx", "x.docx")
    d = docx.Document(io.BytesIO(data))
    paras = [p for p in d.paragraphs if p.text.strip()]
    assert paras[0].text == s.title and paras[0].style.name == "Title"
    bullets = [p.text for p in d.paragraphs if p.style.name == "List Bullet"]
    assert bullets == list(s.protections) + list(s.residents)
    assert "Section Heading" in [st.name for st in d.styles]        # the project's template
    assert d.core_properties.category == "Summary"


def test_docx_passes_the_ooxml_schema():
    import sys
    sys.path.insert(0, str(Path(__file__).parent))
    from ooxml_validate import schemas_available, validate_docx

    if not schemas_available():
        pytest.skip("the OOXML schemas (../shared/ooxml-xsd) are not on this machine")
    s, _ = _summary(RIVERBEND)
    assert validate_docx(render_summary(s, "docx", "x.docx")) == []


def test_file_names_and_formats(tmp_path, cli):
    out = tmp_path / "s.md"
    code, _, err = cli("summary", RIVERBEND, "-o", out)
    assert code == 0 and out.read_text(encoding="utf-8").startswith("# What the City")
    code, _, err = cli("summary", RIVERBEND, "-o", out)
    assert code == 2 and "--force" in err
    assert cli("summary", RIVERBEND, "-o", out, "--force")[0] == 0
    code, _, err = cli("summary", RIVERBEND, "-o", tmp_path / "s.pdf", "--format", "md")
    assert code == 2 and "--format md" in err and "s.md" in err
    code, _, err = cli("summary", RIVERBEND, "-o", tmp_path / "s.txt")
    assert code == 2 and ".docx, .md, .html or .pdf" in err
    assert not (tmp_path / "s.txt").exists() and not (tmp_path / "s.pdf").exists()
    code, _, err = cli("summary", RIVERBEND, "--format", "rtf")
    assert code == 2 and "use one of docx, md, html, pdf" in err


def test_the_lint_asks_for_a_summary_on_a_protection_clause(tmp_path):
    target = tmp_path / "clauses"
    shutil.copytree(ROOT / "clauses", target)
    path = target / "sections" / "whistleblower.md"
    text = path.read_text(encoding="utf-8")
    path.write_text(re.sub(r"summary: >-\n(  .*\n)+", "", text), encoding="utf-8")
    found = [f for f in lint_library(target) if f.rule == "summary-sentence"]
    assert len(found) == 1 and "whistleblower.md" in found[0].where
    assert found[0].level == "warning" and "summary" in found[0].message
    assert [f for f in lint_library() if f.rule == "summary-sentence"] == []


def test_a_summary_template_error_names_the_clause(tmp_path):
    from ordinance_kit.errors import UserError
    from ordinance_kit.library import load_library

    target = tmp_path / "clauses"
    shutil.copytree(ROOT / "clauses", target)
    path = target / "sections" / "whistleblower.md"
    path.write_text(path.read_text(encoding="utf-8").replace(
        "summary: >-", "summary: >-\n  {{ options.no_such_answer }}", 1), encoding="utf-8")
    with pytest.raises(UserError) as err:
        load_library(target)
    assert "whistleblower.md" in err.value.render() and "options.no_such_answer" in err.value.render()


needs_soffice = pytest.mark.skipif(
    pdf.pdf_unavailable() is not None or shutil.which("pdfinfo") is None,
    reason="LibreOffice (soffice) or poppler (pdfinfo) not installed; CI installs them")


@pytest.fixture(scope="module")
def example_pdfs(tmp_path_factory):
    """Every example's summary DOCX converted in one LibreOffice run (own profile, time
    limit): one start-up instead of nine."""
    folder = tmp_path_factory.mktemp("summaries")
    summaries = {}
    for path in EXAMPLES:
        s, _ = _summary(path)
        summaries[path.stem] = s
        (folder / f"{path.stem}.docx").write_bytes(render_summary(s, "docx", path.stem))
    profile = (folder / "profile").as_uri()
    subprocess.run([pdf.soffice_path(), f"-env:UserInstallation={profile}", "--headless",
                    "--norestore", "--convert-to", "pdf", "--outdir", str(folder / "pdf"),
                    *sorted(str(p) for p in folder.glob("*.docx"))],
                   capture_output=True, timeout=600, check=True)
    return folder / "pdf", summaries


@needs_soffice
@pytest.mark.parametrize("path", EXAMPLES, ids=lambda p: p.stem)
def test_one_page_for_every_example(path, example_pdfs):
    folder, summaries = example_pdfs
    out = folder / f"{path.stem}.pdf"
    info = subprocess.run(["pdfinfo", str(out)], capture_output=True, text=True, timeout=60).stdout
    assert re.search(r"^Pages:\s+1$", info, re.M), (path.name, info)
    text = " ".join(subprocess.run(["pdftotext", str(out), "-"], capture_output=True, text=True,
                                   timeout=60).stdout.split())
    assert "What it requires" in text and summaries[path.stem].protections[-1][:40] in text


@needs_soffice
def test_summary_pdf_from_the_command_line(tmp_path, cli):
    out = tmp_path / "summary.pdf"
    code, _, err = cli("summary", RIVERBEND, "-o", out)
    assert code == 0, err
    assert out.read_bytes().startswith(b"%PDF")
