"""Issue 10, reporting provisions: every variant of the annual report, impact report and use
policy, retention, existing technology and whistleblower questions builds clean, leaves no
reference or definition dangling, and says what it should in the real output.

Drafts are assembled and checked in process through the engine the command line uses (no
rendering, to keep the run short). Sections are found by clause id and subdivisions by anchor.
"""
from __future__ import annotations

import hashlib
import re
from functools import lru_cache
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from ordinance_kit.engine import check, prepare
from ordinance_kit.model import DefinedTerm, Ref, TermUse

ROOT = Path(__file__).resolve().parents[1]
EXAMPLES = sorted((ROOT / "examples").glob("*.yaml"))
RIVERBEND = ROOT / "examples" / "riverbend-ca.yaml"

# Each variant is one weaker (or different) choice, plus one that turns everything off at once.
VARIANTS = {
    "no-annual-report": ("options.annual_report=false",),
    "biennial": ("options.report_cadence=every-two-years",),
    "per-technology": ("options.report_scope=technology",),
    "no-fixed-date": ("options.report_fixed_date=false",),
    "from-effective-date": ("options.first_report_from=effective-date",),
    "extension": ("options.report_extension=true", "timelines.report_extension_days=45"),
    "no-report-meeting": ("options.report_meeting=false",),
    "per-technology-anniversary": ("options.report_scope=technology", "options.report_fixed_date=false",
                                   "options.report_cadence=every-two-years",
                                   "options.first_report_from=effective-date"),
    "use-policy-only": ("options.impact_report=false",),
    "short-lists": ("options.impact_report_contents=capabilities,cost",
                    "options.use_policy_contents=purpose,retention"),
    "no-retention-cap": ("options.retention_cap=false",),
    "existing-keeps-running": ("options.existing_stop_use=false", "timelines.existing_approval_days=1095"),
    "whistleblower-state-law": ("options.whistleblower=state-law",),
    "no-whistleblower": ("options.whistleblower=none",),
    "everything-off": ("options.annual_report=false", "options.impact_report=false",
                       "options.retention_cap=false", "options.existing_stop_use=false",
                       "options.whistleblower=none"),
}


@lru_cache(maxsize=None)
def assembled(path: Path, sets: tuple[str, ...]):
    library, answers = prepare(path, list(sets))
    return check(library, answers)


def errors(result) -> list:
    return [f for f in result.findings if f.level == "error"]


def all_blocks(result):
    ordinance = result.ordinance
    for s in ordinance.sections:
        yield from s.blocks


def dangling(result) -> list[str]:
    """References to anchors the draft does not have, and defined terms nothing else uses."""
    ordinance = result.ordinance
    anchors = {s.anchor for s in ordinance.sections}
    anchors |= {b.anchor for b in all_blocks(result) if b.anchor}
    problems = [f"ref {i.anchor}" for b in all_blocks(result) for i in b.inlines
                if isinstance(i, Ref) and i.anchor not in anchors]
    defined = {i.text for s in ordinance.sections if s.anchor == "s_definitions"
               for b in s.blocks for i in b.inlines if isinstance(i, DefinedTerm)}
    used = {i.key.lower() for s in ordinance.sections if s.anchor != "s_definitions"
            for b in s.blocks for i in b.inlines if isinstance(i, TermUse)}
    # a definition may rest on another term (Department Head on Department): count those uses too
    used |= {i.key.lower() for s in ordinance.sections if s.anchor == "s_definitions"
             for b in s.blocks for i in b.inlines if isinstance(i, TermUse)}
    problems += [f"orphan {t}" for t in defined if t.lower() not in used]
    return problems


def sec(result, clause_id: str):
    for s in result.ordinance.sections:
        if s.anchor == f"s_{clause_id.replace('-', '_')}":
            return s
    raise KeyError(clause_id)


def has(result, clause_id: str) -> bool:
    try:
        sec(result, clause_id)
    except KeyError:
        return False
    return True


def anchor(clause_id: str, sub_id: str) -> str:
    raw = f"{clause_id}_{sub_id}"
    name = "s_" + re.sub(r"[^A-Za-z0-9]", "_", raw)
    return name if len(name) <= 40 else name[:33] + "_" + hashlib.sha1(raw.encode()).hexdigest()[:6]


def block(result, clause_id: str, sub_id: str) -> str:
    wanted = anchor(clause_id, sub_id)
    for b in sec(result, clause_id).blocks:
        if b.anchor == wanted:
            return b.text
    raise KeyError(wanted)


def whole(result) -> str:
    return "\n".join(b.text for b in all_blocks(result))


# --- every variant, every example: zero check errors, nothing dangling ----------------------

@pytest.mark.parametrize("example", EXAMPLES, ids=lambda p: p.stem)
@pytest.mark.parametrize("variant", list(VARIANTS))
def test_variant_builds_clean(variant, example):
    result = assembled(example, VARIANTS[variant])
    assert errors(result) == []
    assert dangling(result) == []


@settings(max_examples=12, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(annual=st.booleans(), cadence=st.sampled_from(["yearly", "every-two-years"]),
       scope=st.sampled_from(["department", "technology"]), fixed=st.booleans(),
       anchor_=st.sampled_from(["approval", "effective-date"]), ext=st.booleans(),
       meeting=st.booleans(), impact=st.booleans(), cap=st.booleans(), stop=st.booleans(),
       whistle=st.sampled_from(["own-action", "state-law", "none"]),
       oversight=st.sampled_from(["new", "existing", "none"]))
def test_any_combination_builds_clean(annual, cadence, scope, fixed, anchor_, ext, meeting, impact,
                                      cap, stop, whistle, oversight):
    sets = (f"options.annual_report={annual}", f"options.report_cadence={cadence}",
            f"options.report_scope={scope}", f"options.report_fixed_date={fixed}",
            f"options.first_report_from={anchor_}", f"options.report_extension={ext}",
            f"options.report_meeting={meeting}", f"options.impact_report={impact}",
            f"options.retention_cap={cap}", f"options.existing_stop_use={stop}",
            f"options.whistleblower={whistle}", f"oversight.body={oversight}",
            "oversight.existing_body=Police Commission")
    result = assembled(RIVERBEND, sets)
    assert errors(result) == []
    assert dangling(result) == []


# --- one assertion per variant on the real text ---------------------------------------------

def riverbend(name: str):
    return assembled(RIVERBEND, VARIANTS[name])


def test_no_annual_report_redirects_the_yearly_counts():
    result = riverbend("no-annual-report")
    assert not has(result, "annual-report") and "Annual Surveillance Report" not in whole(result)
    assert "in a statement it posts each year on the City's website" in block(
        result, "immigration-data-sharing", "report")


def test_biennial_report_is_due_every_second_year():
    assert "of every second year, beginning with the first March 15 after this Chapter takes effect" \
        in block(riverbend("biennial"), "annual-report", "due")


def test_per_technology_reports_keep_a_department_wide_report():
    assert "a department-wide Annual Surveillance Report stating every count" in block(
        riverbend("per-technology"), "annual-report", "department-wide")


def test_without_a_fixed_date_each_report_follows_the_previous_one():
    assert "each later report is due one year after the previous one was due" in block(
        riverbend("no-fixed-date"), "annual-report", "first-report")


def test_first_report_counted_from_the_effective_date():
    assert "within 12 months after this Chapter takes effect" in block(
        riverbend("from-effective-date"), "annual-report", "first-report")


def test_one_extension_of_the_stated_length():
    assert "once for each report, extend its due date by up to 45 days" in block(
        riverbend("extension"), "annual-report", "extension")


def test_no_report_meeting_posts_the_report_instead():
    result = riverbend("no-report-meeting")
    with pytest.raises(KeyError):
        block(result, "annual-report", "meeting")
    assert "held after the report is posted" in block(result, "annual-report", "review")


def test_per_technology_anniversary_reports():
    assert "every two years after that" in block(
        riverbend("per-technology-anniversary"), "annual-report", "department-wide")


def test_use_policy_only_moves_the_impact_facts_into_the_policy():
    result = riverbend("use-policy-only")
    assert not has(result, "impact-report") and "Surveillance Impact Report" not in whole(result)
    assert "The full cost of the technology" in "\n".join(
        b.text for b in sec(result, "use-policy").blocks if b.anchor and "_use_policy_cost" in b.anchor)
    assert block(result, "approval-required", "submission").endswith(
        "a proposed Surveillance Use Policy for the technology.")


def test_short_content_lists_keep_only_the_chosen_items():
    result = riverbend("short-lists")
    items = [b.anchor for b in sec(result, "impact-report").blocks if b.level == 2]
    assert items == [anchor("impact-report", "capabilities"), anchor("impact-report", "cost")]
    items = [b.anchor for b in sec(result, "use-policy").blocks if b.level == 2]
    assert items[:2] == [anchor("use-policy", "purpose"), anchor("use-policy", "retention")]


def test_no_retention_cap_leaves_the_period_to_each_policy_and_keeps_the_state_minimum():
    result = riverbend("no-retention-cap")
    assert block(result, "use-policy", "retention-limit").startswith(
        "Each Surveillance Use Policy sets the period")
    assert "shall be kept for the period state law requires" in block(result, "use-policy", "state-minimum")
    # no ceiling, so no warning that the ceiling is shorter than the state minimum (the default has one)
    retention_findings = [f for f in result.findings if f.where == "use-policy#retention-limit"]
    assert retention_findings == []
    assert [f for f in assembled(RIVERBEND, ()).findings if f.where == "use-policy#retention-limit"]


def test_existing_technology_keeps_running_until_the_council_acts():
    result = riverbend("existing-keeps-running")
    assert "may continue to use it until the City Council decides" in block(
        result, "existing-technology", "continued-use")


def test_whistleblower_relies_on_state_law():
    text = block(riverbend("whistleblower-state-law"), "whistleblower", "remedy")
    assert "remedies that state law provides" in text and "no separate right of action" in text


def test_no_whistleblower_section():
    assert not has(riverbend("no-whistleblower"), "whistleblower")


def test_existing_approval_range_allows_a_three_year_deadline():
    result = riverbend("existing-keeps-running")
    assert errors(result) == []    # 1095 days is inside the range (San Diego extended by 3 years)


def test_defaults_keep_the_strong_choices():
    result = assembled(RIVERBEND, ())
    assert has(result, "annual-report") and has(result, "impact-report")
    assert "for longer than 90 days" in block(result, "use-policy", "retention-limit")
    assert block(result, "existing-technology", "stop-use")
    assert "may bring an action for reinstatement" in block(result, "whistleblower", "remedy")
