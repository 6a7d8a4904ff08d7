"""/sok/ says what is wrong with a query: empty, no words, too long."""

import pytest

from styra.search import MAX_QUERY_CHARS
from tests.web.nulage.search_fixtures import _fresh_search_documents  # noqa: F401

pytestmark = pytest.mark.bundle


def test_the_page_without_a_query_asks_nothing(kolada_sample, client_for, editor_a):
    response = client_for(editor_a).get("/sok/")
    assert response.status_code == 200 and response.context["problem"] == ""


def test_an_empty_query_asks_for_words(kolada_sample, client_for, editor_a):
    response = client_for(editor_a).get("/sok/", {"q": "   "})
    assert "Skriv ett eller flera ord att söka efter." in response.content.decode()
    assert response.context["groups"] == []


def test_a_query_of_symbols_says_there_was_nothing_to_search_for(
    kolada_sample, client_for, editor_a
):
    response = client_for(editor_a).get("/sok/", {"q": "%&/!? x"})
    assert "Sökningen innehöll inga ord att söka på." in response.content.decode()
    assert response.context["groups"] == []


def test_a_very_long_query_is_cut_and_says_so(kolada_sample, client_for, editor_a):
    response = client_for(editor_a).get("/sok/", {"q": "utsläpp " * 200})
    html = response.content.decode()
    assert "Sökningen var för lång." in html
    assert len(response.context["query"].text) <= MAX_QUERY_CHARS
    assert response.context["groups"]  # it still searched for "utsläpp"
