"""Upload bombs through the web: the focus document upload, the own values upload and the
action plan import refuse them with the file and the limit named, and save nothing."""

import html

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from django.urls import reverse

from styra.tables import TableError
from styra.web.actionplan import importing
from styra.web.focus.models import Document
from styra.web.indicators.models import OwnValue
from tests.files.bombs import docx_bomb, xlsx_bomb


@pytest.fixture(scope="module")
def bombs() -> dict[str, bytes]:
    return {"docx": docx_bomb(60), "xlsx": xlsx_bomb(200)}


def test_a_steering_document_bomb(client_for, editor_a, bombs):
    response = client_for(editor_a).post(
        reverse("focus-document-upload", args=["0180"]),
        {"file": SimpleUploadedFile("Budget.docx", bombs["docx"]), "kind": "budget"},
    )
    text = html.unescape(response.content.decode())
    assert response.status_code == 400
    assert "Filen Budget.docx packas upp till" in text and "gränsen är 20 MB per del" in text
    assert not Document.objects.exists()


def test_an_own_values_bomb(client_for, editor_a, bombs):
    response = client_for(editor_a).post(
        reverse("indicators-upload", args=["0180"]),
        {"file": SimpleUploadedFile("värden.xlsx", bombs["xlsx"])},
    )
    assert response.status_code == 400
    assert "Filen värden.xlsx packas upp till 200 MB; gränsen är 100 MB." in html.unescape(
        response.content.decode()
    )
    assert not OwnValue.objects.exists()


def test_an_action_plan_bomb_and_the_setting(bombs, settings):
    with pytest.raises(TableError, match="packas upp till 200 MB; gränsen är 100 MB"):
        importing.read_upload(bombs["xlsx"], "plan.xlsx")
    settings.STYRA_UPLOAD_MAX_UNPACKED_MB = 50
    with pytest.raises(TableError, match="packas upp till 200 MB; gränsen är 50 MB"):
        importing.read_upload(bombs["xlsx"], "plan.xlsx")
