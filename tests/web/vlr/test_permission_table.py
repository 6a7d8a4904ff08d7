"""Every VLR URL with admin, editor and viewer of A, editor of B and anonymous: A's
members read the draft, the frozen versions and their files; A's editors and admins
write the narratives and freeze; B is refused; anonymous goes to the login page."""

import pytest
from django.urls import reverse

from styra.web.vlr.models import VlrVersion

from .conftest import BASE, DRAFT, YEAR


@pytest.fixture
def version_a(org_a, editor_a, client_for):
    client_for(editor_a).post(f"{DRAFT}frys/", {"label": "KF", "decided_on": "2026-06-01"})
    return VlrVersion.objects.get()


def read_urls(version) -> list[str]:
    page = f"{BASE}versioner/{version.pk}/"
    return [DRAFT, f"{BASE}versioner/", page, f"{DRAFT}dokument.docx", f"{page}dokument.pdf"]


def write_urls() -> list[str]:
    return [f"{DRAFT}text/opening/", f"{DRAFT}frys/"]


def test_url_names():
    assert reverse("vlr-start", args=["0180"]) == BASE
    assert reverse("vlr-document", args=["0180", YEAR]) == DRAFT
    assert reverse("vlr-file", args=["0180", YEAR, "pdf"]) == f"{DRAFT}dokument.pdf"
    assert reverse("vlr-version-file", args=["0180", 3, "docx"]) == (
        f"{BASE}versioner/3/dokument.docx"
    )


@pytest.mark.parametrize(
    ("who", "reads", "writes"),
    [
        ("admin_a", 200, 200),
        ("editor_a", 200, 200),
        ("viewer_a", 200, 403),
        ("editor_b", 403, 403),
    ],
)
def test_who_may_do_what(request, client_for, version_a, who, reads, writes):
    client = client_for(request.getfixturevalue(who))
    for url in read_urls(version_a):
        assert client.get(url).status_code == reads, url
    for url in write_urls():
        assert client.get(url).status_code == writes, url
    assert client.get(BASE).status_code == (302 if reads == 200 else reads)


def test_anonymous_goes_to_login(client_for, version_a):
    client = client_for(None)
    for url in [BASE, *read_urls(version_a), *write_urls()]:
        response = client.get(url)
        assert response.status_code == 302 and "/logga-in/" in response["Location"], url


def test_a_version_of_another_organisation_is_not_found(client_for, editor_b, version_a):
    client = client_for(editor_b)
    url = f"/omraden/1480/vlr/versioner/{version_a.pk}/"
    assert client.get(url).status_code == 404


def test_frozen_versions_take_only_get(client_for, editor_a, version_a):
    client = client_for(editor_a)
    assert client.post(f"{BASE}versioner/{version_a.pk}/").status_code == 405
