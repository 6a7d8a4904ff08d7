"""The message goes to the organisation's kontaktperson (else its admins), chosen by the
server whatever the form sends; the visitor's address is only the Reply-To; the visitor
gets a plain-text receipt with none of their own text in it."""

import smtplib

import pytest
from django.core import mail

from styra.web.accounts.models import Role
from styra.web.contact import mail as contact_mail
from styra.web.contact.models import ContactMessage
from styra.web.organisations.models import ContactPerson
from tests.web.antispam_helpers import robot_check
from tests.web.contact.contact_helpers import KONTAKT, VISITOR, form_url, send
from tests.web.factories import make_member

pytestmark = pytest.mark.usefixtures("published_a")


def sent_to(address: str) -> list:
    return [email for email in mail.outbox if email.to == [address]]


def test_the_message_goes_to_the_kontaktperson_with_the_visitor_as_reply_to(client, published_a):
    send(client, published_a)
    [notification] = sent_to(KONTAKT)
    assert notification.reply_to == ["vera@example.org"]
    assert notification.cc == [] and notification.bcc == []
    assert notification.subject == "Meddelande via kontaktformuläret för Stockholm"
    assert "Cykelvägar" not in notification.subject  # the visitor's words stay in the body
    assert "Namn: Vera Besökare" in notification.body
    assert "Ämne: Cykelvägar" in notification.body
    assert "Hur går det med mål 11?\nMvh Vera" in notification.body
    assert "/omraden/0180/kontakt/" in notification.body
    assert ContactMessage.objects.get().sent_to == KONTAKT


def test_recipient_fields_in_the_post_change_nothing(client, published_a):
    extra = {"to": "victim@example.com", "recipient": "victim@example.com", "cc": "x@y.se"}
    client.post(form_url(published_a), {**VISITOR, **extra, **robot_check(client)})
    addresses = {address for email in mail.outbox for address in email.recipients()}
    assert addresses == {KONTAKT, "vera@example.org"}


def test_without_a_kontaktperson_the_active_admins_get_it(
    client, published_a, admin_a, editor_a, editor_b
):
    ContactPerson.objects.filter(organisation=published_a).delete()
    second = make_member("adam_admin", published_a, Role.ADMIN)
    gone = make_member("gustav_gammal", published_a, Role.ADMIN)
    gone.is_active = False
    gone.save()
    send(client, published_a)
    [notification] = [email for email in mail.outbox if email.to != ["vera@example.org"]]
    assert notification.to == sorted([admin_a.email, second.email])
    assert notification.reply_to == ["vera@example.org"]


def test_with_nobody_to_send_to_the_message_is_still_kept(client, published_a):
    ContactPerson.objects.filter(organisation=published_a).delete()
    assert send(client, published_a).status_code == 302
    assert ContactMessage.objects.get().sent_to == ""
    assert [email.to for email in mail.outbox] == [["vera@example.org"]]  # the receipt


def test_a_failing_mail_server_loses_no_message(client, published_a, monkeypatch):
    def refuse(self, fail_silently=False):
        raise smtplib.SMTPServerDisconnected("gone")

    monkeypatch.setattr("django.core.mail.EmailMessage.send", refuse)
    assert send(client, published_a).status_code == 302
    assert ContactMessage.objects.get().sent_to == ""


def test_the_receipt_is_plain_text_with_none_of_the_visitors_words(client, published_a):
    data = {**VISITOR, "name": "Köp billigt på spam.example.com", "message": "<a href=x>spam</a>"}
    send(client, published_a, data)
    [receipt] = sent_to("vera@example.org")
    assert receipt.reply_to == [] and receipt.content_subtype == "plain"
    assert not getattr(receipt, "alternatives", [])
    assert receipt.subject == "Vi har tagit emot ditt meddelande till Stockholm"
    assert "180 dagar" in receipt.body
    for typed in ("spam", "Köp", "Cykelvägar", "<a"):
        assert typed not in receipt.body and typed not in receipt.subject


def test_one_address_gets_at_most_three_receipts_a_day(client, published_a):
    for _ in range(contact_mail.RECEIPTS_PER_ADDRESS + 2):
        assert send(client, published_a).status_code == 302
    assert len(sent_to("vera@example.org")) == contact_mail.RECEIPTS_PER_ADDRESS
    assert len(sent_to(KONTAKT)) == contact_mail.RECEIPTS_PER_ADDRESS + 2
