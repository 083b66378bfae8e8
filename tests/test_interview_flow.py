"""The interview's flow (issue 13): no silent wrong answers (the state list, suggestions that
typing replaces, true closing counts), back and progress, save and resume, the short path,
help for the reader's own state and sources on request. Real terminal sessions through a
pseudo-terminal, as a person would type them, plus the logic with a scripted prompter."""
from __future__ import annotations

import os
import re
import time
from pathlib import Path

import pytest

from ordinance_kit.answers import load_answers
from ordinance_kit.interview import EVERY, PLACE_GROUPS, RECOMMENDED, Interview
from ordinance_kit.interview_help import help_for_state, sources_for
from ordinance_kit.state_names import match_state, resolve_state, state_names
from ordinance_kit.values import Unanswered

from test_interview import (BASE, CTRL_U, PathScript, Script, expect, finish, needs_pty,
                            prefill, review_and_write, spawn)

ROOT = Path(__file__).resolve().parents[1]


@pytest.fixture(scope="module")
def lib():
    from ordinance_kit.library import load_library

    return load_library()


def label(lib, key: str) -> str:
    """The question's wording as the library has it (the language work may reword it)."""
    return lib.questions.by_key[key].label


@pytest.fixture(scope="module")
def names(lib):
    return state_names(lib.states)


# --- the state list --------------------------------------------------------------------------

@pytest.mark.parametrize("typed, code", [
    ("OH", "OH"), ("oh", "OH"), ("Ohio", "OH"), ("ohio ", "OH"), ("Illinois", "IL"),
    ("new york", "NY"), ("N.Y.", "NY"), ("Calif.", "CA"), ("Ill", "IL"), ("Mass.", "MA"),
    ("west virginia", "WV"), ("Virginia", "VA"), ("District of Columbia", "DC"), ("wyo", "WY"),
])
def test_state_by_code_name_or_abbreviation(names, typed, code):
    assert resolve_state(typed, names) == code


def test_state_no_match_or_several_is_refused_not_guessed(names):
    with pytest.raises(ValueError, match="no match for 'Ohioo'"):
        resolve_state("Ohioo", names)
    with pytest.raises(ValueError, match="more than one state"):
        resolve_state("new", names)
    assert set(match_state("new", names)) == {"NH", "NJ", "NM", "NY"}
    assert match_state("", names) == []
    assert len(names) == 51 and names["OH"] == "Ohio"


@needs_pty
def test_pty_state_typed_by_name_never_picks_the_first(lib, tmp_path):
    out = tmp_path / "answers.yaml"
    args = [a for a in prefill(lib, {"jurisdiction.state"}) if not a.startswith("jurisdiction.state")]
    child = spawn(out, args)
    expect(child, label(lib, "jurisdiction.state"))
    child.send("Ohioo\r")
    expect(child, "No match for 'Ohioo'")
    child.send(CTRL_U + "new")                            # the list narrows as you type
    expect(child, "NY New York")
    child.send(CTRL_U + "Ohio\r")
    review_and_write(child)
    finish(child)
    assert load_answers(out, lib.questions).values["jurisdiction.state"] == "OH"


# --- suggestions that typing replaces, and defaults that follow earlier answers -------------

@needs_pty
def test_pty_typing_replaces_the_suggestion_and_members_follow_the_body(lib, tmp_path):
    ask = {"jurisdiction.governing_body", "jurisdiction.governing_body_members"}
    out = tmp_path / "answers.yaml"
    child = spawn(out, prefill(lib, ask))
    expect(child, "Enter to keep it, or type your own answer to replace it")   # the intro
    expect(child, label(lib, "jurisdiction.governing_body") + " [City Council]")
    child.send("City Commission\r")
    expect(child, label(lib, "jurisdiction.governing_body_members") + " [Commissioners]")
    child.send("\r")                                      # keep the tailored suggestion
    review_and_write(child)
    expect(child, "Wrote")
    finish(child)
    values = load_answers(out, lib.questions).values
    assert values["jurisdiction.governing_body"] == "City Commission"
    assert values["jurisdiction.governing_body_members"] == "Commissioners"


# --- the closing line tells the truth ----------------------------------------------------------

def _marked(text: str) -> int:
    return sum(1 for line in text.splitlines() if "# (default)" in line
               or "(default, worked out from other answers" in line)


@needs_pty
def test_pty_closing_count_matches_the_file(lib, tmp_path):
    ask = {"jurisdiction.name", "jurisdiction.kind", "timelines.notice_days"}
    out = tmp_path / "answers.yaml"
    args = [a for a in prefill(lib, ask)]
    child = spawn(out, args)
    expect(child, label(lib, "jurisdiction.name"))
    child.send("Riverside\r")
    expect(child, label(lib, "jurisdiction.kind"))
    child.send("\r")
    expect(child, label(lib, "timelines.notice_days") + " [30]")
    child.send("\r")
    review_and_write(child)
    child.expect(r"Wrote .*?: (\d+) answers \((\d+) of them defaults\)")
    total, defaults = int(child.match.group(1)), int(child.match.group(2))
    finish(child)
    text = out.read_text(encoding="utf-8")
    assert defaults == _marked(text) and defaults >= 2     # kind and notice days at least
    written = load_answers(out, lib.questions)
    assert total == len([k for k, v in written.values.items()
                         if written.applicable[k] and not isinstance(v, Unanswered)])


def test_update_says_up_to_date_or_wrote_never_both(cli, tmp_path):
    path = tmp_path / "a.yaml"
    code, _, err = cli("init", "--defaults", "-o", path, *[a for s in BASE for a in ("--set", s)])
    assert code == 0 and "Wrote" in err
    before = path.stat().st_mtime_ns, path.read_bytes()
    code, _, err = cli("init", "--update", path, "--defaults")
    assert code == 0 and "already up to date; nothing was written" in err
    assert "Wrote" not in err
    assert (path.stat().st_mtime_ns, path.read_bytes()) == before
    m = re.search(r"(\d+) of them defaults", err)
    assert m and int(m.group(1)) == _marked(path.read_text(encoding="utf-8"))


# --- back and progress ---------------------------------------------------------------------------

@needs_pty
def test_pty_back_and_progress_and_sources(lib, tmp_path):
    ask = {"jurisdiction.name", "jurisdiction.kind", "jurisdiction.governing_body"}
    out = tmp_path / "answers.yaml"
    child = spawn(out, prefill(lib, ask))
    expect(child, "Question 1 of about 3")
    child.send("Riverside\r")
    expect(child, "Question 2 of about 3")
    expect(child, label(lib, "jurisdiction.kind"))
    child.send("\r")
    expect(child, "Question 3 of about 3")
    child.send("?\r")                                     # the sources behind the question
    expect(child, "Sources:")
    expect(child, "Gov. Code")                            # California's, for a California city
    expect(child, label(lib, "jurisdiction.governing_body"))
    child.send("<\r")                                     # back, typed in a text box
    expect(child, "Question 2 of about 3")
    expect(child, label(lib, "jurisdiction.kind"))
    child.send("<")                                       # back, one key in a list
    expect(child, label(lib, "jurisdiction.name") + " [Riverside]")
    child.send("Lakeport\r")
    expect(child, label(lib, "jurisdiction.kind"))
    child.send("\r")
    expect(child, label(lib, "jurisdiction.governing_body"))
    child.send("\r")
    review_and_write(child)
    finish(child)
    values = load_answers(out, lib.questions).values
    assert values["jurisdiction.name"] == "Lakeport" and values["jurisdiction.kind"] == "city"


class Progress(Script):
    def __init__(self, answers=None, back_at=None):
        super().__init__(answers)
        self.progress: list[tuple[int, int]] = []
        self.back_at = back_at

    def say(self, text, style=""):
        super().say(text, style)
        if style == "progress":
            n, total = map(int, re.findall(r"\d+", text))
            self.progress.append((n, total))

    def ask(self, q, default):
        if q.key == self.back_at:
            self.back_at = None
            self.asked.append(q.key)
            return "__back__"
        return super().ask(q, default)


def test_progress_total_follows_what_applies(lib):
    on = Progress({"jurisdiction.name": "R", "jurisdiction.state": "OH"})
    Interview(lib, on, {}).run()
    off = Progress({"jurisdiction.name": "R", "jurisdiction.state": "OH",
                    "options.facial_recognition_ban": "false", "oversight.body": "none"})
    Interview(lib, off, {}).run()
    assert on.progress[-1][0] == on.progress[-1][1] == len(on.asked)
    assert off.progress[-1][0] == off.progress[-1][1] == len(off.asked)
    assert off.progress[0][1] == on.progress[0][1]         # the same estimate at the start
    assert off.progress[-1][1] < on.progress[-1][1]        # fewer once the answers say so
    i = off.asked.index("options.facial_recognition_ban")
    assert off.progress[i + 1][1] < off.progress[i][1]      # recounted right after the answer


def test_back_asks_the_previous_question_again_with_its_answer(lib):
    script = Progress({"jurisdiction.name": "Riverside", "jurisdiction.state": "OH"},
                      back_at="jurisdiction.state")
    defaults = []
    ask = script.ask

    def recording(q, default):
        defaults.append((q.key, default))
        return ask(q, default)
    script.ask = recording
    ans = Interview(lib, script, {}).run()
    assert script.asked[:4] == ["jurisdiction.name", "jurisdiction.kind", "jurisdiction.state",
                                "jurisdiction.kind"]
    assert defaults[3] == ("jurisdiction.kind", "city")
    assert [n for n, _ in script.progress[:4]] == [1, 2, 3, 2]
    assert ans.values["jurisdiction.state"] == "OH"


# --- save and resume --------------------------------------------------------------------------

@needs_pty
def test_pty_ctrl_c_saves_and_update_resumes(lib, tmp_path):
    ask = {"jurisdiction.name", "jurisdiction.kind", "jurisdiction.governing_body"}
    args = prefill(lib, ask)
    out = tmp_path / "answers.yaml"
    child = spawn(out, args)
    expect(child, label(lib, "jurisdiction.name"))
    child.send("Dayton\r")
    expect(child, label(lib, "jurisdiction.kind"))
    child.sendintr()
    expect(child, "Save your 1 answer so far")
    child.send("y")
    expect(child, "init --update")
    finish(child, 130)
    text = out.read_text(encoding="utf-8")
    assert "_partial: true" in text and "name: Dayton" in text
    assert "kind:" not in text                            # not answered: asked on resume
    child = spawn(out, args + ["--update", str(out)])
    expect(child, "Question 1 of about 2")
    expect(child, label(lib, "jurisdiction.kind"))             # the first question left
    child.send("\r")
    expect(child, label(lib, "jurisdiction.governing_body"))
    child.send("\r")
    review_and_write(child)
    finish(child)
    session = child.logfile_read.text()
    assert label(lib, "jurisdiction.name") + " [" not in session  # not asked again
    text = out.read_text(encoding="utf-8")
    assert "_partial" not in text
    assert load_answers(out, lib.questions).values["jurisdiction.name"] == "Dayton"


# --- the short path -----------------------------------------------------------------------------

def path_counts(lib, state: str) -> tuple[int, int, int]:
    """Questions asked on each path for a new place: (place, every, short)."""
    counts = []
    for path in (EVERY, RECOMMENDED):
        script = PathScript(path, {"jurisdiction.name": "Dayton", "jurisdiction.state": state})
        Interview(lib, script, {}).run()
        counts.append(len(script.asked))
    place = sum(1 for k in script.asked if lib.questions.by_key[k].group in PLACE_GROUPS)
    return place, counts[0], counts[1]


def test_short_path_asks_far_fewer_questions(lib):
    place, every, short = path_counts(lib, "OH")
    assert short == place and every >= place + 40
    script = PathScript(RECOMMENDED, {"jurisdiction.name": "Dayton", "jurisdiction.state": "OH"})
    Interview(lib, script, {}).run()
    assert script.short_counts == (every - place, 0)      # what the offer says of each path
    kind = lib.questions.by_key["jurisdiction.kind"]
    shown = dict(item for _, items in script.sections for item in items)
    city = next(c.label for c in kind.choices if c.value == "city")
    assert shown["jurisdiction.kind"] == f"{kind.label}: {city}"   # the review reads as picked


# --- help for the reader's own state, sources on request --------------------------------------

def test_help_quotes_only_the_readers_state(lib, names):
    signer = lib.questions.by_key["jurisdiction.signer"].help
    ohio = help_for_state(signer, "OH", names)
    assert "California" not in ohio and "Texas" not in ohio and "§" not in ohio
    assert '"Mayor"' in ohio and "A city manager does not sign" in ohio
    assert "California general-law city" in help_for_state(signer, "CA", names)
    days = ("How many days after adoption. California general-law cities normally use 30 "
            "days.")                                  # a whole sentence about one state's law
    assert help_for_state(days, "OH", names) == "How many days after adoption."
    assert "California" in help_for_state(days, "CA", names)
    assert help_for_state(days, None, names) == days          # the state not yet answered
    exigent = lib.questions.by_key["options.exigent_cap"].help   # an enacted example stays
    assert "Yellow Springs, Ohio" in help_for_state(exigent, "TX", names)
    notice = lib.questions.by_key["timelines.notice_days"].help    # a city, not the state
    assert "New York City posts" in help_for_state(notice, "OH", names)
    nominations = lib.questions.by_key["oversight.outside_nominations"].help
    assert "ACLU of Massachusetts" in help_for_state(nominations, "OH", names)
    immigration = lib.questions.by_key["options.immigration_limits"].help
    assert "Texas" not in help_for_state(immigration, "OH", names)
    assert "Texas" in help_for_state(immigration, "TX", names)


def test_sources_on_request_are_the_readers_state_and_the_modules_ordinances(lib):
    ans = load_answers(None, lib.questions, ["jurisdiction.name=Dayton",
                                             "jurisdiction.state=OH"])
    signer = sources_for(lib, lib.questions.by_key["jurisdiction.signer"], ans)
    assert any("Ohio R.C." in s for s in signer) and not any("Gov. Code" in s for s in signer)
    fr = lib.questions.by_key["options.facial_recognition_ban"]
    assert sources_for(lib, fr, ans) == [s.describe() for s in lib.get(fr.module).sources]


# --- the whole short path, timed (the figure and transcript in the resolution note) ------------

@needs_pty
def test_pty_whole_short_path_for_a_new_place(lib, tmp_path):
    out = tmp_path / "answers.yaml"
    start = time.monotonic()
    child = spawn(out, [])
    child.expect(r"Question 1 of about (\d+) \((\d+) if you go through every choice\)")
    place, every = int(child.match.group(1)), int(child.match.group(2))
    assert (place, every) == path_counts(lib, "OH")[:2]   # both paths' totals, up front
    expect(child, label(lib, "jurisdiction.name"))
    child.send("Dayton\r")
    expect(child, label(lib, "jurisdiction.kind"))
    child.send("\r")
    expect(child, label(lib, "jurisdiction.state"))
    child.send("Ohio\r")
    while child.expect([r"How do you want to go on", r"Question \d+ of about \d+"]) == 1:
        child.expect(r"\?")                               # the prompt's mark
        child.send("\r")                                  # keep every suggestion
    child.send("\r")                                      # the recommended choices
    review_and_write(child)
    expect(child, "Wrote")
    finish(child)
    seconds = time.monotonic() - start
    values = load_answers(out, lib.questions).values
    assert values["jurisdiction.state"] == "OH" and values["jurisdiction.name"] == "Dayton"
    assert values["options.facial_recognition_ban"] is True
    keep = os.environ.get("ORDINANCE_KIT_KEEP_SESSION")
    if keep:
        Path(keep).write_text(child.logfile_read.text(), encoding="utf-8")
        Path(keep + ".seconds").write_text(f"{seconds:.1f}\n", encoding="utf-8")


def test_a_kept_suggestion_follows_a_later_change(lib):
    """Members kept as suggested ("Councilmembers") become "Commissioners" when the review
    changes the body to a City Commission: a kept suggestion stays worked out, not frozen."""
    bodies = ["City Council", "City Commission"]
    script = Script({"jurisdiction.name": "Dayton", "jurisdiction.state": "OH"},
                    review=["jurisdiction.governing_body"])
    ask = script.ask

    def answering(q, default):
        if q.key == "jurisdiction.governing_body":
            script.asked.append(q.key)
            return bodies.pop(0)
        return ask(q, default)
    script.ask = answering
    ans = Interview(lib, script, {}).run()
    assert ans.values["jurisdiction.governing_body"] == "City Commission"
    assert ans.values["jurisdiction.governing_body_members"] == "Commissioners"
    assert ans.origins["jurisdiction.governing_body_members"] == "default"
