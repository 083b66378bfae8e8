"""A small offline OOXML validator for the tests: XSD validation of every XML part (lxml) plus
the semantic checks Word "repairs" silently (missing styles, numIds, bookmarks, REF targets).

Schemas: the ISO 29500 transitional XSDs in ../shared/ooxml-xsd (outside this repo); the tests
skip when they are absent. `validate_docx(bytes) -> list[str]` returns findings; [] is clean.
"""
from __future__ import annotations

import io
import re
import zipfile
from functools import lru_cache
from pathlib import Path

import pytest
from lxml import etree

XSD_DIR = Path(__file__).resolve().parents[1].parent / "shared" / "ooxml-xsd"

W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
R = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
MC = "http://schemas.openxmlformats.org/markup-compatibility/2006"
RELS = "http://schemas.openxmlformats.org/package/2006/relationships"

# namespace -> schema file; xml.xsd first because wml.xsd imports that namespace without a
# location, so it must already be loaded when wml.xsd is read.
SCHEMAS = (
    ("http://www.w3.org/XML/1998/namespace", "stubs/xml.xsd"),
    (W, "wml.xsd"),
    ("http://schemas.openxmlformats.org/drawingml/2006/main", "dml-main.xsd"),
    ("http://schemas.openxmlformats.org/drawingml/2006/picture", "dml-picture.xsd"),
    ("urn:schemas-microsoft-com:vml", "vml-main.xsd"),
    ("urn:schemas-microsoft-com:office:office", "vml-officeDrawing.xsd"),
    ("urn:schemas-microsoft-com:office:word", "vml-wordprocessingDrawing.xsd"),
    ("http://schemas.openxmlformats.org/officeDocument/2006/extended-properties",
     "shared-documentPropertiesExtended.xsd"),
    ("http://schemas.openxmlformats.org/officeDocument/2006/custom-properties",
     "shared-documentPropertiesCustom.xsd"),
    ("http://schemas.openxmlformats.org/package/2006/metadata/core-properties",
     "opc-xsd/opc-coreProperties.xsd"),
    ("http://schemas.openxmlformats.org/package/2006/content-types",
     "opc-xsd/opc-contentTypes.xsd"),
    (RELS, "opc-xsd/opc-relationships.xsd"),
)


def schemas_available() -> bool:
    return (XSD_DIR / "wml.xsd").is_file() and (XSD_DIR / "stubs" / "dc.xsd").is_file()


# pytest marker for tests that need the schemas (they live outside the repo)
needs_xsd = pytest.mark.skipif(
    not schemas_available(),
    reason="OOXML schemas not found at ../shared/ooxml-xsd (outside the repo): "
           "schema validation skipped")


class _StubResolver(etree.Resolver):
    """opc-coreProperties.xsd imports Dublin Core from dublincore.org: serve the local stubs
    (offline, and no network access is allowed anyway)."""

    def resolve(self, url, pubid, context):
        name = url.rsplit("/", 1)[-1]
        if "dublincore.org" in url and name in ("dc.xsd", "dcterms.xsd"):
            return self.resolve_filename(str(XSD_DIR / "stubs" / name), context)
        return None


@lru_cache(maxsize=1)
def load_schema() -> etree.XMLSchema:
    imports = "".join(f'<xs:import namespace="{ns}" schemaLocation="{(XSD_DIR / f).as_uri()}"/>'
                      for ns, f in SCHEMAS)
    driver = f'<xs:schema xmlns:xs="http://www.w3.org/2001/XMLSchema">{imports}</xs:schema>'
    parser = etree.XMLParser(no_network=True)
    parser.resolvers.add(_StubResolver())
    return etree.XMLSchema(etree.fromstring(driver.encode(), parser))


# --- markup compatibility ----------------------------------------------------------------------

def resolve_mc(root: etree._Element) -> etree._Element:
    """Apply Markup Compatibility the way a consumer that knows no extensions does: drop
    elements/attributes of mc:Ignorable namespaces, replace mc:AlternateContent by its
    mc:Fallback content, then remove the mc attributes themselves."""
    ignorable: set[str] = set()
    for el in root.iter():
        value = el.get(f"{{{MC}}}Ignorable")
        if value:
            ignorable |= {el.nsmap.get(p) for p in value.split() if el.nsmap.get(p)}
    for alt in list(root.iter(f"{{{MC}}}AlternateContent")):
        parent = alt.getparent()
        fallback = alt.find(f"{{{MC}}}Fallback")
        idx = parent.index(alt)
        parent.remove(alt)
        if fallback is not None:
            for i, child in enumerate(list(fallback)):
                parent.insert(idx + i, child)
    for el in list(root.iter()):
        if not isinstance(el.tag, str):
            continue
        if etree.QName(el).namespace in ignorable and el.getparent() is not None:
            el.getparent().remove(el)
            continue
        for attr in list(el.attrib):
            ns = etree.QName(attr).namespace
            if ns in ignorable or ns == MC:
                del el.attrib[attr]
    return root


# --- semantic checks ---------------------------------------------------------------------------

def _w(el, name):
    return el.get(f"{{{W}}}{name}")


def _semantic(parts: dict[str, etree._Element]) -> list[str]:
    out: list[str] = []
    styles = parts.get("word/styles.xml")
    style_ids = set(styles.xpath("//w:style/@w:styleId", namespaces={"w": W})) \
        if styles is not None else set()
    numbering = parts.get("word/numbering.xml")
    num_ids = set(numbering.xpath("/w:numbering/w:num/@w:numId", namespaces={"w": W})) \
        if numbering is not None else set()
    num_ids.add("0")   # numId 0 means "no numbering"
    names: dict[str, str] = {}
    refs: list[tuple[str, str]] = []
    ids_seen: set[str] = set()
    for partname, root in parts.items():
        if not partname.startswith("word/") or partname.endswith(".rels"):
            continue
        for tag in ("pStyle", "rStyle", "tblStyle"):
            for el in root.iter(f"{{{W}}}{tag}"):
                if _w(el, "val") not in style_ids:
                    out.append(f"{partname}: {tag} {_w(el, 'val')!r} is not defined")
        if partname != "word/numbering.xml":
            for el in root.iter(f"{{{W}}}numId"):
                if _w(el, "val") not in num_ids:
                    out.append(f"{partname}: numId {_w(el, 'val')} does not exist")
        for el in root.iter(f"{{{W}}}bookmarkStart"):
            name, bid = _w(el, "name"), _w(el, "id")
            if not re.fullmatch(r"[A-Za-z_][A-Za-z0-9_]{0,39}", name or ""):
                out.append(f"{partname}: bad bookmark name {name!r}")
            if name in names:
                out.append(f"{partname}: duplicate bookmark name {name!r}")
            if bid in ids_seen:
                out.append(f"{partname}: duplicate bookmark id {bid}")
            names[name] = partname
            ids_seen.add(bid)
        for el in root.iter(f"{{{W}}}instrText"):
            m = re.match(r"\s*(REF|PAGEREF|NOTEREF)\s+(\S+)", el.text or "")
            if m:
                refs.append((partname, m.group(2)))
    for partname, target in refs:
        if target not in names:
            out.append(f"{partname}: field refers to missing bookmark {target!r}")
    return out


def _check_rels(z: zipfile.ZipFile, parts: dict[str, etree._Element]) -> list[str]:
    """Every r:id in a part must have a relationship in that part's .rels."""
    out = []
    for partname, root in parts.items():
        if partname.endswith(".rels") or "/" not in partname:
            continue
        folder, base = partname.rsplit("/", 1)
        rels = parts.get(f"{folder}/_rels/{base}.rels")
        rids = set(rels.xpath("//r:Relationship/@Id", namespaces={"r": RELS})) \
            if rels is not None else set()
        for el in root.iter():
            for attr, value in el.attrib.items():
                if attr.startswith(f"{{{R}}}") and value not in rids:
                    out.append(f"{partname}: {attr} {value!r} has no relationship")
    return out


def validate_docx(data: bytes) -> list[str]:
    """Findings for a .docx (bytes); an empty list means schema-valid and consistent."""
    schema = load_schema()
    findings: list[str] = []
    parts: dict[str, etree._Element] = {}
    with zipfile.ZipFile(io.BytesIO(data)) as z:
        for name in z.namelist():
            if not name.endswith((".xml", ".rels")) or name.startswith("customXml/item"):
                continue
            root = resolve_mc(etree.fromstring(z.read(name)))
            parts[name] = root
            if not schema.validate(root):
                findings += [f"{name}:{e.line}: {e.message}" for e in schema.error_log]
        findings += _check_rels(z, parts)
    findings += _semantic(parts)
    return findings


if __name__ == "__main__":   # python tests/ooxml_validate.py FILE.docx ...
    import sys
    bad = 0
    for path in sys.argv[1:]:
        found = validate_docx(Path(path).read_bytes())
        print(f"{path}: {len(found)} finding(s)")
        for f in found:
            print("  ", f)
        bad += bool(found)
    sys.exit(1 if bad else 0)
