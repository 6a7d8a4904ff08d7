"""Every KPI with a target shows its status against it (M4) apart from its position in the
comparison (M1), on the KPI page, the goal page and the overview; the KPI page's chart and
table show the target and the path needed to it; each goal counts its KPIs per status."""

import io

import openpyxl
import pytest

from styra.analysis.target_status import needed_path
from styra.web.indicators.models import KpiTarget
from styra.web.indicators.versions import bump_own

KPI = "N00401"  # greenhouse gas emissions per inhabitant (lower is better), goal 13
EXPLANATION = "inte att målet är nått"  # the legend says green in the comparison is not that
LEGEND_WORDS = (
    "Målet är nått",
    "I takt med målet",
    "Behöver öka takten",
    "Små framsteg",
    "Går åt fel håll",
    "Inget målvärde",
)


@pytest.fixture
def with_target(kolada_sample, org_a):
    KpiTarget.objects.create(organisation=org_a, kpi_id=KPI, target_value=0.5, target_year=2030)
    bump_own(org_a.pk)


def test_kpi_page_shows_the_status_the_target_line_and_the_path_needed(
    with_target, client_for, viewer_a
):
    response = client_for(viewer_a).get(f"/omraden/0180/nyckeltal/{KPI}/")
    context, html = response.context, response.content.decode()
    kpi, row = context["kpi"], context["row"]
    assert row["target_status"] == kpi.outlook.status and row["target_text"] in html
    assert f'class="target-status target-{kpi.outlook.status}"' in html
    assert EXPLANATION in html and all(word in html for word in LEGEND_WORDS)
    path = needed_path(kpi.outlook)
    assert path[0] == (kpi.outlook.base_year, kpi.outlook.base_value) and path[-1] == (2030, 0.5)
    by_year = {r["year"]: r["path"] for r in context["series_rows"]}
    assert {year: by_year[year] for year, _ in path} == dict(path)  # the table: every year
    assert context["path_name"] == "Väg till målvärdet 0,5 år 2030"
    assert f'<th scope="col">{context["path_name"]}</th>' in html
    chart = context["line_chart"]
    lines, rule, label = chart["layer"]
    drawn = [(d["year"], d["value"]) for d in lines["data"]["values"]]
    assert all(point in drawn for point in path)
    assert lines["encoding"]["strokeDash"]["scale"]["range"][-1] == [8, 4]  # dashed path
    assert rule["mark"]["type"] == "rule" and rule["data"]["values"][0]["target"] == 0.5
    assert label["data"]["values"][0]["label"] == "Målvärde 0,5 år 2030"
    assert "den streckade linjen är vägen dit från" in chart["description"]
    assert "Takten sedan" in html and "takten som behövs" in html


def test_the_year_by_year_export_carries_the_path(with_target, client_for, viewer_a):
    client = client_for(viewer_a)
    page_rows = client.get(f"/omraden/0180/nyckeltal/{KPI}/").context["series_rows"]
    content = client.get(f"/omraden/0180/nyckeltal/{KPI}/export.xlsx").content
    cells = list(openpyxl.load_workbook(io.BytesIO(content)).active.iter_rows(values_only=True))
    assert cells[0][-1] == "Väg till målvärdet 0,5 år 2030"
    exported = {row[0]: row[-1] for row in cells[1:] if isinstance(row[0], int)}
    assert exported[2030] == 0.5
    assert exported == pytest.approx({r["year"]: r["path"] for r in page_rows})


def test_without_a_target_the_kpi_says_so_and_draws_no_path(kolada_sample, client_for, viewer_a):
    response = client_for(viewer_a).get(f"/omraden/0180/nyckeltal/{KPI}/")
    context, html = response.context, response.content.decode()
    assert context["row"]["target_status"] == "no_target"
    assert '<span class="target-status target-no_target">Inget målvärde</span>' in html
    assert context["path_name"] == "" and "layer" not in context["line_chart"]
    assert all(r["path"] is None for r in context["series_rows"])
    assert EXPLANATION in html


def test_goal_page_counts_its_kpis_against_their_targets(with_target, client_for, viewer_a):
    response = client_for(viewer_a).get("/omraden/0180/mal/13/")
    context, html = response.context, response.content.decode()
    rows = {r["kpi_id"]: r for r in context["kpi_rows"]}
    status = rows[KPI]["target_status"]
    assert status != "no_target"
    assert all(r["target_status"] == "no_target" for k, r in rows.items() if k != KPI)
    goal = context["goal_row"]
    assert goal["n_with_target"] == 1 and goal[f"target_{status}"] == 1
    assert goal["target_no_target"] == len(rows) - 1
    assert [c["status"] for c in goal["target_counts"]] == [status]
    assert f"1 av {goal['n_kpis']} nyckeltal har målvärde" in html
    assert "Mot målvärdena" in html and EXPLANATION in html


def test_overview_and_its_export_count_each_goals_kpis_per_status(
    with_target, client_for, viewer_a
):
    client = client_for(viewer_a)
    response = client.get("/omraden/0180/")
    html = response.content.decode()
    rows = {r["goal"]: r for r in response.context["goal_rows"]}
    assert rows[13]["n_with_target"] == 1
    assert '<th scope="col">Mot målvärdena</th>' in html and EXPLANATION in html
    text = client.get("/omraden/0180/export.csv").content.decode("utf-8")
    header = text.splitlines()[0].split(";")
    assert header[-7:] == [
        f"Mot målvärdet: {word}" for word in (*LEGEND_WORDS[:5], "För lite data", "Inget målvärde")
    ]
    line = next(line for line in text.splitlines() if line.split(";")[1:2] == ["13"])
    counts = [int(n) for n in line.split(";")[-7:]]
    assert sum(counts) == rows[13]["n_kpis"] and counts[-1] == rows[13]["n_kpis"] - 1
