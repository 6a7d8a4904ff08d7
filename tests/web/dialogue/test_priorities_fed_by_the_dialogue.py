"""The chosen closed dialogue's goal ranking is the prioritisation's citizens criterion:
it changes the ranking, the page names the dialogue and its answers, and a decision
keeps them in its snapshot."""

import datetime as dt

import pytest
from django.core.cache import cache
from django.urls import reverse
from django.utils import timezone

from styra.priorities import criteria as c
from styra.web.common.goals import goal_title
from styra.web.dialogue.models import Dialogue, Kind
from styra.web.priorities.decisions.criteria import assemble, load_citizens
from styra.web.priorities.decisions.services import record_decision
from tests.web.pages import text_of

from .staff_helpers import DAY, add, make_dialogue, respond, url

PRIORITIES = "/omraden/0180/prioritera/"
ALL_ON_CITIZENS = "?utmaning=0&fokusglapp=0&radighet=0&havstang=0&strategisk=0&medborgare=100"
ALL_ON_MANDATE = "?utmaning=0&fokusglapp=0&radighet=100&havstang=0&strategisk=0&medborgare=0"


@pytest.fixture(autouse=True)
def _empty_cache():
    cache.clear()


@pytest.fixture
def closed(org_a) -> Dialogue:
    """Closed yesterday; three people put goal 11 first."""
    found = make_dialogue(org_a, title="Invånarnas mål", opens=-9 * DAY, closes=-DAY)
    rank = add(found, Kind.RANK_GOALS, "Rangordna", goals=[3, 11, 13])
    for ranking in ([11, 13, 3], [11, 3], [13, 11]):
        respond(found, {rank: ranking})
    return found


def first_row(text: str) -> str:
    table = text.index("Målen rangordnade efter poäng")
    start = text.index("<tbody>", table)
    return text[start : text.index("</tr>", start)]


def test_only_a_chosen_closed_dialogue_counts(client_for, editor_a, org_a, closed):
    assert load_citizens(org_a).source == c.NO_DIALOGUE  # not chosen yet
    open_one = make_dialogue(org_a, title="Pågår")
    add(open_one, Kind.RANK_GOALS, "Rangordna")
    client = client_for(editor_a)
    response = client.post(url("dialogue-feeds", open_one.pk), {"anvand": "1"})
    assert response.status_code == 400 and "Bara en stängd dialog" in text_of(response)
    assert client.post(url("dialogue-feeds", closed.pk), {"anvand": "1"}).status_code == 302
    criterion = load_citizens(org_a)
    assert criterion.source == c.DIALOGUE
    # Borda shares 11: 5/6, 13: 1/2, 3: 1/6 → min–max 1, 0.5, 0; other goals unknown
    assert criterion.values[11] == pytest.approx(1.0)
    assert criterion.values[13] == pytest.approx(0.5)
    assert criterion.values[3] == pytest.approx(0.0)
    assert criterion.values[1] is None
    assert criterion.details == {
        "dialogue": "Invånarnas mål",
        "dialogue_id": closed.pk,
        "answers": 3,
        "closed": timezone.localdate(closed.closes_at).isoformat(),
    }


def test_one_dialogue_at_a_time(client_for, editor_a, org_a, closed):
    other = make_dialogue(org_a, title="Förra året", opens=-99 * DAY, closes=-90 * DAY)
    add(other, Kind.RANK_GOALS, "Rangordna")
    client = client_for(editor_a)
    client.post(url("dialogue-feeds", other.pk), {"anvand": "1"})
    client.post(url("dialogue-feeds", closed.pk), {"anvand": "1"})
    assert list(Dialogue.objects.filter(feeds_priorities=True)) == [closed]
    client.post(url("dialogue-feeds", closed.pk), {"anvand": "0"})
    assert not Dialogue.objects.filter(feeds_priorities=True).exists()


def test_the_citizens_change_the_prioritisation(client_for, editor_a, viewer_a, closed):
    viewer = client_for(viewer_a)
    before = text_of(viewer.get(PRIORITIES + ALL_ON_CITIZENS))
    assert "Ingen stängd medborgardialog med en rangordning av målen är vald" in before
    assert "Minst ett av kriterierna som räknas" in before  # citizens do not count yet
    client_for(editor_a).post(url("dialogue-feeds", closed.pk), {"anvand": "1"})
    after = text_of(viewer.get(PRIORITIES + ALL_ON_CITIZENS))
    assert f"Mål 11: {goal_title(11)}" in first_row(after)
    assert "Medborgardialog: Invånarnas mål, 3 svar (stängde " in after
    mandate_first = first_row(text_of(viewer.get(PRIORITIES + ALL_ON_MANDATE)))
    assert f"Mål 11: {goal_title(11)}" not in mandate_first


def test_the_decision_names_the_dialogue_and_its_answers(client_for, editor_a, org_a, closed):
    client_for(editor_a).post(url("dialogue-feeds", closed.pk), {"anvand": "1"})
    cleaned = {
        "goals": [11],
        "targets": [],
        "body": "Kommunstyrelsen",
        "decided_on": dt.date(2026, 5, 12),
        "reference": "KS 2026/1",
        "motivation": "Invånarna först.",
        "upload": None,
        "weights": {
            "challenge": 0.3,
            "focus_gap": 0.15,
            "mandate": 0.15,
            "leverage": 0.2,
            "strategic": 0.1,
            "citizens": 0.1,
        },
        "top_n": 5,
    }
    decision = record_decision(org_a, assemble(org_a), cleaned, editor_a)
    kept = decision.snapshot["criteria"]["citizens"]
    assert kept["source"] == c.DIALOGUE and kept["details"]["dialogue"] == "Invånarnas mål"
    assert kept["details"]["answers"] == 3
    Dialogue.objects.filter(pk=closed.pk).update(title="Omdöpt", feeds_priorities=False)
    page = client_for(editor_a).get(reverse("priorities-decision", args=["0180", decision.pk]))
    assert "Medborgardialog: Invånarnas mål, 3 svar (stängde " in text_of(page)
