"""On a goal with a big challenge, the goal page lists the peers that improved most on the
goal's KPIs and those of their practices on the goal that the user may read."""

import pytest
from django.test import RequestFactory

from styra.web.nulage.pages import prepared
from styra.web.organisations.models import Organisation
from styra.web.practices.learning import goal_peers
from styra.web.practices.models import Visibility
from tests.web.analysis_data import SAMPLE_KOMMUNER
from tests.web.practices.conftest import make_practice


def page_of(user, area: str):
    request = RequestFactory().get(f"/omraden/{area}/")
    request.user = user
    return prepared(request, area)


def challenged_goal_with_peers(user) -> tuple[str, int, dict]:
    """(area, goal, peers): the first sample kommun with a big challenge that has peers."""
    for area in SAMPLE_KOMMUNER:
        page = page_of(user, area)
        for goal in range(1, 18):
            peers = goal_peers(page, goal)
            if peers and peers["peers"]:
                return area, goal, peers
    pytest.skip("no sample kommun has a big challenge with peers")


def test_the_goal_page_shows_a_readable_practice_and_not_an_unreadable_one(
    kolada_sample, client_for, editor_b
):
    area, goal, peers = challenged_goal_with_peers(editor_b)
    peer = Organisation.objects.get(pk=peers["peers"][0]["area_id"])
    kpi_id = peers["peers"][0]["improvements"][0]["kpi_id"]
    make_practice(peer, "Så gjorde vi", Visibility.PUBLIC, kpis=[kpi_id])
    make_practice(peer, "Hemligt recept", goals=[goal])  # private to the peer
    make_practice(peer, "Om ett annat mål", Visibility.PUBLIC, goals=[goal % 17 + 1])
    page = client_for(editor_b).get(f"/omraden/{area}/mal/{goal}/").content.decode()
    assert "Lär av andra" in page and peer.name in page
    assert "Så gjorde vi" in page
    assert "Hemligt recept" not in page and "Om ett annat mål" not in page


def test_a_new_practice_shows_on_the_cached_page(kolada_sample, client_for, editor_b):
    area, goal, peers = challenged_goal_with_peers(editor_b)
    peer = Organisation.objects.get(pk=peers["peers"][0]["area_id"])
    client = client_for(editor_b)
    url = f"/omraden/{area}/mal/{goal}/"
    client.get(url)  # sets the CSRF cookie: the user's page is kept from now on
    assert "Nytt exempel" not in client.get(url).content.decode()
    make_practice(peer, "Nytt exempel", Visibility.PUBLIC, goals=[goal])
    assert "Nytt exempel" in client.get(url).content.decode()


def test_a_goal_without_a_big_challenge_has_no_list(kolada_sample, client_for, editor_b):
    page = page_of(editor_b, "0180")
    calm = next((g for g in range(1, 18) if goal_peers(page, g) is None), None)
    if calm is None:
        pytest.skip("every goal is a big challenge in the sample")
    assert (
        "Lär av andra"
        not in client_for(editor_b).get(f"/omraden/0180/mal/{calm}/").content.decode()
    )


def test_a_kept_goal_page_costs_one_query_more_for_the_practices(
    kolada_sample, client_for, editor_b
):
    """No N+1: the peers come from the cache, their practices in one query."""
    from django.db import connection
    from django.test.utils import CaptureQueriesContext

    area, goal, _peers = challenged_goal_with_peers(editor_b)
    client = client_for(editor_b)
    url = f"/omraden/{area}/mal/{goal}/"
    for _ in range(2):  # render, then render once more with the CSRF cookie
        client.get(url)
    with CaptureQueriesContext(connection) as queries:
        kept = client.get(url)
    assert kept.status_code == 200
    assert [t.name for t in kept.templates] == ["practices/_learn_from_others.html"]  # no frame
    tables = [q["sql"].split(" FROM ")[1].split()[0].strip('"') for q in queries]
    assert tables == [
        "django_session",
        "auth_user",
        "indicators_dataversion",
        "practices_practice",
    ], tables
