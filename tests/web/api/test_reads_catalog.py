"""The public catalog reads: /api/v1/sdg/goals, /api/v1/areas, /api/v1/kpis — no login,
real data (the sample), JSON errors naming the parameter, CORS for other sites."""

import pytest

from styra.agenda2030 import load_curated_kpis
from styra.web.indicators.models import Kpi
from tests.web.analysis_data import (  # noqa: F401  (the fixtures of the real data)
    sample_loaded,
    sample_org_a,
    sample_org_b,
)

pytestmark = pytest.mark.usefixtures("no_rate_limits")


def test_the_17_goals_with_titles_in_both_languages(client):
    goals = client.get("/api/v1/sdg/goals").json()
    assert [goal["number"] for goal in goals] == list(range(1, 18))
    eleven = goals[10]
    assert eleven["short_title_sv"] == "Hållbara städer och samhällen"
    assert eleven["short_title_en"] == "Sustainable cities and communities"
    assert eleven["colour"].startswith("#") and eleven["n_targets"] == 10
    assert eleven["targets"] is None


def test_the_targets_with_targets_true(client):
    goals = client.get("/api/v1/sdg/goals?targets=true").json()
    eleven = goals[10]
    assert len(eleven["targets"]) == eleven["n_targets"]
    assert eleven["targets"][1]["id"] == "11.2"
    assert eleven["targets"][1]["title_en"].startswith("By 2030, provide access to safe")


def test_areas_kommuner_regions_and_riket(client, org_a):
    areas = {area["id"]: area for area in client.get("/api/v1/areas").json()}
    assert areas["0180"] == {
        "id": "0180",
        "name": "Stockholm",
        "type": "K",
        "region": "0001",
        "kommungrupp": "A1",
        "kommungrupp_name": "Storstäder",
    }
    assert areas["0000"]["type"] == "riket" and areas["0000"]["kommungrupp"] is None
    assert areas["0001"]["type"] == "L" and areas["0001"]["region"] is None
    assert sum(area["type"] == "K" for area in areas.values()) == 290


@pytest.mark.parametrize(("kind", "count"), [("K", 290), ("L", 21), ("riket", 1)])
def test_areas_of_one_type(client, org_a, kind, count):
    areas = client.get(f"/api/v1/areas?type={kind}").json()
    assert len(areas) == count and {area["type"] for area in areas} == {kind}


def test_an_unknown_type_is_a_400_naming_it(client, org_a):
    response = client.get("/api/v1/areas?type=X")
    assert response.status_code == 400
    assert response.json()["parameter"] == "type"
    assert "type" in response.json()["detail"]


def test_kpis_all_in_the_database_with_their_agenda_2030_part(client, org_a):
    Kpi.objects.create(kpi_id="U99999", title="Något annat", municipality_type="K")
    kpis = {kpi["id"]: kpi for kpi in client.get("/api/v1/kpis").json()}
    assert kpis["U99999"]["agenda2030"] is None
    emissions = kpis["N00401"]
    assert emissions["title"].startswith("Utsläpp till luft av växthusgaser")
    assert emissions["agenda2030"]["goal"] == 13 and emissions["agenda2030"]["polarity"] == -1


def test_kpis_agenda2030_is_the_curated_set(client, org_a):
    Kpi.objects.create(kpi_id="U99999", title="Något annat", municipality_type="K")
    kpis = client.get("/api/v1/kpis?agenda2030=true").json()
    curated = {kpi.kpi_id: kpi for kpi in load_curated_kpis()}
    assert {kpi["id"] for kpi in kpis} == set(curated)
    for kpi in kpis:
        part = kpi["agenda2030"]
        assert part["goal"] == curated[kpi["id"]].goal
        assert part["polarity"] == curated[kpi["id"]].polarity
        assert part["targets"] == list(curated[kpi["id"]].targets)


def test_a_public_read_allows_any_origin(client, org_a):
    response = client.get("/api/v1/areas?type=L", headers={"Origin": "https://example.org"})
    assert response.status_code == 200
    assert response["Access-Control-Allow-Origin"] == "*"
    assert "Access-Control-Allow-Credentials" not in response
