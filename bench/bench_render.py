"""The DOCX writer alone: median time of `render_docx` on a ~400-paragraph ordinance.

The ordinance is the test suite's `big_ordinance()` (tests/docx_helpers.py): 40 sections with
subdivisions at every level, references, a blank, notes and signatures. This used to be a
wall-clock assertion in tests/test_docx_writer.py (best of 3 < 0.3 s); timings depend on the
machine and its load, so they live here and are reported, not asserted.

    .venv/bin/python bench/bench_render.py [--runs 15]
"""
from __future__ import annotations

import statistics
import sys
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
sys.path.insert(0, str(HERE.parent / "tests"))
from _common import machine  # noqa: E402

TARGET = 0.3     # seconds per render, the figure the old test asserted


def main(argv: list[str]) -> int:
    runs = int(argv[argv.index("--runs") + 1]) if "--runs" in argv else 15
    from docx_helpers import big_ordinance
    from ordinance_kit.writers.docx_writer import render_docx

    big = big_ordinance()
    render_docx(big)                      # warm-up: imports, template read
    walls = []
    for _ in range(runs):
        t0 = time.perf_counter()
        render_docx(big)
        walls.append(time.perf_counter() - t0)
    med = statistics.median(walls)
    print(f"machine: {machine()}")
    print(f"render_docx, ~400 paragraphs: median {med * 1000:.1f} ms, best "
          f"{min(walls) * 1000:.1f} ms of {runs} (target < {TARGET * 1000:.0f} ms: "
          f"{'met' if med < TARGET else 'NOT met'})")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
