"""Every URL of the document with admin of A, editor of A, viewer of A and editor of B
(and anonymous): A's members read the live document, the frozen versions, their files and
the comparison; A's editors and admins freeze; B is refused and sees none of A's."""

import pytest
from django.urls import reverse

from styra.web.reports.models import ReportVersion

from .conftest import BASE, text_of

LABEL = "Beslutad i KS 2025-03-12"
CONTENT_MARK = "Hemlig anteckning i A:s version"


@pytest.fixture
def version_a(org_a, editor_a):
    """A frozen version of A, built the normal way (the freeze form)."""
    from django.test import Client

    from tests.web.conftest import MODEL_BACKEND

    client = Client()
    client.force_login(editor_a, backend=MODEL_BACKEND)
    assert client.post(f"{BASE}frys/", {"label": LABEL}).status_code == 302
    return ReportVersion.objects.get()


def read_urls(version) -> list[str]:
    page = f"{BASE}versioner/{version.pk}/"
    return [BASE, f"{BASE}versioner/", page, f"{BASE}jamfor/"]


def file_urls(version) -> list[str]:
    page = f"{BASE}versioner/{version.pk}/"
    return [f"{BASE}dokument.pdf", f"{BASE}dokument.docx"] + [
        f"{page}dokument.pdf",
        f"{page}dokument.docx",
    ]


def test_url_names():
    assert reverse("reports-document", args=["0180"]) == BASE
    assert reverse("reports-file", args=["0180", "pdf"]) == f"{BASE}dokument.pdf"
    assert reverse("reports-versions", args=["0180"]) == f"{BASE}versioner/"
    assert reverse("reports-version", args=["0180", 3]) == f"{BASE}versioner/3/"
    assert (
        reverse("reports-version-file", args=["0180", 3, "docx"])
        == f"{BASE}versioner/3/dokument.docx"
    )
    assert reverse("reports-freeze", args=["0180"]) == f"{BASE}frys/"
    assert reverse("reports-compare", args=["0180"]) == f"{BASE}jamfor/"


@pytest.mark.parametrize("user", ["admin_a", "editor_a", "viewer_a"])
def test_members_of_a_read_every_page(user, request, client_for, version_a):
    client = client_for(request.getfixturevalue(user))
    for url in read_urls(version_a):
        response = client.get(url)
        assert response.status_code == 200, url
        assert LABEL in text_of(response) or url == BASE, url


@pytest.mark.parametrize("user", ["editor_a", "viewer_a"])
def test_members_of_a_download_the_files(user, request, client_for, version_a):
    client = client_for(request.getfixturevalue(user))
    for url in file_urls(version_a):
        response = client.get(url)
        assert response.status_code == 200, url
        assert response["Content-Disposition"].startswith("attachment;"), url


def test_editor_of_b_is_refused_everything_and_sees_none_of_it(client_for, editor_b, version_a):
    client = client_for(editor_b)
    for url in [*read_urls(version_a), *file_urls(version_a), f"{BASE}frys/"]:
        response = client.get(url)
        assert response.status_code == 403, url
        text = text_of(response)
        assert LABEL not in text and "Nulägesanalys för Stockholm" not in text, url
    response = client.post(f"{BASE}frys/", {"label": "B fryser A"})
    assert response.status_code == 403
    assert ReportVersion.objects.count() == 1


def test_a_version_of_b_is_not_found_under_a(client_for, editor_a, editor_b, org_b, version_a):
    theirs = ReportVersion.objects.create(organisation=org_b, label="B:s version", content={})
    client = client_for(editor_a)
    for suffix in ("", "dokument.pdf"):
        url = f"{BASE}versioner/{theirs.pk}/{suffix}"
        assert client.get(url).status_code == 404


@pytest.mark.parametrize("user", ["admin_a", "editor_a"])
def test_editors_and_admins_of_a_freeze(user, request, client_for, org_a):
    client = client_for(request.getfixturevalue(user))
    assert client.get(f"{BASE}frys/").status_code == 200
    assert f'href="{BASE}frys/"' in text_of(client.get(f"{BASE}versioner/"))
    assert client.post(f"{BASE}frys/", {"label": LABEL}).status_code == 302
    assert ReportVersion.objects.get().organisation == org_a


def test_viewer_of_a_reads_but_cannot_freeze(client_for, viewer_a, org_a):
    client = client_for(viewer_a)
    assert client.get(f"{BASE}frys/").status_code == 403
    assert client.post(f"{BASE}frys/", {"label": LABEL}).status_code == 403
    assert not ReportVersion.objects.exists()
    assert f'href="{BASE}frys/"' not in text_of(client.get(f"{BASE}versioner/"))


def test_anonymous_is_sent_to_the_login(client_for, version_a):
    client = client_for(None)
    for url in [*read_urls(version_a), *file_urls(version_a), f"{BASE}frys/"]:
        response = client.get(url)
        assert response.status_code == 302 and "/konto/logga-in/" in response["Location"]
    assert client.post(f"{BASE}frys/", {"label": "x"}).status_code == 302
    assert ReportVersion.objects.count() == 1


@pytest.mark.parametrize(
    "url",
    [
        "/omraden/9999/nulagesanalys/",
        f"{BASE}versioner/999999/",
        f"{BASE}versioner/999999/dokument.pdf",
        f"{BASE}dokument.odt",
    ],
)
def test_unknown_things_are_not_found(url, client_for, editor_a):
    assert client_for(editor_a).get(url).status_code == 404


def test_riket_has_no_document(client_for, kolada_sample):
    from styra.web.accounts.models import Membership
    from styra.web.organisations.models import Organisation
    from tests.web.factories import make_user

    user = make_user("riket_redaktor")
    Membership.objects.create(user=user, organisation=Organisation.objects.get(pk="0000"))
    Membership.objects.filter(user=user).update(role="editor")
    assert client_for(user).get("/omraden/0000/nulagesanalys/").status_code == 404
