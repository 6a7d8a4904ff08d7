"""/sok/ shows goals and targets in the language of the page; matches either language."""

import pytest
from django.conf import settings

from tests.web.nulage.search_fixtures import _fresh_search_documents  # noqa: F401

pytestmark = pytest.mark.bundle


def goal_titles(client, query: str) -> list[str]:
    groups = {g.kind: g for g in client.get("/sok/", {"q": query}).context["groups"]}
    return ["".join(text for text, _ in result.title) for result in groups["goal"].results]


def test_swedish_and_english_pages_name_the_goal_in_their_language(
    kolada_sample, client_for, editor_a
):
    client = client_for(editor_a)
    assert goal_titles(client, "climate") == ["Bekämpa klimatförändringen"]
    client.cookies[settings.LANGUAGE_COOKIE_NAME] = "en"
    assert goal_titles(client, "klimatförändringen") == ["Climate action"]
