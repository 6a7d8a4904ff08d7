"""Document or fail: docs/network-commitments.md names every page of the commitments
matrix, the members' marks and the network report."""

from styra.web.network import commitments_urls
from tests.web.docs_check import doc_text


def test_every_url_name_is_in_the_docs():
    text = doc_text("network-commitments.md")
    names = [p.name for p in commitments_urls.urlpatterns]
    assert names and [name for name in names if f"`{name}`" not in text] == []
