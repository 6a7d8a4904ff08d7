"""The old ``/organisationer/<id>/…`` URLs move for good to ``/omraden/<id>/…``.

A GET answers 301 to the new URL with the rest of the path and the query string
kept; a POST answers 308, so the browser posts the same form to the new URL and
nothing typed is lost.
"""

import pytest
from django.urls import resolve

from styra.web.organisations.models import ContactPerson

MOVED = [
    ("/organisationer/", "/omraden/"),
    ("/organisationer/?q=sto", "/omraden/?q=sto"),
    ("/organisationer/0180/", "/omraden/0180/organisation/"),
    ("/organisationer/0180/fokus/", "/omraden/0180/fokus/"),
    ("/organisationer/0180/radighet/mal/4/", "/omraden/0180/radighet/mal/4/"),
    (
        "/organisationer/0180/prioritera/?jamfor=kommungrupp&ar=2023",
        "/omraden/0180/prioritera/?jamfor=kommungrupp&ar=2023",
    ),
    ("/organisationer/0180/samverkan/matris.xlsx", "/omraden/0180/samverkan/matris.xlsx"),
    ("/organisationer/1480/medlemmar/3/roll/", "/omraden/1480/medlemmar/3/roll/"),
]
NEW_PAGES = {
    "/omraden/": "organisations-list",
    "/omraden/0180/organisation/": "organisations-detail",
    "/omraden/0180/": "nulage-overview",
    "/omraden/0180/mal/4/": "nulage-goal",
    "/omraden/0180/export.csv": "nulage-overview-export",
    "/omraden/0180/fokus/": "focus-overview",
    "/omraden/0180/radighet/mal/4/": "radighet-goal",
    "/omraden/0180/kontaktperson/": "organisations-contact-edit",
}


@pytest.mark.parametrize(("old", "new"), MOVED)
def test_an_old_url_moves_permanently_with_its_path_and_query(client, old, new):
    for response in (client.get(old), client.head(old)):
        assert response.status_code == 301
        assert response["Location"] == new


@pytest.mark.parametrize(("url", "name"), NEW_PAGES.items())
def test_the_analysis_and_the_organisations_pages_share_one_root(url, name):
    assert resolve(url).url_name == name


def test_a_form_posted_to_an_old_url_is_posted_again_to_the_new_one(client_for, editor_a):
    client = client_for(editor_a)
    data = {"name": "Kim Kontakt", "email": "kim@stockholm.se", "phone": "08-123 45"}
    response = client.post("/organisationer/0180/kontaktperson/", data)
    assert response.status_code == 308
    assert response["Location"] == "/omraden/0180/kontaktperson/"

    followed = client.post("/organisationer/0180/kontaktperson/", data, follow=True)
    assert followed.redirect_chain[0] == ("/omraden/0180/kontaktperson/", 308)
    assert followed.request["PATH_INFO"] == "/omraden/0180/organisation/"
    assert ContactPerson.objects.get(organisation_id="0180").name == "Kim Kontakt"
