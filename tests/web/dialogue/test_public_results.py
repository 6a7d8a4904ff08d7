"""The public results page (`dialogue-public-results`): only when the dialogue's results
are public, the staff page's numbers, nothing the public may not see, changes at once."""

import re

import pytest
from django.conf import settings
from django.core.cache import cache

from styra.web.common.goals import goal_title
from styra.web.dialogue import results, services
from styra.web.dialogue.models import Kind, Proposal, Visibility
from tests.web.pages import text_of

from .staff_helpers import DAY, add, make_dialogue, open_dialogue, respond, url  # noqa: F401

PUBLIC = "dialogue-public-results"


@pytest.fixture(autouse=True)
def _empty_cache():
    cache.clear()


@pytest.fixture
def public(open_dialogue):  # noqa: F811
    """Three answers (one text hidden, one waiting), a shown and a hidden proposal."""
    open_dialogue.results_public = True
    open_dialogue.save()
    rank, choice, text = open_dialogue.questions.all()
    respond(open_dialogue, {rank: [13, 3], choice: "Buss", text: "Fler träd"})
    respond(open_dialogue, {rank: [11], choice: "Buss", text: "Hemligt"})
    respond(open_dialogue, {rank: [13, 11, 3], choice: "Cykel", text: "Väntar än"})
    text.answers.filter(value="Hemligt").update(visibility=Visibility.HIDDEN)
    text.answers.filter(value="Väntar än").update(visibility=Visibility.PENDING)
    proposals = add(open_dialogue, Kind.PROPOSALS, "Dina förslag")
    for title, visibility in (("Fler cykelbanor", Visibility.SHOWN), ("Dolt förslag", "hidden")):
        Proposal.objects.create(
            question=proposals, participant=title, title=title, goal=11, visibility=visibility
        )
    return open_dialogue


def rows_of(text: str) -> dict[str, list[str]]:
    """Every table row of the page: its heading → its cells."""
    found = {}
    for label, cells in re.findall(r'<th scope="row">([^<]*)</th>(.*?)</tr>', text, re.S):
        found[label] = re.findall(r'<td class="number">([^<]*)</td>', cells)
    return found


def test_anonymous_see_the_staff_pages_numbers(client, client_for, viewer_a, public):
    response = client.get(url(PUBLIC, public.pk))
    assert response.status_code == 200
    text = text_of(response)
    staff = text_of(client_for(viewer_a).get(url("dialogue-results", public.pk)))
    goal13 = f"Mål 13: {goal_title(13)}"
    assert rows_of(text) == rows_of(staff) and rows_of(text)[goal13][0] == "75"
    assert rows_of(text)["Buss"] == ["2", "66,7"] and rows_of(text)["Fler cykelbanor"]
    assert text.count('<img src="data:image/svg+xml;base64,') == 2  # ranking, choice
    assert "Källa: medborgardialogen ”Stockholms mål”, 3 svar." in text
    assert 'class="public' in text  # the public frame, not the staff's


def test_nothing_private_is_shown(client, public):
    text = text_of(client.get(url(PUBLIC, public.pk)))
    assert "Fler träd" in text and "1 svar visas." in text
    for private in ("Hemligt", "Väntar än", "Dolt förslag", "Väntar på granskning", "Dolda:"):
        assert private not in text, private
    assert "resultat.csv" not in text  # the downloads are the staff's


def test_404_unless_public_and_of_this_organisation(client, public, org_a, org_b):
    assert client.get(url(PUBLIC, public.pk, kolada_id="1480")).status_code == 404
    assert client.get(url(PUBLIC, public.pk + 1000)).status_code == 404
    hidden = make_dialogue(org_a, title="Bara för oss")
    assert client.get(url(PUBLIC, hidden.pk)).status_code == 404
    not_yet = make_dialogue(org_a, opens=DAY, closes=2 * DAY, results_public=True)
    assert client.get(url(PUBLIC, not_yet.pk)).status_code == 404
    public.results_public = False
    public.save()
    assert client.get(url(PUBLIC, public.pk)).status_code == 404


def test_a_new_answer_or_decision_shows_at_once(client, editor_a, public):
    assert "Fler träd" in text_of(client.get(url(PUBLIC, public.pk)))
    rank, choice, text = public.questions.all()[:3]
    respond(public, {choice: "Cykel"})
    page = text_of(client.get(url(PUBLIC, public.pk)))
    assert "4 svar" in page and rows_of(page)["Cykel"] == ["2", "50"]
    said = text.answers.get(value="Fler träd")
    services.moderate(said, Visibility.HIDDEN, "Personangrepp", editor_a)
    assert "Fler träd" not in text_of(client.get(url(PUBLIC, public.pk)))


def test_linked_from_the_index_and_the_receipt(client, public):
    results = url(PUBLIC, public.pk)
    assert results in text_of(client.get(url("dialogue-public")))
    assert results in text_of(client.get(url("dialogue-public-receipt", public.pk)))
    public.results_public = False
    public.save()
    assert results not in text_of(client.get(url("dialogue-public-receipt", public.pk)))


def test_in_english(client, public):
    client.cookies[settings.LANGUAGE_COOKIE_NAME] = "en"
    response = client.get(url(PUBLIC, public.pk))
    assert response.status_code == 200 and '<html lang="en">' in text_of(response)


def test_a_new_support_or_a_hidden_proposal_shows_at_once(client, editor_a, public):
    shown = Proposal.objects.get(title="Fler cykelbanor")
    assert rows_of(text_of(client.get(url(PUBLIC, public.pk))))["Fler cykelbanor"][-1] == "0"
    shown.supports.create(participant="någon")
    assert rows_of(text_of(client.get(url(PUBLIC, public.pk))))["Fler cykelbanor"][-1] == "1"
    services.moderate(shown, Visibility.HIDDEN, "Reklam", editor_a)
    assert "Fler cykelbanor" not in text_of(client.get(url(PUBLIC, public.pk)))


def test_another_process_reads_the_kept_page(client, public, settings, tmp_path, monkeypatch):
    settings.STYRA_CACHE_DIR = str(tmp_path)
    first = text_of(client.get(url(PUBLIC, public.pk)))
    cache.clear()  # a new worker: its own cache is empty, the files are there

    def no_computing(dialogue):
        raise AssertionError("computed again")

    monkeypatch.setattr(results, "compute", no_computing)
    assert text_of(client.get(url(PUBLIC, public.pk))) == first
    respond(public, {public.questions.first(): [3]})  # a new answer: computed afresh
    with pytest.raises(AssertionError, match="computed again"):
        client.get(url(PUBLIC, public.pk))
