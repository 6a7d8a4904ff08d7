"""Document or fail: docs/samverkan.md names the thresholds the code uses
(its pages: tests/web/test_docs_name_every_url.py)."""

from styra.samverkan import suggestions
from tests.web.docs_check import doc_text

DOC = doc_text("samverkan.md")


def test_the_thresholds_are_in_the_docs():
    assert f"at most {suggestions.LOW_MANDATE}" in DOC
    assert f"at least {suggestions.MIN_OPERATING_AREAS} distinct" in DOC
    for area in suggestions.NOT_OPERATING:
        assert f'"{area}"' in DOC
