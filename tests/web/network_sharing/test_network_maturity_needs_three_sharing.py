"""/natverk/<id>/mognad/: the members' maturity aggregated only when at least three
members share it; only sharing members count, and only they are named."""

import datetime

import pytest
from django.urls import reverse

from styra.maturity import dimension_ids
from styra.web.accounts.models import Role
from styra.web.maturity.models import Round
from styra.web.network.models import Section
from styra.web.organisations.models import Organisation
from tests.web.factories import make_member
from tests.web.maturity.conftest import answer
from tests.web.network_sharing.conftest import share
from tests.web.pages import text_of

TOO_FEW = "För få medlemmar delar för att visa ett sammanvägt resultat."


def assessed(organisation, level: int) -> Organisation:
    """A round of ``organisation`` where three respondents answered ``level`` everywhere."""
    round = Round.objects.create(
        organisation=organisation, title="Våren", opened_on=datetime.date(2026, 3, 1)
    )
    for n in range(3):
        user = make_member(f"svar{organisation.pk}{n}", organisation, Role.VIEWER)
        answer(round, user, level)
    return organisation


@pytest.fixture
def members(network_n, org_a, org_b) -> list[Organisation]:
    more = [
        Organisation.objects.create(kolada_id=kolada_id, name=name, type="K")
        for kolada_id, name in (("0381", "Enköping"), ("0382", "Östhammar"))
    ]
    network_n.members.add(*more)
    found = [org_a, org_b, *more]
    for organisation, level in zip(found, (1, 2, 4, 0), strict=True):
        assessed(organisation, level)
    return found


@pytest.fixture
def url(network_n) -> str:
    return reverse("network-maturity", args=[network_n.pk])


def table(text: str, table_id: str) -> str:
    start = text.index(f'id="{table_id}"')
    return text[start : text.index("</table>", start)]


def test_two_sharing_show_nothing(client_for, coordinator, members, network_n, url):
    for organisation in members[:2]:
        share(organisation, network_n, Section.MATURITY)
    text = text_of(client_for(coordinator).get(url))
    assert TOO_FEW in text
    assert 'id="aggregate"' not in text and 'id="members"' not in text


def test_three_sharing_show_the_aggregate(client_for, coordinator, members, network_n, url):
    for organisation in members[:3]:  # levels 1, 2 and 4; Östhammar (0) does not share
        share(organisation, network_n, Section.MATURITY)
    text = text_of(client_for(coordinator).get(url))
    assert TOO_FEW not in text
    aggregate = table(text, "aggregate")
    # mean 2,33, median 2, lowest–highest 1–4, one member each on levels 1, 2 and 4
    row = aggregate[aggregate.index("<tbody>") :]
    row = row[: row.index("</tr>")]
    cells = [c.split(">", 1)[1].split("<")[0] for c in row.split("<td")[1:]]
    assert cells == ["3", "2,33", "2", "1–4", "0", "1", "1", "0", "1"]
    assert len(aggregate.split("<tr>")) - 2 == len(dimension_ids())
    named = table(text, "members")
    assert "Stockholm" in named and "Enköping" in named and "Östhammar" not in text


def test_a_member_of_another_network_sees_nothing(client_for, editor_c, url):
    assert client_for(editor_c).get(url).status_code == 403
