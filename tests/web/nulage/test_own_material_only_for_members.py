"""The analysis of an area is open to every logged-in user, its own material is not.

A's own indicator, target value and own rådighet level join A's analysis for A's
members only; a user of B, and one with no membership, see the Kolada part (with the
default target and Styra's default rådighet), whichever of them asked first: the
cached page body is kept apart per membership.
"""

import pytest

from styra.web.indicators.models import KpiTarget, OwnIndicator
from styra.web.indicators.versions import bump_mandate, bump_own
from styra.web.radighet.models import MandateOverride
from tests.web.factories import make_user, own_indicator

KPI = "N00401"  # greenhouse gas emissions per inhabitant, goal 13
SECRET = "Cyklister över Slussen"
MOTIVATION = "Vi äger inte hamnen"
OWN_TARGET = "målvärde 0,5 år 2030"  # A's target value as the KPI page words it
OPEN_PAGES = [
    "/omraden/0180/",
    "/omraden/0180/mal/11/",
    "/omraden/0180/mal/13/",
    f"/omraden/0180/nyckeltal/{KPI}/",
    "/omraden/0180/export.csv",
    "/omraden/0180/mal/11/export.csv",
    f"/omraden/0180/nyckeltal/{KPI}/export.csv",
]


@pytest.fixture
def own_material(kolada_sample, org_a) -> OwnIndicator:
    values = {2019: 50.0, 2020: 53.0, 2021: 55.0, 2022: 58.0}
    indicator = own_indicator(org_a, SECRET, unit="%", polarity=1, values=values)
    KpiTarget.objects.create(organisation=org_a, kpi_id=KPI, target_value=0.5, target_year=2030)
    MandateOverride.objects.create(
        organisation=org_a, target_id="13.2", level=0, motivation=MOTIVATION
    )
    bump_own(org_a.pk)
    bump_mandate(org_a.pk, "13.2")
    return indicator


def outsiders(editor_b):
    return {"editor_b": editor_b, "no_membership": make_user("ingen")}


@pytest.mark.parametrize("member_first", [True, False])
def test_outsiders_see_the_kolada_part_only(
    member_first, own_material, client_for, viewer_a, editor_b
):
    member = client_for(viewer_a)
    if member_first:  # the member's page bodies are in the cache before the outsiders ask
        assert SECRET in member.get("/omraden/0180/mal/11/").content.decode()
    for name, user in outsiders(editor_b).items():
        client = client_for(user)
        for url in OPEN_PAGES:
            response = client.get(url)
            assert response.status_code == 200, (name, url)
            assert SECRET not in response.content.decode(), (name, url)
        assert client.get(f"/omraden/0180/nyckeltal/{own_material.kpi_id}/").status_code == 404
        kpi_page = client.get(f"/omraden/0180/nyckeltal/{KPI}/").content.decode()
        assert OWN_TARGET not in kpi_page, name
        goal = client.get("/omraden/0180/mal/13/").content.decode()
        assert "/omraden/0180/radighet/" not in goal, name


def test_members_see_their_own_material_in_the_analysis(own_material, client_for, viewer_a):
    client = client_for(viewer_a)
    rows = client.get("/omraden/0180/mal/11/").context["kpi_rows"]
    assert own_material.kpi_id in [row["kpi_id"] for row in rows]
    assert client.get(f"/omraden/0180/nyckeltal/{own_material.kpi_id}/").status_code == 200
    assert OWN_TARGET in client.get(f"/omraden/0180/nyckeltal/{KPI}/").content.decode()
    goal = client.get("/omraden/0180/mal/13/")
    assert goal.context["mandate"].row.own == 1
    assert "/omraden/0180/radighet/mal/13/" in goal.content.decode()


def test_the_rådighet_box_shows_the_defaults_to_outsiders(own_material, client_for, editor_b):
    mandate = client_for(editor_b).get("/omraden/0180/mal/13/").context["mandate"]
    assert mandate.row.own == 0 and not mandate.own
