"""Public pages are cached, answer conditional GETs, and change the moment a new version
is approved or the organisation unpublishes."""

import pytest
from django.urls import reverse
from django.utils.http import http_date

from styra.web.public import publishing
from tests.web.public.public_content import content, fresh_cache, publish  # noqa: F401


def test_etag_last_modified_and_cache_control(client, org_a):
    publication = publish(org_a)
    response = client.get(reverse("public-overview", args=[org_a.pk]))
    assert response["ETag"] == f'"{publication.etag}-sv"'
    assert response["Last-Modified"] == http_date(publication.changed_at.timestamp())
    assert response["Cache-Control"] == "public, no-cache"  # kept, but asked again each time
    assert "Cookie" in response["Vary"]  # the language is the cookie's


def test_a_matching_etag_answers_304(client, org_a):
    publish(org_a)
    url = reverse("public-goal", args=[org_a.pk, 11])
    etag = client.get(url)["ETag"]
    assert client.get(url, headers={"if-none-match": etag}).status_code == 304
    assert client.get(url, headers={"if-none-match": '"other"'}).status_code == 200


def test_an_unchanged_since_answers_304(client, org_a):
    publish(org_a)
    url = reverse("public-plan", args=[org_a.pk])
    modified = client.get(url)["Last-Modified"]
    assert client.get(url, headers={"if-modified-since": modified}).status_code == 304


def test_the_etag_differs_by_language(client, org_a):
    publish(org_a)
    url = reverse("public-overview", args=[org_a.pk])
    swedish = client.get(url)["ETag"]
    client.get(url + "?lang=en")
    english = client.get(url)
    assert english["ETag"] != swedish
    assert client.get(url, headers={"if-none-match": swedish}).status_code == 200


def approve_by_hand(monkeypatch, organisation, user, admin, marker):
    """prepare + approve, with the content written by hand instead of taken from data."""
    monkeypatch.setattr(
        publishing, "build_content", lambda org, sections, names: content(org, sections, marker)
    )
    prepared = publishing.prepare(organisation, user, ["oversikt", "mal"], "CC-BY-4.0")
    return publishing.approve(prepared, admin)


def test_a_new_approval_is_served_at_once_and_unpublishing_is_404_at_once(
    client, org_a, editor_a, admin_a, monkeypatch, django_capture_on_commit_callbacks
):
    url = reverse("public-overview", args=[org_a.pk])
    with django_capture_on_commit_callbacks(execute=True):
        first = approve_by_hand(monkeypatch, org_a, editor_a, admin_a, "Första versionen.")
    assert "Första versionen." in client.get(url).content.decode()
    with django_capture_on_commit_callbacks(execute=True):
        second = approve_by_hand(monkeypatch, org_a, editor_a, admin_a, "Andra versionen.")
    assert second.etag != first.etag
    html = client.get(url).content.decode()
    assert "Andra versionen." in html and "Första versionen." not in html
    with django_capture_on_commit_callbacks(execute=True):
        publishing.withdraw(second, admin_a)
    assert client.get(url).status_code == 404


def test_unpublishing_a_section_is_404_at_once(
    client, org_a, admin_a, django_capture_on_commit_callbacks
):
    publication = publish(org_a)
    url = reverse("public-goal", args=[org_a.pk, 11])
    assert client.get(url).status_code == 200
    with django_capture_on_commit_callbacks(execute=True):
        publishing.unpublish_section(publication, "mal", admin_a)
    assert client.get(url).status_code == 404


def test_the_page_is_rendered_once_per_version(client, org_a, monkeypatch):
    publish(org_a)
    from styra.web.public import pages

    rendered = []
    real = pages.render_to_string
    monkeypatch.setattr(
        pages, "render_to_string", lambda *a, **k: rendered.append(1) or real(*a, **k)
    )
    url = reverse("public-overview", args=[org_a.pk])
    first = client.get(url).content
    assert client.get(url).content == first
    assert len(rendered) == 1


@pytest.mark.parametrize("name", ["public-overview", "public-index"])
def test_public_pages_may_not_be_framed(client, org_a, name):
    publish(org_a)
    args = [org_a.pk] if name == "public-overview" else []
    response = client.get(reverse(name, args=args))
    assert response["X-Frame-Options"] == "DENY"
    assert "frame-ancestors 'none'" in response["Content-Security-Policy"]
