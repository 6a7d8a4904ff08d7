""" "Godkänn alla": one POST accepts every open suggestion of a passage or of a document;
rejected suggestions and manual tags stay; the editor is brought back to where they were
(the passage's anchor, or the list's, on the same page; with HTMX the part is swapped)."""

import pytest
from django.test import Client

from styra.web.focus.models import Tag

from .conftest import upload, url

HTMX = {"HTTP_HX_REQUEST": "true"}
# A passage about several goals, so that it gets more than one suggestion.
SEVERAL = """# Klimat och bostäder

Kommunens utsläpp av växthusgaser ska halveras till 2030, och en plan för
klimatanpassning tas fram. Det ska byggas fler hyresrätter med rimliga hyror nära god
kollektivtrafik, så att fler kan bo i kommunen utan att behöva äga en bil.
"""


@pytest.fixture
def passage(org_a, editor_a):
    passage = upload(org_a, editor_a, SEVERAL).passages.get()
    assert passage.tags.filter(status="suggested").count() >= 2
    return passage


def statuses(tags) -> list[str]:
    return sorted(tags.values_list("status", flat=True))


def test_a_passage_accept_all_takes_only_its_open_suggestions(
    client_for, editor_a, passage, document_a
):
    first = passage.tags.first()
    first.status = "rejected"
    first.save()
    manual = Tag.objects.create(passage=passage, goal=16, source="manual", status="accepted")
    others = statuses(Tag.objects.filter(passage__document=document_a))

    response = client_for(editor_a).post(
        url("focus-passage-accept-all", passage.pk), {"visa": "ogranskade", "sida": "1"}
    )
    expected = url("focus-document", passage.document_id) + f"?visa=ogranskade#avsnitt-{passage.pk}"
    assert response.status_code == 302 and response["Location"] == expected
    first.refresh_from_db()
    manual.refresh_from_db()
    assert first.status == "rejected" and manual.status == "accepted"
    accepted = passage.tags.filter(source="suggested").exclude(pk=first.pk)
    assert set(accepted.values_list("status", flat=True)) == {"accepted"}
    assert set(accepted.values_list("reviewed_by", flat=True)) == {editor_a.pk}
    assert statuses(Tag.objects.filter(passage__document=document_a)) == others


def test_a_passage_accept_all_with_htmx_answers_with_the_passage(client_for, editor_a, passage):
    count = passage.tags.filter(status="suggested").count()
    response = client_for(editor_a).post(url("focus-passage-accept-all", passage.pk), **HTMX)
    page = response.content.decode()
    assert response.status_code == 200 and "<html" not in page
    assert page.startswith(f'<section class="focus-unit" id="avsnitt-{passage.pk}"')
    assert f"{count} förslag är godkända." in page
    assert "Godkänn alla" not in page  # nothing left to accept


def test_a_document_accept_all_takes_every_open_suggestion_of_that_document_only(
    client_for, editor_a, passage, document_a
):
    others = statuses(Tag.objects.filter(passage__document=passage.document))
    assert "suggested" in statuses(Tag.objects.filter(passage__document=document_a))
    client = client_for(editor_a)
    response = client.post(url("focus-document-accept-all", document_a.pk), {"sida": "1"})
    expected = url("focus-document", document_a.pk) + "#avsnitt-lista"
    assert response.status_code == 302 and response["Location"] == expected
    assert "suggested" not in statuses(Tag.objects.filter(passage__document=document_a))
    assert statuses(Tag.objects.filter(passage__document=passage.document)) == others
    assert "förslag är godkända." in client.get(expected).content.decode()


def test_a_document_accept_all_with_htmx_answers_with_the_list(client_for, editor_a, document_a):
    response = client_for(editor_a).post(
        url("focus-document-accept-all", document_a.pk), {"visa": "alla"}, **HTMX
    )
    page = response.content.decode()
    assert response.status_code == 200 and "<html" not in page
    assert page.startswith('<section id="avsnitt-lista"')
    assert '<dd id="document-unreviewed" hx-swap-oob="true">0</dd>' in page
    assert "förslag är godkända." in page


def test_accept_all_without_the_csrf_token_is_refused(editor_a, passage):
    client = Client(enforce_csrf_checks=True)
    client.force_login(editor_a)
    before = statuses(passage.tags)
    for name, pk in [
        ("focus-passage-accept-all", passage.pk),
        ("focus-document-accept-all", passage.document_id),
    ]:
        assert client.post(url(name, pk)).status_code == 403
    assert statuses(passage.tags) == before
