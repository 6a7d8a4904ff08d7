"""The contact form of Växjö's public site in Chromium.

A visitor writes a message and sends it; the browser solves the proof of work
(ALTCHA, at the tests' low difficulty): the message is stored and mailed to the
kontaktperson, the visitor gets a receipt. A POST straight to the form without a
proof of work (CSRF token, honeypot and fill time all right) is refused with 400:
nothing stored, nothing mailed. axe-core finds no violation on the form or the
page after it, in Swedish and in English.
"""

import pytest
from django.conf import settings
from django.core import mail
from playwright.sync_api import expect

from styra.web.common.antispam import HONEYPOT_FIELD, POW_FIELD, SHOWN_FIELD
from styra.web.contact.models import ContactMessage
from styra.web.organisations.models import ContactPerson
from tests.web.antispam_helpers import antispam, shown_ago  # noqa: F401 (a fixture)

from .conftest import check_axe
from .test_public_site import VAXJO, admin_v, published_vaxjo, vaxjo  # noqa: F401 (fixtures)

pytestmark = pytest.mark.bundle  # Växjö's public site: the real Kolada sample

FORM = f"/offentligt/{VAXJO}/kontakt/"
SENT = f"/offentligt/{VAXJO}/kontakt/skickat/"
KONTAKT = "kontakt@vaxjo.example"
VISITOR = "sara@example.org"
SUBJECT = "Cykelparkering vid stationen"
MIN_SECONDS = 1


@pytest.fixture
def contact_form(published_vaxjo, antispam, settings):  # noqa: F811 (fixtures)
    """Växjö published, with a kontaktperson; the proof of work easy, no rate limits,
    a form may be sent a second after it was shown."""
    settings.STYRA_ANTISPAM_MIN_SECONDS = MIN_SECONDS
    ContactPerson.objects.create(organisation_id=VAXJO, name="Karin Kontakt", email=KONTAKT)
    return FORM


def the_form(page):
    """The contact form (not the header's language form): the one with the check."""
    return page.locator("#main form").filter(has=page.locator("altcha-widget"))


def test_a_message_with_the_browsers_proof_of_work_is_stored_and_mailed(page, contact_form):
    page.goto(contact_form)
    form = the_form(page)
    form.get_by_label("Ditt namn").fill("Sara Svensson")
    form.get_by_label("Din e-postadress").fill(VISITOR)
    form.get_by_label("Ämne").fill(SUBJECT)
    form.get_by_label("Meddelande").fill("Det behövs fler platser för cyklar vid stationen.")
    # Sent a few seconds after the page opened, as a person does (the minimum fill time).
    page.wait_for_timeout(MIN_SECONDS * 1000 + 100)
    form.get_by_role("button", name="Skicka meddelandet").click()
    page.wait_for_url(f"**{SENT}")
    expect(page.get_by_role("heading", level=1)).to_be_visible()

    message = ContactMessage.objects.get()
    assert (message.organisation_id, message.email, message.subject) == (
        VAXJO,
        VISITOR,
        SUBJECT,
    )
    assert message.recipients == [KONTAKT]
    to = sorted(tuple(email.to) for email in mail.outbox)
    assert to == [(KONTAKT,), (VISITOR,)], to
    to_kontakt = next(email for email in mail.outbox if email.to == [KONTAKT])
    assert to_kontakt.reply_to == [VISITOR]
    assert "Det behövs fler platser" in to_kontakt.body


@pytest.mark.parametrize("payload", [None, "", "bm90IGEgc29sdXRpb24="])
def test_a_post_without_a_valid_proof_of_work_is_refused(page, contact_form, payload):
    page.goto(contact_form)
    form = the_form(page)
    data = {
        "csrfmiddlewaretoken": form.locator("input[name=csrfmiddlewaretoken]").input_value(),
        "name": "Robot",
        "email": "robot@example.org",
        "subject": "Billiga klockor",
        "message": "Köp nu.",
        HONEYPOT_FIELD: "",
        SHOWN_FIELD: shown_ago(),  # not refused for being fast: for the missing proof
    }
    if payload is not None:
        data[POW_FIELD] = payload
    response = page.request.post(contact_form, form=data)
    assert response.status == 400, response.status
    assert "robot" in response.text()  # the check's message, next to the check
    assert not ContactMessage.objects.exists()
    assert mail.outbox == []


@pytest.mark.parametrize("language", ["sv", "en"])
def test_the_contact_pages_pass_axe(page, live_server, contact_form, language):
    page.context.add_cookies(
        [{"name": settings.LANGUAGE_COOKIE_NAME, "value": language, "url": live_server.url}]
    )
    for path in (FORM, SENT):
        assert page.goto(path).status == 200, path
        expect(page.locator("html")).to_have_attribute("lang", language)
        check_axe(page)
