"""The suggestions as the overview page shows them: without Kolada data, with KPI metadata,
with a (stubbed) analysis, and on the real Kolada sample."""

from types import SimpleNamespace

import pytest

from styra.agenda2030 import kpis_for_area_type
from styra.radighet import default_levels, goal_summary
from styra.sdg import load_catalog
from styra.web.indicators.models import Kpi
from styra.web.nulage.default import goal_challenges
from styra.web.radighet.models import MandateOverride
from styra.web.samverkan import services, views
from tests.web.analysis_data import kolada_sample  # noqa: F401  (fixture)

from .conftest import PARTNER_A, url


def test_empty_database_says_what_is_missing_instead_of_failing(client_for, viewer_a, lead_a):
    found = services.suggestions_for(lead_a.actor.organisation, None)
    assert found.challenges is None and found.external == () and found.cross_unit is None
    assert found.without_actors == (*range(1, 13), *range(14, 18))
    assert found.without_lead == ()
    response = client_for(viewer_a).get(url("samverkan-overview"))
    assert response.status_code == 200
    text = response.content.decode()
    assert "Inga värden från Kolada är inlästa" in text
    assert "Nyckeltalens uppgifter från Kolada är inte inlästa" in text
    assert "Mål utan aktörer" in text


def test_goal_with_actors_but_no_lead_is_listed(client_for, viewer_a, partner_a):
    partner_a.involvements.create(goal=15, role="contribute")
    text = client_for(viewer_a).get(url("samverkan-overview")).content.decode()
    section = text.split("Mål där ingen leder arbetet", 1)[1]
    assert "Mål 15: Ekosystem och biologisk mångfald" in section


def test_goal_radighet_is_the_mean_of_the_default_target_levels(org_a):
    means = {g.goal: g.mean_level for g in goal_summary(default_levels("K"))}
    assert services.goal_radighet(org_a) == means
    assert services.goal_radighet(org_a)[17] < 1.5 < services.goal_radighet(org_a)[4]


def test_goal_radighet_follows_the_organisations_own_levels(org_a):
    before = services.goal_radighet(org_a)[17]
    targets = [t.target_id for t in load_catalog().targets_of_goal(17)]
    levels = default_levels("K")
    lowest = next(t for t in targets if levels[t] == 0)
    MandateOverride.objects.create(organisation=org_a, target_id=lowest, level=3, motivation="x")
    assert services.goal_radighet(org_a)[17] == pytest.approx(before + 3 / len(targets))


def test_cross_unit_work_from_kpi_metadata(client_for, viewer_a, org_a):
    goal_3 = [kpi.kpi_id for kpi in kpis_for_area_type("K") if kpi.goal == 3][:3]
    areas = ["Hälso- och sjukvård", "Kultur och fritid", "Arbetsmarknad"]
    for kpi_id, area in zip(goal_3, areas, strict=True):
        Kpi.objects.create(kpi_id=kpi_id, title=kpi_id, municipality_type="K", operating_area=area)
    found = services.suggestions_for(org_a, goal_challenges(org_a))
    assert [need.goal for need in found.cross_unit] == [3]
    assert found.cross_unit[0].operating_areas == tuple(sorted(areas))
    text = client_for(viewer_a).get(url("samverkan-overview")).content.decode()
    section = text.split("Behöver samarbete mellan förvaltningar", 1)[1].split("<h3>", 1)[0]
    assert "Arbetsmarknad, Hälso- och sjukvård, Kultur och fritid" in section
    assert "Inga interna aktörer har en roll ännu." in section


def test_external_partners_from_the_analysis(client_for, viewer_a, partner_a, monkeypatch):
    partner_a.involvements.create(goal=14, role="lead")
    # What the overview reads of the analysis: its year, its comparison and the major ones.
    major = {4: True, 14: True, 17: True, 13: False}
    stub = SimpleNamespace(year=2022, comparison="alla kommuner", major=major)
    monkeypatch.setattr(views, "goal_challenges", lambda organisation: stub)
    found = services.suggestions_for(partner_a.organisation, stub)
    assert [need.goal for need in found.external] == [14, 17]  # goal 4: high rådighet
    text = client_for(viewer_a).get(url("samverkan-overview")).content.decode()
    section = text.split("Behöver externa partner", 1)[1].split("<h3>", 1)[0]
    assert "2022, jämfört med alla kommuner" in section
    assert "Mål 14: Hav och marina resurser" in section and "rådighet 0,6 av 3" in section
    assert f"Externa aktörer med roll: {PARTNER_A}" in section
    assert "Mål 4:" not in section


@pytest.mark.bundle
def test_real_kolada_sample_gives_consistent_suggestions(kolada_sample, org_a):  # noqa: F811
    found = services.suggestions_for(org_a, goal_challenges(org_a))
    assert found.challenges is not None
    assert set(found.challenges.major) == set(range(1, 18))
    mandate = services.goal_radighet(org_a)
    expected = [g for g in range(1, 18) if found.challenges.major[g] and mandate[g] <= 1.5]
    assert [need.goal for need in found.external] == expected
    assert found.cross_unit is not None
    for need in found.cross_unit:
        assert len(need.operating_areas) >= 3
        assert "Kommunen, övergripande" not in need.operating_areas
