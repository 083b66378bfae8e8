"""`ordinance-kit init`: the interview logic, the non-interactive forms, --update, and real
terminal sessions driven through a pseudo-terminal (pexpect) as a person would type them."""
from __future__ import annotations

import os
import re
import sys
from pathlib import Path

import pytest

from ordinance_kit.answers import load_answers
from ordinance_kit.answers_writer import render_answers_yaml
from ordinance_kit.interview import DONE, Interview, module_intro
from ordinance_kit.library import load_library
from ordinance_kit.templating import Unanswered

ROOT = Path(__file__).resolve().parents[1]
EXAMPLES = sorted((ROOT / "examples").glob("*.yaml"))
BASE = ["jurisdiction.name=Riverside", "jurisdiction.state=CA"]


@pytest.fixture(scope="module")
def lib():
    return load_library()


# --- the answers file ------------------------------------------------------------------------

@pytest.mark.parametrize("example", EXAMPLES, ids=lambda p: p.stem)
def test_written_file_reloads_to_identical_values(lib, example, tmp_path):
    before = load_answers(example, lib.questions)
    path = tmp_path / "out.yaml"
    path.write_text(render_answers_yaml(lib, before), encoding="utf-8")
    after = load_answers(path, lib.questions)
    assert after.values == before.values
    assert after.meta == {"_library": lib.digest, "_version": "0.1.0"}


def test_written_file_explains_itself(lib, tmp_path):
    ans = load_answers(None, lib.questions, BASE + ['ordinance.short_title=A "quoted": # title'])
    text = render_answers_yaml(lib, ans)
    assert text.splitlines()[0].startswith("# ")
    assert f"_library: \"{lib.digest}\"" in text and "_version: 0.1.0" in text
    q = lib.questions.by_key["timelines.notice_days"]
    assert q.help.split()[0] in text                       # help carried as a comment
    assert "  notice_days: 30  # (default)" in text        # defaults marked
    assert "  name: Riverside\n" in text                   # given answers not marked
    assert "  # formal_name: City of Riverside" in text    # computed default stays computed
    path = tmp_path / "a.yaml"
    path.write_text(text, encoding="utf-8")
    assert load_answers(path, lib.questions).values == ans.values


def test_awkward_text_round_trips(lib, tmp_path):
    for value in ["yes", "no", "null", "03-15", "1e3", "- dash", "#hash", "a: b", "It's",
                  "tab\there", "emoji \U0001F600", "\u00e9t\u00e9", "[x]", "{y}", "@at", "50%",
                  "trailing.", "0x10", "~", "'quoted'", '"dq"', "back\\slash"]:
        ans = load_answers(None, lib.questions, BASE + [f"ordinance.short_title={value}"])
        path = tmp_path / "t.yaml"
        path.write_text(render_answers_yaml(lib, ans), encoding="utf-8")
        assert load_answers(path, lib.questions).values["ordinance.short_title"] == value.strip()


def test_help_does_not_import_the_interview_libraries():
    import subprocess

    code = ("import sys, ordinance_kit.cli; print(sorted(m for m in ('questionary', "
            "'prompt_toolkit', 'jinja2', 'ruamel.yaml', 'docx') if m in sys.modules))")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True)
    assert out.stdout.strip() == "[]", out.stderr


# --- the interview logic, with a scripted prompter ------------------------------------------

class Script:
    """Answers from a dict (else the default); records what was asked and said."""

    def __init__(self, answers=None, review=None):
        self.answers = dict(answers or {})
        self.review_picks = list(review or [])
        self.asked: list[str] = []
        self.said: list[str] = []

    def say(self, text, style=""):
        self.said.append(text)

    def ask(self, q, default):
        self.asked.append(q.key)
        if q.key in self.answers:
            return q.coerce(self.answers.pop(q.key), from_text=True)
        return default

    def review(self, sections):
        self.sections = sections
        return self.review_picks.pop(0) if self.review_picks else DONE


def test_asks_only_questions_that_apply(lib):
    script = Script({"jurisdiction.name": "Riverside", "jurisdiction.state": "CA",
                     "oversight.body": "none", "enforcement.private_suit": "false"})
    ans = Interview(lib, script, {}).run()
    assert "oversight.members" not in script.asked          # only when body == 'new'
    assert "enforcement.damages" not in script.asked        # only with a private suit
    for key in script.asked:
        assert ans.applicable[key]
    assert ans.values["jurisdiction.name"] == "Riverside"


def test_module_intro_from_note_and_sources_once(lib):
    script = Script({"jurisdiction.name": "R", "jurisdiction.state": "CA"})
    Interview(lib, script, {}).run()
    modules = {q.module for q in lib.questions.questions if q.module}
    for mod in modules:
        intro = module_intro(lib, mod)
        if any(q.module == mod and q.key in script.asked for q in lib.questions.questions):
            assert script.said.count(intro) == 1, mod
    clause = lib.get("facial-recognition-ban")
    intro = module_intro(lib, "facial-recognition-ban")
    plain = lib.questions.module_intros.get("facial-recognition-ban") or clause.note
    assert intro.startswith(" ".join(plain.split())[:40])
    # the citations are offered, not printed: "?" lists them (interview_help.sources_for)
    assert clause.sources[0].describe() not in intro and "type ? at its questions" in intro


def test_review_change_asks_newly_applicable_questions(lib):
    script = Script({"jurisdiction.name": "R", "jurisdiction.state": "CA",
                     "oversight.body": "none"}, review=["oversight.body"])
    script.answers_after = None
    orig_ask = script.ask

    def ask(q, default):
        if q.key == "oversight.body" and script.asked.count("oversight.body") == 1:
            script.asked.append(q.key)
            return "new"
        return orig_ask(q, default)
    script.ask = ask
    ans = Interview(lib, script, {}).run()
    assert ans.values["oversight.body"] == "new"
    assert "oversight.members" in script.asked              # asked after the change
    assert script.asked.count("jurisdiction.name") == 1     # nothing else asked again


# --- non-interactive forms through the command line -------------------------------------------

def test_defaults_lists_every_question_without_default(cli, tmp_path):
    out = tmp_path / "a.yaml"
    code, _, err = cli("init", "--defaults", "-o", out)
    assert code == 2
    assert "jurisdiction.name" in err and "jurisdiction.state" in err and "--set" in err
    assert not out.exists()


def test_defaults_with_set_writes_complete_file(cli, tmp_path, lib):
    out = tmp_path / "a.yaml"
    code, _, err = cli("init", "--defaults", "-o", out, *[a for s in BASE for a in ("--set", s)],
                       "--set", "oversight.members=9")
    assert code == 0, err
    ans = load_answers(out, lib.questions)
    assert ans.values["oversight.members"] == 9 and ans.values["jurisdiction.name"] == "Riverside"
    code, _, err = cli("init", "--defaults", "-o", out, "--set", "jurisdiction.name=X",
                       "--set", "jurisdiction.state=CA")
    assert code == 2 and "already exists" in err and "--force" in err
    code, _, err = cli("init", "--defaults", "-o", out, "--force", "--set", "jurisdiction.name=X",
                       "--set", "jurisdiction.state=CA")
    assert code == 0 and load_answers(out, lib.questions).values["jurisdiction.name"] == "X"


def test_bad_set_value_fails_before_writing(cli, tmp_path):
    out = tmp_path / "a.yaml"
    code, _, err = cli("init", "--defaults", "-o", out, *[a for s in BASE for a in ("--set", s)],
                       "--set", "oversight.members=abc")
    assert code == 2 and "--set oversight.members" in err and "whole number" in err
    assert not out.exists()


def test_interactive_needs_a_terminal(cli, tmp_path):
    code, _, err = cli("init", "-o", tmp_path / "a.yaml")
    assert code == 2 and "--defaults" in err


def test_update_drops_unknown_reasks_invalid_and_fills_new(cli, tmp_path, lib):
    old = tmp_path / "old.yaml"
    old.write_text("_library: sha256:0000000000000000\n_version: 0.0.9\n"
                   "jurisdiction:\n  name: Riverside\n  state: CA\n  mayor_name: Pat\n"
                   "timelines:\n  notice_days: 5000\n"
                   "oversight:\n  members: 9\n", encoding="utf-8")
    code, _, err = cli("init", "--update", old, "--defaults")
    assert code == 0, err
    assert "The clause library changed" in err
    assert "Dropped:" in err and "mayor_name" in err
    assert "No longer valid, asked again" in err and "notice_days" in err
    assert "New questions answered:" in err
    new_part = " ".join(err.split("New questions answered:", 1)[1].split())
    assert "Name of the governing body" in new_part          # the question's label ...
    assert "jurisdiction.governing_body" not in new_part     # ... never its key
    ans = load_answers(old, lib.questions)
    assert ans.values["oversight.members"] == 9               # kept
    assert ans.values["timelines.notice_days"] == 30          # invalid -> default
    assert ans.meta["_library"] == lib.digest
    # a second update finds nothing to do
    code, _, err = cli("init", "--update", old, "--defaults")
    assert code == 0 and "already up to date" in err


# --- real terminal sessions (pexpect) -------------------------------------------------------

try:
    import pexpect
except ImportError:          # pragma: no cover
    pexpect = None

needs_pty = pytest.mark.skipif(
    pexpect is None or not hasattr(os, "openpty") or sys.platform == "win32",
    reason="needs pexpect (pip install pexpect) and pseudo-terminals (pty), which this "
           "platform lacks")

PYTHON = ROOT / ".venv" / "bin" / "python"
TIMEOUT = 30          # seconds for one prompt to appear: start-up can be slow on a busy CI machine


def prefill(lib, ask: set[str]) -> list[str]:
    """--set for every answer except those in `ask`, so the session stays short."""
    ans = load_answers(None, lib.questions, BASE)
    args = []
    for q in lib.questions.questions:
        value = ans.values[q.key]
        if q.key in ask or not ans.applicable[q.key]:
            continue
        if isinstance(value, Unanswered):                 # optional, no default
            value = "2026-01"
        if isinstance(value, bool):
            value = "true" if value else "false"
        elif isinstance(value, list):
            value = ",".join(value)
        elif hasattr(value, "isoformat"):
            value = value.isoformat()
        args += ["--set", f"{q.key}={value}"]
    return args


def spawn(out: Path, args: list[str]):
    env = dict(os.environ, PYTHONPATH=str(ROOT), TERM="xterm", COLUMNS="100", LINES="40", PROMPT_TOOLKIT_NO_CPR="1",
               NO_COLOR="1")
    exe = str(PYTHON if PYTHON.exists() else sys.executable)
    child = pexpect.spawn(exe, ["-m", "ordinance_kit", "init", "-o", str(out), *args],
                          env=env, encoding="utf-8", timeout=TIMEOUT, dimensions=(40, 100),
                          cwd=str(out.parent))
    child.logfile_read = _Log()
    return child


class _Log:
    """Keeps the session for failure messages and the resolution note's transcript."""

    def __init__(self):
        self.parts: list[str] = []

    def write(self, s):
        self.parts.append(s)

    def flush(self):
        pass

    def text(self) -> str:
        return "".join(self.parts)


def pat(text: str) -> str:
    """A regex for on-screen text: prompt_toolkit may draw a space as a cursor move."""
    return r"(?:\s|\x1b\[\d*C)+".join(re.escape(w) for w in text.split())


def expect(child, text: str):
    child.expect(pat(text))


def finish(child, code: int = 0):
    child.expect(pexpect.EOF)
    child.close()
    assert child.exitstatus == code, child.logfile_read.text()[-2000:]


def review_and_write(child):
    expect(child, "Change an answer, or write the file")
    child.send("\r")


CTRL_U = "\x15"      # clears the line typed so far


@needs_pty
def test_pty_full_run_accepting_defaults(lib, tmp_path):
    ask = {"jurisdiction.name", "jurisdiction.kind", "options.facial_recognition_ban",
           "options.facial_recognition_device_unlock", "options.facial_recognition_redaction",
           "options.facial_recognition_inadvertent", "options.facial_recognition_delete_days"}
    out = tmp_path / "answers.yaml"
    child = spawn(out, prefill(lib, ask))
    expect(child, "Name of the city, county or town")
    child.send("Riverside\r")
    order = [q for q in lib.questions.questions if q.key in ask - {"jurisdiction.name"}]
    for q in order:
        expect(child, q.label)
        child.send("\r")                                  # keep the suggested answer
    review_and_write(child)
    expect(child, "Wrote")
    finish(child)
    session = child.logfile_read.text()
    assert session.count("About this part: ") == 1         # the facial recognition module
    assert "type ? at its questions" in " ".join(session.split())
    ans = load_answers(out, lib.questions)
    assert ans.values["jurisdiction.name"] == "Riverside"
    assert ans.values["options.facial_recognition_delete_days"] == 10
    if os.environ.get("ORDINANCE_KIT_KEEP_SESSION"):          # for a transcript
        Path(os.environ["ORDINANCE_KIT_KEEP_SESSION"]).write_text(session, encoding="utf-8")


@needs_pty
def test_pty_invalid_answer_is_explained_and_asked_again(lib, tmp_path):
    out = tmp_path / "answers.yaml"
    child = spawn(out, prefill(lib, {"timelines.notice_days"}))
    expect(child, "Days the reports are public before the hearing")
    child.send(CTRL_U + "abc\r")
    expect(child, "Not accepted:")
    expect(child, "whole number")
    child.send(CTRL_U + "45\r")
    review_and_write(child)
    finish(child)
    assert load_answers(out, lib.questions).values["timelines.notice_days"] == 45


@needs_pty
def test_pty_module_switched_off_skips_its_questions(lib, tmp_path):
    ask = {"options.facial_recognition_ban", "options.facial_recognition_device_unlock",
           "options.facial_recognition_redaction", "options.facial_recognition_inadvertent",
           "options.facial_recognition_delete_days"}
    out = tmp_path / "answers.yaml"
    child = spawn(out, prefill(lib, ask))
    expect(child, "Ban government facial recognition")
    child.send("n")                                       # a yes/no question answers at once
    review_and_write(child)
    finish(child)
    session = child.logfile_read.text()
    for key in ask - {"options.facial_recognition_ban"}:
        assert lib.questions.by_key[key].label not in session.split("Review your answers")[0]
    text = out.read_text()
    assert "facial_recognition_ban: false" in text and "facial_recognition_delete_days" not in text


@needs_pty
def test_pty_review_changes_an_answer(lib, tmp_path):
    out = tmp_path / "answers.yaml"
    child = spawn(out, prefill(lib, {"jurisdiction.name"}))
    expect(child, "Name of the city, county or town")
    child.send("Riverside\r")
    expect(child, "Change an answer, or write the file")
    child.send("\x1b[B")                                  # down: the first answer (the name)
    child.send("\r")
    expect(child, "Name of the city, county or town")
    child.send(CTRL_U + "Lakeport\r")
    review_and_write(child)
    finish(child)
    assert load_answers(out, lib.questions).values["jurisdiction.name"] == "Lakeport"


@needs_pty
def test_pty_ctrl_c_writes_nothing(lib, tmp_path):
    out = tmp_path / "answers.yaml"
    child = spawn(out, prefill(lib, {"jurisdiction.name", "jurisdiction.kind"}))
    expect(child, "Name of the city, county or town")
    child.send("Riverside\r")
    expect(child, "Kind of local government")
    child.sendintr()
    expect(child, "Save your 1 answer so far")          # the offer to save (issue 13)
    child.sendintr()                                      # a second Ctrl-C quits
    expect(child, "Interrupted; nothing was written.")
    finish(child, 130)
    assert os.listdir(tmp_path) == []


@needs_pty
def test_pty_existing_file_is_not_replaced_without_asking(lib, tmp_path):
    # A short path: the question quotes it, and a long one (pytest-xdist adds "popen-gw1/")
    # makes the terminal wrap the line inside the words this test waits for.
    import tempfile

    out = Path(tempfile.mkdtemp(prefix="ok-")) / "answers.yaml"
    out.write_text("keep me\n")
    child = spawn(out, prefill(lib, set()))
    expect(child, "already exists.")
    child.send("n")
    expect(child, "nothing was written")
    finish(child, 1)
    assert out.read_text() == "keep me\n"


# --- the short path and the partnership variants (issue 10) ---------------------------------

from ordinance_kit.interview import EVERY, PLACE_GROUPS, RECOMMENDED  # noqa: E402


class PathScript(Script):
    """A script that also answers the short-path offer."""

    def __init__(self, path, answers=None, review=None):
        super().__init__(answers, review)
        self.path = path
        self.offers: list[int] = []

    def choose_path(self, left, short=0):
        self.offers.append(left)
        self.short_counts = (left, short)
        return self.path


def test_short_path_takes_recommended_answers_then_reviews_them(lib):
    script = PathScript(RECOMMENDED, {"jurisdiction.name": "Riverside",
                                      "jurisdiction.state": "WI"})
    ans = Interview(lib, script, {}).run()
    assert len(script.offers) == 1 and script.offers[0] >= 10
    groups = {lib.questions.by_key[k].group for k in script.asked}
    assert groups <= set(PLACE_GROUPS)                 # nothing past the place was asked
    assert any("recommended answer" in s for s in script.said)
    for key in ("options.private_partnerships", "options.facial_recognition_scope",
                "options.partnership_tips", "enforcement.private_suit"):
        q = lib.questions.by_key[key]
        assert ans.values[key] == q.default and ans.origins[key] == "default"
    reviewed = [k for _, items in script.sections for k, _ in items]
    assert "options.private_partnerships" in reviewed and "oversight.body" in reviewed


def test_short_path_review_change_asks_what_it_newly_needs(lib):
    script = PathScript(RECOMMENDED, {"jurisdiction.name": "R", "jurisdiction.state": "WI",
                                      "options.private_partnerships": "permit"},
                        review=["options.private_partnerships"])
    ans = Interview(lib, script, {}).run()
    assert ans.values["options.private_partnerships"] == "permit"
    after = script.asked[script.asked.index("options.private_partnerships") + 1:]
    for key in ("options.partnership_residential_cameras", "options.partnership_live_access",
                "options.partnership_audit_months", "options.partnership_public_map"):
        assert key in after                               # newly applicable: asked
    assert "options.facial_recognition_ban" not in after  # settled earlier: not asked again


def test_every_path_goes_through_every_choice(lib):
    script = PathScript(EVERY, {"jurisdiction.name": "R", "jurisdiction.state": "WI"})
    Interview(lib, script, {}).run()
    assert "options.private_partnerships" in script.asked
    assert "enforcement.private_suit" in script.asked


def test_no_offer_when_few_questions_are_left(lib):
    ans = load_answers(None, lib.questions, BASE)
    given = {}
    from ordinance_kit.answers import RawAnswer
    for q in lib.questions.questions:
        if ans.applicable[q.key] and q.key != "options.facial_recognition_ban" \
                and not isinstance(ans.values[q.key], Unanswered):
            given[q.key] = RawAnswer(ans.values[q.key], "test")
    script = PathScript(RECOMMENDED, {})
    Interview(lib, script, given).run()
    assert script.offers == [] and "options.facial_recognition_ban" in script.asked


@pytest.mark.parametrize("answers, asked, not_asked", [
    ({"options.private_partnerships": "permit"},
     ["options.partnership_residential_cameras", "options.partnership_live_access",
      "options.partnership_audit_months", "options.partnership_public_map",
      "options.partnership_tips"],
     ["options.partnership_disclosure_days", "options.partnership_end_days"]),
    ({"options.private_partnerships": "regulate"},
     ["options.partnership_tips", "options.partnership_disclosure_days"],
     ["options.partnership_residential_cameras", "options.partnership_audit_months"]),
    ({"options.private_partnerships": "none"}, [],
     ["options.partnership_tips", "options.partnership_live_access"]),
    ({"options.facial_recognition_scope": "systems"},
     ["options.facial_recognition_systems", "options.facial_recognition_redaction"],
     ["options.facial_recognition_device_unlock", "options.facial_recognition_inadvertent",
      "options.facial_recognition_departments"]),
    ({"options.facial_recognition_scope": "departments"},
     ["options.facial_recognition_departments", "options.facial_recognition_device_unlock"],
     ["options.facial_recognition_systems"]),
    ({"options.facial_recognition_ban": "false"}, [],
     ["options.facial_recognition_scope", "options.facial_recognition_systems"]),
], ids=["permit", "regulate", "none", "fr-systems", "fr-departments", "fr-off"])
def test_new_questions_are_asked_only_where_they_apply(lib, answers, asked, not_asked):
    typed = {"jurisdiction.name": "R", "jurisdiction.state": "WI",
             "options.facial_recognition_systems": "the camera network", **answers}
    script = Script(typed)
    ans = Interview(lib, script, {}).run()
    for key in asked:
        assert key in script.asked and ans.applicable[key], key
    for key in not_asked:
        assert key not in script.asked and not ans.applicable[key], key


@needs_pty
def test_pty_short_path_takes_recommended_choices(lib, tmp_path):
    place = {q.key for q in lib.questions.questions if q.group in PLACE_GROUPS}
    args: list[str] = []
    ans = load_answers(None, lib.questions, BASE)
    for q in lib.questions.questions:
        value = ans.values[q.key]
        if q.key not in place or q.key == "jurisdiction.name" or not ans.applicable[q.key] \
                or isinstance(value, Unanswered):
            continue
        value = value.isoformat() if hasattr(value, "isoformat") else value
        args += ["--set", f"{q.key}={value}"]
    blanks = [q for q in lib.questions.questions if q.key in place and q.key != "jurisdiction.name"
              and ans.applicable[q.key] and isinstance(ans.values[q.key], Unanswered)]
    out = tmp_path / "answers.yaml"
    child = spawn(out, args)
    expect(child, "Name of the city, county or town")
    child.send("Riverside\r")
    for q in blanks:                                      # optional, no default: left blank
        expect(child, q.label)
        child.send("\r")
    expect(child, "How do you want to go on?")
    child.send("\r")                                      # the first choice: recommended
    expect(child, "Change an answer, or write the file")
    child.send("\r")
    expect(child, "Wrote")
    finish(child)
    session = child.logfile_read.text()
    before_review = session.split("Review your answers")[0]
    assert lib.questions.by_key["options.private_partnerships"].label not in before_review
    assert "recommended answer for the" in before_review
    written = load_answers(out, lib.questions)
    assert written.values["options.private_partnerships"] == "regulate"
    assert written.values["options.facial_recognition_scope"] == "government"
    assert written.values["jurisdiction.name"] == "Riverside"
