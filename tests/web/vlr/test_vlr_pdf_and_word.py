"""The VLR as a page, a PDF (read back with pdftotext) and a Word file (python-docx):
every section heading of UN DESA's guiding elements and the statistical annex."""

from io import BytesIO

from django.utils import translation
from docx import Document

from styra.web.vlr.sections import headings

from .conftest import ACTION, DRAFT, pdf_text, text_of


def swedish_headings() -> list[str]:
    with translation.override("sv"):
        return headings()


def test_the_page_has_every_section_the_plan_and_the_annex(client_for, editor_a, plan_a):
    response = client_for(editor_a).get(DRAFT)
    assert response.status_code == 200
    text = text_of(response)
    for heading in swedish_headings():
        assert heading in text
    assert ACTION in text and "Karin Styrsson" in text and "Tertial 1 2026" in text
    assert "2 900 000 kr" in text.replace("\xa0", " ")  # the plan's budget
    assert "N00401" in text  # a KPI of the annex
    assert f'href="{DRAFT}dokument.pdf"' in text and f'href="{DRAFT}frys/"' in text


def test_the_pdf_has_every_heading_and_the_annex_table(client_for, editor_a, plan_a, tmp_path):
    response = client_for(editor_a).get(f"{DRAFT}dokument.pdf")
    assert response.status_code == 200 and response["Content-Type"] == "application/pdf"
    assert response["Cache-Control"] == "private, no-store"
    text = pdf_text(response.content, tmp_path)
    for heading in swedish_headings():
        assert heading in text, heading
    words = text.split()
    for column in ("Läge", "(M1)", "Trend", "(M3)", "(M4)"):  # the annex table's columns
        assert column in words
    assert "N00401" in text and ACTION in text


def test_the_word_file_has_the_same_headings(client_for, editor_a, plan_a):
    response = client_for(editor_a).get(f"{DRAFT}dokument.docx")
    assert response.status_code == 200
    doc = Document(BytesIO(response.content))
    found = [p.text for p in doc.paragraphs if p.style.name.startswith("Heading")]
    for heading in swedish_headings():
        assert any(heading in line for line in found), heading
    annex = doc.tables[-1]
    assert annex.rows[0].cells[-1].text == "Mot målet (M4)" and len(annex.rows) > 20
