"""The network shell's fixtures: network N (member A, coordinated by Sam, who belongs to
no organisation), network M (member B), a platform admin and a user of no organisation."""

import pytest
from django.contrib.auth import get_user_model

from styra.web.organisations.models import Network
from tests.web.antispam_helpers import antispam  # noqa: F401  (a fixture)
from tests.web.factories import make_user


@pytest.fixture
def coordinator_n(db):
    return make_user("sam_samordnare", first_name="Sam", last_name="Samordnare")


@pytest.fixture
def network_n(org_a, coordinator_n) -> Network:
    network = Network.objects.create(name="Nätverk N", description="Vi lär av varandra.")
    network.members.add(org_a)
    network.coordinators.add(coordinator_n)
    return network


@pytest.fixture
def network_m(org_b, db) -> Network:
    network = Network.objects.create(name="Nätverk M")
    network.members.add(org_b)
    network.coordinators.add(make_user("mia_samordnare"))
    return network


@pytest.fixture
def platform_admin(db):
    return get_user_model().objects.create_user(
        username="plattform", email="plattform@example.se", password="x", is_staff=True
    )


@pytest.fixture
def outsider(db):
    return make_user("ingen")
