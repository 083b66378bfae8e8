"""Helpers shared by the benchmark scripts (not part of the package)."""
from __future__ import annotations

import io
import os
import statistics
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
PY = str(ROOT / ".venv" / "bin" / "python") if (ROOT / ".venv").exists() else sys.executable
CLI = str(Path(PY).with_name("ordinance-kit"))


def paragraphs_of(docx_bytes: bytes) -> list[tuple[str, str]]:
    """(paragraph style name, text) of every body paragraph of a .docx."""
    import docx

    doc = docx.Document(io.BytesIO(docx_bytes))
    return [(p.style.name, p.text) for p in doc.paragraphs]


def timed_process(cmd: list[str], **kw) -> tuple[float, int]:
    """Wall seconds and peak RSS (KB) of one child process."""
    if Path("/usr/bin/time").exists():
        t0 = time.perf_counter()
        res = subprocess.run(["/usr/bin/time", "-f", "@@%M", *cmd], capture_output=True,
                             text=True, **kw)
        wall = time.perf_counter() - t0
        if res.returncode != 0:
            raise RuntimeError(f"{cmd} failed: {res.stderr[-2000:]}")
        rss = int(res.stderr.rsplit("@@", 1)[1].split()[0])
        return wall, rss
    import resource

    t0 = time.perf_counter()
    res = subprocess.run(cmd, capture_output=True, text=True, **kw)
    wall = time.perf_counter() - t0
    if res.returncode != 0:
        raise RuntimeError(f"{cmd} failed: {res.stderr[-2000:]}")
    return wall, int(resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss)


def median_runs(cmd: list[str], runs: int, warmup: int = 1, **kw) -> tuple[float, int, list[float]]:
    for _ in range(warmup):
        timed_process(cmd, **kw)
    samples = [timed_process(cmd, **kw) for _ in range(runs)]
    walls = [s[0] for s in samples]
    return statistics.median(walls), max(s[1] for s in samples), walls


def machine() -> str:
    model = "unknown CPU"
    try:
        for line in Path("/proc/cpuinfo").read_text().splitlines():
            if line.startswith("model name"):
                model = line.split(":", 1)[1].strip()
                break
    except OSError:
        pass
    load = os.getloadavg()[0] if hasattr(os, "getloadavg") else float("nan")
    return (f"nproc {os.cpu_count()}, {model}, Python {sys.version.split()[0]}, "
            f"load average {load:.2f}, {time.strftime('%Y-%m-%d')}")
