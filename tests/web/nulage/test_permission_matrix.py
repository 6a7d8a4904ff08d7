"""Every logged-in user reads the analysis of any area; only the area's editors see
the links to edit it; an anonymous visitor is sent to log in."""

import pytest

KPI = "N00401"  # greenhouse gas emissions per inhabitant: kommuner and regions, goal 13
PAGES = [
    "/omraden/0180/",
    "/omraden/0180/mal/13/",
    f"/omraden/0180/nyckeltal/{KPI}/",
    "/omraden/0180/export.csv",
    "/omraden/0180/export.xlsx",
    "/omraden/0180/mal/13/export.csv",
    f"/omraden/0180/nyckeltal/{KPI}/export.xlsx",
    "/sok/?q=utsläpp",
]


@pytest.mark.parametrize("url", PAGES)
def test_every_logged_in_user_reads_the_analysis_of_any_area(
    url, kolada_sample, client_for, editor_a, viewer_a, editor_b, client
):
    for user in (editor_a, viewer_a, editor_b):
        assert client_for(user).get(url).status_code == 200, user
    anonymous = client.get(url)
    assert anonymous.status_code == 302 and "/konto/logga-in/" in anonymous["Location"]


def test_only_editors_of_the_area_see_the_editing_links(
    kolada_sample, client_for, editor_a, viewer_a, editor_b
):
    target_link = 'href="/omraden/0180/malvarden/"'
    assert target_link in client_for(editor_a).get("/omraden/0180/mal/13/").content.decode()
    for user in (viewer_a, editor_b):
        assert target_link not in client_for(user).get("/omraden/0180/mal/13/").content.decode()
