"""Shared fixtures: the small test library, the real library, and a CLI runner."""
from __future__ import annotations

import shutil
from pathlib import Path

import pytest

import os
import tempfile

# Tests build many throw-away libraries: keep their disk-cache entries out of the user's home.
os.environ["ORDINANCE_KIT_CACHE_DIR"] = tempfile.mkdtemp(prefix="ordinance-kit-test-cache-")

ROOT = Path(__file__).resolve().parents[1]
MINI = ROOT / "tests" / "fixtures" / "mini"
EXAMPLES = sorted((ROOT / "examples").glob("*.yaml"))


@pytest.fixture
def mini(tmp_path) -> Path:
    """A private copy of the small test library, safe to break."""
    target = tmp_path / "lib"
    shutil.copytree(MINI, target)
    return target


@pytest.fixture
def answers_file(tmp_path):
    def write(text: str, name: str = "answers.yaml") -> Path:
        path = tmp_path / name
        path.write_text(text, encoding="utf-8")
        return path
    return write


@pytest.fixture
def cli():
    """Run the CLI in-process; returns (exit code, stdout, stderr)."""
    from typer.testing import CliRunner

    from ordinance_kit.cli import app

    runner = CliRunner()

    def invoke(*args: str):
        result = runner.invoke(app, [str(a) for a in args], catch_exceptions=False)
        return result.exit_code, result.stdout, result.stderr
    return invoke
