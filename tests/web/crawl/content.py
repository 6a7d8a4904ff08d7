"""A little of everything an organisation records, so that the crawl also reaches the
pages of single objects: an own indicator with a value and a target value, an actor
with a role, an action with progress, a round of the self-assessment, an own goal
tagged with an SDG goal, a steering document, an interaction matrix, and two follow-up
cycles (one closed with a report, one open)."""

import datetime

from styra.sdg import load_catalog
from styra.web.actionplan.models import Action, ProgressEntry
from styra.web.focus import services as focus
from styra.web.focus.models import OwnGoal
from styra.web.followup.models import Cycle, Report
from styra.web.indicators.models import KpiTarget
from styra.web.maturity.models import Round
from styra.web.organisations.models import Organisation
from styra.web.priorities.interactions.scope import Scope
from styra.web.priorities.interactions.services import create_matrix
from styra.web.samverkan.models import Actor, Involvement
from tests.web.factories import budget_document, own_indicator

BUDGET = """Mål och budget

Skolan
Alla elever ska nå kunskapskraven i grundskolan och gymnasieskolan.

Klimat
Utsläppen av växthusgaser ska minska med 70 procent till 2030.
"""


def fill_organisation(organisation: Organisation, editor, kpi_id: str, year: int) -> None:
    record_own_data(organisation, kpi_id, year)
    record_step_one(organisation, editor)
    record_step_two(organisation, editor)
    record_step_four(organisation, editor)


def record_own_data(organisation: Organisation, kpi_id: str, year: int) -> None:
    own_indicator(organisation, "Elever i kulturskolan", goal=4, targets="4.1", values={year: 42.0})
    KpiTarget.objects.create(
        organisation=organisation, kpi_id=kpi_id, target_value=50.0, target_year=2030
    )


def record_step_one(organisation: Organisation, editor) -> None:
    actor = Actor.objects.create(
        organisation=organisation,
        name="Utbildningsförvaltningen",
        kind="internal",
        category="forvaltning",
    )
    Involvement.objects.create(actor=actor, goal=4, target_id="4.a", role="lead")
    Round.objects.create(
        organisation=organisation, title="Våren 2025", opened_on=datetime.date(2025, 3, 1)
    )
    own_goal = OwnGoal.objects.create(
        organisation=organisation, body="Kommunfullmäktige", text="Alla barn ska lyckas i skolan."
    )
    focus.tag_by_hand(own_goal, 4, "4.1", editor)
    budget_document(organisation, editor, BUDGET, title="Mål och budget")


def record_step_two(organisation: Organisation, editor) -> None:
    action = Action.objects.create(
        organisation=organisation,
        level="strategy",
        code="S1",
        title="Fler når målen",
        targets=["4.1"],
    )
    ProgressEntry.objects.create(
        action=action, date=datetime.date(2025, 3, 1), percent=20, created_by=editor
    )
    targets = [target.target_id for target in load_catalog().targets[:10]]
    create_matrix(Scope(organisation, can_change=True), editor, "Skolan och klimatet", "", targets)


def record_step_four(organisation: Organisation, editor) -> None:
    """A closed cycle with a report and an open one: the cycle, report, frozen report and
    comparison pages."""
    action = Action.objects.get(organisation=organisation, code="S1")
    action.responsible.add(editor)
    now = datetime.datetime.now(tz=datetime.UTC)
    earlier = Cycle.objects.create(
        organisation=organisation,
        name="Tertial 1 2025",
        period_start=datetime.date(2025, 1, 1),
        period_end=datetime.date(2025, 4, 30),
        opens_on=datetime.date(2025, 5, 1),
        deadline=datetime.date(2025, 5, 15),
        opened_at=now,
        closed_at=now,
    )
    Report.objects.create(cycle=earlier, action=action, status="started", comment="I gång")
    Cycle.objects.create(
        organisation=organisation,
        name="Tertial 2 2025",
        period_start=datetime.date(2025, 5, 1),
        period_end=datetime.date(2025, 8, 31),
        opens_on=datetime.date(2025, 9, 1),
        deadline=datetime.date(2025, 9, 15),
        opened_at=now,
    )
