"""A decision document named .pdf is a PDF (issue 12).

Both decision forms (the kommunledningsbeslut and a priority decision) refuse a file
called ``.pdf`` that does not start with ``%PDF-`` or that pypdf cannot open, with an
error on the document field; nothing is saved and no file is left. A real PDF is kept.
"""

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from django.urls import reverse

from styra.web.organisations.documents import opens_as_pdf
from styra.web.organisations.models import LeadershipDecision
from styra.web.priorities.decisions.models import Decision
from tests.focus.documents import encrypt_pdf, make_pdf

REFUSAL = "Filen heter .pdf men är ingen läsbar PDF-fil."
NOT_PDF = {
    "a program": b"MZ\x90\x00\x03\x00\x00\x00",
    "a web page": b"<html><script>alert(1)</script></html>",
    "only the header": b"%PDF-1.4 och sedan inget mer",
    "a cut-off PDF": make_pdf([["Beslut"]])[:120],
}
LEADERSHIP = {"decided_on": "2024-05-02", "reference": "KS 2024/1"}
PRIORITY = {
    "utmaning": "30",
    "fokusglapp": "15",
    "radighet": "15",
    "havstang": "20",
    "strategisk": "10",
    "medborgare": "10",
    "topp": "3",
    "goals": ["14", "4"],
    "body": "Kommunstyrelsen",
    "decided_on": "2025-06-01",
    "reference": "KS 2025/77 § 3",
    "motivation": "Havet och skolan.",
}
FORMS = {
    "leadership": (lambda: reverse("organisations-decision-edit", args=["0180"]), LEADERSHIP),
    "priority": (lambda: "/omraden/0180/prioritera/beslut/nytt/", PRIORITY),
}


def saved() -> bool:
    return LeadershipDecision.objects.exists() or Decision.objects.exists()


@pytest.mark.parametrize("form", FORMS)
@pytest.mark.parametrize("content", NOT_PDF.values(), ids=NOT_PDF.keys())
def test_a_file_that_is_no_pdf_is_refused_on_the_field(
    form, content, client_for, editor_a, settings
):
    url, data = FORMS[form]
    upload = SimpleUploadedFile("beslut.pdf", content, content_type="application/pdf")
    response = client_for(editor_a).post(url(), data | {"upload": upload})
    assert response.status_code in (200, 400)
    assert REFUSAL in response.content.decode()
    assert response.context["form"].errors["upload"]
    assert not saved()
    private = settings.PRIVATE_MEDIA_ROOT
    assert not private.exists() or not any(private.rglob("*.*"))


@pytest.mark.parametrize("form", FORMS)
def test_a_real_pdf_is_kept(form, client_for, editor_a):
    url, data = FORMS[form]
    upload = SimpleUploadedFile("beslut.pdf", make_pdf([["Beslut"]]), "application/pdf")
    response = client_for(editor_a).post(url(), data | {"upload": upload})
    assert response.status_code == 302
    assert saved()


def test_a_protected_pdf_is_still_a_pdf():
    assert opens_as_pdf(encrypt_pdf(make_pdf([["Beslut"]]), user_password="hemligt"))
