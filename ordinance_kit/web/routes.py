"""The web interview's routes. Every POST carries the signed interview state and a CSRF token;
the server keeps nothing, so any instance can answer any request.

    GET  /             welcome: start, or continue from an answers file
    GET  /interview    the first page, with no answers yet
    POST /interview    submit a page: next, back, the short path, change from the review,
                       or save the answers file
    POST /download     build one of DOWNLOADS from the state
    POST /upload       continue from an uploaded answers file
    POST /check        one field's message as it is typed (progressive enhancement)
"""
from __future__ import annotations

from flask import (Blueprint, Response, abort, current_app, g, jsonify, render_template,
                   request)
from werkzeug.exceptions import HTTPException

from ..answers import read_answers_text, resolve
from ..answers_writer import render_answers_yaml
from ..batch_rows import slugify
from ..engine import require_state_facts
from ..errors import UserError
from ..interview import EVERY, RECOMMENDED
from ..library import load_library
from ..yamlio import MAX_BYTES
from .security import (CSRF_COOKIE, HEADERS, BadState, csrf_ok, csrf_token, load_state,
                       new_csrf_cookie, sign_state)
from .builds import Busy
from .downloads import ANSWERS_MIMETYPE, DOWNLOADS, offered
from .flow import PATH, REVIEW, Flow, InterviewState, plain_value
from .forms import check_one, fields_for, read_page
from .views import review_sections, upload_name

bp = Blueprint("interview", __name__)


def setup(app) -> None:
    """Load the library once, and install the cookie, header and error handling."""
    library = load_library()
    app.flow = Flow(library)
    app.state_names = {code: str(library.state(code).get("name") or code)
                       for code in library.states}

    @app.before_request
    def _csrf_cookie():
        cookie = request.cookies.get(CSRF_COOKIE)
        g.new_cookie = not cookie or len(cookie) > 100
        g.csrf_cookie = new_csrf_cookie() if g.new_cookie else cookie

    @app.after_request
    def _headers(response):
        for name, value in HEADERS.items():
            response.headers.setdefault(name, value)
        response.headers.setdefault("Cache-Control", "no-store")
        if g.get("new_cookie"):
            response.set_cookie(CSRF_COOKIE, g.csrf_cookie, httponly=True,
                                samesite="Strict", secure=app.config["SECURE_COOKIES"])
        return response

    @app.errorhandler(HTTPException)
    def _http_error(exc):
        words = {400: "The form could not be read.", 404: "There is no such page.",
                 405: "That page cannot be used this way.",
                 413: "What was sent is too large. An answers file may be at most "
                      f"{MAX_BYTES:,} bytes."}
        return render_template("error.html", title=exc.name,
                               message=words.get(exc.code, exc.description)), exc.code

    @app.errorhandler(Exception)
    def _crash(exc):                        # never a traceback in the page
        app.logger.exception("unexpected error")
        return render_template("error.html", title="Something went wrong",
                               message="The server hit an unexpected problem. Your answers "
                               "are not lost if you downloaded the answers file."), 500


def flow() -> Flow:
    return current_app.flow


@bp.app_context_processor
def _template_globals():
    return {"csrf_token": csrf_token(current_app.config["SECRET_KEY"],
                                              g.get("csrf_cookie", ""))}


def _refuse(message: str, code: int = 400):
    """Stop the request with a page that says what went wrong (never a traceback)."""
    abort(Response(render_template("error.html", title="This form cannot be used",
                                   message=message), code))


def _posted_state() -> InterviewState:
    """The state a POST carries, after the CSRF token and the signature are checked."""
    secret = current_app.config["SECRET_KEY"]
    if not csrf_ok(secret, request.cookies.get(CSRF_COOKIE),
                            request.form.get("csrf_token") or request.headers.get("X-CSRF-Token")):
        _refuse("This form was not sent from this site's own page, or its security token has "
                "expired. Go back, reload the page, and send it again.")
    try:
        data = load_state(secret, request.form.get("state"))
    except BadState as exc:
        _refuse(f"The answers in this page could not be trusted: {exc}. If you have the "
                "answers file, start again from the first page and upload it.")
    return InterviewState.from_data(data, set(flow().qs.by_key))


def _resolve(state: InterviewState):
    try:
        return flow().resolve(state)
    except UserError as exc:     # an answer signed by an older version of the questions
        _refuse(f"These answers no longer fit the questions: {exc.render()}", 409)


def render(state: InterviewState, page_id: str, *, errors=None, typed=None, notice="",
           problem="", code: int = 200):
    """Draw a page of the interview, the short-path offer or the review."""
    fl = flow()
    answers = _resolve(state)
    secret = current_app.config["SECRET_KEY"]
    signed = sign_state(secret, state.to_data())
    step, total = fl.progress(page_id, answers)
    common = {"state": signed, "step": step, "total": total, "notice": notice,
              "problem": problem}
    if page_id == PATH:
        return render_template("path.html", page_id=PATH,
                               left=fl.remaining_choices(state, answers), **common), code
    if page_id == REVIEW:
        state.reviewed = True
        common["state"] = sign_state(secret, state.to_data())
        missing = fl.missing(answers)
        outcome = None
        if not missing:
            try:
                outcome = current_app.builder.run(state.answers, ("review",))
            except Busy:
                problem = problem or "The server is busy; the list of clauses is left out. " \
                                     "Reload to try again."
        common["problem"] = problem
        return render_template(
            "review.html", page_id=REVIEW, sections=review_sections(fl, answers,
                                                                    current_app.state_names),
            missing=[(fl.page_of[q.key], q.label, q.expected()) for q in missing],
            outcome=outcome, downloads=offered(), **common), code
    page = fl.by_id[page_id]
    fields = fields_for(fl.visible(page, answers), answers, current_app.state_names,
                        typed, errors)
    return render_template("page.html", page=page, page_id=page.id, fields=fields,
                           errors=errors or {}, **common), code


@bp.get("/")
def welcome():
    return render_template("welcome.html", problem="", max_bytes=MAX_BYTES)


@bp.get("/interview")
def start():
    state = InterviewState()
    return render(state, flow().first_page(_resolve(state)).id)


@bp.post("/interview")
def interview():
    fl = flow()
    state = _posted_state()
    answers = _resolve(state)
    page_id = request.form.get("page", "")
    action = request.form.get("action", "next")
    if page_id not in fl.by_id and page_id not in (PATH, REVIEW):
        _refuse("This form names a page the interview does not have.")
    typed, errors = {}, {}
    if page_id in fl.by_id:
        typed, errors = read_page(fl.visible(fl.by_id[page_id], answers), request.form,
                                  answers, state)
        if errors and action != "back":
            return render(state, page_id, errors=errors, typed=typed, code=422)
        answers = _resolve(state)
    if action == "save":
        return _answers_file(state)
    if action == "back":
        target = fl.before(page_id, answers)
        if target is None:
            return welcome()
        return render(state, target)
    if action.startswith("change:"):
        key = action.split(":", 1)[1]
        if key not in fl.page_of:
            _refuse("This form names a question the interview does not have.")
        return render(state, fl.page_of[key])
    if page_id == PATH:
        if action == RECOMMENDED:
            n = fl.take_short_path(state, answers)
            target = fl.after(PATH, state, answers)
            return render(state, target, notice=f"Took the recommended answer for {n} "
                          "choices. Each one is listed below, where you can change it.")
        state.path = EVERY
    target = fl.after(page_id, state, answers)
    notice = ""
    if target == page_id:
        notice = "Your answers brought up more questions on this page."
    elif target in fl.by_id and page_id in fl.by_id and \
            fl.pages.index(fl.by_id[target]) < fl.pages.index(fl.by_id[page_id]):
        notice = "Your answers brought up a question on this earlier page."
    return render(state, target, notice=notice)


def _answers_file(state: InterviewState) -> Response:
    fl = flow()
    answers = _resolve(state)
    text = render_answers_yaml(fl.library, answers)
    return _attachment(text.encode("utf-8"), _file_stem(answers) + "-answers.yaml",
                       ANSWERS_MIMETYPE)


def _file_stem(answers) -> str:
    name, kind, st = (answers.get(k) for k in ("jurisdiction.name", "jurisdiction.kind",
                                                "jurisdiction.state"))
    parts = [str(v) for v in (name, kind, st) if isinstance(v, str)]
    return slugify(*parts) or "ordinance"


def _attachment(data: bytes, filename: str, mimetype: str) -> Response:
    response = Response(data, mimetype=mimetype)
    response.headers["Content-Disposition"] = f'attachment; filename="{filename}"'
    return response


@bp.post("/download")
def download():
    state = _posted_state()
    item = DOWNLOADS.get(request.form.get("item", ""))
    if item is None or not item.available():
        _refuse("This form asks for a file the interview does not offer.")
    if item.id == "answers":
        return _answers_file(state)
    try:
        outcome = current_app.builder.run(state.answers, item.job)
    except Busy:
        return render(state, REVIEW, problem="The server is busy building other drafts. "
                      "Wait a moment and try again.", code=503)
    if not outcome.ok:
        return render(state, REVIEW, problem=f"The draft was not built. {outcome.message}",
                      code=422)
    return _attachment(outcome.data, _file_stem(_resolve(state)) + item.ending, item.mimetype)


@bp.post("/upload")
def upload():
    _posted_state()                       # the CSRF check; an upload starts a new state
    fl = flow()
    file = request.files.get("answers")
    name = upload_name(file.filename if file else "")
    try:
        if file is None:
            raise UserError("Choose an answers file to upload (a .yaml file saved from this "
                            "site or written by 'ordinance-kit init').")
        data = file.stream.read(MAX_BYTES + 1)
        if len(data) > MAX_BYTES:
            raise UserError(f"{name}: the answers file is more than {MAX_BYTES:,} bytes; the "
                            f"limit is {MAX_BYTES:,}. Is this the right file?")
        try:
            text = data.decode("utf-8-sig")
        except UnicodeDecodeError as exc:
            raise UserError(f"{name}: byte {exc.start} is not valid UTF-8 text. Save the "
                            "answers file as UTF-8 (in most editors: Save As, Encoding: "
                            "UTF-8).") from None
        raw, meta, problems = read_answers_text(text, name, fl.qs)
        answers = resolve(fl.qs, [raw], source=name, meta=meta, problems=problems,
                          require_all=False)
        require_state_facts(fl.library, answers, name)
    except UserError as exc:
        return render_template("welcome.html", problem=exc.render(), max_bytes=MAX_BYTES), 422
    # Straight to the review, except for questions that must be answered and are not.
    missing = {q.key for q in fl.missing(answers)}
    state = InterviewState(answers={k: plain_value(answers.values[k]) for k in raw},
                           seen={k for k in fl.qs.by_key if k not in missing},
                           path=EVERY, reviewed=True)
    answers = _resolve(state)
    target = fl.after(REVIEW, state, answers)
    words = f"Read {len(raw)} answers from {name}."
    return render(state, target, notice=words if target == REVIEW else
                  words + " This page has questions the file does not answer.")


@bp.post("/check")
def check_field():
    """{'key': ..., 'value': ...} -> {'message': ...}: the message `check` would give."""
    secret = current_app.config["SECRET_KEY"]
    if not csrf_ok(secret, request.cookies.get(CSRF_COOKIE),
                            request.headers.get("X-CSRF-Token")):
        return jsonify({"error": "bad token"}), 400
    body = request.get_json(silent=True)
    if not isinstance(body, dict) or not isinstance(body.get("value"), str):
        return jsonify({"error": "expected {key, value}"}), 400
    q = flow().qs.by_key.get(body.get("key"))
    if q is None:
        return jsonify({"error": "unknown question"}), 400
    return jsonify({"message": check_one(q, body["value"])})
