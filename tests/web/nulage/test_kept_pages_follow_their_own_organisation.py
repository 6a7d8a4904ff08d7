"""A kept analysis page is made again only when what it shows changed: an organisation's
own data makes its own pages again and leaves every other organisation's kept; a rådighet
level makes again the goal page of its goal and the KPI pages of its targets, and leaves
the overview, the other goals and the other organisations kept (the load test's writes
no longer empty every page of the platform)."""

import pytest

from styra.web.indicators.versions import bump_own, versions_of
from styra.web.radighet import services as radighet

KPI_13 = "N00401"  # follows target 13.2
KPI_3 = "N00404"  # follows target 3.d


def body_made(client, path: str) -> bool:
    """Whether the page's body was rendered for this request (not read from the cache)."""
    response = client.get(path)
    assert response.status_code == 200, path
    return any("page_title" in context for context in response.context or [])


def kept_pages(client, paths) -> dict[str, bool]:
    for path in paths:
        client.get(path)  # made (or read), and kept for this user
    return {path: not body_made(client, path) for path in paths}


@pytest.fixture
def level_changed(org_a, editor_a):
    def change(target_id: str) -> None:
        default = radighet.default_levels(radighet.area_type(org_a))[target_id]
        level = (default + 1) % 4
        radighet.change_level(org_a, target_id, level, "Hamnen ägs av staten", editor_a)

    return change


def test_a_rádighet_level_makes_again_only_its_goal_and_kpi_pages(
    kolada_sample, client_for, editor_a, level_changed
):
    client = client_for(editor_a)
    paths = [
        "/omraden/0180/",
        "/omraden/0180/mal/13/",
        "/omraden/0180/mal/3/",
        f"/omraden/0180/nyckeltal/{KPI_13}/",
        f"/omraden/0180/nyckeltal/{KPI_3}/",
    ]
    assert all(kept_pages(client, paths).values())
    level_changed("13.2")
    assert body_made(client, "/omraden/0180/mal/13/")
    assert body_made(client, f"/omraden/0180/nyckeltal/{KPI_13}/")
    assert not body_made(client, "/omraden/0180/")
    assert not body_made(client, "/omraden/0180/mal/3/")
    assert not body_made(client, f"/omraden/0180/nyckeltal/{KPI_3}/")


def mandate_box(client, path: str) -> str:
    html = client.get(path).content.decode()
    return html[html.index('id="mandate-heading"') :].split("</section>")[0]


def test_the_goal_page_shows_the_new_level_at_once(
    kolada_sample, client_for, editor_a, level_changed
):
    client = client_for(editor_a)
    client.get("/omraden/0180/mal/13/")
    before = mandate_box(client, "/omraden/0180/mal/13/")  # kept
    level_changed("13.2")
    assert mandate_box(client, "/omraden/0180/mal/13/") != before  # the counts per level


def test_own_data_of_one_organisation_leaves_the_other_ones_pages_kept(
    kolada_sample, client_for, editor_a, editor_b, org_a
):
    mine, theirs = client_for(editor_a), client_for(editor_b)
    kept_pages(mine, ["/omraden/0180/"])
    kept_pages(theirs, ["/omraden/1480/", "/omraden/0180/"])
    bump_own(org_a.pk)  # what an own-value upload in Stockholm does
    assert body_made(mine, "/omraden/0180/")
    assert not body_made(theirs, "/omraden/1480/")
    assert versions_of("1480").data == 0 and versions_of("0180").data == 1


def test_the_versions_of_an_organisation_come_in_one_query(
    kolada_sample, org_a, django_assert_num_queries, level_changed
):
    level_changed("13.2")
    bump_own(org_a.pk)
    bump_own(org_a.pk)
    with django_assert_num_queries(1):
        versions = versions_of(org_a.pk)
    assert versions.data == 2 and versions.mandate(13, 3) == (1, 0) and versions.kolada >= 1
