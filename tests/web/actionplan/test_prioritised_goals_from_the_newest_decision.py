"""The coverage check reads the prioritised goals of the newest priority decision."""

from datetime import date

from styra.web.actionplan import services
from styra.web.priorities.decisions.models import Decision

from .conftest import url


def decide(organisation, goals, decided_on):
    return Decision.objects.create(
        organisation=organisation,
        goals=goals,
        body="Kommunstyrelsen",
        decided_on=decided_on,
        reference="KS 2025/1",
        motivation="Störst utmaning",
        snapshot={},
    )


def test_the_newest_decision_counts(org_a, org_b):
    decide(org_a, [3, 13], date(2024, 5, 1))
    decide(org_a, [13, 7], date(2025, 5, 1))
    decide(org_b, [1], date(2026, 1, 1))
    assert services.prioritised_goals(org_a) == [7, 13]
    assert services.prioritised_goals(org_b) == [1]


def test_the_plan_page_checks_the_decided_goals(client_for, viewer_a, plan_a, org_a):
    decide(org_a, [13, 5], date(2025, 5, 1))
    response = client_for(viewer_a).get(url("actionplan-plan"))
    assert [g["item"].goal for g in response.context["gaps"]] == [5]
    assert "Mål 5: Jämställdhet saknar både åtgärd och indikator." in response.content.decode()
