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
if str(ROOT) not in sys.path[:1]:
    sys.path.insert(0, str(ROOT))     # in-process timings import this checkout, not an install
PY = str(ROOT / ".venv" / "bin" / "python") if (ROOT / ".venv").exists() else sys.executable
# `python -m ordinance_kit` with this checkout first on the path: the code measured is the code
# beside this script, whichever environment's console script is on PATH.
CLI = [PY, "-m", "ordinance_kit"]
# Children may write bytecode (an installed package has its .pyc files; with
# PYTHONDONTWRITEBYTECODE set, every run would compile ordinance_kit from source, about 0.1 s
# that no user pays), and they import this checkout.
ENV = {k: v for k, v in os.environ.items() if k != "PYTHONDONTWRITEBYTECODE"}
ENV["PYTHONPATH"] = str(ROOT) + (os.pathsep + ENV["PYTHONPATH"] if ENV.get("PYTHONPATH") else "")


def paragraphs_of(docx_bytes: bytes) -> list[tuple[str, str]]:
    """(paragraph style name, text) of every body paragraph of a .docx."""
    import docx

    doc = docx.Document(io.BytesIO(docx_bytes))
    return [(p.style.name, p.text) for p in doc.paragraphs]


def timed_process(cmd: list[str], **kw) -> tuple[float, int, float]:
    """Wall seconds, peak RSS (KB) and CPU seconds (user + system) of one child process.

    CPU seconds are reported beside wall time because on a shared machine the wall time of
    a single-threaded run includes waiting for a core; CPU time does not."""
    kw.setdefault("env", ENV)
    if Path("/usr/bin/time").exists():
        t0 = time.perf_counter()
        res = subprocess.run(["/usr/bin/time", "-f", "@@%M %U %S", *cmd], capture_output=True,
                             text=True, **kw)
        wall = time.perf_counter() - t0
        if res.returncode != 0:
            raise RuntimeError(f"{cmd} failed: {res.stderr[-2000:]}")
        rss, user, system = res.stderr.rsplit("@@", 1)[1].split()[:3]
        return wall, int(rss), float(user) + float(system)
    import resource

    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    t0 = time.perf_counter()
    res = subprocess.run(cmd, capture_output=True, text=True, **kw)
    wall = time.perf_counter() - t0
    if res.returncode != 0:
        raise RuntimeError(f"{cmd} failed: {res.stderr[-2000:]}")
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    cpu = (after.ru_utime - before.ru_utime) + (after.ru_stime - before.ru_stime)
    return wall, int(after.ru_maxrss), cpu


def median_runs(cmds: dict[str, list[str]], runs: int, warmup: int = 1,
                **kw) -> dict[str, dict]:
    """Run the commands in turn, `runs` rounds after `warmup` rounds, so that each command
    sees the same mix of machine load. Per command: median wall, median CPU, peak RSS, walls."""
    for _ in range(warmup):
        for cmd in cmds.values():
            timed_process(cmd, **kw)
    samples: dict[str, list] = {name: [] for name in cmds}
    for _ in range(runs):
        for name, cmd in cmds.items():
            samples[name].append(timed_process(cmd, **kw))
    return {name: {"wall": statistics.median(s[0] for s in got),
                   "cpu": statistics.median(s[2] for s in got),
                   "rss": max(s[1] for s in got), "walls": [s[0] for s in got]}
            for name, got in samples.items()}


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


def median_one(cmd: list[str], runs: int, warmup: int = 1, **kw) -> tuple[float, int, list]:
    """One command alone: (median wall, peak RSS, every wall) after `warmup` runs."""
    got = median_runs({"cmd": cmd}, runs, warmup, **kw)["cmd"]
    return got["wall"], got["rss"], got["walls"]
