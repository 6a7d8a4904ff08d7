"""Document or fail: docs/focus.md says what counts as focus
(its pages: tests/web/test_docs_name_every_url.py)."""

from styra.web.focus.presentation import PASSAGES_PER_PAGE
from tests.web.docs_check import doc_text

DOC = doc_text("focus.md")


def test_the_docs_say_what_counts_and_how_many_passages_a_page_shows():
    assert "Only accepted tags count" in DOC
    assert f"{PASSAGES_PER_PAGE} passages a page" in DOC
    assert "STYRA_MAX_UPLOAD_MB" in DOC
