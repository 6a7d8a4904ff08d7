"""The contact form takes a person's message and refuses a robot's, storing and sending
nothing: no proof of work, a forged or reused one, the honeypot filled in, sent too
fast, or too many from one address."""

import pytest
from django.core import mail

from styra.web.contact.models import ContactMessage
from tests.web.antispam_helpers import robot_check, shown_ago, solution
from tests.web.contact.contact_helpers import VISITOR, form_url, send
from tests.web.pages import text_of

pytestmark = pytest.mark.usefixtures("published_a")


def refused(response) -> str:
    """The page of a refused form: a 400 with the robot check's error, nothing kept."""
    assert response.status_code == 400
    assert 'id="id_altcha_error"' in response.content.decode()
    assert ContactMessage.objects.count() == 0
    assert mail.outbox == []
    return text_of(response)


def test_the_form_shows_the_fields_the_check_and_the_privacy_notice(client, published_a):
    response = client.get(form_url(published_a))
    assert response.status_code == 200
    text = text_of(response)
    for label in ("Ditt namn", "Din e-postadress", "Ämne", "Meddelande", "Skicka meddelandet"):
        assert label in text
    assert 'name="altcha"' in text and 'name="website"' in text and 'name="shown_at"' in text
    assert "altcha_django/altcha.min.js" in text  # served from this site
    assert "Så hanterar vi det du skriver" in text
    assert "I 180 dagar. Sedan tas meddelandet bort automatiskt." in text
    assert "Din IP-adress sparas inte." in text
    assert "Kontaktpersonen för Agenda 2030 i Stockholm" in text
    assert "no-cache" in response["Cache-Control"] and "private" in response["Cache-Control"]
    assert "blob:" in response["Content-Security-Policy"]  # the widget's worker


def test_a_person_with_a_solved_proof_of_work_is_thanked(client, published_a):
    response = send(client, published_a)
    assert response.status_code == 302
    assert response["Location"] == f"/offentligt/{published_a.pk}/kontakt/skickat/"
    stored = ContactMessage.objects.get()
    assert (stored.name, stored.email, stored.subject) == (
        "Vera Besökare",
        "vera@example.org",
        "Cykelvägar",
    )
    assert stored.message == VISITOR["message"]
    thanks = client.get(response["Location"])
    assert "Tack för ditt meddelande" in text_of(thanks)


def test_without_a_proof_of_work_nothing_is_stored(client, published_a):
    text = refused(send(client, published_a, payload=""))
    assert "Kontrollen att du inte är en robot är inte klar." in text


def test_a_forged_proof_of_work_is_refused(client, published_a):
    refused(send(client, published_a, payload="eyJmb28iOiAiYmFyIn0="))  # {"foo": "bar"}


def test_a_proof_of_work_counts_once(client, published_a):
    payload = solution(client)
    assert send(client, published_a, payload=payload).status_code == 302
    ContactMessage.objects.all().delete()
    mail.outbox.clear()
    text = refused(send(client, published_a, payload=payload))
    assert "Kontrollen har redan använts en gång." in text


def test_the_honeypot_filled_in_is_refused(client, published_a):
    data = {**VISITOR, **robot_check(client), "website": "https://spam.example.com"}
    refused(client.post(form_url(published_a), data))


def test_sent_too_fast_is_refused(client, published_a):
    text = refused(send(client, published_a, shown=shown_ago(0)))
    assert "Formuläret skickades väldigt snabbt" in text


def test_without_the_signed_moment_the_form_was_shown_it_is_refused(client, published_a):
    refused(send(client, published_a, shown="1700000000"))


def test_too_many_from_one_address_are_refused(client, published_a, settings):
    settings.STYRA_ANTISPAM_RATE_ADDRESS = "2/h"
    assert send(client, published_a).status_code == 302
    assert send(client, published_a).status_code == 302
    ContactMessage.objects.all().delete()
    mail.outbox.clear()
    text = refused(send(client, published_a))
    assert "Just nu kommer för många svar härifrån." in text


def test_the_form_keeps_what_was_typed_when_refused(client, published_a):
    text = text_of(send(client, published_a, payload=""))
    assert 'value="Cykelvägar"' in text and "Hur går det med mål 11?" in text
