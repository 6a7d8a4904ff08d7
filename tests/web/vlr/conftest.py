"""The real Kolada data of the curated KPIs (loaded once for this package, as in
tests/web/reports) and what a VLR gathers besides: a priority decision for goals 4
and 13, a small plan with budgets, a styrgrupp member and a follow-up cycle of 2026
for Stockholm (A)."""

import datetime
from decimal import Decimal

import pytest

from styra.web.actionplan.models import Action
from styra.web.followup.models import Cycle
from styra.web.organisations.models import BodyMember
from tests.web.analysis_data import (  # noqa: F401  (the fixtures of the real data)
    all_areas_loaded,
    all_areas_org_a,
    all_areas_org_b,
    all_areas_sample,
)
from tests.web.factories import priority_decision
from tests.web.pages import text_of  # noqa: F401  (the tests import it from here)
from tests.web.reports.conftest import pdf_text  # noqa: F401

BASE = "/omraden/0180/vlr/"
YEAR = 2026
DRAFT = f"{BASE}{YEAR}/"
ACTION = "Fossilfria bussar i hela kommunen"


@pytest.fixture(autouse=True)
def _fresh_analysis():
    from django.core.cache import cache

    cache.clear()


@pytest.fixture
def plan_a(org_a):
    """Goals 4 and 13 prioritised; an action for 13 (with budget) and one for 4."""
    priority_decision(org_a, goals=[4, 13])
    buses = Action.objects.create(
        organisation=org_a, level="strategy", code="S1", title=ACTION, targets=["13.2"],
        budget_sek=Decimal("2500000"), status="ongoing", end=datetime.date(2027, 12, 31),
    )  # fmt: skip
    Action.objects.create(
        organisation=org_a, level="strategy", code="S2", title="Läsfrämjande i skolan",
        targets=["4.1"], budget_sek=Decimal("400000"), status="done",
    )  # fmt: skip
    BodyMember.objects.create(
        organisation=org_a, body="steering", name="Karin Styrsson", title="kommundirektör"
    )
    Cycle.objects.create(
        organisation=org_a, name="Tertial 1 2026", period_start=datetime.date(2026, 1, 1),
        period_end=datetime.date(2026, 4, 30), opens_on=datetime.date(2026, 5, 1),
        deadline=datetime.date(2026, 5, 15),
    )  # fmt: skip
    return buses
