"""Document or fail: docs/architecture.md names every core package and web app, and its
diagrams are those of the real import graph (scripts/architecture_graph.py)."""

import importlib.util
import re
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
SCRIPT = REPO / "scripts" / "architecture_graph.py"


def load_script():
    spec = importlib.util.spec_from_file_location("architecture_graph", SCRIPT)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


graph = load_script()


def written_part() -> str:
    """The hand-written text of the doc (without the generated diagrams)."""
    text = graph.DOC.read_text(encoding="utf-8")
    return text.replace(graph.doc_part(text), "")


def test_every_core_package_and_web_app_has_a_group_in_the_script():
    assert not graph.ungrouped(), f"give these a group in {SCRIPT.name}: {graph.ungrouped()}"


def test_every_core_package_is_described_in_the_doc():
    text = written_part()
    missing = [name for name in graph.core_packages() if f"`styra.{name}`" not in text]
    assert graph.core_packages() and not missing, (
        f"describe these core packages in docs/architecture.md: {missing}"
    )


def test_every_web_app_is_described_in_the_doc():
    named = set(re.findall(r"^\| ([^|]+) \|", written_part(), re.M))
    described = {app for cell in named for app in re.findall(r"`(\w+)`", cell)}
    missing = [app for app in graph.web_apps() if app not in described]
    assert graph.web_apps() and not missing, (
        f"describe these web apps in the table of docs/architecture.md: {missing}"
    )


def test_the_diagrams_are_those_of_the_real_imports():
    text = graph.DOC.read_text(encoding="utf-8")
    assert graph.doc_part(text) == graph.generated(), (
        "the imports changed: run .venv/bin/python scripts/architecture_graph.py --write"
    )


def test_the_graph_sees_an_import_between_packages():
    # The overview's analysis: the nulage app imports the engine, which imports the catalog.
    edges = graph.import_graph()
    assert "analysis" in edges["web.nulage"] and "sdg" in edges["analysis"]
    assert "web.nulage" not in edges["analysis"]
