"""Document or fail: docs/interactions.md names every page, the CLI command and the rules."""

from pathlib import Path

from styra.web.priorities.interactions import imports, results, urls
from styra.web.priorities.interactions.models import MAX_TARGETS, MIN_TARGETS

DOC = (Path(__file__).resolve().parents[4] / "docs/interactions.md").read_text()


def test_every_url_name_is_in_the_docs():
    missing = [p.name for p in urls.urlpatterns if f"`{p.name}`" not in DOC]
    assert not missing, f"document these pages in docs/interactions.md: {missing}"


def test_the_command_and_the_limits_are_in_the_docs():
    assert "`styra interactions import FILE --org KOLADA_ID" in DOC
    assert f"{MIN_TARGETS}–{MAX_TARGETS} targets" in DOC
    assert f"at most {results.GRAPH_MAX_LINKS} lines" in DOC
    assert f"{imports.MAX_BYTES // 1000} kB" in DOC
