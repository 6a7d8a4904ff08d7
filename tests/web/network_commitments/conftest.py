"""Network N of Stockholm (A, a kommun) and Region Kronoberg (a region), network M of
Göteborg (B); N's coordinator (no organisation), a platform admin and a signed-in user
of no member; ``records_of_a`` fills A's commitments and expectations in Styra's own
records (users of A and B: tests/web/conftest.py)."""

import datetime

import pytest
from django.utils import timezone

from styra.web.actionplan.models import Action, Level
from styra.web.dialogue.models import Channel, Dialogue, Response
from styra.web.followup.models import Cycle
from styra.web.organisations.models import (
    BodyMember,
    ContactPerson,
    LeadershipDecision,
    Network,
    Organisation,
)
from styra.web.priorities.decisions.models import Decision
from styra.web.reports.models import ReportVersion
from tests.web.factories import make_user

DAY = datetime.date(2025, 3, 12)


@pytest.fixture
def region(db) -> Organisation:
    return Organisation.objects.create(kolada_id="0007", name="Region Kronoberg", type="L")


@pytest.fixture
def coordinator(db):
    return make_user("sara_samordnare", first_name="Sara", last_name="Samordnare")


@pytest.fixture
def platform_admin(db):
    user = make_user("petra_plattform")
    user.is_staff = True
    user.save()
    return user


@pytest.fixture
def outsider(db):
    return make_user("olle_utanfor")


@pytest.fixture
def network_n(org_a, region, coordinator) -> Network:
    network = Network.objects.create(name="Utvecklingsnätverket N")
    network.members.add(org_a, region)
    network.coordinators.add(coordinator)
    return network


@pytest.fixture
def network_m(org_b) -> Network:
    network = Network.objects.create(name="Nätverket M")
    network.members.add(org_b)
    return network


@pytest.fixture
def records_of_a(org_a):
    """Every commitment and every expectation of A, as Styra records them."""
    LeadershipDecision.objects.create(
        organisation=org_a, decided_on=DAY, body="Kommunstyrelsen", reference="KS 2025/1"
    )
    for body in (BodyMember.Body.STEERING_GROUP, BodyMember.Body.WORKING_GROUP):
        BodyMember.objects.create(organisation=org_a, body=body, name="Sara Styr")
    ContactPerson.objects.create(organisation=org_a, name="Karin Kontakt", email="k@a.se")
    ReportVersion.objects.create(
        organisation=org_a, label="Beslutad i KS", decided_on=DAY, content={}
    )
    Decision.objects.create(
        organisation=org_a,
        goals=[4],
        body="KF",
        decided_on=DAY,
        reference="KF § 9",
        motivation="Skolan.",
        snapshot={},
    )
    Action.objects.create(organisation=org_a, level=Level.STRATEGY, code="S1", title="Skolan")
    now = timezone.now()
    dialogue = Dialogue.objects.create(
        organisation=org_a,
        title="Vad är viktigast?",
        opens_at=now - datetime.timedelta(days=30),
        closes_at=now - datetime.timedelta(days=1),
    )
    Response.objects.create(dialogue=dialogue, participant="p1", channel=Channel.WEB)
    Cycle.objects.create(
        organisation=org_a,
        name="Tertial 1 2025",
        period_start=datetime.date(2025, 1, 1),
        period_end=datetime.date(2025, 4, 30),
        opens_on=datetime.date(2025, 5, 1),
        deadline=datetime.date(2025, 5, 15),
        closed_at=now,
    )
