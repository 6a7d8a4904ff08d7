"""``styra network create`` and ``styra network demo`` (idempotent)."""

import pytest
from click.testing import CliRunner

from styra.cli.network import network
from styra.web.network import demo
from styra.web.organisations.models import Network, Organisation
from tests.web.factories import make_user


@pytest.fixture
def coordinator(db):
    return make_user("sam")


def test_create_names_the_network_and_its_coordinator(coordinator):
    result = CliRunner().invoke(network, ["create", "Glokala", "--coordinator", "sam@example.se"])
    assert result.exit_code == 0, result.output
    created = Network.objects.get()
    assert created.name == "Glokala" and list(created.coordinators.all()) == [coordinator]
    again = CliRunner().invoke(network, ["create", "Glokala", "--coordinator", "sam@example.se"])
    assert again.exit_code != 0 and "NAME" in again.output


def test_an_unknown_coordinator_is_an_error_naming_the_option(db):
    result = CliRunner().invoke(network, ["create", "Glokala", "--coordinator", "x@example.se"])
    assert result.exit_code != 0 and "--coordinator" in result.output
    assert not Network.objects.exists()


def load_members():
    for kolada_id, name in demo.MEMBERS.items():
        kind = "L" if name.startswith("Region") else "K"
        Organisation.objects.create(kolada_id=kolada_id, name=name, type=kind)


def test_demo_is_made_once_with_seven_kommuner_and_a_region(coordinator):
    load_members()
    args = ["demo", "--coordinator", "sam@example.se"]
    first = CliRunner().invoke(network, args)
    second = CliRunner().invoke(network, args)
    assert first.exit_code == 0 and second.exit_code == 0, first.output + second.output
    assert "Created" in first.output and "Kept" in second.output
    made = Network.objects.get()
    assert made.name == "Styra med Agenda 2030 (2023)"
    assert made.members.filter(type="K").count() == 7 and made.members.filter(type="L").count() == 1
    assert list(made.coordinators.all()) == [coordinator]


def test_demo_without_loaded_organisations_says_to_load(coordinator):
    result = CliRunner().invoke(network, ["demo", "--coordinator", "sam@example.se"])
    assert result.exit_code != 0 and "styra load" in result.output
    assert not Network.objects.exists()
