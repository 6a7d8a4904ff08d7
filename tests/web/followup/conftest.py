"""The plan of tests/web/actionplan/conftest.py (S1.1: contributor Cilla responsible;
S1.2: nobody), plus S1.3 with another contributor (Dan) responsible, and three cycles of
organisation A: Tertial 1 (closed), Tertial 2 (open) and Delår (planned)."""

from datetime import date, timedelta

import pytest
from django.urls import reverse
from django.utils import timezone

from styra.web.accounts.models import Role
from styra.web.actionplan.models import Action, ActionIndicator
from styra.web.followup.models import Cycle
from tests.web.actionplan.conftest import action_b, plan_a, unit_a  # noqa: F401  (fixtures)
from tests.web.analysis_data import fresh_analysis  # noqa: F401  (autouse)
from tests.web.factories import make_member


@pytest.fixture
def other_contributor(org_a):
    return make_member("dan_bidrar", org_a, Role.CONTRIBUTOR, first_name="Dan", last_name="Dal")


@pytest.fixture
def plan(plan_a, other_contributor):  # noqa: F811  (the fixture above)
    z = Action.objects.create(
        organisation=plan_a["strategy"].organisation,
        level="action",
        parent=plan_a["strategy"],
        code="S1.3",
        title="Bilpooler",
        targets=["11.2"],
    )
    z.responsible.add(other_contributor)
    ActionIndicator.objects.create(action=plan_a["x"], kpi_id="N00401")
    return plan_a | {"z": z}


def make_cycle(organisation, name: str, start: date, end: date, *, opened=False, closed=False):
    now = timezone.now()
    return Cycle.objects.create(
        organisation=organisation,
        name=name,
        kind="tertial",
        period_start=start,
        period_end=end,
        opens_on=end,
        deadline=end + timedelta(days=14),
        opened_at=now if opened else None,
        closed_at=now if closed else None,
    )


@pytest.fixture
def cycles(org_a, plan):
    return {
        "closed": make_cycle(
            org_a, "Tertial 1 2026", date(2026, 1, 1), date(2026, 4, 30), opened=True, closed=True
        ),
        "open": make_cycle(
            org_a, "Tertial 2 2026", date(2026, 5, 1), date(2026, 8, 31), opened=True
        ),
        "planned": make_cycle(org_a, "Delår 2026", date(2026, 1, 1), date(2026, 12, 31)),
    }


def url(name: str, *args, kolada_id: str = "0180") -> str:
    return reverse(name, args=[kolada_id, *args])
