"""The one-page summary of a draft, for council members and the public (summary_model.Summary).

Built from the library's metadata, never from the draft's printed words: each included clause's
`summary:` sentence, rendered with the same answers as its body; what changes for residents
from the protections the scorecard finds present; and the enacted laws the draft is closest to
from the benchmark files.
"""
from __future__ import annotations

from .assembly import Assembly
from .benchmarks import MODEL_ID, Benchmark
from .clause import PART_ORDER
from .dates import long_date
from .errors import UserError
from .scorecard import draft_cells
from .draft_reading import from_assembly
from .state_facts import StateNode
from .summary_model import Summary
from .templating import note_template

INSTRUMENT_WORDS = {"ordinance": "Ordinance", "bylaw": "Bylaw", "local-law": "Local Law",
                    "order": "Order", "resolution": "Resolution"}
# What changes for a resident when the protection is in, in the order printed (at most five).
RESIDENTS = (
    ("public-notice", "approval", "You can read each proposal and speak at a public hearing "
     "before the {governing_body} decides."),
    ("public-notice", "publication", "You can read each proposal and send written comments "
     "before the technology is used, and the department must answer them."),
    ("community-engagement", None, "You can raise concerns at community meetings held by the "
     "department itself."),
    ("annual-report", None, "You can see how each technology was used, whom its data went to "
     "and what it cost."),
    ("warrant-or-consent", None, "Police cannot get footage from your home or business camera "
     "without a warrant or your written consent."),
    ("facial-recognition-ban", None, "Your face will not be run through facial recognition "
     "software by {short} departments."),
    ("immigration-data-limits", None, "Local surveillance data will not be handed to "
     "immigration agents without a judge's warrant."),
    ("first-amendment", None, "Going to a protest, a religious service or a political meeting "
     "is not, by itself, a reason to be watched or put in a file."),
    ("private-right-of-action", None, "If the rules are broken, {who_sues} can go to court."),
)
MAX_RESIDENTS = 5
FOLLOWED_LAWS = 3


def build_summary(asm: Assembly, benchmarks: dict[str, Benchmark]) -> Summary:
    answers = asm.answers
    get = answers.get
    instrument = str(get("jurisdiction.instrument"))
    noun = INSTRUMENT_WORDS.get(instrument, instrument.replace("-", " ").title())
    formal = str(get("jurisdiction.formal_name"))
    words = {"governing_body": str(get("jurisdiction.governing_body")),
             "short": str(get("jurisdiction.short_name")).lower(),
             "who_sues": "any resident" if get("enforcement.plaintiffs") == "residents"
             else "anyone"}
    facts = from_assembly(asm)
    cells = draft_cells(asm.library, facts.present, facts.values)
    have = {t for t, c in cells.items() if c.status == "present"}
    model = str(get("oversight.model"))
    residents = [text.format(**words) for tag, when, text in RESIDENTS
                 if tag in have and when in (None, model)][:MAX_RESIDENTS]
    date = asm.ordinance.meta.draft_date
    status = "Draft" if asm.ordinance.meta.draft else "Final text"
    return Summary(
        title=f"What the {formal} Surveillance Technology {noun} does",
        intro=_intro(answers, noun.lower(), model),
        protections_heading="What it requires",
        protections=tuple(_bullets(asm)),
        residents_heading="What changes for residents",
        residents=tuple(residents),
        follows_heading="The laws it follows",
        follows=_follows(have, benchmarks),
        footer=f"{status} of {long_date(date)}. A plain-language summary for readers; the "
               f"{noun.lower()}'s own text governs.",
        jurisdiction=formal, draft_date=date, draft=asm.ordinance.meta.draft)


def _who(answers) -> str:
    coverage = answers.get("scope.coverage")
    if coverage == "police":
        return f"the {answers.get('jurisdiction.police_agency')}"
    if coverage == "listed":
        return "the departments it lists"
    return f"{str(answers.get('jurisdiction.short_name')).lower()} departments"


def _intro(answers, noun: str, model: str) -> tuple[str, str]:
    who = _who(answers)
    examples = "such as license plate readers, drones and camera networks"
    if model == "publication":
        first = (f"This {noun} requires {who} to publish their plans, take public comment and "
                 f"answer it before they fund, acquire or use surveillance technology, {examples}.")
    else:
        first = (f"This {noun} puts decisions about surveillance technology used by {who}, "
                 f"{examples}, in public view and under the control of the "
                 f"{answers.get('jurisdiction.governing_body')}.")
    return first, ("It sets binding rules for how each technology and the data it collects may "
                   "be used, and gives residents ways to see and challenge that use.")


def _bullets(asm: Assembly) -> list[str]:
    """Each included clause's summary sentence, in the order of the draft."""
    state = str(asm.answers.get("jurisdiction.state") or "")
    ctx = asm.answers.context({"state": StateNode("state", asm.library.state(state))})
    out = []
    for clause in sorted(asm.included, key=lambda c: (PART_ORDER[c.part], c.order, c.id)):
        if not clause.summary:
            continue
        try:
            text = note_template(clause.summary).render(ctx)
        except Exception as exc:
            raise UserError(f"{clause.rel}: the summary sentence failed to render ({exc}). "
                            "This is a problem in the clause library.") from None
        out.append(" ".join(text.split()))
    return out


def _follows(have: set[str], benchmarks: dict[str, Benchmark]) -> str:
    """The enacted laws that share the most of the draft's protections, and how much of the
    CCOPS model it carries."""
    def shared(law: Benchmark) -> int:
        return sum(1 for t in have if law.cell(t).status in ("present", "partial"))

    laws = sorted((b for k, b in benchmarks.items() if k != MODEL_ID),
                  key=lambda b: (-shared(b), b.year, b.short))
    laws = [b for b in laws if shared(b)][:FOLLOWED_LAWS]
    parts = []
    if laws:
        named = [f"{b.jurisdiction} ({b.citation}, {b.year}; {shared(b)} in common)"
                 for b in laws]
        listed = named[0] if len(named) == 1 else ", ".join(named[:-1]) + " and " + named[-1]
        parts.append(f"Of the enacted laws compared, it shares the most protections with "
                     f"{listed}.")
    model = benchmarks.get(MODEL_ID)
    if model is not None:
        in_model = [t for t, c in model.cells.items() if c.status in ("present", "partial")]
        parts.append(f"It has {sum(1 for t in in_model if t in have)} of the {len(in_model)} "
                     "protections in the ACLU's Community Control Over Police Surveillance "
                     "model bill.")
    return " ".join(parts)
