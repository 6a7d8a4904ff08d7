"""Indicators of an action: Kolada (curated set) or own, with baseline and target; the action
page shows the organisation's latest value as a baseline hint."""

from styra.web.actionplan.models import ActionIndicator
from styra.web.indicators.models import Kpi, OwnIndicator, OwnValue, Value

from .conftest import url


def test_the_choices_are_the_curated_set_and_own_indicators(client_for, editor_a, plan_a, org_a):
    own = OwnIndicator.objects.create(organisation=org_a, code="E1", title="Cykelresor", goal=11)
    form = client_for(editor_a).get(url("actionplan-indicator-create", plan_a["x"].pk))
    choices = dict(form.context["form"].fields["kpi_id"].choices)
    groups = {
        label: dict(options) for label, options in choices.items() if isinstance(options, list)
    }
    assert "N00401" in groups["Mål 13: Bekämpa klimatförändringen"]
    assert groups["Egna nyckeltal"] == {own.kpi_id: "Cykelresor (E1, eget)"}


def test_a_kpi_outside_the_choices_is_refused(client_for, editor_a, plan_a, org_b):
    other = OwnIndicator.objects.create(organisation=org_b, code="G1", title="Göteborgs", goal=11)
    client = client_for(editor_a)
    for kpi_id in (other.kpi_id, "N99999", "egen-x"):
        response = client.post(
            url("actionplan-indicator-create", plan_a["x"].pk), {"kpi_id": kpi_id}
        )
        assert response.status_code == 400
        assert "kpi_id" in response.context["form"].errors
    assert not ActionIndicator.objects.filter(action=plan_a["x"]).exists()


def test_values_come_with_their_years_and_in_order(client_for, editor_a, plan_a):
    client = client_for(editor_a)
    backwards = {"baseline_value": "2", "baseline_year": "2022"}
    backwards |= {"target_value": "1", "target_year": "2020"}
    cases = [
        ({"baseline_value": "2,5"}, "baseline_year"),
        ({"target_year": "2030"}, "target_value"),
        (backwards, "target_year"),
        ({"baseline_value": "mycket", "baseline_year": "2022"}, "baseline_value"),
    ]
    for data, field in cases:
        response = client.post(
            url("actionplan-indicator-create", plan_a["x"].pk), {"kpi_id": "N00401"} | data
        )
        assert response.status_code == 400
        assert field in response.context["form"].errors, data
    # the same KPI twice on one action
    response = client.post(
        url("actionplan-indicator-create", plan_a["strategy"].pk), {"kpi_id": "N00401"}
    )
    assert "Nyckeltalet finns redan" in response.context["form"].errors["kpi_id"][0]


def test_the_latest_value_is_the_baseline_hint(client_for, viewer_a, plan_a, org_a):
    Kpi.objects.create(kpi_id="N00401", title="Utsläpp", municipality_type="A")
    for year, value in ((2020, 3.1), (2022, 2.4), (2023, None)):
        Value.objects.create(kpi_id="N00401", area=org_a, year=year, gender="T", value=value)
    Value.objects.create(kpi_id="N00401", area=org_a, year=2024, gender="K", value=9.9)
    own = OwnIndicator.objects.create(organisation=org_a, code="E1", title="Cykelresor", goal=11)
    OwnValue.objects.create(indicator=own, area=org_a, year=2021, gender="T", value=17.0)
    ActionIndicator.objects.create(action=plan_a["strategy"], kpi_id=own.kpi_id)
    response = client_for(viewer_a).get(url("actionplan-action", plan_a["strategy"].pk))
    latest = {row["indicator"].kpi_id: row["latest"] for row in response.context["indicators"]}
    assert latest == {"N00401": (2.4, 2022), own.kpi_id: (17.0, 2021)}
    assert "2.4 (2022)" in response.content.decode() or "2,4 (2022)" in response.content.decode()
