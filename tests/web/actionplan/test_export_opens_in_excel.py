"""The whole plan in one workbook: actions (importable), indicators, reports, coverage."""

import io
from datetime import datetime

import openpyxl

from styra.web.actionplan import services

from .conftest import SECRET_A, url


def workbook(client, kolada_id="0180"):
    response = client.get(url("actionplan-export", kolada_id=kolada_id))
    assert response.status_code == 200
    assert response["Content-Type"].startswith("application/vnd.openxmlformats")
    assert response["Content-Disposition"].startswith('attachment; filename="handlingsplan-')
    return openpyxl.load_workbook(io.BytesIO(response.content))


def rows(sheet):
    return [list(row) for row in sheet.iter_rows(values_only=True)]


def test_the_workbook_has_four_sheets_with_the_plan(client_for, editor_a, plan_a, monkeypatch):
    monkeypatch.setattr(services, "prioritised_goals", lambda organisation: [13, 3])
    book = workbook(client_for(editor_a))
    assert book.sheetnames == ["Åtgärder", "Indikatorer", "Rapporter", "Täckning"]

    actions = rows(book["Åtgärder"])
    header = actions[0]
    assert header[:13] == [
        "nivå", "kod", "förälder", "titel", "beskrivning", "delmål", "ägare", "partner",
        "start", "slut", "budget (kr)", "vikt", "status",
    ]  # fmt: skip
    by_code = {row[1]: dict(zip(header, row, strict=True)) for row in actions[1:5]}
    assert [row[1] for row in actions[1:5]] == ["S1", "S1.1", "S1.1.1", "S1.2"]  # tree order
    assert by_code["S1"]["titel"] == SECRET_A
    assert by_code["S1"]["delmål"] == "13.2"
    assert by_code["S1"]["ägare"] == "Miljöförvaltningen"
    assert by_code["S1.1"]["förälder"] == "S1"
    assert by_code["S1.1"]["start"] == datetime(2025, 1, 1)
    assert by_code["S1.1"]["ansvariga"] == "Cilla Ceder"
    assert by_code["S1.1.1"]["senaste rapport (%)"] == 40
    assert by_code["S1"]["sammanvägt framsteg (%)"] == 20.0  # (40 + 0) / 2
    assert by_code["S1.1"]["flaggor"] == "Står still"
    assert actions[-1][0].startswith("Källa: handlingsplanen för Stockholm i Styra")

    indicators = rows(book["Indikatorer"])
    assert indicators[1][:3] == ["S1", SECRET_A, "N00401"]
    assert indicators[1][3].startswith("Utsläpp till luft av växthusgaser")
    reports = rows(book["Rapporter"])
    assert reports[1][:4] == ["S1.1.1", "Upphandla", datetime(2025, 3, 1), 40]
    coverage = rows(book["Täckning"])
    assert coverage[1][:5] == [13, "Bekämpa klimatförändringen", 3, 1, None]  # S1.1, S1.2, S1.1.1
    assert coverage[2][0] == 3 and coverage[2][4] == "saknar åtgärd och indikator"


def test_an_empty_plan_exports_the_headings(client_for, editor_b, org_b):
    book = workbook(client_for(editor_b), "1480")
    assert rows(book["Åtgärder"])[0][0] == "nivå"
    assert len([r for r in rows(book["Åtgärder"]) if any(r)]) == 2  # headings and the source
