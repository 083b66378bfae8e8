"""Checks for the state fact files in clauses/states/XX.yaml."""
from pathlib import Path

import pytest
from ruamel.yaml import YAML

STATES_DIR = Path(__file__).resolve().parent.parent / "clauses" / "states"

EXPECTED_CODES = {
    "AL", "AK", "AZ", "AR", "CA", "CO", "CT", "DE", "FL", "GA",
    "HI", "ID", "IL", "IN", "IA", "KS", "KY", "LA", "ME", "MD",
    "MA", "MI", "MN", "MS", "MO", "MT", "NE", "NV", "NH", "NJ",
    "NM", "NY", "NC", "ND", "OH", "OK", "OR", "PA", "RI", "SC",
    "SD", "TN", "TX", "UT", "VT", "VA", "WA", "WV", "WI", "WY",
    "DC",
}

HOME_RULE_VALUES = {"home-rule", "dillon", "mixed"}

LAW_KEYS = {"name": str, "cite": str, "verified": bool, "source": str}
HOME_RULE_KEYS = {"value": str, "verified": bool, "source": str}
PREEMPTION_KEYS = {
    "preempted": bool, "law": str, "cite": str,
    "verified": bool, "source": str, "note": str,
}
TOP_KEYS = {"code", "name", "government", "records_law", "open_meetings_law", "home_rule", "preemption",
            "retention_minimum", "claims_act", "remedy", "facial_recognition_law",
            "immigration_law", "police_reform_law", "military_equipment_law"}
# Facts that only name a law (empty strings and verified: false where the research has none).
NAMED_LAWS = ("facial_recognition_law", "immigration_law", "police_reform_law",
              "military_equipment_law")
RETENTION_KEYS = {"records": str, "cite": str, "consent": str, "verified": bool, "source": str}
CLAIMS_KEYS = {"name": str, "cite": str, "legislature_only_waiver": bool, "note": str,
               "verified": bool, "source": str}
PREEMPTION_TOPICS = {"immigration", "facial_recognition"}


def _load(path):
    yaml = YAML(typ="safe", pure=True)
    with path.open(encoding="utf-8") as f:
        return yaml.load(f)


FILES = sorted(STATES_DIR.glob("*.yaml"))
DATA = {p.stem: _load(p) for p in FILES}


def _facts(data):
    """Yield (label, fact mapping) for every fact that carries a `verified` flag."""
    yield "records_law", data["records_law"]
    yield "open_meetings_law", data["open_meetings_law"]
    yield "home_rule", data["home_rule"]
    for topic in sorted(PREEMPTION_TOPICS):
        yield f"preemption.{topic}", data["preemption"][topic]
    for key in ("retention_minimum", "claims_act", "remedy") + NAMED_LAWS:
        yield key, data[key]


def _check_shape(mapping, spec, where):
    assert isinstance(mapping, dict), f"{where}: expected a mapping"
    assert set(mapping) == set(spec), (
        f"{where}: keys {sorted(mapping)} != expected {sorted(spec)}")
    for key, typ in spec.items():
        value = mapping[key]
        # bool is a subclass of int; str fields must really be str and bool fields really bool
        assert type(value) is typ, f"{where}.{key}: expected {typ.__name__}, got {type(value).__name__}"


def test_exactly_51_files_for_states_and_dc():
    assert len(FILES) == 51
    assert {p.stem for p in FILES} == EXPECTED_CODES
    assert {d["code"] for d in DATA.values()} == EXPECTED_CODES


@pytest.mark.parametrize("code", sorted(DATA))
def test_file_shape(code):
    data = DATA[code]
    assert isinstance(data, dict)
    assert set(data) == TOP_KEYS, f"{code}: top-level keys {sorted(data)}"
    assert data["code"] == code, f"{code}.yaml has code {data['code']!r}"
    assert type(data["name"]) is str and data["name"].strip()
    _check_shape(data["records_law"], LAW_KEYS, f"{code}.records_law")
    _check_shape(data["open_meetings_law"], LAW_KEYS, f"{code}.open_meetings_law")
    assert data["records_law"]["name"].strip(), f"{code}: records law needs a name"
    assert data["open_meetings_law"]["name"].strip(), f"{code}: open meetings law needs a name"
    _check_shape(data["home_rule"], HOME_RULE_KEYS, f"{code}.home_rule")
    assert isinstance(data["preemption"], dict)
    assert set(data["preemption"]) == PREEMPTION_TOPICS, f"{code}: preemption topics"
    for topic in PREEMPTION_TOPICS:
        _check_shape(data["preemption"][topic], PREEMPTION_KEYS, f"{code}.preemption.{topic}")
    retention = dict(data["retention_minimum"])
    days = retention.pop("days", "missing")
    assert days is None or (type(days) is int and days > 0), f"{code}.retention_minimum.days"
    _check_shape(retention, RETENTION_KEYS, f"{code}.retention_minimum")
    _check_shape(data["claims_act"], CLAIMS_KEYS, f"{code}.claims_act")
    _check_shape(data["remedy"], LAW_KEYS, f"{code}.remedy")
    assert data["remedy"]["name"].strip(), f"{code}: the remedy needs a name (mandamus by default)"
    for key in NAMED_LAWS:
        _check_shape(data[key], LAW_KEYS, f"{code}.{key}")


@pytest.mark.parametrize("code", sorted(DATA))
def test_unknown_facts_are_empty_and_unverified(code):
    # a fact the research does not have is blank and never marked verified
    for label, fact in _facts(DATA[code]):
        if not (fact.get("name") or fact.get("law") or fact.get("cite") or fact.get("value")
                or fact.get("days")):
            assert fact["verified"] is False, f"{code}.{label}: empty but verified"


@pytest.mark.parametrize("code", sorted(DATA))
def test_home_rule_value_allowed(code):
    assert DATA[code]["home_rule"]["value"] in HOME_RULE_VALUES


@pytest.mark.parametrize("code", sorted(DATA))
def test_verified_facts_have_a_source(code):
    for label, fact in _facts(DATA[code]):
        if fact["verified"]:
            assert fact["source"].strip(), f"{code}.{label}: verified but no source"


@pytest.mark.parametrize("code", sorted(DATA))
def test_every_stated_fact_has_a_source(code):
    # any fact that names a law (verified or not) must say where it came from
    for label, fact in _facts(DATA[code]):
        if fact.get("name") or fact.get("law") or fact.get("value") or fact.get("cite"):
            assert fact["source"].strip(), f"{code}.{label}: no source"


@pytest.mark.parametrize("code", sorted(DATA))
def test_preempted_facts_have_law_and_note(code):
    for topic in PREEMPTION_TOPICS:
        fact = DATA[code]["preemption"][topic]
        if fact["preempted"]:
            assert fact["law"].strip(), f"{code}.preemption.{topic}: preempted but no law"
            assert fact["note"].strip(), f"{code}.preemption.{topic}: preempted but no note"
