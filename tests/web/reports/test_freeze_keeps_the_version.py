"""Freezing: an editor freezes the live document as "Beslutad i KS 2025-03-12"; when data
changes afterwards (an own rådighet level, the samverkan register, a KPI target) the live
document changes and the frozen version's page and PDF do not. A frozen version is never
edited, and a bad form saves nothing."""

import datetime
import re

import pytest

from styra.web.indicators.models import OwnIndicator
from styra.web.indicators.own import save_indicator
from styra.web.radighet.services import change_level
from styra.web.reports.models import FrozenVersionError, ReportVersion
from styra.web.samverkan.models import Actor

from .conftest import BASE, pdf_text, text_of

LABEL = "Beslutad i KS 2025-03-12"
FORM = {"label": LABEL, "decided_on": "2025-03-12", "reference": "KS 2025/12 § 3"}


def article(response) -> str:
    """The document itself (the page around it carries a fresh CSRF token every time)."""
    return re.search(r"<article.*</article>", text_of(response), re.S).group(0)


def first_table(html: str) -> str:
    return re.search(r"<table.*?</table>", html, re.S).group(0)


def mandate_row(html: str, goal: int) -> str:
    return re.search(rf"Mål {goal}: [^<]*</th>\s*<td>[^<]*</td>", html).group(0)


def test_a_frozen_version_never_changes_when_data_does(
    client_for, editor_a, org_a, material_a, tmp_path
):
    client = client_for(editor_a)
    response = client.post(f"{BASE}frys/", FORM)
    version = ReportVersion.objects.get()
    assert response.status_code == 302
    assert response["Location"] == f"{BASE}versioner/{version.pk}/"
    assert (version.label, version.decided_on) == (LABEL, datetime.date(2025, 3, 12))
    assert version.reference == "KS 2025/12 § 3" and version.created_by == editor_a
    assert version.content["organisation"]["name"] == "Stockholm"

    page_url = f"{BASE}versioner/{version.pk}/"
    frozen_page = article(client.get(page_url))
    frozen_pdf = pdf_text(client.get(f"{page_url}dokument.pdf").content, tmp_path)
    live_before = article(client.get(BASE))
    assert "Fryst version: Beslutad i KS 2025-03-12" in frozen_page
    assert "Fryst version: Beslutad i KS 2025-03-12" in frozen_pdf
    assert mandate_row(frozen_page, 14) == mandate_row(live_before, 14)

    # Data changes after the decision.
    change_level(org_a, "14.1", 3, "Vi har en egen plan mot övergödning.", editor_a)
    Actor.objects.create(organisation=org_a, name="Stockholms universitet", category="akademi")
    save_indicator(OwnIndicator(organisation=org_a, code="E1", title="Eget mått", goal=17))

    live_after = article(client.get(BASE))
    assert mandate_row(live_after, 14) != mandate_row(live_before, 14)
    assert first_table(live_after) != first_table(live_before)  # goal 17: 0 of 1 KPI now
    assert "1 interna och 2 externa aktörer" in live_after
    assert article(client.get(page_url)) == frozen_page
    assert pdf_text(client.get(f"{page_url}dokument.pdf").content, tmp_path) == frozen_pdf
    assert ReportVersion.objects.get().content == version.content


def test_the_frozen_version_shows_what_it_was_frozen_with(client_for, editor_a, material_a):
    client = client_for(editor_a)
    client.post(f"{BASE}frys/", FORM)
    version = ReportVersion.objects.get()
    text = text_of(client.get(f"{BASE}versioner/{version.pk}/"))
    assert "beslutad 12 mars 2025" in text and "KS 2025/12 § 3" in text
    assert "Frystes" in text and "Erik Ek" in text
    assert f'href="{BASE}versioner/{version.pk}/dokument.pdf"' in text
    assert f'href="{BASE}frys/"' not in text  # a frozen version is not frozen again
    listing = text_of(client.get(f"{BASE}versioner/"))
    assert LABEL in listing and "12 mars 2025" in listing


def test_a_frozen_version_is_never_edited(client_for, editor_a, org_a):
    version = ReportVersion.objects.create(
        organisation=org_a, label=LABEL, content={"schema": 1}, created_by=editor_a
    )
    version.label = "Något annat"
    with pytest.raises(FrozenVersionError):
        version.save()
    version.refresh_from_db()
    assert version.label == LABEL
    url = f"{BASE}versioner/{version.pk}/"
    for method in ("post", "put", "patch", "delete"):
        assert getattr(client_for(editor_a), method)(url).status_code == 405


@pytest.mark.parametrize(
    ("data", "field", "message"),
    [
        ({**FORM, "label": "  "}, "label", "Skriv ett namn på versionen."),
        ({**FORM, "decided_on": "12/3"}, "decided_on", "Skriv datumet som 2025-03-12"),
        ({**FORM, "label": "x" * 201}, "label", "som mest 200 tecken"),
    ],
)
def test_a_bad_form_names_the_field_and_saves_nothing(
    data, field, message, client_for, editor_a, org_a
):
    response = client_for(editor_a).post(f"{BASE}frys/", data)
    assert response.status_code == 400
    text = text_of(response)
    assert message in text and f'href="#id_{field}"' in text
    assert f'aria-describedby="id_{field}_helptext id_{field}_error"' in text
    assert text.startswith("<!doctype html>") and "<title>Fel:" in text
    assert not ReportVersion.objects.exists()


def test_two_versions_cannot_share_a_label(client_for, editor_a, org_a, org_b):
    ReportVersion.objects.create(organisation=org_a, label=LABEL, content={})
    response = client_for(editor_a).post(f"{BASE}frys/", {"label": LABEL.upper()})
    assert response.status_code == 400
    assert "Det finns redan en version med namnet" in text_of(response)
    assert ReportVersion.objects.count() == 1
    ReportVersion.objects.create(organisation=org_b, label=LABEL, content={})  # B may


def test_a_label_taken_a_moment_ago_is_refused_on_the_field(
    client_for, editor_a, org_a, monkeypatch
):
    """Two editors freeze under one name at once: the database refuses the second."""
    from styra.web.reports.forms import FreezeForm

    ReportVersion.objects.create(organisation=org_a, label=LABEL, content={})
    monkeypatch.setattr(FreezeForm, "clean_label", lambda form: form.cleaned_data["label"])
    response = client_for(editor_a).post(f"{BASE}frys/", {"label": LABEL.lower()})
    assert response.status_code == 400
    assert "Det finns redan en version med namnet" in text_of(response)
    assert ReportVersion.objects.count() == 1
