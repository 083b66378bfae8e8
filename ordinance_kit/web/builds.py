"""Builds for the web interview, each in a child process with a time and a memory limit.

A hosted instance builds drafts for strangers, so one build must not be able to hold a worker
or the machine's memory: each runs in its own process (forked from a warm "forkserver" that
has the clause library loaded, so a build costs about what it costs in the CLI), under
RLIMIT_AS where the OS has it, and is killed when it passes its time. A semaphore bounds how
many run at once; a request that waits too long for a turn is told to try again.

Where processes cannot be forked (Windows), or with BUILD_ISOLATION off, builds run in the
request's thread with only the clause renderer's own limits (render_limits.py).
"""
from __future__ import annotations

import multiprocessing
import threading
from dataclasses import dataclass, field
from typing import Any

from ..errors import ChecksFailed, UserError


class Busy(Exception):
    """Every build slot stayed taken for the whole wait."""


@dataclass
class Outcome:
    ok: bool
    data: bytes = b""
    message: str = ""                                  # why not, in one paragraph
    findings: list[tuple[str, str, str]] = field(default_factory=list)  # level, where, message
    review: dict[str, Any] = field(default_factory=dict)


# --- the work itself (runs in the child) -----------------------------------------------------

def _labelled(library, line) -> tuple[str, str]:
    q = library.questions.by_key.get(line.key)
    return (q.label if q is not None else "State law: " + line.key.split(".", 1)[-1]
            .replace("_", " ").replace(".", ", "), line.value)


def do_job(answers_data: dict, job: tuple) -> Outcome:
    """Resolve the answers like `check` and build (job ('build', format, notes)) or assemble
    for the review (job ('review',)): what is in the draft and why, and the checks' findings."""
    from .. import engine
    from ..checks import has_errors
    from ..library import load_library
    from .flow import Flow, InterviewState

    library = load_library()
    flow = Flow(library)
    state = InterviewState(answers=answers_data)
    try:
        answers = flow.resolve(state, require_all=True)
        engine.require_state_facts(library, answers, "the state chosen")
        if job[0] == "build":
            _, fmt, notes = job
            result = engine.build(library, answers, fmt, notes=notes)
            return Outcome(True, result.data or b"",
                           findings=[(f.level, f.where, f.message) for f in result.findings])
        if job[0] in ("summary", "scorecard"):
            return Outcome(True, _companion_document(library, answers, *job))
        from ..explain import explain_all

        result = engine.check(library, answers)
        clauses = [{"id": e.id, "title": e.title, "kind": e.kind, "included": e.included,
                    "deciding": [_labelled(library, v) for v in e.deciding],
                    "values": [_labelled(library, v) for v in e.params
                               if answers.applicable.get(v.key, True)],
                    "sources": e.sources}
                   for e in explain_all(result.assembly)]
        return Outcome(not has_errors(result.findings),
                       findings=[(f.level, f.where, f.message) for f in result.findings],
                       review={"clauses": clauses})
    except UserError as exc:
        return Outcome(False, message=exc.render())
    except ChecksFailed as exc:
        return Outcome(False, message="The checks found errors in the assembled ordinance.",
                       findings=[(f.level, f.where, f.message) for f in exc.findings])


def _companion_document(library, answers, kind: str, fmt: str) -> bytes:
    """The one-page summary or the scorecard, made as the `summary` and `scorecard` commands
    make them (summary_output)."""
    from ..summary_output import render_summary, scorecard_text, summary_of

    if kind == "summary":
        return render_summary(summary_of(library, answers), fmt, "the summary")
    from .. import engine
    from ..draft_reading import from_assembly

    facts = from_assembly(engine.check(library, answers).assembly)
    return scorecard_text(library, facts, None, fmt).encode("utf-8")


def _child(conn, work, answers_data, job, memory_bytes) -> None:
    try:
        if memory_bytes:
            try:
                import resource

                resource.setrlimit(resource.RLIMIT_AS, (memory_bytes, memory_bytes))
            except (ImportError, ValueError, OSError):
                pass                       # the OS has no such limit: the time limit remains
        try:
            outcome = work(answers_data, job)
        except MemoryError:
            outcome = Outcome(False, message="The draft needed more memory than this server "
                                             "allows for one draft, and was stopped.")
        conn.send(outcome)
    finally:
        conn.close()


def _nothing(answers_data, job) -> Outcome:
    return Outcome(True)


# --- the runner (in the web server) ------------------------------------------------------------

class Builder:
    def __init__(self, *, seconds: float = 60.0, memory_mb: int = 1536, workers: int = 2,
                 wait_seconds: float = 30.0, isolate: bool = True):
        self.seconds = seconds
        self.memory_bytes = memory_mb * 1024 * 1024 if memory_mb else 0
        self.wait_seconds = wait_seconds
        self.slots = threading.BoundedSemaphore(max(1, workers))
        self.context = _context() if isolate else None

    def run(self, answers_data: dict, job: tuple, work=do_job) -> Outcome:
        """`work(answers_data, job)` (a module-level function, so a child can import it)
        under the limits; do_job unless a test passes another."""
        if not self.slots.acquire(timeout=self.wait_seconds):
            raise Busy()
        try:
            if self.context is None:
                return work(answers_data, job)
            return self._isolated(answers_data, job, work)
        finally:
            self.slots.release()

    def warm(self) -> None:
        """Start the build forkserver now (it loads the library and builds once), so the first
        person's review does not wait for it. `serve` calls this in a thread."""
        if self.context is not None:
            self._isolated({}, ("nothing",), _nothing)

    def _isolated(self, answers_data: dict, job: tuple, work=do_job) -> Outcome:
        receive, send = self.context.Pipe(duplex=False)
        proc = self.context.Process(target=_child, args=(send, work, answers_data, job,
                                                         self.memory_bytes), daemon=True)
        proc.start()
        send.close()
        try:
            if receive.poll(self.seconds):
                try:
                    return receive.recv()
                except EOFError:            # the child died without a word (memory, signal)
                    return Outcome(False, message="The draft could not be built: the build "
                                   "stopped unexpectedly (it may have needed more memory than "
                                   "this server allows for one draft).")
            return Outcome(False, message=f"The draft took longer than {self.seconds:g} seconds "
                                          "to build and was stopped. Try again; if it happens "
                                          "again, tell whoever runs this site.")
        finally:
            receive.close()
            if proc.is_alive():
                proc.kill()
            proc.join(5)


_CONTEXT_LOCK = threading.Lock()
_CONTEXT = None


def _context():
    """One forkserver per process, preloaded with the library and the writers."""
    global _CONTEXT
    with _CONTEXT_LOCK:
        if _CONTEXT is None:
            methods = multiprocessing.get_all_start_methods()
            if "forkserver" not in methods:
                return None
            ctx = multiprocessing.get_context("forkserver")
            ctx.set_forkserver_preload(["ordinance_kit.web.warm"])
            _CONTEXT = ctx
        return _CONTEXT
