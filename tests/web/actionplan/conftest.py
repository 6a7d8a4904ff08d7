"""A small plan of organisation A (Stockholm) and one action of B (Göteborg).

A: strategy S1 (13.2) owned by the Miljöförvaltningen, with action S1.1
(contributor Cilla responsible) and action S1.2 (nobody responsible), and
activity S1.1.1 under S1.1.
"""

from datetime import date

import pytest
from django.urls import reverse

from styra.web.actionplan.models import Action, ActionIndicator, ProgressEntry
from styra.web.samverkan.models import Actor
from tests.web.analysis_data import fresh_analysis  # noqa: F401  (autouse)

SECRET_A = "Hemlig klimatstrategi i Stockholm"
SECRET_B = "Göteborgs hemliga åtgärd"


@pytest.fixture
def unit_a(org_a) -> Actor:
    return Actor.objects.create(
        organisation=org_a, name="Miljöförvaltningen", category="forvaltning"
    )


@pytest.fixture
def partner_a(org_a) -> Actor:
    return Actor.objects.create(organisation=org_a, name="Länsstyrelsen", category="lansstyrelse")


@pytest.fixture
def plan_a(org_a, unit_a, contributor_a):
    strategy = Action.objects.create(
        organisation=org_a,
        level="strategy",
        code="S1",
        title=SECRET_A,
        targets=["13.2"],
        owner=unit_a,
        status="ongoing",
    )
    x = Action.objects.create(
        organisation=org_a,
        level="action",
        parent=strategy,
        code="S1.1",
        title="Laddstolpar",
        status="ongoing",
        start=date(2025, 1, 1),
        end=date(2026, 12, 31),
    )
    x.responsible.add(contributor_a)
    y = Action.objects.create(
        organisation=org_a, level="action", parent=strategy, code="S1.2", title="Cykelbanor"
    )
    activity = Action.objects.create(
        organisation=org_a, level="activity", parent=x, code="S1.1.1", title="Upphandla"
    )
    indicator = ActionIndicator.objects.create(
        action=strategy, kpi_id="N00401", target_value=1.0, target_year=2030
    )
    entry = ProgressEntry.objects.create(action=activity, date=date(2025, 3, 1), percent=40)
    return {
        "strategy": strategy,
        "x": x,
        "y": y,
        "activity": activity,
        "indicator": indicator,
        "entry": entry,
    }


@pytest.fixture
def action_b(org_b):
    return Action.objects.create(
        organisation=org_b, level="strategy", code="S1", title=SECRET_B, targets=["3.4"]
    )


def url(name: str, *args, kolada_id: str = "0180") -> str:
    return reverse(name, args=[kolada_id, *args])
