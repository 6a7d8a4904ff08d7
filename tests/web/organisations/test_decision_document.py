"""The kommunledningsbeslut's document: uploaded by editors, private to the organisation."""

from pathlib import Path

import pytest
from django.conf import settings
from django.core.files.uploadedfile import SimpleUploadedFile
from django.urls import reverse

from styra.web.organisations.models import LeadershipDecision
from tests.focus.documents import make_pdf

PDF = make_pdf([["Hemligt beslut"]])


@pytest.fixture
def uploaded(client_for, editor_a, org_a):
    response = client_for(editor_a).post(
        reverse("organisations-decision-edit", args=["0180"]),
        {
            "decided_on": "2024-05-02",
            "reference": "KS 2024/1",
            "upload": SimpleUploadedFile("beslut.pdf", PDF, content_type="application/pdf"),
        },
    )
    assert response.status_code == 302, response.content.decode()
    return LeadershipDecision.objects.get(organisation=org_a)


def test_document_is_stored_privately(uploaded):
    path = Path(uploaded.document.path)
    assert path.read_bytes() == PDF
    assert path.is_relative_to(settings.PRIVATE_MEDIA_ROOT)
    assert uploaded.document_name == "beslut.pdf"
    assert "beslut" not in path.name  # stored under a random name


@pytest.mark.parametrize("who", ["editor_a", "viewer_a"])
def test_members_download_it(request, client_for, uploaded, who):
    response = client_for(request.getfixturevalue(who)).get(
        reverse("organisations-decision-document", args=["0180"])
    )
    assert response.status_code == 200
    assert b"".join(response.streaming_content) == PDF
    assert "attachment" in response["Content-Disposition"]
    assert response["Content-Type"] == "application/pdf"
    assert "no-store" in response["Cache-Control"]


def test_editor_of_b_cannot_download_it(client_for, uploaded, editor_b):
    response = client_for(editor_b).get(reverse("organisations-decision-document", args=["0180"]))
    assert response.status_code == 403
    assert PDF not in response.content


def test_anonymous_cannot_download_it(client_for, uploaded):
    response = client_for(None).get(reverse("organisations-decision-document", args=["0180"]))
    assert response.status_code == 302


def test_replacing_the_document_deletes_the_old_file(
    client_for, editor_a, uploaded, django_capture_on_commit_callbacks
):
    old = Path(uploaded.document.path)
    with django_capture_on_commit_callbacks(execute=True):  # the file goes once committed
        client_for(editor_a).post(
            reverse("organisations-decision-edit", args=["0180"]),
            {
                "decided_on": "2024-05-02",
                "reference": "KS 2024/1",
                "upload": SimpleUploadedFile("nytt.pdf", make_pdf([["Nytt beslut"]])),
            },
        )
    uploaded.refresh_from_db()
    assert not old.exists()
    assert uploaded.document_name == "nytt.pdf"


def test_removing_the_document(client_for, editor_a, uploaded, django_capture_on_commit_callbacks):
    old = Path(uploaded.document.path)
    with django_capture_on_commit_callbacks(execute=True):
        client_for(editor_a).post(
            reverse("organisations-decision-edit", args=["0180"]),
            {"decided_on": "2024-05-02", "reference": "KS 2024/1", "remove_document": "on"},
        )
    uploaded.refresh_from_db()
    assert not uploaded.document and not old.exists()


def test_other_file_types_are_refused(client_for, editor_a, org_a):
    response = client_for(editor_a).post(
        reverse("organisations-decision-edit", args=["0180"]),
        {
            "decided_on": "2024-05-02",
            "reference": "KS 2024/1",
            "upload": SimpleUploadedFile("beslut.html", b"<script>alert(1)</script>"),
        },
    )
    assert response.status_code == 400
    assert "Filtypen stöds inte" in response.content.decode()
    assert not LeadershipDecision.objects.exists()
