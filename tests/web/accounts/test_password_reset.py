"""Password reset with Django's views and Swedish templates."""

import re

from django.core import mail
from django.urls import reverse


def test_reset_by_email_link(client, editor_a):
    response = client.post(reverse("accounts-password-reset"), {"email": editor_a.email})
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


def test_unknown_address_reveals_nothing(client, editor_a):
    response = client.post(reverse("accounts-password-reset"), {"email": "okand@example.se"})
    assert response["Location"] == reverse("accounts-password-reset-done")
    assert not mail.outbox


def test_password_change_needs_login(client):
    assert client.get(reverse("accounts-password-change")).status_code == 302
