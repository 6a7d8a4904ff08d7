"""Practices of A with each visibility, networks N (A, B) and M (B, C), and their users.

Users (tests/web/conftest.py): editor and viewer of A, editor of B; here also the
editor of C (in M only), a user of D (in no network) and N's coordinator.
"""

import pytest

from styra.web.accounts.models import Role
from styra.web.indicators.models import Kpi
from styra.web.organisations.models import Network, Organisation
from styra.web.practices import services
from styra.web.practices.models import Practice, Visibility
from tests.web.factories import make_member, make_user


@pytest.fixture
def org_c(db):
    return Organisation.objects.create(kolada_id="0580", name="Linköping", type="K")


@pytest.fixture
def org_d(db):
    return Organisation.objects.create(kolada_id="0680", name="Jönköping", type="K")


@pytest.fixture
def editor_c(org_c):
    return make_member("cecilia_c", org_c, Role.EDITOR)


@pytest.fixture
def viewer_d(org_d):
    return make_member("dan_d", org_d, Role.VIEWER)


@pytest.fixture
def coordinator(db):
    return make_user("sara_skr", "Sara", "Samordnare")


@pytest.fixture
def network_n(org_a, org_b, coordinator):
    network = Network.objects.create(name="Nätverk N")
    network.members.set([org_a, org_b])
    network.coordinators.set([coordinator])
    return network


@pytest.fixture
def network_m(org_b, org_c):
    network = Network.objects.create(name="Nätverk M")
    network.members.set([org_b, org_c])
    return network


@pytest.fixture
def kpis(db):
    Kpi.objects.create(kpi_id="N00401", title="Utsläpp av växthusgaser", municipality_type="A")
    Kpi.objects.create(kpi_id="N05401", title="Valdeltagande i kommunvalet", municipality_type="K")


def make_practice(organisation, title, visibility=Visibility.PRIVATE, *, networks=(), **links):
    practice = Practice(
        organisation=organisation,
        title=title,
        action=links.pop("action", "Vi gjorde något."),
        visibility=visibility,
    )
    return services.save_practice(
        practice,
        None,
        goals=links.get("goals", []),
        targets=links.get("targets", []),
        kpis=links.get("kpis", []),
        networks=list(networks),
    )


@pytest.fixture
def practices(org_a, network_n, network_m):
    """One practice of A per visibility: private, shared with N, public."""
    return {
        "private": make_practice(org_a, "Privat exempel"),
        "network": make_practice(org_a, "Delat med N", Visibility.NETWORKS, networks=[network_n]),
        "public": make_practice(org_a, "Publikt exempel", Visibility.PUBLIC),
    }
