"""Load test of the web interview on loopback: many interviews at once against waitress.

Each simulated person opens the interview, answers the place page and the document page,
takes the short path to the review (which assembles the draft once for its clause list),
saves the answers file, and downloads drafts. The app runs as hosted: every build in its own
process with the time and memory limits, BUILD_WORKERS at a time.

    python bench/bench_web.py                       # 200 interviews, 1,000 builds
    python bench/bench_web.py --interviews 20 --builds 100

Reported: any error (a status other than 200, a body that is not the file), the time one
build takes in its process (p50/p95), and the time a person waits for a download, which also
counts waiting for a free build slot (p50/p95). Loopback only: the server listens on 127.0.0.1.
"""
from __future__ import annotations

import argparse
import http.cookiejar
import re
import statistics
import sys
import threading
import time
import urllib.parse
import urllib.request
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

ITEMS = ("docx", "docx-clean", "md")


def pct(values: list[float], p: float) -> float:
    values = sorted(values)
    return values[min(len(values) - 1, int(round(p / 100 * (len(values) - 1))))]


class Person:
    def __init__(self, base: str):
        self.base = base
        self.opener = urllib.request.build_opener(
            urllib.request.HTTPCookieProcessor(http.cookiejar.CookieJar()))
        self.html = ""

    def request(self, path: str, data: dict | None = None) -> tuple[int, bytes, dict]:
        body = urllib.parse.urlencode(data).encode() if data is not None else None
        try:
            with self.opener.open(self.base + path, body, timeout=900) as r:
                return r.status, r.read(), dict(r.headers)
        except urllib.error.HTTPError as exc:
            return exc.code, exc.read(), dict(exc.headers)

    def fields(self) -> dict:
        return {n: re.search(rf'name="{n}" value="([^"]*)"', self.html).group(1)
                for n in ("state", "csrf_token", "page")}

    def step(self, path: str, **extra) -> None:
        data = self.fields()
        data.update({k.replace("__", "."): v for k, v in extra.items()})
        status, body, _ = self.request(path, data)
        if status != 200:
            raise RuntimeError(f"{path} {extra.get('action')}: HTTP {status}")
        self.html = body.decode()


def interview(base: str, builds: int, waits: list[float]) -> int:
    p = Person(base)
    status, body, _ = p.request("/interview")
    if status != 200:
        raise RuntimeError(f"GET /interview: HTTP {status}")
    p.html = body.decode()
    p.step("/interview", action="next", jurisdiction__name="Riverbend", jurisdiction__state="CA")
    p.step("/interview", action="next")
    p.step("/interview", action="recommended")
    if "Review your answers" not in p.html:
        raise RuntimeError("the short path did not reach the review")
    status, body, _ = p.request("/interview", dict(p.fields(), action="save"))
    if status != 200 or b"jurisdiction:" not in body:
        raise RuntimeError(f"answers file: HTTP {status}")
    fields = p.fields()
    for n in range(builds):
        item = ITEMS[n % len(ITEMS)]
        t = time.perf_counter()
        status, body, headers = p.request("/download", {"state": fields["state"], "item": item,
                                                        "csrf_token": fields["csrf_token"]})
        waits.append(time.perf_counter() - t)
        ok = body[:2] == b"PK" if item.startswith("docx") else body.startswith(b"<!--")
        if status != 200 or not ok:
            raise RuntimeError(f"download {item}: HTTP {status}")
    return builds


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--interviews", type=int, default=200)
    ap.add_argument("--builds", type=int, default=1000)
    ap.add_argument("--threads", type=int, default=16, help="waitress worker threads")
    args = ap.parse_args()

    import logging

    import waitress

    # waitress logs every change of its queue depth; with 200 people waiting that is noise
    logging.getLogger("waitress.queue").setLevel(logging.ERROR)

    from ordinance_kit.web import builds as builds_mod
    from ordinance_kit.web import create_app

    app = create_app({"SECRET_KEY": "bench", "BUILD_WAIT_SECONDS": 3600})
    run_times: list[float] = []
    lock = threading.Lock()
    isolated = app.builder._isolated

    def timed(*a, **kw):                   # the time a build takes once it has a slot
        t = time.perf_counter()
        try:
            return isolated(*a, **kw)
        finally:
            with lock:
                run_times.append(time.perf_counter() - t)
    app.builder._isolated = timed
    assert builds_mod.Builder                     # the hosted configuration: isolated builds

    server = waitress.create_server(app, host="127.0.0.1", port=0, threads=args.threads,
                                    connection_limit=args.interviews + 50)
    threading.Thread(target=server.run, daemon=True).start()
    base = f"http://127.0.0.1:{server.effective_port}"

    per = [args.builds // args.interviews + (1 if i < args.builds % args.interviews else 0)
           for i in range(args.interviews)]
    waits: list[float] = []
    errors: list[str] = []
    started = time.perf_counter()
    with ThreadPoolExecutor(max_workers=args.interviews) as pool:
        futures = [pool.submit(interview, base, n, waits) for n in per]
        done = 0
        for f in futures:
            try:
                done += f.result()
            except Exception as exc:              # counted and shown, not raised
                errors.append(str(exc))
    wall = time.perf_counter() - started
    server.close()
    print(f"web interview load test on loopback: {args.interviews} concurrent interviews, "
          f"{done} downloads built ({args.builds} asked), "
          f"{app.config['BUILD_WORKERS']} build slots, {args.threads} server threads")
    print(f"  errors: {len(errors)}" + (f" (first: {errors[0]})" if errors else ""))
    print(f"  wall time: {wall:.1f} s; builds (and review assemblies) run: {len(run_times)}")
    if run_times:
        print(f"  one build in its process: p50 {statistics.median(run_times):.3f} s, "
              f"p95 {pct(run_times, 95):.3f} s")
    if waits:
        print(f"  a download as a person waits for it (with the queue): p50 "
              f"{statistics.median(waits):.2f} s, p95 {pct(waits, 95):.2f} s")
    return 1 if errors else 0


if __name__ == "__main__":
    sys.exit(main())
