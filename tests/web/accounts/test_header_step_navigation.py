"""The header's steps of the working model for the organisation shown: step 1's six
pages and step 2's three, the current one marked ``aria-current="page"``, for members
only."""

import re

import pytest

STEP_LINKS = [
    ("De 17 målen", "/omraden/0180/"),
    ("Fokus", "/organisationer/0180/fokus/"),
    ("Rådighet", "/organisationer/0180/radighet/"),
    ("Samverkan", "/organisationer/0180/samverkan/"),
    ("Självskattning", "/organisationer/0180/sjalvskattning/"),
    ("Dokumentet", "/organisationer/0180/nulagesanalys/"),
    ("Interaktioner", "/organisationer/0180/interaktioner/"),
    ("Prioritera", "/organisationer/0180/prioritera/"),
    ("Handlingsplan", "/organisationer/0180/handlingsplan/"),
]


def step_nav(html: str) -> str:
    return html.split('<nav class="step-nav"')[1].split("</nav>")[0]


def current_links(nav: str) -> list[str]:
    return re.findall(r'<a href="([^"]+)" aria-current="page">', nav)


def test_the_steps_link_every_page_of_the_model_in_order(client_for, viewer_a):
    nav = step_nav(client_for(viewer_a).get("/organisationer/0180/").content.decode())
    links = re.findall(r'<a href="([^"]+)"[^>]*>([^<]+)</a>', nav)
    assert [(label, url) for url, label in links] == STEP_LINKS
    assert "Nulägesanalys" in nav and "Prioritera och planera" in nav
    assert current_links(nav) == []  # the organisation's page is no step


@pytest.mark.parametrize(
    ("path", "current"),
    [
        ("/organisationer/0180/fokus/", "/organisationer/0180/fokus/"),
        ("/organisationer/0180/fokus/dokument/", "/organisationer/0180/fokus/"),
        ("/organisationer/0180/handlingsplan/tidslinje/", "/organisationer/0180/handlingsplan/"),
        ("/organisationer/0180/radighet/historik/", "/organisationer/0180/radighet/"),
    ],
)
def test_the_current_step_is_marked(client_for, editor_a, path, current):
    response = client_for(editor_a).get(path)
    assert response.status_code == 200
    assert current_links(step_nav(response.content.decode())) == [current]


def test_no_steps_for_a_user_outside_the_organisation(client_for, editor_b, org_a):
    html = client_for(editor_b).get("/organisationer/0180/radighet/").content.decode()
    assert 'class="step-nav"' not in html


def test_no_steps_for_visitors(client):
    assert 'class="step-nav"' not in client.get("/").content.decode()
