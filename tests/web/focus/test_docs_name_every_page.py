"""Document or fail: docs/focus.md names every page of the web app and what counts as focus."""

from pathlib import Path

from styra.web.focus import urls
from styra.web.focus.presentation import PASSAGES_PER_PAGE

DOC = (Path(__file__).resolve().parents[3] / "docs/focus.md").read_text()


def test_every_url_name_is_in_the_docs():
    missing = [p.name for p in urls.urlpatterns if f"`{p.name}`" not in DOC]
    assert not missing, f"document these pages in docs/focus.md: {missing}"


def test_the_docs_say_what_counts_and_how_many_passages_a_page_shows():
    assert "Only accepted tags count" in DOC
    assert f"{PASSAGES_PER_PAGE} passages a page" in DOC
    assert "STYRA_MAX_UPLOAD_MB" in DOC
