"""Legal checks on the form of government: can this body adopt this instrument in this state?

Each rule returns findings of the one shape in checks.py (level, where, message, rule). An
error means the draft would be unlawful or meaningless as written (a bylaw outside a New England
town, a local law outside New York, a town meeting in a place that has none); a warning means
counsel must confirm (the research marks the fact unverified, or the answer is unusual but can
be right under a charter). Facts and citations come from /work/shared/research/state-forms.md;
the verified ones are cited as such, the others say "unverified".
"""
from __future__ import annotations

from .assembly import Assembly
from .findings import ERROR, WARNING, Finding

# Town meeting states (state-forms.md Part 1, notes: MA, CT, ME, NH, VT, RI).
TOWN_MEETING_STATES = {"MA", "CT", "ME", "NH", "VT", "RI"}

# Where the research lists each newer kind of government as a general-purpose unit
# (state-forms.md Part 1, unverified except where a row is tagged). A kind outside its list is
# a warning: the answer may use a local name the table does not record.
KIND_STATES = {
    "village": {"FL", "IL", "LA", "MI", "MS", "MO", "NE", "NJ", "NM", "NY", "NC", "OH", "TX",
                "VT", "WV", "WI"},
    "borough": {"AK", "CT", "NJ", "PA"},
    "township": {"IL", "IN", "KS", "MI", "MN", "NE", "NJ", "ND", "OH", "PA", "SD"},
    "metro": {"AK", "FL", "GA", "IN", "KS", "KY", "LA", "MT", "NV", "NM", "TN"},
}

_ARTICLE = {"ordinance": "an ordinance", "bylaw": "a bylaw", "local-law": "a local law",
            "order": "an order", "resolution": "a resolution"}


def _where(asm: Assembly, key: str) -> str:
    """The file and line that gave the answer, or the key with "(default)"."""
    origin = asm.answers.origins.get(key, "default")
    return f"{key} (default)" if origin == "default" else origin


def _facts(asm: Assembly) -> tuple[str, str, str, str, str]:
    a = asm.answers
    return (str(a.get("jurisdiction.kind")), str(a.get("jurisdiction.state")),
            str(a.get("jurisdiction.instrument")), str(a.get("jurisdiction.adopted_by")),
            str(a.get("jurisdiction.governing_body")))


def instrument_available(asm: Assembly) -> list[Finding]:
    """The instrument must be one this kind of government in this state can adopt."""
    kind, state, instrument, _, body = _facts(asm)
    where = _where(asm, "jurisdiction.instrument")
    out: list[Finding] = []
    if instrument == "local-law" and state != "NY":
        out.append(Finding(ERROR, where, "a local law is New York's instrument (Municipal Home "
                           "Rule Law § 20, verified); in other states use an ordinance or the "
                           "instrument the body adopts.", "instrument-available"))
    if instrument == "bylaw" and (kind != "town" or state not in TOWN_MEETING_STATES):
        out.append(Finding(ERROR, where, f"a bylaw is adopted by a New England town meeting; "
                           f"a {kind} in {state} does not adopt bylaws. Use an ordinance.",
                           "instrument-available"))
    if state == "MA" and kind == "city" and instrument != "ordinance":
        out.append(Finding(ERROR, where, "a Massachusetts city council adopts ordinances "
                           "(state-forms.md Part 1, unverified).", "instrument-available"))
    if state == "TX" and kind == "county":
        if instrument == "ordinance":
            out.append(Finding(ERROR, where, "a Texas commissioners court has only the powers "
                               "the constitution and statutes give it and no general ordinance "
                               "power (Tex. Const. art. V, § 18, as applied in Texas Attorney "
                               "General opinions; verified). Set jurisdiction.instrument: order.",
                               "instrument-available"))
        else:
            out.append(Finding(WARNING, where, f"this draft is {_ARTICLE.get(instrument)} of the "
                               f"{body} because a Texas county has no general ordinance power "
                               "(verified). The County Attorney should confirm which provisions "
                               "need express statutory authority and how far the order can bind "
                               "the sheriff, an independent elected officer (unverified).",
                               "instrument-available"))
    if state == "NY" and instrument == "ordinance":
        out.append(Finding(WARNING, where, "a regulatory measure in New York is usually a local "
                           "law (Municipal Home Rule Law § 20, verified); towns and villages may "
                           "also adopt some ordinances under the Town Law or Village Law. "
                           "Counsel should confirm an ordinance is available for this subject.",
                           "instrument-available"))
    if state == "MA" and kind == "town" and instrument == "ordinance":
        out.append(Finding(WARNING, where, "a Massachusetts town meeting adopts bylaws, not "
                           "ordinances (state-forms.md Part 1); only a town whose charter gives "
                           "a town council legislative power adopts ordinances. Confirm the "
                           "charter.", "instrument-available"))
    if instrument == "order" and not (state == "TX" and kind == "county"):
        out.append(Finding(WARNING, where, f"an order is for a body that cannot legislate by "
                           f"ordinance; a {kind} in {state} normally adopts an ordinance. "
                           "Confirm the choice with counsel.", "instrument-available"))
    states = KIND_STATES.get(kind)
    if states is not None and state not in states:
        out.append(Finding(WARNING, _where(asm, "jurisdiction.kind"), f"the project's research "
                           f"does not list a {kind} as a kind of local government in {state}; "
                           "check the answer, or set the names of offices by hand.",
                           "kind-in-state"))
    return out


def adopting_body(asm: Assembly) -> list[Finding]:
    """The adopting body must be able to adopt the instrument."""
    kind, state, instrument, adopted_by, body = _facts(asm)
    where = _where(asm, "jurisdiction.adopted_by")
    if adopted_by == "town-meeting":
        if kind != "town" or state not in TOWN_MEETING_STATES:
            return [Finding(ERROR, where, f"only a New England town has a town meeting; a "
                            f"{kind} in {state} adopts its measures by a vote of the {body}.",
                            "adopting-body")]
        if state == "MA" and instrument != "bylaw":
            return [Finding(ERROR, where, f"a Massachusetts town meeting adopts bylaws "
                            f"(G.L. c. 40, § 32 governs their approval, verified); it does not "
                            f"adopt {_ARTICLE.get(instrument)}. Set jurisdiction.instrument: "
                            "bylaw.", "adopting-body")]
        return []
    if instrument == "bylaw":
        return [Finding(WARNING, where, f"a town bylaw is adopted by town meeting, not by the "
                        f"{body}, and takes effect only after Attorney General approval and "
                        "publication (G.L. c. 40, § 32, verified). Set jurisdiction.adopted_by: "
                        "town-meeting unless the town charter gives the board this power.",
                        "adopting-body")]
    return []


def legacy_chief_executive(asm: Assembly) -> list[Finding]:
    """Answers files from before the roles were separated still build, with a warning."""
    if asm.answers.origins.get("jurisdiction.chief_executive", "default") in ("default",
                                                                            "unanswered"):
        return []
    if not asm.answers.get("jurisdiction.chief_executive"):
        return []
    return [Finding(WARNING, _where(asm, "jurisdiction.chief_executive"),
                    "jurisdiction.chief_executive now fills two roles that real governments "
                    "separate: jurisdiction.signer (who signs the adopted measure) and "
                    "jurisdiction.administrator (who carries it out; a city manager, for "
                    "example, administers but does not sign). Replace it with those two "
                    "answers.", "legacy-chief-executive")]


def unverified_formula(asm: Assembly) -> list[Finding]:
    """An enacting formula the research has not verified is printed; counsel must confirm."""
    kind, state, instrument, _, _ = _facts(asm)
    government = asm.library.state(state).get("government") or {}
    for f in government.get("formulas") or []:
        if kind in f.get("kinds", []) and f.get("instrument") == instrument:
            if f.get("verified"):
                return []
            cite = f.get("cite") or "no statute located"
            return [Finding(WARNING, "enacting", f"the enacting clause uses a form not yet "
                            f"checked against the statute ({cite}). Confirm the wording with "
                            "counsel.", "unverified-formula")]
    return []


GOVERNMENT_RULES = [instrument_available, adopting_body, legacy_chief_executive,
                    unverified_formula]


def government_findings(asm: Assembly) -> list[Finding]:
    return [f for rule in GOVERNMENT_RULES for f in rule(asm)]
