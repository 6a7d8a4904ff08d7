"""The contact form belongs to an organisation's public site: it answers 404 where
nothing is published (or it was withdrawn), and every public page links to it."""

import pytest
from django.core import mail
from django.urls import reverse

from styra.web.contact.models import ContactMessage
from styra.web.public import publishing
from styra.web.public.models import Publication
from tests.web.antispam_helpers import robot_check
from tests.web.contact.contact_helpers import VISITOR, form_url, send
from tests.web.public.public_content import publish


@pytest.mark.usefixtures("antispam")
def test_nothing_published_no_form(client, org_b):
    assert client.get(form_url(org_b)).status_code == 404
    response = client.post(form_url(org_b), {**VISITOR, **robot_check(client)})
    assert response.status_code == 404
    assert ContactMessage.objects.count() == 0 and mail.outbox == []
    assert client.get(reverse("contact-sent", args=[org_b.pk])).status_code == 404


def test_an_unknown_organisation_has_no_form(client, db):
    assert client.get(form_url(type("Org", (), {"pk": "9999"}))).status_code == 404


def test_withdrawn_no_form(client, published_a):
    publication = Publication.objects.get(organisation=published_a, state="published")
    publishing.withdraw(publication, None)
    publishing.forget(published_a.pk)
    assert client.get(form_url(published_a)).status_code == 404
    assert send(client, published_a).status_code == 404
    assert ContactMessage.objects.count() == 0


@pytest.mark.parametrize("name", ["public-overview", "public-plan", "public-data"])
def test_every_public_page_links_to_the_form(client, published_a, name):
    html = client.get(reverse(name, args=[published_a.pk])).content.decode()
    assert f'href="{form_url(published_a)}"' in html
    assert "Kontakta Stockholm" in html


def test_the_form_is_in_the_public_frame_with_its_navigation(client, published_a):
    html = client.get(form_url(published_a)).content.decode()
    assert reverse("public-overview", args=[published_a.pk]) in html
    assert "Logga in" not in html  # the public frame, not the members' one
    assert "Publicerad " not in html  # no provenance: this page shows no published data


def test_the_language_link_sets_the_cookie_and_comes_back(client, published_a):
    response = client.get(form_url(published_a) + "?lang=en")
    assert response.status_code == 302 and response["Location"] == form_url(published_a)
    assert response.cookies["django_language"].value == "en"


def test_only_a_region_or_kommun_with_a_publication_of_its_own(client, published_a, org_b):
    publish(org_b, sections=["handlingsplan"])
    assert client.get(form_url(org_b)).status_code == 200
    send(client, org_b)
    assert ContactMessage.objects.get().organisation == org_b
