"""The network report for coordinators: the page, a PDF and a Word file with every
member's name and the matrix; refused to members, others and anonymous visitors."""

from io import BytesIO

import pytest
from django.urls import reverse
from docx import Document
from pypdf import PdfReader

from styra.web.practices.models import Practice, Visibility


def page(network):
    return reverse("network-report", args=[network.pk])


def file(network, fmt):
    return reverse("network-report-file", args=[network.pk, fmt])


@pytest.mark.parametrize("who", ["coordinator", "platform_admin"])
def test_the_report_page_for_coordinators(request, client_for, who, network_n, records_of_a):
    response = client_for(request.getfixturevalue(who)).get(page(network_n))
    assert response.status_code == 200
    text = response.content.decode()
    for words in (
        "Nätverkets rapport: Utvecklingsnätverket N",
        "Stockholm",
        "Region Kronoberg",
        "Karin Kontakt",
        "Framsteg i arbetsmodellens fyra steg",
        "Sara Samordnare",
    ):
        assert words in text
    assert file(network_n, "pdf") in text and file(network_n, "docx") in text


@pytest.mark.parametrize("who", ["editor_a", "editor_b", "outsider"])
def test_the_report_is_refused_to_everyone_else(request, client_for, who, network_n, records_of_a):
    client = client_for(request.getfixturevalue(who))
    for url in (page(network_n), file(network_n, "pdf"), file(network_n, "docx")):
        response = client.get(url)
        assert response.status_code == 403
        assert "Karin Kontakt" not in response.content.decode(errors="replace")


def test_anonymous_visitors_are_sent_to_log_in(client_for, network_n):
    response = client_for(None).get(file(network_n, "pdf"))
    assert response.status_code == 302


def test_the_pdf_names_every_member(client_for, coordinator, network_n, records_of_a):
    response = client_for(coordinator).get(file(network_n, "pdf"))
    assert response.status_code == 200
    assert response["Content-Type"] == "application/pdf"
    assert response.content.startswith(b"%PDF")
    text = "".join(p.extract_text() for p in PdfReader(BytesIO(response.content)).pages)
    assert "Stockholm" in text and "Region Kronoberg" in text


def test_the_word_file_names_every_member(client_for, coordinator, network_n, records_of_a):
    response = client_for(coordinator).get(file(network_n, "docx"))
    assert response.status_code == 200
    assert (
        'filename="natverksrapport-utvecklingsnatverket-n.docx"' in response["Content-Disposition"]
    )
    doc = Document(BytesIO(response.content))
    cells = [c.text for t in doc.tables for row in t.rows for c in row.cells]
    assert "Stockholm" in cells and "Region Kronoberg" in cells
    assert any(p.text.startswith("Nätverkets rapport") for p in doc.paragraphs)


def test_an_unknown_format_is_404(client_for, coordinator, network_n):
    assert client_for(coordinator).get(file(network_n, "xlsx")).status_code == 404


def test_the_report_in_english_with_the_language_switch(client_for, coordinator, network_n):
    client = client_for(coordinator)
    client.cookies["django_language"] = "en"
    text = client.get(page(network_n)).content.decode()
    assert 'aria-labelledby="report-title" lang="en"' in text


def test_the_report_lists_the_lessons_shared_with_the_network(
    client_for, coordinator, org_a, network_n, network_m
):
    shared = Practice.objects.create(
        organisation=org_a,
        title="Cykelbudget i skolan",
        action="Vi gav skolorna en cykelbudget.",
        lessons="Börja med rektorerna.",
        visibility=Visibility.NETWORKS,
    )
    shared.networks.add(network_n)
    private = Practice.objects.create(
        organisation=org_a, title="Hemligt exempel", action="x", visibility=Visibility.PRIVATE
    )
    text = client_for(coordinator).get(page(network_n)).content.decode()
    assert "Delade lärdomar" in text
    assert shared.title in text and "Börja med rektorerna." in text
    assert private.title not in text
