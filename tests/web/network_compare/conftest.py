"""Networks of real kommuner and regions over the real data of the curated KPIs (loaded
once for the package, tests/web/analysis_data.py), and the people who ask for them."""

import pytest
from django.contrib.auth import get_user_model

from styra.web.accounts.models import Role
from styra.web.organisations.models import Network, Organisation
from tests.web.analysis_data import (  # noqa: F401  (the real data; no page from a test before)
    all_areas_loaded,
    all_areas_org_a,
    all_areas_org_b,
    all_areas_sample,
    fresh_analysis,
)
from tests.web.factories import make_member, make_user


def network_of(name: str, *kolada_ids: str) -> Network:
    network = Network.objects.create(name=name)
    network.members.set(Organisation.objects.filter(pk__in=kolada_ids))
    return network


@pytest.fixture
def kommun_network(kolada_sample) -> Network:
    """Stockholm, Göteborg and Malmö."""
    return network_of("Storstäderna", "0180", "1480", "1280")


@pytest.fixture
def mixed_network(kolada_sample) -> Network:
    """Stockholm, Göteborg and Region Stockholm."""
    return network_of("Blandat", "0180", "1480", "0001")


@pytest.fixture
def coordinator(kommun_network):
    user = make_user("sara_samordnare")
    kommun_network.coordinators.add(user)
    return user


@pytest.fixture
def platform_admin(kolada_sample):
    """Staff: may see every network (network.view_network)."""
    return get_user_model().objects.create_user("plattform", is_staff=True)


@pytest.fixture
def member_of_n(kolada_sample):
    """A viewer of Malmö, a member of the kommun network."""
    return make_member("mia_malmo", Organisation.objects.get(pk="1280"), Role.VIEWER)


@pytest.fixture
def member_of_m(kolada_sample):
    """A viewer of Uppsala, a member of another network only."""
    network_of("Ett annat nätverk", "0380", "0580")
    return make_member("ulf_uppsala", Organisation.objects.get(pk="0380"), Role.ADMIN)


@pytest.fixture
def outsider(kolada_sample):
    return make_member("olle_orebro", Organisation.objects.get(pk="1880"), Role.ADMIN)
