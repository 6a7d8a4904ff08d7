"""Fixtures for the focus views: a steering document and an own goal of organisation A
(Stockholm), one document of B (Göteborg), and files built in the test (text, Word, PDF)."""

import io
from pathlib import Path

import pytest
from django.conf import settings
from django.core.files.uploadedfile import SimpleUploadedFile
from django.urls import reverse

from styra.web.focus import services
from styra.web.focus.models import Document, OwnGoal, Passage, Tag
from tests.focus.documents import encrypt_pdf, make_pdf
from tests.web.analysis_data import fresh_analysis  # noqa: F401  (autouse)

SECRET_A = "Stockholms hemliga budgetutkast"
SECRET_B = "Göteborgs hemliga strategi"
OWN_GOAL_A = "Alla barn i förskolan ska få en trygg start i livet och lära sig läsa tidigt."

# Three sections of a mål och budget, written for these tests.
BUDGET_SV = """# Förskola och skola

Förskolan ska ge alla barn en god start. Nämnden bygger ut förskolan i de nya
stadsdelarna så att alla barn får plats inom fyra månader. Barngrupperna ska minska
och andelen legitimerade förskollärare öka. Språkutvecklingen följs upp varje termin.

Grundskolans resultat ska förbättras. Andelen elever som är behöriga till gymnasiet
ska öka, och skolorna arbetar med tidiga insatser i läsning och matematik. Elevhälsan
förstärks med fler kuratorer och skolsköterskor.

# Klimat och miljö

Kommunens utsläpp av växthusgaser ska halveras till 2030. Vi byter fordonsflottan till
fossilfria bilar, bygger ut laddinfrastrukturen och energieffektiviserar kommunens egna
lokaler. En klimatanpassningsplan tas fram för skyfall och översvämningar.

# Bostäder

Det ska byggas fler hyresrätter med rimliga hyror. Kommunen anvisar mark för minst
1 000 nya bostäder om året och prioriterar bostäder för unga och nyanlända. Planeringen
ska ge blandade stadsdelar med god kollektivtrafik.
"""


def text_file(text: str = BUDGET_SV, name: str = "mal-och-budget.txt") -> SimpleUploadedFile:
    return SimpleUploadedFile(name, text.encode("utf-8"), content_type="text/plain")


def docx_bytes(sections: dict[str, list[str]]) -> bytes:
    """A Word document: each section a heading and its paragraphs (built with python-docx)."""
    import docx

    document = docx.Document()
    for heading, paragraphs in sections.items():
        document.add_heading(heading, level=1)
        for paragraph in paragraphs:
            document.add_paragraph(paragraph)
    out = io.BytesIO()
    document.save(out)
    return out.getvalue()


def encrypted_pdf_bytes() -> bytes:
    """A PDF with text that needs a password to open (encrypted with pypdf)."""
    return encrypt_pdf(make_pdf([["Hemlig text om budgeten och förskolan."]]), "hemligt")


def scanned_pdf_bytes() -> bytes:
    """A PDF whose only page has no text (as a scan without OCR), made with pypdf."""
    from pypdf import PdfWriter

    writer = PdfWriter()
    writer.add_blank_page(width=595, height=842)
    out = io.BytesIO()
    writer.write(out)
    return out.getvalue()


def stored_files() -> list[Path]:
    root = Path(settings.PRIVATE_MEDIA_ROOT)
    return sorted(p for p in root.rglob("*") if p.is_file()) if root.exists() else []


def counts() -> tuple[int, int, int, int]:
    return (
        Document.objects.count(),
        Passage.objects.count(),
        Tag.objects.count(),
        len(stored_files()),
    )


def upload(organisation, user, text: str = BUDGET_SV, title: str = "Mål och budget 2025"):
    data = text.encode("utf-8")
    return services.upload_document(
        organisation,
        user,
        title=title,
        kind="budget",
        filename="mal-och-budget.txt",
        data=data,
        max_bytes=20 * 1024 * 1024,
    )


@pytest.fixture
def document_a(org_a, editor_a) -> Document:
    return upload(
        org_a, editor_a, BUDGET_SV + f"\n\n{SECRET_A} om förskolan och skolan.\n", SECRET_A
    )


@pytest.fixture
def own_goal_a(org_a) -> OwnGoal:
    return services.save_own_goal(
        OwnGoal(organisation=org_a, body="Förskolenämnden", text=OWN_GOAL_A, year=2025)
    )


@pytest.fixture
def document_b(org_b, editor_b) -> Document:
    return upload(org_b, editor_b, BUDGET_SV, SECRET_B)


def url(name: str, *args, kolada_id: str = "0180") -> str:
    return reverse(name, args=[kolada_id, *args])
