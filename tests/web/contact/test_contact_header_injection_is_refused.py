"""A line break or a second address in the name, e-mail address or subject is refused
with an error at the field, nothing stored or sent: no header can be injected. Django
refuses a line break in a header besides, should one ever get that far."""

import pytest
from django.core import mail
from django.core.mail import BadHeaderError, EmailMessage

from styra.web.contact.models import ContactMessage
from tests.web.contact.contact_helpers import VISITOR, send
from tests.web.pages import field_error_shown

pytestmark = pytest.mark.usefixtures("published_a")

INJECTED = "vera@example.org\nBcc: victim@example.com"


@pytest.mark.parametrize(
    ("field", "value", "message"),
    [
        ("email", INJECTED, "Fyll i en giltig e-postadress."),
        ("email", "vera@example.org\r\nBcc: victim@example.com", "Skriv allt på en rad."),
        ("email", "vera@example.org, victim@example.com", "Fyll i en giltig e-postadress."),
        ("name", "Vera\nBcc: victim@example.com", "Skriv allt på en rad."),
        ("subject", "Hej\r\nBcc: victim@example.com", "Skriv allt på en rad."),
        ("subject", "Hej\u202eiloh", "osynligt tecken"),
    ],
)
def test_an_injected_header_is_a_field_error(client, published_a, field, value, message):
    response = send(client, published_a, {**VISITOR, field: value})
    field_error_shown(response, field, message)
    assert ContactMessage.objects.count() == 0
    assert mail.outbox == []


@pytest.mark.parametrize("field", ["name", "email", "subject", "message"])
def test_every_field_is_required(client, published_a, field):
    response = send(client, published_a, {**VISITOR, field: ""})
    field_error_shown(response, field, "Detta fält måste fyllas i.")
    assert ContactMessage.objects.count() == 0


def test_a_message_too_long_is_refused_at_its_field(client, published_a):
    response = send(client, published_a, {**VISITOR, "message": "x" * 5001})
    field_error_shown(response, "message", "5000")


def test_the_message_itself_may_have_line_breaks(client, published_a):
    assert send(client, published_a).status_code == 302
    assert "\n" in ContactMessage.objects.get().message


def test_django_refuses_a_line_break_in_a_header():
    email = EmailMessage("Ämne", "Text", to=["kontakt@example.se"], reply_to=[INJECTED])
    with pytest.raises(BadHeaderError):
        email.message()
