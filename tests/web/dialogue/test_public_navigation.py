"""The public site links the dialogues: "Dialog" in the navigation while the
organisation has an open dialogue or public results, and not otherwise (a cached page
does not keep a stale link)."""

import pytest
from django.urls import reverse

from tests.web.antispam_helpers import antispam  # noqa: F401
from tests.web.dialogue.public_fixtures import DAY, make_dialogue
from tests.web.public.public_content import publish

pytestmark = pytest.mark.usefixtures("antispam")


def dialogue_link(client, organisation) -> bool:
    page = client.get(reverse("public-overview", args=[organisation.pk])).content.decode()
    return f'href="{reverse("dialogue-public", args=[organisation.pk])}"' in page


def test_the_navigation_shows_dialog_only_with_something_to_show(client, org_a):
    publish(org_a)
    assert not dialogue_link(client, org_a)
    make_dialogue(org_a, opens=DAY, closes=2 * DAY)  # not open yet
    make_dialogue(org_a, opens=-2 * DAY, closes=-DAY)  # closed, results not public
    assert not dialogue_link(client, org_a)
    make_dialogue(org_a)  # open now: the cached page without the link is not served
    assert dialogue_link(client, org_a)


def test_closed_with_public_results_is_linked(client, org_a):
    publish(org_a)
    make_dialogue(org_a, opens=-2 * DAY, closes=-DAY, results_public=True)
    assert dialogue_link(client, org_a)


def test_the_dialogue_pages_wear_the_public_frame(client, org_a):
    publish(org_a)
    make_dialogue(org_a)
    page = client.get(reverse("dialogue-public", args=[org_a.pk])).content.decode()
    assert 'class="public-nav"' in page and 'aria-current="page"' in page
