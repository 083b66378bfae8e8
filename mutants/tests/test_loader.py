"""The clause library loads, and every broken file gives a clear error naming file and line."""
import pytest

from ordinance_kit.errors import UserError
from ordinance_kit.library import load_library
from helpers import MINI


def test_mini_library_loads():
    lib = load_library(MINI)
    assert {c.id for c in lib.clauses} >= {"title", "approval", "reporting", "definitions"}
    assert len(lib.definitions) == 3
    assert lib.digest.startswith("sha256:")
    approval = lib.get("approval")
    assert approval.reads == {"options.funding", "options.notice_days"}
    assert approval.sources[0].describe() == "Oakland Mun. Code § 9.64.030 (Oakland, 2018): four triggers"


def test_digest_changes_with_content(mini):
    before = load_library(mini).digest
    p = mini / "sections" / "purpose.md"
    p.write_text(p.read_text() + "\nOne more sentence.\n")
    assert load_library(mini).digest != before


def broken(mini, name, old, new):
    path = mini / "sections" / name
    path.write_text(path.read_text().replace(old, new, 1))
    with pytest.raises(UserError) as err:
        load_library(mini)
    return str(err.value)


def test_unknown_front_matter_key_suggests(mini):
    msg = broken(mini, "purpose.md", "tags:", "tagz:")
    assert "purpose.md" in msg and "line 6" in msg and "did you mean 'tags'" in msg


def test_bad_yaml_front_matter_names_line(mini):
    msg = broken(mini, "purpose.md", "order: 10", "order: [10")
    assert "purpose.md" in msg and "line" in msg and "not valid YAML" in msg


def test_jinja_syntax_error_names_line(mini):
    msg = broken(mini, "approval.md", "{% endif %}", "{% endfor %}")
    assert "approval.md, line 15" in msg and "template error" in msg


def test_missing_front_matter(mini):
    path = mini / "sections" / "purpose.md"
    path.write_text("No front matter here.\n")
    with pytest.raises(UserError, match="purpose.md, line 1: a clause file starts with a '---'"):
        load_library(mini)


def test_id_must_match_file_name(mini):
    assert "must match the file name" in broken(mini, "purpose.md", "id: purpose", "id: porpose")


def test_unknown_tag(mini):
    assert "tag 'aproval-before-acquisition' is not in tags.yaml (did you mean" in broken(
        mini, "approval.md", "[approval-before-acquisition]", "[aproval-before-acquisition]")


def test_condition_reading_unknown_answer(mini):
    msg = broken(mini, "reporting.md", "when: options.extra", "when: options.extras")
    assert "reads 'options.extras'" in msg and "did you mean 'options.extra'" in msg


def test_body_reading_unknown_answer(mini):
    msg = broken(mini, "reporting.md", "options.damages | money", "options.damage | money")
    assert "reporting.md" in msg and "options.damage'" in msg


def test_unknown_requires(mini):
    assert "'aproval', which is not a clause id" in broken(
        mini, "reporting.md", "requires: [approval]", "requires: [aproval]")


def test_duplicate_clause_id(mini):
    (mini / "sections" / "extra").mkdir()
    (mini / "sections" / "extra" / "purpose.md").write_text(
        (mini / "sections" / "purpose.md").read_text())
    with pytest.raises(UserError, match="also used by"):
        load_library(mini)


def test_unknown_part(mini):
    assert "part 'section' is not one of" in broken(mini, "purpose.md", "part: sections", "part: section")


def test_unknown_state_fact(mini):
    msg = broken(mini, "purpose.md", "state.open_meetings_law.name", "state.open_meeting_law.name")
    assert "state.open_meeting_law.name" in msg and "did you mean" in msg
