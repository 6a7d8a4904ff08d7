"""/natverk/<id>/delat/: what the members share with this network, newest first, with
links to the pages; only the network's own shares, only of current members."""

import datetime

import pytest
from django.urls import reverse
from django.utils import timezone

from styra.web.dialogue.models import Dialogue
from styra.web.network.models import Section, SectionShare
from tests.web.factories import make_user
from tests.web.network_sharing.conftest import share
from tests.web.pages import text_of


@pytest.fixture
def url(network_n) -> str:
    return reverse("network-shared", args=[network_n.pk])


def test_newest_first_with_links(client_for, editor_b, org_a, org_b, network_n, url):
    share(org_b, network_n, Section.FOCUS)
    share(org_a, network_n, Section.PRIORITIES)
    SectionShare.objects.filter(organisation=org_b).update(
        shared_at=timezone.now() - datetime.timedelta(days=2)
    )
    text = text_of(client_for(editor_b).get(url))
    newest = text[text.index('id="newest"') : text.index("</table>")]
    assert newest.index("Stockholm") < newest.index("Göteborg")
    assert reverse("priorities-decisions", args=[org_a.pk]) in text
    assert reverse("focus-overview", args=[org_b.pk]) in text


def test_dialogue_results_are_linked_per_opened_dialogue(
    client_for, coordinator, editor_a, org_a, network_n, url
):
    now = timezone.now()
    day = datetime.timedelta(days=1)
    opened = Dialogue.objects.create(
        organisation=org_a,
        title="Parkerna",
        created_by=editor_a,
        opens_at=now - day,
        closes_at=now + day,
    )
    Dialogue.objects.create(
        organisation=org_a,
        title="Utkastet",
        created_by=editor_a,
        opens_at=now + day,
        closes_at=now + 2 * day,
    )
    share(org_a, network_n, Section.DIALOGUE)
    text = text_of(client_for(coordinator).get(url))
    assert reverse("dialogue-results", args=[org_a.pk, opened.pk]) in text
    assert "Utkastet" not in text


def test_only_this_networks_shares_of_current_members(
    client_for, editor_b, org_a, org_c, network_n, network_m, url
):
    share(org_a, network_m, Section.FOCUS)
    share(org_c, network_n, Section.FOCUS)  # C is no member of N
    text = text_of(client_for(editor_b).get(url))
    assert "Ingen medlem delar något med nätverket ännu." in text
    assert reverse("focus-overview", args=[org_a.pk]) not in text


def test_who_may_open_it(client_for, editor_b, coordinator, editor_c, url):
    assert client_for(editor_b).get(url).status_code == 200
    assert client_for(coordinator).get(url).status_code == 200
    assert client_for(editor_c).get(url).status_code == 403
    assert client_for(make_user("ingen")).get(url).status_code == 403
    assert client_for(None).get(url).status_code == 302
    assert client_for(editor_b).get(reverse("network-shared", args=[999])).status_code == 404
