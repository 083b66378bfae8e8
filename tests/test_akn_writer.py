"""The Akoma Ntoso writer (writers/akn.py, `build --format akn -o draft.xml`): every example's
draft is valid against the OASIS Akoma Ntoso 3.0 schema (vendored in tests/schemas/akn, see its
PROVENANCE), its ids follow the naming convention and resolve, definitions and term uses point
at one TLCTerm, its text is the tree's text, notes follow --no-notes, answer text is escaped,
and the bytes are the same every time."""
from __future__ import annotations

import dataclasses
import os
import subprocess
import sys
from functools import lru_cache
from pathlib import Path

import pytest
from lxml import etree

from conftest import EXAMPLES, ROOT
from docx_helpers import T, meta, num, text
from ordinance_kit.engine import check, prepare, render
from ordinance_kit.model import (Blank, DefinedTerm, Emphasis, Note, Ordinance, Ref, Section,
                                 TermUse, Text, WriterOptions, plain_text)
from ordinance_kit.writers.akn import render_akn

AKN = "http://docs.oasis-open.org/legaldocml/ns/akn/3.0"
NS = {"a": AKN}
SCHEMA_DIR = ROOT / "tests" / "schemas" / "akn"
RIVERBEND = ROOT / "examples" / "riverbend-ca.yaml"


@lru_cache(maxsize=None)
def schema() -> etree.XMLSchema:
    # xml.xsd is imported as ./xml.xsd beside it, and lxml never fetches from the network here
    return etree.XMLSchema(etree.parse(str(SCHEMA_DIR / "akomantoso30.xsd")))


@lru_cache(maxsize=None)
def built(path: Path, notes: bool = True, final: bool = False):
    """(the ordinance tree, the AKN bytes) for an example, built through the engine."""
    lib, ans = prepare(path)
    result = check(lib, ans, notes=notes, final=final)
    return result.ordinance, render(result, "akn")


def parse(data: bytes):
    return etree.fromstring(data, etree.XMLParser(resolve_entities=False, no_network=True))


def valid(root) -> None:
    ok = schema().validate(root.getroottree())
    assert ok, "\n".join(f"{e.line}: {e.message}" for e in list(schema().error_log)[:10])


def visible_text(p) -> str:
    """A paragraph's text as printed, without the drafter's notes inside it."""
    out = [p.text or ""]
    for child in p:
        if etree.QName(child).localname != "authorialNote":
            out.append(visible_text(child))
        out.append(child.tail or "")
    return "".join(out)


def body_paragraphs(root) -> list[str]:
    """Text of every printed paragraph of the ordinance in document order (preamble, body,
    conclusions), leaving out the preface's draft and number lines and notes."""
    ps = root.xpath("//a:preface/a:longTitle//a:p | //a:preamble//a:p | //a:body//a:p | "
                    "//a:conclusions//a:p", namespaces=NS)
    return [visible_text(p) for p in ps if not p.xpath("ancestor::a:authorialNote", namespaces=NS)]


# --- every example: schema, ids, references, terms, text ------------------------------------

@pytest.mark.parametrize("path", EXAMPLES, ids=lambda p: p.stem)
def test_every_example_is_valid_akoma_ntoso(path):
    tree, data = built(path)
    root = parse(data)
    valid(root)
    assert etree.QName(root).namespace == AKN and etree.QName(root).localname == "akomaNtoso"
    bill = root.find("a:bill", NS)
    assert bill.get("name") == tree.meta.instrument
    # the no-notes and final versions are valid too
    valid(parse(built(path, notes=False)[1]))


@pytest.mark.parametrize("path", EXAMPLES, ids=lambda p: p.stem)
def test_eids_are_unique_and_every_reference_lands_on_one(path):
    tree, data = built(path)
    root = parse(data)
    eids = root.xpath("//@eId")
    assert len(eids) == len(set(eids))
    hrefs = root.xpath("//a:body//a:ref/@href | //a:preamble//a:ref/@href | "
                       "//a:conclusions//a:ref/@href", namespaces=NS)
    # one <ref> for every cross-reference in the tree, each pointing at an element's eId
    assert len(hrefs) == sum(isinstance(i, Ref) for b in tree.all_blocks() for i in b.inlines)
    assert hrefs and all(h.startswith("#") and h[1:] in set(eids) for h in hrefs)
    for attr in root.xpath("//@refersTo | //a:FRBRauthor/@href", namespaces=NS):
        assert attr[1:] in set(eids), attr


def test_references_point_at_the_sections_and_subdivisions_they_name():
    tree, data = built(RIVERBEND)
    root = parse(data)
    by_eid = {e.get("eId"): e for e in root.iter() if e.get("eId")}
    checked = 0
    for ref in root.iter(f"{{{AKN}}}ref"):
        target = by_eid[ref.get("href")[1:]]
        num_text = target.findtext("a:num", namespaces=NS)
        # "Section 7" lands on sec_7; "Section 7(b)" on that section's subdivision (b)
        words = ref.text.split()
        if len(words) == 2 and words[0] == "Section" and words[1].isdigit():
            assert target.get("eId") == f"sec_{words[1]}" and num_text == f"Section {words[1]}."
            checked += 1
        elif ref.text.startswith("Section ") and ref.text.endswith(")"):
            label = ref.text[ref.text.rindex("("):]
            assert num_text == label and target.get("eId").startswith(
                "sec_" + ref.text.split()[1].split("(")[0] + "__"), ref.text
            checked += 1
    assert checked > 20


@pytest.mark.parametrize("path", EXAMPLES, ids=lambda p: p.stem)
def test_each_definition_has_a_def_and_every_use_a_term_pointing_to_it(path):
    tree, data = built(path)
    root = parse(data)
    tlc = {t.get("eId"): t.get("showAs")
           for t in root.iterfind("a:bill/a:meta/a:references/a:TLCTerm", NS)}
    defs = {d.text: d.get("refersTo") for d in root.iter(f"{{{AKN}}}def")}
    defined = [i.text for b in tree.all_blocks() for i in b.inlines if isinstance(i, DefinedTerm)]
    assert defined and sorted(defs) == sorted(defined)
    for term, ref in defs.items():
        assert tlc[ref[1:]] == term
    key_to_ref = {" ".join(t.lower().split()): ref for t, ref in defs.items()}
    uses = [i for b in tree.all_blocks() for i in b.inlines if isinstance(i, TermUse)]
    terms = list(root.iter(f"{{{AKN}}}term"))
    assert len(terms) == len(uses) > 0
    for use, term in zip(uses, terms):
        assert term.text == use.text
        # every term the examples use is defined: each use points at its definition's TLCTerm
        assert term.get("refersTo") == key_to_ref[use.key]


def printed(block) -> list[str]:
    """The paragraph a block becomes: a subdivision's italic heading moves to its <heading>."""
    if block.kind == "numbered" and block.inlines and isinstance(block.inlines[0], Emphasis):
        rest = plain_text(block.inlines[1:]).lstrip()
        return [rest] if rest.strip() else []
    return [block.text]


@pytest.mark.parametrize("path", EXAMPLES, ids=lambda p: p.stem)
def test_the_text_is_the_tree_text_in_order(path):
    tree, data = built(path)
    root = parse(data)
    expected = [b.text for part in (tree.caption, tree.recitals, tree.enacting) for b in part]
    expected += [t for s in tree.sections for b in s.blocks for t in printed(b)]
    expected += [b.text for b in tree.closing]
    assert body_paragraphs(root) == expected
    headings = [b.inlines[0].text for s in tree.sections for b in s.blocks
                if b.inlines and isinstance(b.inlines[0], Emphasis)]
    assert root.xpath("//a:section//*[a:num]/a:heading/text()", namespaces=NS) == headings


def test_sections_and_subdivisions_nest_with_naming_convention_ids():
    tree, data = built(RIVERBEND)
    root = parse(data)
    sections = root.findall("a:bill/a:body/a:section", NS)
    assert [s.get("eId") for s in sections] == [f"sec_{s.number}" for s in tree.sections]
    assert [s.findtext("a:heading", namespaces=NS) for s in sections] == \
        [s.heading for s in tree.sections]
    for section in sections:
        for sub in section.iter(f"{{{AKN}}}subsection", f"{{{AKN}}}paragraph",
                                f"{{{AKN}}}subparagraph", f"{{{AKN}}}point"):
            parent = sub.getparent()
            short = {"subsection": "subsec", "paragraph": "para", "subparagraph": "subpara",
                     "point": "point"}[etree.QName(sub).localname]
            label = sub.findtext("a:num", namespaces=NS).strip("()")
            assert sub.get("eId") == f"{parent.get('eId')}__{short}_{label}"
    levels = {etree.QName(e).localname for e in root.iter()}
    assert {"subsection", "paragraph", "subparagraph"} <= levels
    # a definition that ends with an unnumbered sentence keeps it, after its list, as a wrapUp
    wrap = root.xpath("//a:section[@eId='sec_4']//a:subsection/a:wrapUp/a:p", namespaces=NS)
    assert wrap and visible_text(wrap[0]).startswith("The term does not include")


def test_frbr_identity_comes_from_the_draft():
    tree, data = built(RIVERBEND)
    root = parse(data)
    work = "/akn/us-ca-city-of-riverbend/bill/ordinance/2026-11-28/2026-14"
    ident = root.find("a:bill/a:meta/a:identification", NS)
    assert ident.find("a:FRBRWork/a:FRBRuri", NS).get("value") == work
    assert ident.find("a:FRBRWork/a:FRBRnumber", NS).get("value") == "2026-14"
    assert ident.find("a:FRBRWork/a:FRBRcountry", NS).get("value") == "us"
    assert ident.find("a:FRBRExpression/a:FRBRuri", NS).get("value") == work + "/eng@2026-11-28"
    assert ident.find("a:FRBRExpression/a:FRBRlanguage", NS).get("language") == "eng"
    body = root.find("a:bill/a:meta/a:references/a:TLCOrganization[@eId='city-council']", NS)
    assert body.get("showAs") == "City Council"
    roles = [r.get("showAs") for r in root.iterfind("a:bill/a:meta/a:references/a:TLCRole", NS)]
    assert roles == ["Mayor", "City Clerk", "City Attorney"]
    assert root.xpath("string(//a:proprietary/*/*[local-name()='status'])", namespaces=NS) == "draft"
    assert root.findtext("a:bill/a:preface/a:p/a:docStatus", namespaces=NS) == "DRAFT"


def test_an_unnumbered_order_and_a_final_text():
    harlan = ROOT / "examples" / "harlan-county-tx.yaml"
    root = parse(built(harlan)[1])
    uri = root.find("a:bill/a:meta/a:identification/a:FRBRWork/a:FRBRuri", NS).get("value")
    assert uri == "/akn/us-tx-county-of-harlan/bill/order/2026-11-28/nn"
    assert root.find("a:bill", NS).get("name") == "order"
    assert root.find("a:bill/a:meta/a:identification/a:FRBRWork/a:FRBRnumber", NS) is None
    assert root.find(".//a:docNumber/a:placeholder", NS).text == "[ordinance number]"
    final = parse(built(RIVERBEND, final=True)[1])
    valid(final)
    assert final.find("a:bill/a:preface/a:p/a:docStatus", NS) is None
    assert final.xpath("string(//a:proprietary/*/*[local-name()='status'])",
                       namespaces=NS) == "final"
    assert final.find(".//a:FRBRExpression/a:FRBRauthoritative", NS).get("value") == "true"


# --- notes ----------------------------------------------------------------------------------------

def test_notes_are_authorial_notes_and_no_notes_drops_them():
    tree, data = built(RIVERBEND)
    notes = [n for n in (*(b.note for b in tree.all_blocks()), *(s.note for s in tree.sections))
             if n is not None]
    root = parse(data)
    found = list(root.iter(f"{{{AKN}}}authorialNote"))
    assert len(found) == len(notes) > 20
    titles = sorted(n.find("a:p/a:b", NS).text for n in found)
    assert titles == sorted(f"Drafter's note: {n.title}." for n in notes)
    assert [n.get("marker") for n in found] == [str(k) for k in range(1, len(found) + 1)]
    without = parse(built(RIVERBEND, notes=False)[1])
    assert list(without.iter(f"{{{AKN}}}authorialNote")) == []
    assert body_paragraphs(without) == body_paragraphs(root)
    # the writer's own switch, on a tree that still carries its notes
    unprinted = parse(render_akn(tree, WriterOptions(notes=False)))
    valid(unprinted)
    assert list(unprinted.iter(f"{{{AKN}}}authorialNote")) == []
    assert body_paragraphs(unprinted) == body_paragraphs(root)


def test_cli_writes_akn_by_name_and_refuses_a_mismatch(cli, tmp_path):
    out = tmp_path / "draft.xml"
    code, _, err = cli("build", RIVERBEND, "-o", out, "--no-notes")
    assert code == 0, err
    root = parse(out.read_bytes())
    valid(root)
    assert list(root.iter(f"{{{AKN}}}authorialNote")) == []
    code, _, err = cli("build", RIVERBEND, "-o", tmp_path / "draft.akn")   # the AKN ending too
    assert code == 0, err
    assert (tmp_path / "draft.akn").read_bytes() == built(RIVERBEND)[1]
    code, _, err = cli("build", RIVERBEND, "-o", tmp_path / "draft.md", "--format", "akn")
    assert code == 2 and "Akoma Ntoso XML" in err and "draft.xml" in err
    assert not (tmp_path / "draft.md").exists()


def test_default_name_takes_the_format_ending(tmp_path):
    src = tmp_path / "riverbend.yaml"
    src.write_bytes(RIVERBEND.read_bytes())
    env = dict(os.environ, PYTHONPATH=str(ROOT))
    proc = subprocess.run([sys.executable, "-m", "ordinance_kit", "build", str(src), "--format",
                           "akn"], cwd=tmp_path, env=env, capture_output=True, timeout=300)
    assert proc.returncode == 0, proc.stderr
    assert sorted(p.name for p in tmp_path.iterdir()) == ["riverbend.xml", "riverbend.yaml"]
    valid(parse((tmp_path / "riverbend.xml").read_bytes()))


# --- hostile text and determinism ------------------------------------------------------------

HOSTILE = 'Police <b>&amp; "Dept"</b> ]]> \' &#169; <!-- x --> <?pi?>'


def test_answer_text_is_escaped_not_markup(cli, tmp_path):
    out = tmp_path / "draft.xml"
    code, _, err = cli("build", RIVERBEND, "-o", out, "--set",
                       f"jurisdiction.police_agency={HOSTILE}")
    assert code == 0, err
    root = parse(out.read_bytes())
    valid(root)
    texts = ["".join(p.itertext()) for p in root.iter(f"{{{AKN}}}p")]
    assert any(HOSTILE in t for t in texts)
    assert not list(root.iter("b")) and not root.xpath("//comment() | //processing-instruction()")


def test_characters_xml_cannot_hold_become_replacement_marks():
    bad = "A\x00B\x07C\x1fD\ufffeE\ud800F\tG"
    o = Ordinance(meta=meta(jurisdiction="City of \x01Zed", governing_body="Council\x02"),
                  number_line=(T("ORDINANCE NO. "), T("7\x01")), caption=(text(T(bad)),),
                  recitals=(), enacting=(text(T("ORDAINED:")),),
                  sections=(Section(1, "Title \x03", "s1", (num(1, "(a)", T(bad),
                                    Blank("x\x04")),)),), closing=())
    root = parse(render_akn(o, WriterOptions()))
    valid(root)
    assert "A\ufffdB\ufffdC\ufffdD\ufffdE\ufffdF\tG" in "".join(root.itertext())
    assert root.find(".//a:FRBRnumber", NS).get("value") == "7\ufffd"


def test_same_tree_same_bytes_across_processes(tmp_path):
    env = dict(os.environ, PYTHONPATH=str(ROOT))
    outs = []
    for seed in ("1", "2"):
        out = tmp_path / f"d{seed}.xml"
        proc = subprocess.run([sys.executable, "-m", "ordinance_kit", "build", str(RIVERBEND),
                               "-o", str(out)], env={**env, "PYTHONHASHSEED": seed},
                              capture_output=True, timeout=300)
        assert proc.returncode == 0, proc.stderr
        outs.append(out.read_bytes())
    assert outs[0] == outs[1] == built(RIVERBEND)[1]


# --- shapes the examples do not have ---------------------------------------------------------------

def test_text_between_subdivisions_and_a_section_without_subdivisions():
    note = Note("c", "Why", "One.\n\nTwo.", ("Src A",))
    s1 = Section(1, "Plain", "s1", (text(T("Only text."), note=note),), note=note)
    s2 = Section(2, "Mixed", "s2", (
        text(T("Lead.")), num(1, "(a)", T("First.")), num(2, "(1)", T("Deep.")),
        num(3, "(A)", T("Deeper.")), num(4, "(i)", T("Deepest "), Ref("s1", "Section 1")),
        text(T("Between.")), num(1, "(b)", Emphasis("Heading only."), T(" ")),
        num(2, "(1)", T("Child.")), text(T("After."))), clause_id="m")
    o = Ordinance(meta=meta(), number_line=(T("ORDINANCE NO. "), T("1")), caption=(),
                  recitals=(text(T("WHEREAS, x; and")),), enacting=(text(T("ORDAINED:")),),
                  sections=(s1, s2), closing=())
    root = parse(render_akn(o, WriterOptions()))
    valid(root)
    sec2 = root.find(".//a:section[@eId='sec_2']", NS)
    assert [etree.QName(c).localname for c in sec2] == \
        ["num", "heading", "intro", "subsection", "hcontainer", "subsection", "wrapUp"]
    assert root.find(".//a:point", NS).get("eId") == "sec_2__subsec_a__para_1__subpara_A__point_i"
    sub_b = sec2.find("a:subsection[@eId='sec_2__subsec_b']", NS)
    assert [etree.QName(c).localname for c in sub_b] == ["num", "heading", "paragraph"]
    assert sub_b.findtext("a:heading", namespaces=NS) == "Heading only."
    assert root.find(".//a:point//a:ref", NS).get("href") == "#sec_1"
    assert root.find(".//a:section[@eId='sec_1']/a:content/a:p", NS).text == "Only text."
    assert len(list(root.iter(f"{{{AKN}}}authorialNote"))) == 2
    assert render_akn(o, WriterOptions()) == render_akn(dataclasses.replace(o), WriterOptions())
