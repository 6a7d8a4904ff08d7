"""Document or fail: docs/nulagesanalys-document.md names every permission and threshold
(its pages: tests/web/test_docs_name_every_url.py)."""

from styra.samverkan.suggestions import LOW_MANDATE
from tests.web.docs_check import doc_text

DOC = doc_text("nulagesanalys-document.md")


def test_the_permissions_and_the_rules_it_reads_are_in_the_docs():
    for name in ("reports.view_document", "reports.freeze_document", "FrozenVersionError"):
        assert f"`{name}`" in DOC
    assert f"at most {LOW_MANDATE}" in DOC
    assert "Inga styrdokument är analyserade ännu" in DOC
