"""A region's nulägesanalys is written for its regionledning — on the page, in the PDF
and in the Word file — and never speaks of a kommunledning; a kommun's still does."""

import datetime
from io import BytesIO

import pytest
from docx import Document

from styra.web.accounts.models import Role
from styra.web.organisations.models import LeadershipDecision, Organisation
from tests.web.factories import make_member

from .conftest import BASE, pdf_text, text_of

REGION_BASE = "/omraden/0012/nulagesanalys/"


@pytest.fixture
def region_editor(kolada_sample):
    region = Organisation.objects.get(pk="0012")
    assert region.type == "L"
    LeadershipDecision.objects.create(
        organisation=region,
        decided_on=datetime.date(2025, 3, 12),
        body="Regionstyrelsen",
        reference="RS 2025/7",
    )
    return make_member("rut_region", region, Role.EDITOR)


def test_the_regions_document_says_regionledningen(client_for, region_editor, tmp_path):
    client = client_for(region_editor)
    page = text_of(client.get(REGION_BASE))
    pdf = " ".join(pdf_text(client.get(f"{REGION_BASE}dokument.pdf").content, tmp_path).split())
    docx = Document(BytesIO(client.get(f"{REGION_BASE}dokument.docx").content))
    word = "\n".join(p.text for p in docx.paragraphs)
    for text in (page, pdf, word):
        assert "Sammanfattning för regionledningen" in text
        assert "kommunledning" not in text.lower()
    for text in (page, pdf):
        assert "Regionledningsbeslut 12 mars 2025 (Regionstyrelsen, RS 2025/7)." in text


def test_a_kommuns_document_still_says_kommunledningen(client_for, editor_a):
    page = text_of(client_for(editor_a).get(BASE))
    assert "Sammanfattning för kommunledningen" in page and "regionledning" not in page.lower()
