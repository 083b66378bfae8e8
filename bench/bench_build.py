"""Issues 2 and 8: `ordinance-kit build` against an honest floor, whole-process and in-process.

The floor is bench/floor_docx.py: a plain python-docx script that writes the same paragraphs
(same text, same paragraph styles, same template), style ids looked up once, one save, and
nothing else. The python-docx tutorial version of it (a style lookup by name per paragraph)
is timed too, as "naive floor", to show what the old figures compared against.

Whole process: `python -m ordinance_kit build` on the largest example, the floor script and
`--help`, run in turn (so each sees the same machine load), median of N rounds after a warm-up
round; wall and CPU (user + system) seconds and peak RSS.

In process: the same draft built with `engine.build` on answers prepared once (assemble +
checks + DOCX), against `floor_docx.write_docx` on the same paragraphs; median of N.

    .venv/bin/python bench/bench_build.py [--runs 9]

A benchmark script, not a test: the figures depend on the machine and on its load.
"""
from __future__ import annotations

import json
import statistics
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from _common import CLI, PY, ROOT, machine, median_runs, paragraphs_of, timed_process  # noqa: E402

TARGET_RATIO = 1.5          # whole-process build / floor
TARGET_IN_PROCESS = 1.0     # per-draft build / floor, in one process
TARGET_HELP = 0.15


def largest_example() -> Path:
    """The example whose draft has the most paragraphs."""
    from ordinance_kit.engine import build, prepare

    best, best_n = None, -1
    for path in sorted((ROOT / "examples").glob("*.yaml")):
        lib, ans = prepare(path)
        n = sum(1 for _ in build(lib, ans, "md").ordinance.all_blocks())
        if n > best_n:
            best, best_n = path, n
    return best


def in_process(example: Path, paragraphs, runs: int) -> dict[str, float]:
    from floor_docx import TEMPLATE, write_docx
    from ordinance_kit.engine import build, prepare

    lib, ans = prepare(example)
    template = TEMPLATE.read_bytes()
    build(lib, ans, "docx"), write_docx(paragraphs, template)      # warm-up
    ours, floor, prep, ours_cpu, floor_cpu = [], [], [], [], []
    wall, cpu = time.perf_counter, time.process_time
    for _ in range(runs):
        t0, c0 = wall(), cpu()
        build(lib, ans, "docx")
        t1, c1 = wall(), cpu()
        write_docx(paragraphs, template)
        t2, c2 = wall(), cpu()
        prepare(example)
        t3 = wall()
        ours.append(t1 - t0)
        floor.append(t2 - t1)
        prep.append(t3 - t2)
        ours_cpu.append(c1 - c0)
        floor_cpu.append(c2 - c1)
    med = statistics.median
    return {"ours": med(ours), "floor": med(floor), "prepare": med(prep),
            "ours_cpu": med(ours_cpu), "floor_cpu": med(floor_cpu)}


def main(argv: list[str]) -> int:
    runs = int(argv[argv.index("--runs") + 1]) if "--runs" in argv else 9
    example = largest_example()
    with tempfile.TemporaryDirectory() as tmp:
        tmp = Path(tmp)
        out = tmp / "draft.docx"
        build_cmd = [*CLI, "build", str(example), "-o", str(out), "--force"]
        timed_process(build_cmd)                       # one build, for its paragraphs
        paragraphs = paragraphs_of(out.read_bytes())
        (tmp / "paragraphs.json").write_text(json.dumps(paragraphs))
        floor = [PY, str(ROOT / "bench" / "floor_docx.py"), str(tmp / "paragraphs.json"),
                 str(tmp / "floor.docx")]
        got = median_runs({"build": build_cmd, "floor": floor, "naive": floor + ["--naive"],
                           "help": [*CLI, "--help"]}, runs)
        per = in_process(example, paragraphs, runs * 3)
    print(f"machine: {machine()}")
    print(f"example: {example.relative_to(ROOT)} ({len(paragraphs)} paragraphs), "
          f"whole process: median of {runs} rounds after 1 warm-up round")
    print(f"{'':34}{'wall s':>8}{'CPU s':>8}{'peak RSS MB':>13}   all walls (s)")
    for name, label in (("build", "ordinance-kit build"), ("floor", "floor (honest python-docx)"),
                        ("naive", "naive floor (style by name)"), ("help", "ordinance-kit --help")):
        g = got[name]
        print(f"{label:34}{g['wall']:8.3f}{g['cpu']:8.3f}{g['rss'] / 1024:13.1f}   "
              + " ".join(f"{x:.3f}" for x in g["walls"]))
    wall_ratio = got["build"]["wall"] / got["floor"]["wall"]
    cpu_ratio = got["build"]["cpu"] / got["floor"]["cpu"]
    print(f"build / floor: {wall_ratio:.2f}x wall, {cpu_ratio:.2f}x CPU (target <= "
          f"{TARGET_RATIO}x: {'met' if max(wall_ratio, cpu_ratio) <= TARGET_RATIO else 'NOT met'})")
    print(f"--help: {got['help']['wall']:.3f} s (target < {TARGET_HELP} s: "
          f"{'met' if got['help']['wall'] < TARGET_HELP else 'NOT met'})")
    ratio = per["ours"] / per["floor"]
    cpu_ratio = per["ours_cpu"] / per["floor_cpu"]
    print(f"\nin process, median of {runs * 3}: build (assemble + checks + DOCX) "
          f"{per['ours'] * 1000:.1f} ms wall / {per['ours_cpu'] * 1000:.1f} ms CPU, floor "
          f"{per['floor'] * 1000:.1f} ms wall / {per['floor_cpu'] * 1000:.1f} ms CPU: "
          f"{ratio:.2f}x wall, {cpu_ratio:.2f}x CPU (target <= {TARGET_IN_PROCESS}x: "
          f"{'met' if max(ratio, cpu_ratio) <= TARGET_IN_PROCESS else 'NOT met'}); reading the "
          f"answers file (prepare) {per['prepare'] * 1000:.1f} ms more")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
