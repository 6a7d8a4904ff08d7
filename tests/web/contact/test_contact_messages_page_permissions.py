"""The messages are read and deleted by the organisation's editors and admins only:
anonymous users are sent to log in, viewers and contributors refused, and B's editor
gets nothing of A's."""

import pytest
from django.urls import reverse

from styra.web.contact.models import ContactMessage
from styra.web.organisations.models import ContactPerson

LOGIN = "/konto/logga-in/"


@pytest.fixture
def message_a(org_a):
    return ContactMessage.objects.create(
        organisation=org_a,
        name="Vera Besökare",
        email="vera@example.org",
        subject="Cykelvägar",
        message="Hur går det?\nMvh Vera",
        sent_to="kontakt@stockholm.example.se",
    )


def list_url(organisation) -> str:
    return reverse("contact-messages", args=[organisation.pk])


def delete_url(message) -> str:
    return reverse("contact-message-delete", args=[message.organisation_id, message.pk])


def test_anonymous_is_sent_to_log_in(client, message_a):
    response = client.get(list_url(message_a.organisation))
    assert response.status_code == 302 and response["Location"].startswith(LOGIN)
    response = client.post(delete_url(message_a))
    assert response.status_code == 302 and response["Location"].startswith(LOGIN)
    assert ContactMessage.objects.filter(pk=message_a.pk).exists()


@pytest.mark.parametrize("user", ["admin_a", "editor_a"])
def test_editors_and_admins_read_the_messages(request, client_for, message_a, user):
    response = client_for(request.getfixturevalue(user)).get(list_url(message_a.organisation))
    assert response.status_code == 200
    html = response.content.decode()
    assert "Cykelvägar" in html and "Vera Besökare" in html
    assert "Hur går det?<br>Mvh Vera" in html
    assert 'href="mailto:vera@example.org"' in html
    assert "skickat till kontakt@stockholm.example.se" in html
    assert delete_url(message_a) in html


@pytest.mark.parametrize("user", ["viewer_a", "contributor_a", "editor_b"])
def test_others_are_refused(request, client_for, message_a, user):
    client = client_for(request.getfixturevalue(user))
    assert client.get(list_url(message_a.organisation)).status_code == 403
    assert client.post(delete_url(message_a)).status_code == 403
    assert ContactMessage.objects.filter(pk=message_a.pk).exists()


def test_an_editor_deletes_a_message(client_for, editor_a, message_a):
    client = client_for(editor_a)
    assert client.get(delete_url(message_a)).status_code == 405  # a link cannot delete
    response = client.post(delete_url(message_a))
    assert response.status_code == 302 and response["Location"] == list_url(message_a.organisation)
    assert not ContactMessage.objects.filter(pk=message_a.pk).exists()
    assert "Meddelandet är borttaget." in client.get(response["Location"]).content.decode()


def test_bs_editor_cannot_reach_as_message_through_bs_url(client_for, editor_b, org_b, message_a):
    url = reverse("contact-message-delete", args=[org_b.pk, message_a.pk])
    assert client_for(editor_b).post(url).status_code == 404
    assert ContactMessage.objects.filter(pk=message_a.pk).exists()


def test_b_sees_only_bs_messages(client_for, editor_b, org_b, message_a):
    html = client_for(editor_b).get(list_url(org_b)).content.decode()
    assert "Cykelvägar" not in html and "Inga meddelanden just nu." in html


def test_the_page_says_where_messages_go(client_for, editor_a, org_a, admin_a):
    html = client_for(editor_a).get(list_url(org_a)).content.decode()
    assert admin_a.email in html and "ingen kontaktperson är angiven" in html
    assert "visas först när organisationen har publicerat något" in html
    ContactPerson.objects.create(organisation=org_a, name="Kim", email="kim@example.se")
    html = client_for(editor_a).get(list_url(org_a)).content.decode()
    assert "Nya meddelanden skickas med e-post till: kim@example.se" in html
