"""The reset answer is the same for every address and does not wait for the e-mail.

The mail goes out on its own thread after the request has answered, so
neither the answer nor its time tells whether the address has an account.
"""

import threading

import pytest
from django.core.cache import cache
from django.core.mail.backends.locmem import EmailBackend
from django.urls import reverse

pytestmark = pytest.mark.django_db(transaction=True)  # the mail thread reads committed users


@pytest.fixture
def held_mail(monkeypatch):
    """Sending blocks until the test releases it; what was sent is in ``sent``."""
    cache.clear()
    release, sent = threading.Event(), []

    def send_messages(self, messages):
        assert release.wait(timeout=30), "the mail was never released"
        sent.extend(messages)
        return len(messages)

    monkeypatch.setattr(EmailBackend, "send_messages", send_messages)
    return release, sent


def join_mail_threads() -> None:
    for thread in threading.enumerate():
        if thread.name == "password-reset-mail":
            thread.join(timeout=30)


def test_the_answer_comes_before_the_mail(client, editor_a, held_mail):
    release, sent = held_mail
    response = client.post(reverse("accounts-password-reset"), {"email": editor_a.email})
    assert response.status_code == 302 and not sent  # answered while the mail still waits
    release.set()
    join_mail_threads()
    assert [message.to for message in sent] == [[editor_a.email]]
    assert "/konto/nytt-losenord/" in sent[0].body


def test_known_and_unknown_addresses_get_the_same_answer(client, editor_a, held_mail):
    release, sent = held_mail
    url = reverse("accounts-password-reset")
    known = client.post(url, {"email": editor_a.email})
    unknown = client.post(url, {"email": "finns-inte@example.se"})
    release.set()
    join_mail_threads()
    assert (known.status_code, known["Location"], known.content) == (
        unknown.status_code,
        unknown["Location"],
        unknown.content,
    )
    assert len(sent) == 1  # only the known address gets a mail
