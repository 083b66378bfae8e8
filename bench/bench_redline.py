"""Issue 11: whole-process time of `ordinance-kit redline OLD NEW` against a `build` of NEW.

OLD is the fullest example (riverbend-ca.yaml); NEW is the same with the edits a city's staff
typically make (two numbers changed, two modules switched off, remedies removed). Goal: the
redline within 1.5x the build. Median of N runs after a warm-up run; both run as
`python -m ordinance_kit` from this checkout.

    python bench/bench_redline.py [--runs 7]

A benchmark script, not a test: the figures depend on the machine and on its load.
"""
from __future__ import annotations

import sys
import tempfile
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from _common import PY, ROOT, machine, median_one  # noqa: E402

TARGET_RATIO = 1.5
EDITS = (("notice_days: 45", "notice_days: 30"), ("retention_max_days: 90",
                                                  "retention_max_days: 365"),
         ("facial_recognition_ban: true", "facial_recognition_ban: false"),
         ("immigration_limits: true", "immigration_limits: false"),
         ("damages: true", "damages: false"))


def in_process(old: Path, new: Path, runs: int) -> tuple[float, float]:
    """CPU time of the work itself: build(NEW) to DOCX bytes against prepare + check of both
    drafts + render_redline."""
    import time

    sys.path.insert(0, str(ROOT))
    from ordinance_kit.engine import build, check, prepare, redline

    def do_build():
        lib, ans = prepare(new)
        build(lib, ans, "docx")

    def do_redline():
        results = [check(*prepare(path), notes=False) for path in (old, new)]
        redline(*results)

    best = []
    for fn in (do_build, do_redline):
        fn()
        times = []
        for _ in range(runs):
            t0 = time.process_time()
            fn()
            times.append(time.process_time() - t0)
        best.append(min(times))
    return best[0], best[1]


def main(argv: list[str]) -> int:
    runs = int(argv[argv.index("--runs") + 1]) if "--runs" in argv else 7
    old = ROOT / "examples" / "riverbend-ca.yaml"
    with tempfile.TemporaryDirectory() as tmp:
        tmp = Path(tmp)
        text = old.read_text()
        for before, after in EDITS:
            assert before in text, before
            text = text.replace(before, after)
        new = tmp / "riverbend-edited.yaml"
        new.write_text(text)
        cli = [PY, "-m", "ordinance_kit"]
        b_med, b_rss, b_all = median_one(
            cli + ["build", str(new), "-o", str(tmp / "draft.docx"), "--force"], runs, cwd=ROOT)
        r_med, r_rss, r_all = median_one(
            cli + ["redline", str(old), str(new), "-o", str(tmp / "redline.docx"), "--force"],
            runs, cwd=ROOT)
        b_cpu, r_cpu = in_process(old, new, runs)
    ratio = r_med / b_med
    print(f"machine: {machine()}")
    print(f"OLD {old.relative_to(ROOT)}, NEW the same with {len(EDITS)} edits; "
          f"median of {runs} runs after 1 warm-up")
    print(f"{'':28}{'median s':>10}{'peak RSS MB':>13}   all runs (s)")
    for label, med, rss, alls in (("ordinance-kit build NEW", b_med, b_rss, b_all),
                                  ("ordinance-kit redline", r_med, r_rss, r_all)):
        print(f"{label:28}{med:>10.3f}{rss / 1024:>13.1f}   "
              + " ".join(f"{x:.3f}" for x in alls))
    verdict = "within" if ratio <= TARGET_RATIO else "NOT within"
    print(f"redline / build = {ratio:.2f} ({verdict} the {TARGET_RATIO}x goal)")
    print(f"in one process, CPU seconds (best of {runs}, library loaded, imports done): "
          f"build {b_cpu:.3f}, redline {r_cpu:.3f}, ratio {r_cpu / b_cpu:.2f} "
          "(steadier than wall time on a loaded machine)")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
