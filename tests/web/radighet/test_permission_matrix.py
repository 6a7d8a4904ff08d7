"""Every rådighet URL with editor of A, viewer of A, editor of B (and A's admin, anonymous).

Anyone logged in reads A's levels; only A's members read A's history; only
A's editors and admins change A's levels. A refused user gets 403 and none of
A's history; a refused change saves nothing.
"""

import pytest
from django.urls import reverse

from styra.web.organisations.models import Organisation
from styra.web.radighet.models import MandateChange, MandateOverride

from .conftest import BASE, CHANGE_URL, GOAL_URL, HISTORY_URL, RESET_URL, SECRET, text_of

READ_URLS = [
    BASE,
    GOAL_URL,
    f"{BASE}export-mal.csv",
    f"{BASE}export-mal.xlsx",
    f"{BASE}export-delmal.csv",
    f"{BASE}export-delmal.xlsx",
]
USERS = ["admin_a", "editor_a", "viewer_a"]  # members; editor of B is refused (below)
CHANGE = {"delmal-14-2-level": "3", "delmal-14-2-motivation": "Egen havsplan antagen."}
RESET = {"aterstall-14-2-motivation": "Tillbaka till standard."}


def test_url_names():
    assert reverse("radighet-overview", args=["0180"]) == BASE
    assert reverse("radighet-goal", args=["0180", 14]) == GOAL_URL
    assert reverse("radighet-history", args=["0180"]) == HISTORY_URL
    assert reverse("radighet-target-change", args=["0180", "14-2"]) == CHANGE_URL
    assert reverse("radighet-target-reset", args=["0180", "14-2"]) == RESET_URL
    assert reverse("radighet-export", args=["0180", "mal", "csv"]) == f"{BASE}export-mal.csv"


@pytest.mark.parametrize("url", READ_URLS)
@pytest.mark.parametrize("user", USERS)
def test_every_member_reads_the_levels(url, user, request, client_for, own_level_a):
    assert client_for(request.getfixturevalue(user)).get(url).status_code == 200


@pytest.mark.parametrize("url", [*READ_URLS, HISTORY_URL])
def test_another_organisation_reads_nothing(url, client_for, editor_b, own_level_a):
    assert client_for(editor_b).get(url).status_code == 403


@pytest.mark.parametrize("url", [*READ_URLS, HISTORY_URL])
def test_anonymous_is_sent_to_the_login(url, client_for, org_a):
    response = client_for(None).get(url)
    assert response.status_code == 302 and "/konto/logga-in/" in response["Location"]


@pytest.mark.parametrize("url", [CHANGE_URL, RESET_URL])
def test_anonymous_cannot_post(url, client_for, own_level_a):
    response = client_for(None).post(url, CHANGE | RESET)
    assert response.status_code == 302 and "/konto/logga-in/" in response["Location"]
    assert MandateChange.objects.count() == 1


@pytest.mark.parametrize("user", ["admin_a", "editor_a", "viewer_a"])
def test_members_of_a_read_the_history(user, request, client_for, own_level_a):
    response = client_for(request.getfixturevalue(user)).get(HISTORY_URL)
    assert response.status_code == 200
    assert SECRET in text_of(response) and "Erik Ek" in text_of(response)


def test_editor_of_b_is_refused_a_history_and_sees_none_of_it(client_for, editor_b, own_level_a):
    response = client_for(editor_b).get(HISTORY_URL)
    assert response.status_code == 403
    text = text_of(response)
    assert SECRET not in text and "Erik Ek" not in text and "14.2" not in text


def test_a_viewer_reads_the_levels_without_the_forms(client_for, viewer_a, own_level_a):
    """A viewer of A reads the level and its motivation; only editors get the forms."""
    text = text_of(client_for(viewer_a).get(GOAL_URL))
    assert SECRET in text
    assert CHANGE_URL not in text and RESET_URL not in text


@pytest.mark.parametrize("user", ["admin_a", "editor_a"])
def test_editors_and_admins_of_a_see_the_forms(user, request, client_for, own_level_a):
    text = text_of(client_for(request.getfixturevalue(user)).get(GOAL_URL))
    assert f'action="{CHANGE_URL}"' in text and f'action="{RESET_URL}"' in text


@pytest.mark.parametrize("url", [CHANGE_URL, RESET_URL])
@pytest.mark.parametrize("user", ["viewer_a", "editor_b"])
def test_viewer_of_a_and_editor_of_b_cannot_change_a(url, user, request, client_for, own_level_a):
    response = client_for(request.getfixturevalue(user)).post(url, CHANGE | RESET)
    assert response.status_code == 403
    assert SECRET not in text_of(response)
    override = MandateOverride.objects.get()
    assert (override.level, override.motivation) == (2, SECRET)
    assert MandateChange.objects.count() == 1


@pytest.mark.parametrize(("url", "data"), [(CHANGE_URL, CHANGE), (RESET_URL, RESET)])
@pytest.mark.parametrize("user", ["admin_a", "editor_a"])
def test_editors_and_admins_of_a_change_a(url, data, user, request, client_for, own_level_a):
    response = client_for(request.getfixturevalue(user)).post(url, data)
    assert response.status_code == 302
    assert MandateChange.objects.count() == 2


@pytest.mark.parametrize("url", [CHANGE_URL, RESET_URL])
def test_the_change_urls_take_only_post(url, client_for, editor_a):
    assert client_for(editor_a).get(url).status_code == 405


@pytest.mark.parametrize(
    "url",
    [
        "/omraden/9999/radighet/",
        "/omraden/0000/radighet/",
        f"{BASE}mal/18/",
        f"{BASE}mal/0/",
        f"{BASE}export-mal.pdf",
        f"{BASE}export-allt.csv",
        "/omraden/0000/radighet/historik/",
    ],
)
def test_unknown_things_and_riket_are_not_found(url, client_for, editor_a):
    Organisation.objects.create(kolada_id="0000", name="Riket", type="K")
    assert client_for(editor_a).get(url).status_code == 404


@pytest.mark.parametrize("target", ["14-99", "18-1", "tolv"])
def test_posting_to_an_unknown_target_is_not_found(target, client_for, editor_a):
    url = f"{BASE}delmal/{target}/andra/"
    assert client_for(editor_a).post(url, CHANGE).status_code == 404
    assert not MandateChange.objects.exists()


def test_editor_of_b_may_change_b(client_for, editor_b, org_b):
    url = reverse("radighet-target-change", args=["1480", "14-2"])
    assert client_for(editor_b).post(url, CHANGE).status_code == 302
    assert MandateOverride.objects.get().organisation == org_b
