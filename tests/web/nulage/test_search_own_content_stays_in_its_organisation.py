"""/sok/ finds the own indicators, actions and actors of the user's own organisations only."""

import pytest

from styra.web.actionplan.models import Action
from styra.web.indicators.models import OwnIndicator
from styra.web.samverkan.models import Actor
from tests.web.factories import make_user
from tests.web.nulage.search_fixtures import _fresh_search_documents  # noqa: F401

pytestmark = pytest.mark.bundle


@pytest.fixture
def own_content(org_a, org_b):
    """The same kinds of content about solar cells in A and in B."""
    made = {}
    for org in (org_a, org_b):
        own = OwnIndicator.objects.create(
            organisation=org, code="E1", title=f"Solceller på {org.name}s tak", goal=7
        )
        action = Action.objects.create(
            organisation=org, level="strategy", code="S1", title="Fler solcellsparker"
        )
        actor = Actor.objects.create(
            organisation=org, name=f"Energibolaget i {org.name}", category="bolag",
            notes="Bygger solcellsanläggningar.",
        )  # fmt: skip
        made[org.pk] = (own, action, actor)
    return made


def hits(client) -> dict[str, list[str]]:
    response = client.get("/sok/", {"q": "solceller"})
    return {g.kind: [r.url for r in g.results] for g in response.context["groups"]}


def test_a_member_finds_the_content_of_their_organisation(
    own_content, client_for, editor_a, viewer_a
):
    own, action, _actor = own_content["0180"]
    for user in (editor_a, viewer_a):
        found = hits(client_for(user))
        assert found["own"] == [f"/omraden/0180/nyckeltal/egen-{own.pk}/"]
        assert found["action"] == [f"/omraden/0180/handlingsplan/{action.pk}/"]
        assert found["actor"] == ["/omraden/0180/samverkan/aktorer/"]


def test_another_organisations_content_is_never_shown(own_content, client_for, editor_b):
    found = hits(client_for(editor_b))
    everything = [url for urls in found.values() for url in urls]
    assert not [url for url in everything if "0180" in url]
    html = client_for(editor_b).get("/sok/", {"q": "solceller"}).content.decode()
    assert "Stockholm" not in html  # A's names appear nowhere


def test_a_user_without_organisations_finds_no_own_content(own_content, client_for):
    found = hits(client_for(make_user("utan_organisation")))
    assert not {"own", "action", "actor"} & set(found)
