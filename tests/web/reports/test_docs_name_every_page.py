"""Document or fail: docs/nulagesanalys-document.md names every page, permission and threshold."""

from pathlib import Path

from styra.web.reports import urls
from styra.web.samverkan.suggestions import LOW_MANDATE

DOC = (Path(__file__).resolve().parents[3] / "docs/nulagesanalys-document.md").read_text()


def test_every_url_name_is_in_the_docs():
    missing = [p.name for p in urls.urlpatterns if f"`{p.name}`" not in DOC]
    assert not missing, f"document these pages in docs/nulagesanalys-document.md: {missing}"


def test_the_permissions_and_the_rules_it_reads_are_in_the_docs():
    for name in ("reports.view_document", "reports.freeze_document", "FrozenVersionError"):
        assert f"`{name}`" in DOC
    assert f"at most {LOW_MANDATE}" in DOC
    assert "Inga styrdokument är analyserade ännu" in DOC
