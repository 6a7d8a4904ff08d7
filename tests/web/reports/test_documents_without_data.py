"""A document with nothing to say yet (no Kolada values, no round, nothing analysed) still
renders as a page, a PDF and a Word file, saying so in words; and every text field is
escaped on the page."""

from io import BytesIO

from django.utils import translation
from docx import Document

from styra.web.reports import documents
from styra.web.reports.models import ReportVersion

from .conftest import BASE, pdf_text, text_of

EMPTY = {
    "schema": 1,
    "language": "sv",
    "built_at": "2025-03-12T09:30:00+01:00",
    "organisation": {"kolada_id": "0180", "name": "Stockholm", "type": "K", "type_name": "Kommun"},
    "data": {"kolada_version": 0, "own_version": 0, "first_year": None, "latest_year": None},
    "challenges": {"available": False},
    "focus": {"available": False, "documents": []},
    "mandate": {"available": False},
    "collaboration": {"available": False},
    "maturity": {"available": False},
    "commitments": {"done": 0, "total": 4, "items": [], "decision": None},
}


def test_an_empty_document_says_what_is_missing(tmp_path):
    with translation.override("sv"):
        body = documents.body_html(EMPTY)
    assert "Inga värden från Kolada är inlästa, så utmaningarna kan inte bedömas." in body
    assert "Inga styrdokument är analyserade ännu." in body
    assert "Ingen självskattning av styrningen är gjord ännu." in body
    assert "<table" not in body and "data-spec" not in body
    text = pdf_text(documents.pdf_bytes(EMPTY), tmp_path)
    assert "Nulägesanalys för Stockholm" in text and "Källa: Kolada (RKA)" in text
    doc = Document(BytesIO(documents.docx_bytes(EMPTY)))
    assert not doc.tables and not doc.inline_shapes
    assert "Inga styrdokument är analyserade ännu." in [p.text for p in doc.paragraphs]


def test_a_version_keeps_its_language_in_an_english_session(client_for, editor_a, org_a):
    version = ReportVersion.objects.create(organisation=org_a, label="KS", content=EMPTY)
    client = client_for(editor_a)
    client.cookies["django_language"] = "en"
    text = text_of(client.get(f"{BASE}versioner/{version.pk}/"))
    assert '<html lang="en">' in text and 'lang="sv"' in text
    assert "Sammanfattning för kommunledningen" in text


def test_text_fields_are_escaped(client_for, editor_a, org_a):
    attack = '<script>alert("x")</script>'
    content = {**EMPTY, "organisation": {**EMPTY["organisation"], "name": attack}}
    version = ReportVersion.objects.create(
        organisation=org_a, label=attack, reference=attack, content=content
    )
    client = client_for(editor_a)
    for url in (f"{BASE}versioner/{version.pk}/", f"{BASE}versioner/", f"{BASE}jamfor/"):
        raw = client.get(url).content.decode()
        assert attack not in raw and "&lt;script&gt;" in raw, url
