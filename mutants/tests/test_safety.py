"""Answers are data: markup, Jinja and term markers in answers are printed literally."""
import pytest

from ordinance_kit.errors import UserError
from ordinance_kit.model import Ref, TermUse
from helpers import build_mini, section

NASTY = ["{{ 7*7 }}", "[[Surveillance Data]]", "@[approval]", "* not a list",
         "{% raw %}x{% endraw %}", "<w:p>&amp;</w:p>", "\u00a7 9.64 \u2014 caf\u00e9 \U0001f600"]


@pytest.mark.parametrize("value", NASTY)
def test_answer_is_printed_literally(value):
    asm, findings = build_mini([f"options.body={value}"])
    block = section(asm, "reporting").blocks[-1]
    assert block.text.endswith(f"paid to {value}.")
    assert not any(isinstance(i, (Ref, TermUse)) for i in block.inlines)


def test_template_code_in_answers_is_not_run():
    asm, _ = build_mini(["jurisdiction.name={{ ''.__class__.__mro__ }}"])
    assert "{{ ''.__class__.__mro__ }}" in section(asm, "purpose").blocks[0].text


@pytest.mark.parametrize("bad", ["a\x07b", "a\x00b", "x\x1bz", "line\nbreak", "\ue000"])
def test_text_word_cannot_hold_is_rejected(bad):
    with pytest.raises(UserError) as err:
        build_mini([f"options.body={bad}"])
    assert "options.body" in str(err.value)


def test_sandbox_blocks_unsafe_template(mini):
    (mini / "sections" / "purpose.md").write_text(
        (mini / "sections" / "purpose.md").read_text() + "\n{{ ''.__class__.__mro__ }}\n")
    with pytest.raises(UserError) as err:
        build_mini(library=mini)
    assert "purpose.md" in str(err.value)


def test_unanswered_value_stays_a_blank_through_filters(mini):
    from ordinance_kit.model import Blank
    p = mini / "sections" / "purpose.md"
    p.write_text(p.read_text() + "\nThe body is {{ options.body | upper }}.\n")
    asm, _ = build_mini(library=mini)
    last = section(asm, "purpose").blocks[-1]
    assert any(isinstance(i, Blank) and i.label == "Body name" for i in last.inlines)
