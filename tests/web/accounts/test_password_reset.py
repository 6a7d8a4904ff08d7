"""Password reset with Django's views and Swedish templates."""

import re

import pytest
from django.core import mail
from django.core.cache import cache
from django.urls import reverse

from styra.web.accounts import passwordreset


@pytest.fixture
def ask_reset(client, monkeypatch, django_capture_on_commit_callbacks):
    """Ask for a reset link; the mail is sent on the test's thread once the request
    has answered (test_password_reset_mail_after_the_response.py tests the thread)."""
    cache.clear()
    monkeypatch.setattr(passwordreset, "run_in_background", lambda job: job())

    def ask(email: str):
        with django_capture_on_commit_callbacks(execute=True):
            return client.post(reverse("accounts-password-reset"), {"email": email})

    return ask


def test_reset_by_email_link(client, ask_reset, editor_a):
    response = ask_reset(editor_a.email)
    assert response["Location"] == reverse("accounts-password-reset-done")
    message = mail.outbox[0]
    assert message.subject == "Nytt lösenord till Styra"
    link = re.search(r"http://testserver(\S+)", message.body).group(1)
    form_url = client.get(link)["Location"]  # Django swaps the token for a session key
    new = "Ett-helt-nytt-lösen-2030"
    response = client.post(form_url, {"new_password1": new, "new_password2": new})
    assert response["Location"] == reverse("accounts-password-reset-complete")
    editor_a.refresh_from_db()
    assert editor_a.check_password(new)


def test_unknown_address_reveals_nothing(ask_reset, editor_a):
    response = ask_reset("okand@example.se")
    assert response["Location"] == reverse("accounts-password-reset-done")
    assert not mail.outbox


def test_password_change_needs_login(client):
    assert client.get(reverse("accounts-password-change")).status_code == 302
