"""A network N of organisations A and B, a network M of A and C, N's coordinator (no
organisation) and a user of C; A shares what a test asks for (users: tests/web/conftest.py)."""

import pytest

from styra.web.accounts.models import Role
from styra.web.network.models import Section, SectionShare
from styra.web.organisations.models import Network, Organisation
from tests.web.factories import make_member, make_user


@pytest.fixture
def org_c(db) -> Organisation:
    return Organisation.objects.create(kolada_id="0380", name="Uppsala", type="K")


@pytest.fixture
def coordinator(db):
    return make_user("sara_samordnare", first_name="Sara", last_name="Samordnare")


@pytest.fixture
def network_n(org_a, org_b, coordinator) -> Network:
    network = Network.objects.create(name="Nätverket N")
    network.members.add(org_a, org_b)
    network.coordinators.add(coordinator)
    return network


@pytest.fixture
def network_m(org_a, org_c) -> Network:
    network = Network.objects.create(name="Nätverket M")
    network.members.add(org_a, org_c)
    return network


@pytest.fixture
def editor_c(org_c):
    return make_member("cecilia_redaktor", org_c, Role.EDITOR)


def share(organisation, network, *sections, by=None) -> None:
    """``organisation`` shares ``sections`` (all when none named) with ``network``."""
    for section in sections or Section.values:
        SectionShare.objects.get_or_create(
            organisation=organisation, network=network, section=section, shared_by=by
        )
