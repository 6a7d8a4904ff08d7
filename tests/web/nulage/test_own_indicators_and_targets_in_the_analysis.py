"""An own indicator appears beside Kolada's (in its own organisation only) and a KPI
target gives an outlook, both as soon as they are saved."""

from styra.web.indicators.models import KpiTarget
from styra.web.indicators.versions import bump_own
from tests.web.factories import own_indicator

KPI = "N00401"  # greenhouse gas emissions per inhabitant: kommuner and regions, goal 13


def test_own_indicators_appear_beside_koladas_and_changes_show_at_once(
    kolada_sample, client_for, viewer_a, org_a
):
    client = client_for(viewer_a)
    before = client.get("/omraden/0180/mal/11/").context["kpi_rows"]
    values = {2018: 50.0, 2019: 53.0, 2020: 55.0, 2021: 58.0, 2022: 61.0}
    indicator = own_indicator(org_a, "Trygghet i parker", unit="%", polarity=1, values=values)
    bump_own(org_a.pk)
    after = client.get("/omraden/0180/mal/11/").context["kpi_rows"]
    assert len(after) == len(before) + 1
    own = next(row for row in after if row["kpi_id"] == indicator.kpi_id)
    assert own["value"] == 61.0 and own["trend"] == "improving" and own["own"]
    page = client.get(f"/omraden/0180/nyckeltal/{indicator.kpi_id}/")
    assert page.status_code == 200 and "Trygghet i parker" in page.content.decode()
    # Another kommun's analysis does not include Stockholm's own indicator.
    other = client.get("/omraden/1480/mal/11/").context["kpi_rows"]
    assert indicator.kpi_id not in [row["kpi_id"] for row in other]


def test_a_target_gives_the_kpi_an_outlook(kolada_sample, client_for, viewer_a, org_a):
    client = client_for(viewer_a)
    assert client.get(f"/omraden/0180/nyckeltal/{KPI}/").context["kpi"].outlook is None
    KpiTarget.objects.create(organisation=org_a, kpi_id=KPI, target_value=0.5, target_year=2030)
    bump_own(org_a.pk)
    kpi = client.get(f"/omraden/0180/nyckeltal/{KPI}/").context["kpi"]
    assert kpi.outlook is not None and kpi.outlook.target_year == 2030
    assert kpi.outlook.status in {
        "on_track",
        "needs_acceleration",
        "limited_progress",
        "moving_away",
    }
