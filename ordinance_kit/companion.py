"""Companion forms built from the assembled ordinance: the impact report, the use policy and the
annual report that the ordinance requires each department to write.

The forms are read off the assembled tree, never from a copy of the lists: each item of a form
is a subdivision of the ordinance (its words, its number), so a list in the ordinance and its
form cannot disagree. What this module knows is only where to look: which subdivision
introduces each list (the `contents` subdivision of the clause), which subdivisions state rules
for the whole document, and which other sections add to a document. Those additions are found
in the tree too: a subdivision that points at the annual report's department-wide subdivision
is a department-wide item, and a subdivision of ADDED_BY that uses the form's defined term
adds an item to that form.
"""
from __future__ import annotations

from dataclasses import dataclass, replace

from .companion_model import Form, FormItem, FormPart, Instruction
from .errors import UserError
from .model import Block, Emphasis, Ordinance, Ref, Section, TermUse, Text


@dataclass(frozen=True)
class FormSpec:
    kind: str
    title: str
    clause: str                    # the section that requires the document
    term: str                      # its defined term, lower case as the tree keys it
    lists: tuple[tuple[str, str], ...]        # (subdivision, part heading) in order
    instructions: tuple[str, ...]  # subdivisions of `clause` that govern the whole document
    cover: tuple[str, ...]
    missing: str                   # why there is no form, when the section is not in the draft


FORM_SPECS = {s.kind: s for s in (
    FormSpec("impact-report", "Surveillance Impact Report", "impact-report",
             "surveillance impact report",
             (("contents", "Contents of the report"),),
             ("plain-language",),
             ("Department", "Technology", "Date submitted", "Contact person"),
             "this draft requires no separate impact report (options.impact_report is false): "
             "the use policy states the "
             "technology's capabilities, cost, effects on civil rights and the alternatives "
             "considered. Use 'companion use-policy' instead."),
    FormSpec("use-policy", "Surveillance Use Policy", "use-policy", "surveillance use policy",
             (("contents", "Rules of the policy"),
              ("impact", "Information for the decision")),
             ("retention-limit", "retention-exceptions", "changes"),
             ("Department", "Technology", "Date submitted", "Contact person"),
             "this draft has no use policy section."),
    FormSpec("annual-report", "Annual Surveillance Report", "annual-report",
             "annual surveillance report",
             (("contents", "Report on each technology"),),
             ("due", "period", "first-report", "extension", "withheld", "meeting", "posting"),
             ("Department", "Period covered", "Date submitted", "Contact person"),
             "this draft does not require annual surveillance reports (options.annual_report "
             "is false), so there is no form for one."),
)}
KINDS = tuple(FORM_SPECS)

# Subdivisions of other sections that, when they use a form's defined term, add an item to that
# form (e.g. the contracts to attach to the impact report). Which form they join, and whether
# they are in the draft at all, is read from the assembled tree.
ADDED_BY = (
    ("private-partnerships", "approval-contents"),
    ("contracts-ndas", "contract-public"),
    ("public-notice", "meeting-summary"),
    ("publication-required", "findings"),
)

# Short headings for items whose words have none of their own ("Purpose: ..." has one).
HEADINGS = {
    "capabilities": "The technology and its capabilities",
    "purpose": "Purpose and expected benefits",
    "locations": "Locations",
    "rights-impact": "Effects on civil rights and civil liberties",
    "disparate-impact": "Disparate impact",
    "data": "Data the technology generates or uses",
    "security": "Data security",
    "cost": "Cost and funding",
    "third-parties": "Third parties",
    "alternatives": "Alternatives considered",
    "track-record": "Experience elsewhere",
    "comments": "Public comments and response",
    "applicable-law": "Applicable law",
    "use": "How the technology was used",
    "sharing": "Sharing of data",
    "geography": "Where it was deployed",
    "complaints": "Complaints",
    "audits": "Audits and violations",
    "breaches": "Data breaches",
    "effectiveness": "Effectiveness",
    "records-requests": "Public records requests",
    "policy-changes": "Requested changes to the use policy",
    "impact": "Discrimination and effects on rights",
    "acquisitions": "Products and services acquired",
    "contract-public": "Contracts and agreements",
    "meeting-summary": "Community meeting comments",
    "approval-contents": "Private camera partnership",
    "findings": "Findings",
}


def build_form(assembly, kind: str) -> Form:
    """The form of `kind` for the assembled draft (UserError when the draft requires none)."""
    spec = FORM_SPECS.get(kind)
    if spec is None:
        raise UserError(f"'{kind}' is not a companion form; use one of: {', '.join(KINDS)}.")
    o: Ordinance = assembly.ordinance
    section = _section(o, spec.clause)
    if section is None:
        raise UserError(f"No {spec.title.lower()} form: {spec.missing}")
    parts = []
    counter = [0]
    for sub, heading in spec.lists:
        part = _list_part(section, sub, heading, counter)
        if part is not None:
            parts.append(part)
    added = _added_items(o, spec, section, counter)
    if added:
        parts.append(FormPart("Required by other sections", (), "", tuple(added)))
    if spec.kind == "annual-report":
        part = _department_wide(o, section, counter)
        if part is not None:
            parts.append(part)
    instructions = tuple(
        Instruction(_with_details(section, i), _ref(section, i))
        for i, b in enumerate(section.blocks)
        if b.level == 1 and b.sub_id in spec.instructions)
    a = assembly.answers
    m = o.meta
    return Form(kind=kind, title=spec.title, jurisdiction=m.jurisdiction,
                header_text=m.header_text, subtitle=_subtitle(a, m, section),
                law_noun=str(a.get("jurisdiction.instrument") or "ordinance").replace("-", " "),
                cover=spec.cover, instructions=instructions, parts=tuple(parts),
                signers=("Department Head",), draft=m.draft, draft_date=m.draft_date,
                generator=m.generator, library_hash=m.library_hash,
                answers_hash=m.answers_hash)


# --- reading the tree ---------------------------------------------------------------------------

def _section(o: Ordinance, clause_id: str) -> Section | None:
    return next((s for s in o.sections if s.clause_id == clause_id), None)


def _ref(section: Section, index: int) -> str:
    """'Section 6(a)(3)': the section number and the labels of the block and its parents."""
    labels = []
    level = section.blocks[index].level + 1
    for block in reversed(section.blocks[:index + 1]):
        if block.kind == "numbered" and 0 < block.level < level:
            labels.append(block.label or "")
            level = block.level
    return f"Section {section.number}" + "".join(reversed(labels))


def _children(section: Section, index: int) -> list[int]:
    """Indexes of the blocks one level below block `index`, up to its next sibling."""
    parent = section.blocks[index].level
    out = []
    for j in range(index + 1, len(section.blocks)):
        b = section.blocks[j]
        if b.kind != "numbered" or b.level <= parent:
            break
        if b.level == parent + 1:
            out.append(j)
    return out


def _details(section: Section, index: int) -> tuple:
    """The words of every subdivision beneath block `index`, labelled, in order."""
    out = []
    parent = section.blocks[index].level
    for b in section.blocks[index + 1:]:
        if b.kind != "numbered" or b.level <= parent:
            break
        out.append((Text(f"{b.label} "),) + b.inlines)
    return tuple(out)


def _with_details(section: Section, index: int) -> tuple:
    inlines = section.blocks[index].inlines
    for detail in _details(section, index):
        inlines = inlines + (Text(" "),) + detail
    return inlines


def _heading(block: Block, fallback: str = "") -> tuple[str, tuple]:
    """The item's heading and the words to show under it. A use-policy element written as
    'Purpose: the specific purposes ...' has its own heading before the colon."""
    first = block.inlines[0] if block.inlines else None
    if isinstance(first, Text) and ": " in first.text[:40] and not isinstance(first, Ref):
        head, rest = first.text.split(": ", 1)
        return head, (Text(rest[:1].upper() + rest[1:]),) + block.inlines[1:]
    heading = HEADINGS.get(block.sub_id or "") or fallback or (
        (block.sub_id or "item").replace("-", " ").capitalize())
    return heading, block.inlines


def _item(section: Section, index: int, counter: list[int], fallback: str = "") -> FormItem:
    block = section.blocks[index]
    counter[0] += 1
    heading, guidance = _heading(block, fallback)
    return FormItem(str(counter[0]), heading, guidance, _ref(section, index),
                    f"{section.clause_id}#{block.sub_id}", _details(section, index))


def _list_part(section: Section, sub: str, heading: str, counter) -> FormPart | None:
    index = next((i for i, b in enumerate(section.blocks)
                  if b.level == 1 and b.sub_id == sub), None)
    if index is None:
        return None
    items = tuple(_item(section, j, counter) for j in _children(section, index))
    return FormPart(heading, section.blocks[index].inlines, _ref(section, index), items)


def _added_items(o: Ordinance, spec: FormSpec, own: Section, counter) -> list[FormItem]:
    items = []
    for section in o.sections:
        if section is own:
            continue
        for i, b in enumerate(section.blocks):
            if (section.clause_id, b.sub_id) in ADDED_BY and any(
                    isinstance(x, TermUse) and x.key == spec.term for x in b.inlines):
                items.append(_item(section, i, counter, section.heading))
    return items


SHORT_ITEM = 25     # words: an item this short ("state the year's totals") needs its context


def _heading_in(section: Section, index: int) -> str:
    """The section's heading, with the italic heading of the subdivision that holds the block
    ("Facial recognition prohibited: information received without a request")."""
    for block in reversed(section.blocks[:index + 1]):
        if block.level == 1:
            first = block.inlines[0] if block.inlines else None
            if isinstance(first, Emphasis):
                return f"{section.heading}: {first.text.rstrip('.')[:1].lower()}" \
                       f"{first.text.rstrip('.')[1:]}"
            break
    return section.heading


def _with_context(section: Section, index: int, item: FormItem) -> FormItem:
    """Add the subdivision just before the item, at its level, with its own subdivisions:
    "the year's totals" are the totals of the record that subdivision keeps."""
    level = section.blocks[index].level
    prev = next((j for j in range(index - 1, -1, -1) if section.blocks[j].level <= level),
                None)
    if prev is None or section.blocks[prev].level != level:
        return item
    context = ((Text(f"See {_ref(section, prev)}: "),) + section.blocks[prev].inlines,)
    return replace(item, details=item.details + context + _details(section, prev))


def _department_wide(o: Ordinance, section: Section, counter) -> FormPart | None:
    """Every subdivision elsewhere that points at the department-wide subdivision: the counts
    and logs other sections require in the report (the facial recognition log, immigration
    requests, ...)."""
    index = next((i for i, b in enumerate(section.blocks) if b.sub_id == "department-wide"),
                 None)
    if index is None:
        return None
    target = section.blocks[index].anchor
    items = []
    for other in o.sections:
        if other is section:
            continue
        for i, b in enumerate(other.blocks):
            if any(isinstance(x, Ref) and x.anchor == target for x in b.inlines):
                item = _item(other, i, counter, _heading_in(other, i))
                if len(item.text.split()) < SHORT_ITEM:
                    item = _with_context(other, i, item)
                items.append(item)
    return FormPart("Department-wide items", section.blocks[index].inlines,
                    _ref(section, index), tuple(items))


# --- the title lines ----------------------------------------------------------------------------

def _oversight_name(a) -> str | None:
    body = a.get("oversight.body")
    if body in ("new", "advisory"):
        return a.get("oversight.commission_name")
    if body == "auditor":
        return a.get("oversight.auditor_office")
    if body == "existing":
        return a.get("oversight.existing_body")
    return None


def _subtitle(a, meta, section: Section) -> tuple[str, ...]:
    gov = a.get("jurisdiction.governing_body") or "governing body"
    through = (f", through the {a.get('jurisdiction.administrator')}"
               if a.get("roles.submit_through") == "administrator" else "")
    oversight = _oversight_name(a)
    if a.get("oversight.model") == "publication":
        to = "Posted for public comment before the technology is used"
        if oversight:
            to += f"; reviewed by the {oversight}"
    else:
        to = f"Submitted to the {gov}{through}"
        if oversight:
            to += f" and the {oversight}"
    return (meta.jurisdiction, to,
            f"As required by Section {section.number} of the {meta.title}")

