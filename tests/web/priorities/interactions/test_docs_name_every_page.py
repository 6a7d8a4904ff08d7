"""Document or fail: docs/interactions.md names the CLI command and the rules
(its pages: tests/web/test_docs_name_every_url.py)."""

from styra.web.priorities.interactions import imports, results
from styra.web.priorities.interactions.models import MAX_TARGETS, MIN_TARGETS
from tests.web.docs_check import doc_text

DOC = doc_text("interactions.md")


def test_the_command_and_the_limits_are_in_the_docs():
    assert "`styra interactions import FILE --org KOLADA_ID" in DOC
    assert f"{MIN_TARGETS}–{MAX_TARGETS} targets" in DOC
    assert f"at most {results.GRAPH_MAX_LINKS} lines" in DOC
    assert f"{imports.MAX_BYTES // 1000} kB" in DOC
