"""The header's steps of the working model for the organisation shown: step 1's six
pages, step 2's three, step 3's three (dialogue, publishing, remissrundor) and step 4's
three, the current one marked ``aria-current="page"``, for members only."""

import re

import pytest

STEP_LINKS = [
    ("De 17 målen", "/omraden/0180/"),
    ("Fokus", "/omraden/0180/fokus/"),
    ("Rådighet", "/omraden/0180/radighet/"),
    ("Samverkan", "/omraden/0180/samverkan/"),
    ("Självskattning", "/omraden/0180/sjalvskattning/"),
    ("Dokumentet", "/omraden/0180/nulagesanalys/"),
    ("Interaktioner", "/omraden/0180/interaktioner/"),
    ("Prioritera", "/omraden/0180/prioritera/"),
    ("Handlingsplan", "/omraden/0180/handlingsplan/"),
    ("Medborgardialog", "/omraden/0180/dialog/"),
    ("Publicering", "/omraden/0180/publicering/"),
    ("Remissrundor", "/omraden/0180/remiss/"),
    ("Uppföljning", "/omraden/0180/uppfoljning/"),
    ("Vad har hänt sedan sist?", "/omraden/0180/vad-har-hant/"),
    ("VLR", "/omraden/0180/vlr/"),
]


def step_nav(html: str) -> str:
    return html.split('<nav class="step-nav"')[1].split("</nav>")[0]


def current_links(nav: str) -> list[str]:
    return re.findall(r'<a href="([^"]+)" aria-current="page">', nav)


def test_the_steps_link_every_page_of_the_model_in_order(client_for, viewer_a):
    nav = step_nav(client_for(viewer_a).get("/omraden/0180/organisation/").content.decode())
    links = re.findall(r'<a href="([^"]+)"[^>]*>([^<]+)</a>', nav)
    assert [(label, url) for url, label in links] == STEP_LINKS
    assert "Nulägesanalys" in nav and "Prioritera och planera" in nav
    numbers = re.findall(r'<span class="step-number">(\d+)</span> ([^<]+)</span>', nav)
    assert numbers == [
        ("1", "Nulägesanalys"),
        ("2", "Prioritera och planera"),
        ("3", "Kommunicera och involvera"),
        ("4", "Följa upp och analysera"),
    ]
    assert current_links(nav) == []  # the organisation's page is no step


@pytest.mark.parametrize(
    ("path", "current"),
    [
        ("/omraden/0180/fokus/", "/omraden/0180/fokus/"),
        ("/omraden/0180/fokus/dokument/", "/omraden/0180/fokus/"),
        ("/omraden/0180/handlingsplan/tidslinje/", "/omraden/0180/handlingsplan/"),
        ("/omraden/0180/radighet/historik/", "/omraden/0180/radighet/"),
        ("/omraden/0180/uppfoljning/att-rapportera/", "/omraden/0180/uppfoljning/"),
        ("/omraden/0180/publicering/forbered/", "/omraden/0180/publicering/"),
    ],
)
def test_the_current_step_is_marked(client_for, editor_a, path, current):
    response = client_for(editor_a).get(path)
    assert response.status_code == 200
    assert current_links(step_nav(response.content.decode())) == [current]


def test_no_steps_for_a_user_outside_the_organisation(client_for, editor_b, org_a):
    html = client_for(editor_b).get("/omraden/0180/radighet/").content.decode()
    assert 'class="step-nav"' not in html


def test_no_steps_for_visitors(client):
    assert 'class="step-nav"' not in client.get("/").content.decode()
