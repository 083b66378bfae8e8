"""Issue 2: whole-process time and peak memory of `ordinance-kit build` against a floor.

The floor is bench/floor_docx.py: a bare python-docx script that writes the same paragraphs
(same text, same paragraph styles, same template) and nothing else. Also times
`ordinance-kit --help` (target < 0.15 s). Median of N runs after a warm-up run; peak memory
is the largest max RSS seen (GNU time -v / -f %M, else getrusage of children).

    .venv/bin/python bench/bench_build.py [--runs 7]

A benchmark script, not a test: the figures depend on the machine and on its load.
"""
from __future__ import annotations

import json
import sys
import tempfile
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from _common import CLI, PY, ROOT, machine, median_runs, paragraphs_of  # noqa: E402

TARGET_RATIO = 1.5
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


def main(argv: list[str]) -> int:
    runs = int(argv[argv.index("--runs") + 1]) if "--runs" in argv else 7
    example = largest_example()
    with tempfile.TemporaryDirectory() as tmp:
        tmp = Path(tmp)
        out = tmp / "draft.docx"
        build_cmd = [CLI, "build", str(example), "-o", str(out), "--force"]
        b_med, b_rss, b_all = median_runs(build_cmd, runs)
        paragraphs = paragraphs_of(out.read_bytes())
        (tmp / "paragraphs.json").write_text(json.dumps(paragraphs))
        floor_cmd = [PY, str(ROOT / "bench" / "floor_docx.py"), str(tmp / "paragraphs.json"),
                     str(tmp / "floor.docx")]
        f_med, f_rss, f_all = median_runs(floor_cmd, runs)
        h_med, h_rss, h_all = median_runs([CLI, "--help"], runs)
    ratio = b_med / f_med
    print(f"machine: {machine()}")
    print(f"example: {example.relative_to(ROOT)} ({len(paragraphs)} paragraphs), "
          f"median of {runs} runs after 1 warm-up")
    print(f"{'':28}{'median s':>10}{'peak RSS MB':>13}   all runs (s)")
    for label, med, rss, alls in (("ordinance-kit build", b_med, b_rss, b_all),
                                  ("floor: bare python-docx", f_med, f_rss, f_all),
                                  ("ordinance-kit --help", h_med, h_rss, h_all)):
        print(f"{label:28}{med:10.3f}{rss / 1024:13.1f}   "
              + " ".join(f"{x:.3f}" for x in alls))
    print(f"build / floor: {ratio:.2f}x (target <= {TARGET_RATIO}x: "
          f"{'met' if ratio <= TARGET_RATIO else 'NOT met'})")
    print(f"--help: {h_med:.3f} s (target < {TARGET_HELP} s: "
          f"{'met' if h_med < TARGET_HELP else 'NOT met'})")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
