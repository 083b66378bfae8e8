"""The package's shape: no import loops, writers import only the model and pure helpers, and
the engine never imports python-docx. Read from the source with tools/import_graph.py."""
from __future__ import annotations

import ast
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "tools"))
from import_graph import cycles, import_graph, module_files  # noqa: E402

# What a writer may import from the package: the tree, and helpers with no engine imports.
WRITER_MAY_IMPORT = {"ordinance_kit.model", "ordinance_kit.numbering", "ordinance_kit.dates",
                     "ordinance_kit.writers", "ordinance_kit.writers.ooxml",
                     "ordinance_kit.writers.make_template", "ordinance_kit.writers.manifest",
                     # the redline builds on the DOCX writer's frame and on its own pure diff
                     "ordinance_kit.writers.docx_writer", "ordinance_kit.writers.redline_diff",
                     "ordinance_kit.writers.revisions",
                     # the Akoma Ntoso writer keeps its metadata (FRBR, references) apart
                     "ordinance_kit.writers.akn_meta",
                     # the companion forms' and the one-page summary's trees (pure data)
                     "ordinance_kit.companion_model", "ordinance_kit.summary_model"}


def test_no_import_cycles():
    assert cycles(import_graph()) == []


def test_a_cycle_is_found():
    assert cycles({"a": {"b"}, "b": {"c"}, "c": {"a"}, "d": {"a"}}) == [["a", "b", "c"]]


def test_writers_import_only_the_model_and_pure_helpers():
    graph = import_graph()
    for mod, imported in graph.items():
        if mod.startswith("ordinance_kit.writers."):
            assert imported <= WRITER_MAY_IMPORT, (mod, imported - WRITER_MAY_IMPORT)
    for helper in ("ordinance_kit.numbering", "ordinance_kit.dates"):
        assert graph[helper] == set(), helper        # pure: imports nothing of ours


def test_the_engine_never_imports_python_docx():
    for mod, path in module_files().items():
        if mod.startswith("ordinance_kit.writers"):
            continue
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            names = ([a.name for a in node.names] if isinstance(node, ast.Import)
                     else [node.module or ""] if isinstance(node, ast.ImportFrom) else [])
            assert not any(n == "docx" or n.startswith("docx.") for n in names), mod


def test_nothing_below_the_web_interview_imports_it():
    """ordinance_kit.web is a face over the engine, like the CLI: only its own modules and the
    `serve` command import it, so the engine never needs Flask."""
    for mod, imported in import_graph().items():
        if mod.startswith("ordinance_kit.web") or mod == "ordinance_kit.cli_serve":
            continue
        assert not any(i == "ordinance_kit.web" or i.startswith("ordinance_kit.web.")
                       for i in imported), mod
    assert any(i.startswith("ordinance_kit.web") for i in import_graph()["ordinance_kit.cli_serve"])
