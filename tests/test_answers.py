"""Answers are validated against the question set; errors name file, line, key and fix."""
import datetime as dt

import pytest

from ordinance_kit.answers import load_answers
from ordinance_kit.errors import UserError
from ordinance_kit.library import load_library
from ordinance_kit.templating import Unanswered
from helpers import MINI


@pytest.fixture(scope="module")
def qs():
    return load_library(MINI).questions


def load(qs, path=None, sets=None):
    return load_answers(path, qs, sets)


def error(qs, answers_file, text, sets=None):
    with pytest.raises(UserError) as err:
        load(qs, answers_file(text), sets)
    return str(err.value)


def test_defaults_and_computed_defaults(qs, answers_file):
    a = load(qs, answers_file("jurisdiction:\n  name: Testville\n"))
    assert a.get("jurisdiction.formal_name") == "City of Testville"
    assert a.get("options.notice_days") == 30
    assert a.get("ordinance.draft_date") == dt.date(2026, 11, 28)
    assert isinstance(a.get("ordinance.number"), Unanswered)
    assert a.origins["jurisdiction.name"].endswith("line 2, key 'jurisdiction.name'")
    assert a.origins["options.notice_days"] == "default"


def test_command_line_wins_over_file(qs, answers_file):
    path = answers_file("jurisdiction:\n  name: Testville\noptions:\n  notice_days: 10\n")
    a = load(qs, path, ["options.notice_days=45", "jurisdiction.kind=county"])
    assert a.get("options.notice_days") == 45
    assert a.get("jurisdiction.formal_name") == "County of Testville"
    assert a.origins["options.notice_days"] == "--set options.notice_days"


def test_unknown_key_with_suggestion_and_line(qs, answers_file):
    msg = error(qs, answers_file, "jurisdiction:\n  name: T\noptions:\n  notice_dayz: 3\n")
    assert "answers.yaml, line 4, key 'options.notice_dayz'" in msg
    assert "did you mean 'notice_days'" in msg


def test_unknown_group(qs, answers_file):
    msg = error(qs, answers_file, "jurisdiction:\n  name: T\noptionz:\n  x: 1\n")
    assert "line 3" in msg and "did you mean 'options'" in msg


def test_wrong_type(qs, answers_file):
    msg = error(qs, answers_file, "jurisdiction:\n  name: T\noptions:\n  notice_days: soon\n")
    assert "line 4, key 'options.notice_days'" in msg and "give a whole number" in msg and msg.count("whole number") == 1


def test_out_of_range(qs, answers_file):
    msg = error(qs, answers_file, "jurisdiction:\n  name: T\noptions:\n  notice_days: 900\n")
    assert "above the maximum of 365" in msg


def test_bad_choice(qs, answers_file):
    msg = error(qs, answers_file, "jurisdiction:\n  name: T\n  kind: hamlet\n")
    assert "'hamlet' is not one of the choices" in msg and "city, county" in msg


def test_bool_expected(qs, answers_file):
    msg = error(qs, answers_file, "jurisdiction:\n  name: T\noptions:\n  funding: maybe\n")
    assert "give true or false" in msg and "expected" not in msg.split("answers.yaml", 1)[1]


def test_missing_required(qs, answers_file):
    msg = error(qs, answers_file, "jurisdiction:\n  kind: city\n")
    assert "missing answer for 'jurisdiction.name'" in msg


def test_several_problems_reported_together(qs, answers_file):
    msg = error(qs, answers_file, "jurisdiction:\n  kind: hamlet\noptions:\n  notice_days: x\n")
    assert msg.startswith("3 problems with the answers in")


def test_malformed_yaml_names_line(qs, answers_file):
    msg = error(qs, answers_file, "jurisdiction:\n  name: T\n  kind: [city\n")
    assert "answers.yaml, line" in msg and "not valid YAML" in msg


def test_duplicate_key(qs, answers_file):
    msg = error(qs, answers_file, "jurisdiction:\n  name: T\n  name: U\n")
    assert "not valid YAML" in msg and "line 3" in msg


def test_not_a_mapping(qs, answers_file):
    msg = error(qs, answers_file, "- just\n- a list\n")
    assert "holds a list instead" in msg


def test_float_text_needs_quotes(qs, answers_file):
    msg = error(qs, answers_file, "jurisdiction:\n  name: 9.10\n")
    assert "put it in quotes" in msg


def test_set_syntax_and_unknown_key(qs):
    with pytest.raises(UserError, match="write it as key=value"):
        load(qs, None, ["jurisdiction.name"])
    with pytest.raises(UserError, match="did you mean 'options.funding'"):
        load(qs, None, ["jurisdiction.name=T", "options.fundng=true"])


def test_set_typed_per_question(qs):
    a = load(qs, None, ["jurisdiction.name=T", "options.funding=no", "options.damages=$2,500",
                        "options.examples=alpr,cameras"])
    assert a.get("options.funding") is False
    assert a.get("options.damages") == 2500
    assert a.get("options.examples") == ["alpr", "cameras"]


def test_yaml_bomb_is_refused_quickly(qs, answers_file):
    bomb = "a: &a [x, x, x, x, x, x, x, x, x]\n"
    prev = "a"
    for i in range(1, 9):
        bomb += f"b{i}: &b{i} [*{prev}, *{prev}, *{prev}, *{prev}, *{prev}, *{prev}, *{prev}, *{prev}, *{prev}]\n"
        prev = f"b{i}"
    msg = error(qs, answers_file, bomb)
    assert "YAML aliases" in msg


def test_deep_nesting_is_refused(qs, answers_file):
    msg = error(qs, answers_file, "x: " + "[" * 5000 + "]" * 5000 + "\n")
    assert "nested" in msg


def test_binary_file(qs, tmp_path):
    path = tmp_path / "a.yaml"
    path.write_bytes(b"\xff\xfe\x00\x01garbage")
    with pytest.raises(UserError, match="not valid UTF-8"):
        load(qs, path)


def test_missing_file(qs, tmp_path):
    with pytest.raises(UserError, match="file not found"):
        load(qs, tmp_path / "nope.yaml")


def test_digest_is_stable(qs):
    a = load(qs, None, ["jurisdiction.name=T"])
    b = load(qs, None, ["jurisdiction.name=T"])
    c = load(qs, None, ["jurisdiction.name=U"])
    assert a.digest() == b.digest() != c.digest()


def test_no_message_says_expected_twice(qs, answers_file):
    """Each refusal says once what is accepted (issue 13: never 'expected ...; expected ...')."""
    for body in ("jurisdiction:\n  name: [a, b]\n", "jurisdiction:\n  name: T\noptions:\n  funding: maybe\n",
                 "jurisdiction:\n  name: T\noptions:\n  notice_days: soon\n"):
        msg = error(qs, answers_file, body).split("answers.yaml", 1)[1]   # the tmp path varies
        assert msg.count("expected") + msg.count("give ") == 1, msg


def test_choice_refusal_suggests_the_nearest_value():
    from ordinance_kit.library import load_library

    q = load_library().questions.by_key["jurisdiction.state"]
    for typed, meant in (("Ohio", "OH"), ("illinois", "IL"), ("new york", "NY"), ("oh", "OH"),
                         ("Ohoi", "OH")):
        assert q.did_you_mean(typed) == f" (did you mean {meant}?)", typed
    assert q.did_you_mean("Atlantis") == ""


def test_whole_numbers_name_their_unit():
    from ordinance_kit.library import load_library

    qs = load_library().questions
    assert qs.by_key["timelines.notice_days"].expected() == "a whole number of days from 10 to 120"
    assert qs.by_key["timelines.exigent_max_hours"].expected().startswith("a whole number of hours")
    assert all(q.unit for q in qs.questions if q.type == "int"), "every whole number has a unit"
