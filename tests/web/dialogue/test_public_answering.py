"""Answering a dialogue logged out: every kind of question stored right from plain HTML
fields, errors that name the field, one answer per participant, only open dialogues."""

import io

import pytest
from django.core.management import call_command
from django.urls import reverse

from styra.web.dialogue import participation
from styra.web.dialogue.models import Answer, Dialogue, Kind, Moderation, Response, Visibility
from tests.web.antispam_helpers import antispam, shown_ago  # noqa: F401
from tests.web.dialogue import public_fixtures
from tests.web.dialogue.public_fixtures import (
    DAY,
    answer_url,
    full_answer,
    make_dialogue,
    question,
    send,
)
from tests.web.pages import field_error_shown, text_of

pytestmark = pytest.mark.usefixtures("antispam")
dialogue = public_fixtures.dialogue  # the fixture: an open dialogue with every kind


def values_of(dialogue) -> dict:
    return {
        answer.question.kind: answer.value
        for answer in Answer.objects.filter(response__dialogue=dialogue).select_related("question")
    }


def test_every_kind_is_stored_as_answered(client, dialogue):
    response = send(client, dialogue, full_answer(dialogue))
    assert response.status_code == 302
    assert response["Location"] == reverse(
        "dialogue-public-receipt", args=[dialogue.organisation_id, dialogue.pk]
    )
    assert values_of(dialogue) == {
        Kind.RANK_GOALS: [11, 3, 13],
        Kind.POINTS: {"Skola": 50, "Vård": 30, "Parker": 20},
        Kind.SINGLE: "Cykel",
        Kind.MULTIPLE: ["Promenerar", "Leker"],
        Kind.SCALE: 4,
        Kind.MATRIX: {"Luft": "Mycket", "Vatten": "Lite"},
        Kind.TEXT: "Fler cykelbanor, tack.",
    }
    stored = Response.objects.get(dialogue=dialogue)
    assert stored.channel == "web" and stored.entered_by is None and stored.background == {}
    receipt = client.get(response["Location"])
    assert "Tack! Ditt svar är sparat." in text_of(receipt)


def test_the_form_works_without_javascript(client, dialogue):
    page = client.get(answer_url(dialogue))
    html = page.content.decode()
    assert page.status_code == 200
    rank = question(dialogue, Kind.RANK_GOALS).pk
    assert f'<select name="q{rank}_11"' in html  # a numbered select per goal
    assert html.count("<fieldset") >= 8 and html.count("<legend>") >= 8
    assert 'type="number"' in html  # points
    assert '<table class="table matrix">' in html and '<th scope="row">Luft</th>' in html
    assert "<noscript>" in html and "på papper eller per telefon" in html
    assert 'class="antispam-trap" aria-hidden="true"' in html
    assert "worker-src" in page["Content-Security-Policy"]
    assert participation.PARTICIPANT_COOKIE in page.cookies


def test_a_partial_answer_stores_only_what_was_answered(client, dialogue):
    single = question(dialogue, Kind.SINGLE)
    response = send(client, dialogue, {f"q{single.pk}": "Buss"})
    assert response.status_code == 302
    assert values_of(dialogue) == {Kind.SINGLE: "Buss"}


def test_the_same_place_twice_is_refused_naming_the_field(client, dialogue):
    rank = question(dialogue, Kind.RANK_GOALS).pk
    data = {**full_answer(dialogue), f"q{rank}_13": "1"}
    response = send(client, dialogue, data)
    field_error_shown(response, f"q{rank}_3", "Plats 1 har getts till flera mål.")
    assert not Response.objects.exists()


def test_points_that_do_not_make_100_are_refused_with_the_sum(client, dialogue):
    points = question(dialogue, Kind.POINTS).pk
    response = send(client, dialogue, {**full_answer(dialogue), f"q{points}_2": "25"})
    field_error_shown(response, f"q{points}_0", "Poängen ska bli 100 tillsammans, nu är de 105.")
    assert not Response.objects.exists()


def test_a_required_question_left_empty_is_refused(client, dialogue):
    single = question(dialogue, Kind.SINGLE)
    single.required = True
    single.save()
    data = full_answer(dialogue)
    del data[f"q{single.pk}"]
    field_error_shown(send(client, dialogue, data), f"q{single.pk}", "Frågan måste besvaras.")
    assert not Response.objects.exists()


def test_an_option_that_is_not_offered_is_refused(client, dialogue):
    single = question(dialogue, Kind.SINGLE)
    response = send(client, dialogue, {**full_answer(dialogue), f"q{single.pk}": "Raket"})
    field_error_shown(response, f"q{single.pk}", "Raket")
    assert not Response.objects.exists()


def test_a_second_answer_is_counted_not_stored(client, dialogue):
    assert send(client, dialogue, full_answer(dialogue)).status_code == 302
    again = send(client, dialogue, full_answer(dialogue))
    assert again.status_code == 302 and again["Location"].endswith("?redan=1")
    assert Response.objects.filter(dialogue=dialogue).count() == 1
    assert Dialogue.objects.get(pk=dialogue.pk).duplicates == 1
    assert "ditt första svar är räknat" in text_of(client.get(again["Location"]))


def test_two_submissions_at_once_store_one(client, dialogue, monkeypatch):
    """The other submission of the same participant won the race after our check:
    the unique constraint refuses ours, and it counts as a duplicate."""
    assert send(client, dialogue, full_answer(dialogue)).status_code == 302
    monkeypatch.setattr(participation, "answered", lambda dialogue, participant: False)
    again = send(client, dialogue, full_answer(dialogue))
    assert again["Location"].endswith("?redan=1")
    assert Response.objects.filter(dialogue=dialogue).count() == 1
    assert Answer.objects.filter(response__dialogue=dialogue).count() == 7
    assert Dialogue.objects.get(pk=dialogue.pk).duplicates == 1


def test_another_browser_is_another_participant(client, dialogue):
    from django.test import Client

    assert send(client, dialogue, full_answer(dialogue)).status_code == 302
    assert send(Client(), dialogue, full_answer(dialogue)).status_code == 302
    assert Response.objects.filter(dialogue=dialogue).count() == 2


def test_a_forged_cookie_is_a_new_participant(client, dialogue):
    client.cookies[participation.PARTICIPANT_COOKIE] = "forged"
    assert send(client, dialogue, full_answer(dialogue)).status_code == 302
    assert Response.objects.filter(dialogue=dialogue).count() == 1


@pytest.mark.parametrize(
    ("checks", "message"),
    [
        ({"altcha": ""}, "Kontrollen att du inte är en robot är inte klar."),
        ({"website": "http://spam.example"}, "Vi kunde inte ta emot formuläret."),
        ({"shown_at": "PLACEHOLDER_FAST"}, "Formuläret skickades väldigt snabbt"),
        ({"altcha": "bm90IGEgc29sdXRpb24="}, "Kontrollen att du inte är en robot gick inte"),
    ],
    ids=["no proof of work", "honeypot", "too fast", "garbage proof"],
)
def test_a_robot_is_refused_and_nothing_is_stored(client, dialogue, checks, message):
    if checks.get("shown_at") == "PLACEHOLDER_FAST":
        checks = {"shown_at": shown_ago(1)}
    response = send(client, dialogue, full_answer(dialogue), **checks)
    assert response.status_code == 400
    assert message in text_of(response)
    assert not Response.objects.exists() and not Answer.objects.exists()
    assert Dialogue.objects.get(pk=dialogue.pk).duplicates == 0


def test_a_replayed_solution_is_refused(client, dialogue):
    from tests.web.antispam_helpers import solution

    used = solution(client)
    assert send(client, dialogue, full_answer(dialogue), altcha=used).status_code == 302
    from django.test import Client

    other = Client()
    response = send(other, dialogue, full_answer(dialogue), altcha=used)
    assert response.status_code == 400
    assert "Kontrollen har redan använts en gång." in text_of(response)
    assert Response.objects.count() == 1


def test_over_the_rate_limit_is_refused(client, dialogue, settings):
    from django.test import Client

    settings.STYRA_ANTISPAM_RATE_ADDRESS = "1/h"
    assert send(client, dialogue, full_answer(dialogue)).status_code == 302
    response = send(Client(), dialogue, full_answer(dialogue))  # same address, new browser
    assert response.status_code == 400
    assert "Just nu kommer för många svar härifrån." in text_of(response)
    assert Response.objects.count() == 1


@pytest.mark.parametrize(("opens", "closes"), [(-2 * DAY, -DAY), (DAY, 2 * DAY)])
def test_only_an_open_dialogue_takes_answers(client, org_a, opens, closes):
    shut = make_dialogue(org_a, opens=opens, closes=closes)
    single = shut.questions.create(kind=Kind.SINGLE, text="Buss?", options=["Ja", "Nej"])
    page = client.get(answer_url(shut))
    assert page.status_code == 200 and "<form" not in page.content.decode().split("<main")[1]
    response = send(client, shut, {f"q{single.pk}": "Ja"})
    assert response.status_code == 400
    assert "Det du skickade sparades inte." in text_of(response)
    assert not Response.objects.exists()


def test_unknown_or_another_organisations_dialogue_is_404(client, dialogue, org_b):
    assert (
        client.get(reverse("dialogue-public-answer", args=["1480", dialogue.pk])).status_code == 404
    )
    assert client.get(reverse("dialogue-public-answer", args=["0180", 999999])).status_code == 404
    assert client.get(reverse("dialogue-public", args=["9999"])).status_code == 404


def test_text_waits_for_moderation_before_it_is_shown(client, dialogue):
    send(client, dialogue, full_answer(dialogue))
    text = Answer.objects.get(question__kind=Kind.TEXT)
    assert text.visibility == Visibility.PENDING
    assert Answer.objects.exclude(question__kind=Kind.TEXT).filter(visibility="shown").count() == 6


def test_text_is_shown_at_once_when_moderated_after(client, dialogue):
    Dialogue.objects.filter(pk=dialogue.pk).update(moderation=Moderation.AFTER)
    send(client, dialogue, full_answer(dialogue))
    assert Answer.objects.get(question__kind=Kind.TEXT).visibility == Visibility.SHOWN


def test_background_questions_only_when_turned_on_with_their_purpose(client, dialogue):
    page = text_of(client.get(answer_url(dialogue)))
    assert "Om dig (frivilligt)" not in page
    Dialogue.objects.filter(pk=dialogue.pk).update(
        ask_age=True, age_purpose="Vi vill se om unga och gamla tycker olika."
    )
    page = text_of(client.get(answer_url(dialogue)))
    assert "Varför vi frågar: Vi vill se om unga och gamla tycker olika." in page
    assert "Vill inte svara" in page and "Kön" not in page
    send(client, dialogue, {**full_answer(dialogue), "bakgrund_age": "20-39"})
    assert Response.objects.get().background == {"age": "20-39"}


def test_not_answering_the_background_stores_nothing_of_it(client, dialogue):
    Dialogue.objects.filter(pk=dialogue.pk).update(ask_gender=True, gender_purpose="Jämställdhet")
    send(client, dialogue, {**full_answer(dialogue), "bakgrund_gender": ""})
    assert Response.objects.get().background == {}


def test_no_address_or_cookie_is_stored_anywhere(client, dialogue):
    address = "203.0.113.77"
    client.defaults["REMOTE_ADDR"] = address
    assert send(client, dialogue, full_answer(dialogue)).status_code == 302
    cookie = client.cookies[participation.PARTICIPANT_COOKIE].value
    dump = io.StringIO()
    call_command("dumpdata", "dialogue", stdout=dump)
    stored = dump.getvalue()
    assert Response.objects.count() == 1
    assert address not in stored and cookie not in stored
    token = participation.token_of(client.get(answer_url(dialogue)).wsgi_request)
    assert token not in stored  # only SHA-256 of the dialogue and the token
    assert Response.objects.get().participant == participation.participant_of(dialogue, token)


def test_the_list_shows_open_dialogues_and_closed_ones_with_public_results(client, org_a, dialogue):
    closed_public = make_dialogue(
        org_a, opens=-3 * DAY, closes=-DAY, title="Gammal dialog", results_public=True
    )
    make_dialogue(org_a, opens=-3 * DAY, closes=-DAY, title="Hemlig dialog")
    make_dialogue(org_a, opens=DAY, closes=2 * DAY, title="Kommande dialog")
    page = text_of(client.get(reverse("dialogue-public", args=["0180"])))
    assert dialogue.title in page and closed_public.title in page
    assert "Hemlig dialog" not in page and "Kommande dialog" not in page
