"""The goal × rådighet overview: the table, the chart and the exports all carry the
numbers of ``goal_summary`` over the organisation's levels in force."""

import io

import openpyxl
import pytest

from styra.radighet import default_levels, effective_levels, goal_summary
from styra.web.radighet.services import change_level

from .conftest import BASE, text_of

LEVEL_HEADINGS = [
    "3 – Eget ansvar (lagkrav, egen verksamhet)",
    "2 – Äger, köper eller planerar",
    "1 – Kan påverka",
    "0 – Ingen rådighet",
]


@pytest.fixture
def own_levels_a(org_a, editor_a):
    change_level(org_a, "14.2", 3, "Kustkommun med havsplan.", editor_a)
    change_level(org_a, "14.5", 2, "Vi bildar marina naturreservat.", editor_a)
    change_level(org_a, "4.1", 2, "Friskolor driver hälften av skolorna.", editor_a)
    return effective_levels(default_levels("K"), {"14.2": 3, "14.5": 2, "4.1": 2})


def test_overview_rows_are_goal_summary_of_the_levels_in_force(client_for, viewer_a, own_levels_a):
    response = client_for(viewer_a).get(BASE)
    rows = response.context["rows"]
    assert [row.summary for row in rows] == list(goal_summary(own_levels_a))
    assert len(rows) == 17
    own = {row.goal: row.own for row in rows}
    assert (own[4], own[14], own[1], response.context["own_total"]) == (1, 2, 0, 3)
    goal_14 = rows[13].summary
    assert goal_14.counts != goal_summary(default_levels("K"))[13].counts  # overrides count


def test_overview_table_is_accessible_and_shows_the_counts(client_for, viewer_a, own_levels_a):
    text = text_of(client_for(viewer_a).get(BASE))
    assert "<caption>Antal delmål på varje nivå per mål, Stockholm</caption>" in text
    for heading in LEVEL_HEADINGS:
        assert f'<th scope="col">{heading}</th>' in text
    assert text.count('<th scope="row">') == 17
    assert 'href="/omraden/0180/radighet/mal/14/"' in text
    assert "Organisationen har egna nivåer för 3 delmål." in text
    assert 'style="' not in text and "<script>" not in text


def test_the_chart_has_the_same_numbers_as_the_table(client_for, viewer_a, own_levels_a):
    response = client_for(viewer_a).get(BASE)
    spec = response.context["chart"]
    summary = goal_summary(own_levels_a)
    total = sum(point["targets"] for point in spec["data"]["values"])
    assert total == 169
    goal_14 = {p["level"]: p["targets"] for p in spec["data"]["values"] if p["goal"][:3] == "14."}
    assert goal_14 == {
        LEVEL_HEADINGS[3 - level]: summary[13].count(level)
        for level in range(4)
        if summary[13].count(level)
    }
    text = text_of(response)
    assert 'id="mandate-chart" type="application/json"' in text
    assert 'src="/static/vendor/vega-lite/vega-lite.min.js"' in text


def test_goals_excel_export_opens_and_matches(client_for, viewer_a, own_levels_a):
    response = client_for(viewer_a).get(f"{BASE}export-mal.xlsx")
    assert response["Content-Type"].startswith("application/vnd.openxmlformats")
    assert 'filename="styra-stockholm-radighet-mal.xlsx"' in response["Content-Disposition"]
    sheet = openpyxl.load_workbook(io.BytesIO(response.content)).active
    rows = list(sheet.iter_rows(values_only=True))
    assert list(rows[0]) == [
        "Mål",
        "Namn",
        "Delmål",
        "Medelnivå (0–3)",
        *LEVEL_HEADINGS,
        "Egna nivåer",
    ]
    by_goal = {row[0]: row for row in rows[1:18]}
    for summary in goal_summary(own_levels_a):
        row = by_goal[summary.goal]
        assert row[2] == summary.targets
        assert row[3] == round(summary.mean_level, 2)
        assert list(row[4:8]) == [summary.count(level) for level in (3, 2, 1, 0)]
    assert by_goal[14][8] == 2
    assert rows[-1][0].startswith("Källa: Styras standardnivåer för rådighet")


def test_targets_csv_export_lists_all_169_with_motivation(client_for, viewer_a, own_levels_a):
    response = client_for(viewer_a).get(f"{BASE}export-delmal.csv")
    assert response["Content-Type"] == "text/csv; charset=utf-8"
    lines = response.content.decode("utf-8-sig").splitlines()
    assert lines[0].startswith("Delmål;Mål;Delmålet;Nivå (0–3);Nivå i ord;Egen nivå")
    rows = [line.split(";") for line in lines[1:170]]
    assert len(rows) == 169
    row = next(r for r in rows if r[0] == "14.2")
    assert row[3:7] == ["3", "Eget ansvar (lagkrav, egen verksamhet)", "ja", "1"]
    assert row[-1] == "Kustkommun med havsplan."
    plain = next(r for r in rows if r[0] == "17.1")
    assert plain[3] == "0" and plain[5] == "nej" and plain[-1] == ""


def test_targets_excel_export_opens(client_for, viewer_a, own_levels_a):
    response = client_for(viewer_a).get(f"{BASE}export-delmal.xlsx")
    sheet = openpyxl.load_workbook(io.BytesIO(response.content)).active
    assert sheet.max_row >= 170 and sheet.cell(row=2, column=1).value == "1.1"
