"""Akoma Ntoso metadata: the FRBR identity, the references list and the draft status.

Everything here is derived from the ordinance tree's `Meta` (and the signers and terms the body
writer found), so the same draft always gets the same identifiers. The names follow the OASIS
Akoma Ntoso Naming Convention 1.0: a work IRI /akn/<country>-<local part>/<type>/<subtype>/
<date>/<number>, its English expression .../eng@<date>, and the XML manifestation of that.
"""
from __future__ import annotations

import hashlib
import re
import unicodedata

from lxml import etree

from ..dates import long_date
from ..model import Meta

AKN_NS = "http://docs.oasis-open.org/legaldocml/ns/akn/3.0"
# Our own data about the draft (its status and what produced it) goes in <proprietary>, the
# one place Akoma Ntoso leaves for a producer's vocabulary.
OK_NS = "urn:ordinance-kit:akn:1"
SOURCE = "#ordinance-kit"

# Characters XML 1.0 cannot carry at all (most C0 controls, lone surrogates, U+FFFE/FFFF):
# shown as U+FFFD rather than failing the build or writing a file no parser reads.
_NOT_XML = re.compile("[^\u0009\u000a\u000d\u0020-\ud7ff\ue000-\ufffd\U00010000-\U0010ffff]")


def xml_text(text: str) -> str:
    return _NOT_XML.sub("\ufffd", text)


def el(parent, tag: str, attrs: dict | None = None, text: str | None = None):
    """A child element in the Akoma Ntoso namespace (attributes in a fixed, given order)."""
    node = etree.SubElement(parent, f"{{{AKN_NS}}}{tag}")
    for key, value in (attrs or {}).items():
        node.set(key, xml_text(str(value)))
    if text:
        node.text = xml_text(text)
    return node


def slug(text: str, sep: str = "-") -> str:
    """Lower-case ASCII letters and digits joined by `sep`; a name with no Latin spelling
    gets a short stable hash instead, so every IRI and eId stays a plain token."""
    ascii_text = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode()
    out = re.sub(r"[^a-z0-9]+", sep, ascii_text.lower()).strip(sep)
    return out or hashlib.sha256(text.encode("utf-8")).hexdigest()[:8]


def work_iri(meta: Meta, number: str | None) -> str:
    """/akn/us-ca-city-of-riverbend/bill/ordinance/2026-11-28/2026-14: the country, then the
    state and the formal name of the place (the Naming Convention lets a local jurisdiction
    extend the country code); a draft without a number takes "nn" (not numbered)."""
    place = "-".join(p for p in ("us", slug(meta.state) if meta.state else "",
                                 slug(meta.jurisdiction) if meta.jurisdiction else "") if p)
    subtype = slug(meta.instrument or "ordinance")
    return (f"/akn/{place}/bill/{subtype}/{meta.draft_date.isoformat()}/"
            f"{slug(number, '-') if number else 'nn'}")


def add_meta(root, meta: Meta, *, number: str | None, roles: dict[str, str],
             terms: dict[str, str]) -> None:
    """<meta>: identification, lifecycle, references and the proprietary status block.
    `roles` and `terms` map eIds to what they show as (signers' titles, defined terms)."""
    date = meta.draft_date.isoformat()
    work = work_iri(meta, number)
    expression = f"{work}/eng@{date}"
    body_eid = slug(meta.governing_body) if meta.governing_body else "jurisdiction"
    author = f"#{body_eid}"

    m = el(root, "meta")
    ident = el(m, "identification", {"source": SOURCE})
    w = el(ident, "FRBRWork")
    el(w, "FRBRthis", {"value": f"{work}/!main"})
    el(w, "FRBRuri", {"value": work})
    el(w, "FRBRalias", {"value": meta.title, "name": "title"})   # where AKN tools read the title
    el(w, "FRBRdate", {"date": date, "name": "draft"})
    el(w, "FRBRauthor", {"href": author})
    el(w, "FRBRcountry", {"value": "us"})
    el(w, "FRBRsubtype", {"value": slug(meta.instrument or "ordinance")})
    if number:
        el(w, "FRBRnumber", {"value": number})
    el(w, "FRBRname", {"value": meta.title})
    el(w, "FRBRprescriptive", {"value": "true"})
    e = el(ident, "FRBRExpression")
    el(e, "FRBRthis", {"value": f"{expression}/!main"})
    el(e, "FRBRuri", {"value": expression})
    el(e, "FRBRdate", {"date": date, "name": "draft" if meta.draft else "final"})
    el(e, "FRBRauthor", {"href": author})
    el(e, "FRBRversionNumber", {"value": date, "showAs": _status_words(meta)})
    el(e, "FRBRauthoritative", {"value": "false" if meta.draft else "true"})
    el(e, "FRBRlanguage", {"language": "eng"})
    mf = el(ident, "FRBRManifestation")
    el(mf, "FRBRthis", {"value": f"{expression}/!main.xml"})
    el(mf, "FRBRuri", {"value": f"{expression}.akn"})
    el(mf, "FRBRdate", {"date": date, "name": "generation"})
    el(mf, "FRBRauthor", {"href": SOURCE})
    el(mf, "FRBRformat", {"value": "application/akn+xml"})

    life = el(m, "lifecycle", {"source": SOURCE})
    el(life, "eventRef", {"eId": "lifecycle__event_1", "date": date, "source": SOURCE,
                          "type": "generation", "refersTo": "#draft" if meta.draft else "#final"})

    refs = el(m, "references", {"source": SOURCE})
    el(refs, "TLCOrganization", {"eId": "jurisdiction", "href": f"/ontology/organization/us/"
                                 f"{slug(meta.jurisdiction or 'jurisdiction')}",
                                 "showAs": meta.jurisdiction or "the jurisdiction"})
    if meta.governing_body:
        el(refs, "TLCOrganization", {"eId": body_eid, "href": f"/ontology/organization/us/"
                                     f"{slug(meta.jurisdiction or 'jurisdiction')}/{body_eid}",
                                     "showAs": meta.governing_body})
    el(refs, "TLCOrganization", {"eId": "ordinance-kit", "href": "/ontology/organization/"
                                 "ordinance-kit", "showAs": meta.generator})
    for eid, shown in roles.items():
        el(refs, "TLCRole", {"eId": eid, "href": f"/ontology/role/{eid}", "showAs": shown})
    el(refs, "TLCEvent", {"eId": "draft" if meta.draft else "final",
                          "href": f"/ontology/event/{'draft' if meta.draft else 'final'}",
                          "showAs": _status_words(meta)})
    for eid, shown in terms.items():
        el(refs, "TLCTerm", {"eId": eid, "href": f"/ontology/term/{eid}", "showAs": shown})

    prop = el(m, "proprietary", {"source": SOURCE})
    ok = etree.SubElement(prop, f"{{{OK_NS}}}draft", nsmap={"ok": OK_NS})
    for tag, value in (("status", "draft" if meta.draft else "final"),
                       ("draftDate", date), ("generator", meta.generator),
                       ("library", meta.library_hash), ("answers", meta.answers_hash)):
        etree.SubElement(ok, f"{{{OK_NS}}}{tag}").text = xml_text(value)


def _status_words(meta: Meta) -> str:
    return (f"Draft of {long_date(meta.draft_date)}" if meta.draft
            else f"Text of {long_date(meta.draft_date)}")
