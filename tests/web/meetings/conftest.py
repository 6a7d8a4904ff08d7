"""A network N of Stockholm (A) and Göteborg (B) with a coordinator who belongs to
neither, a network M of Malmö (C), and a meeting of N with a task for A and one for all."""

import datetime as dt

import pytest
from django.utils import timezone

from styra.web.accounts.models import Role
from styra.web.meetings.models import Meeting, MeetingTask
from styra.web.organisations.models import Network, Organisation
from tests.web.factories import make_member, make_user


@pytest.fixture
def org_c(db) -> Organisation:
    return Organisation.objects.create(kolada_id="1280", name="Malmö", type="K")


@pytest.fixture
def coordinator(db):
    return make_user("sara_samordnare", "Sara", "Samordnare")


@pytest.fixture
def network(org_a, org_b, coordinator) -> Network:
    network = Network.objects.create(name="Agenda 2030-nätverket")
    network.members.add(org_a, org_b)
    network.coordinators.add(coordinator)
    return network


@pytest.fixture
def other_network(org_c) -> Network:
    network = Network.objects.create(name="Sydnätverket")
    network.members.add(org_c)
    return network


@pytest.fixture
def user_c(org_c):
    return make_member("carl_malmo", org_c, Role.EDITOR, first_name="Carl", last_name="Ceder")


@pytest.fixture
def outsider(db):
    return make_user("otto_utanfor", "Otto", "Utanför")


@pytest.fixture
def meeting(network, coordinator) -> Meeting:
    starts = timezone.make_aware(dt.datetime(2099, 3, 12, 9, 0))
    return Meeting.objects.create(
        network=network,
        title="Vårträffen",
        starts_at=starts,
        ends_at=starts + dt.timedelta(hours=3),
        location="SKR, Hornsgatan 20; rum 4",
        agenda="1. Nulägesanalysen\n2. Nästa steg",
        created_by=coordinator,
    )


@pytest.fixture
def task_a(meeting, org_a) -> MeetingTask:
    return MeetingTask.objects.create(meeting=meeting, organisation=org_a, text="Frys analysen")


@pytest.fixture
def task_all(meeting) -> MeetingTask:
    return MeetingTask.objects.create(meeting=meeting, text="Dela prioriteringarna")
