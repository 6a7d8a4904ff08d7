"""Asking for reset links is limited per e-mail address and per client address."""

import pytest
from django.core.cache import cache
from django.test import Client

from styra.web.accounts import passwordreset

URL = "/konto/glomt-losenord/"  # accounts-password-reset


@pytest.fixture(autouse=True)
def no_mail_thread(monkeypatch, settings):
    cache.clear()
    settings.STYRA_PASSWORD_RESET_LIMIT = 3
    settings.STYRA_PASSWORD_RESET_IP_LIMIT = 10
    monkeypatch.setattr(passwordreset, "run_in_background", lambda job: None)


def ask(email: str, address: str = "192.0.2.1"):
    return Client(REMOTE_ADDR=address).post(URL, {"email": email})


def test_a_fourth_request_for_one_address_within_the_hour_is_refused(editor_a):
    statuses = [ask(editor_a.email, address=f"192.0.2.{n}").status_code for n in range(4)]
    assert statuses == [302, 302, 302, 429]
    refused = ask(editor_a.email.upper(), address="192.0.2.99")
    assert refused.status_code == 429
    assert "För många försök" in refused.content.decode()


def test_unknown_addresses_are_limited_alike(db):
    statuses = [ask("finns-inte@example.se", address=f"192.0.2.{n}").status_code for n in range(4)]
    assert statuses == [302, 302, 302, 429]


def test_one_client_asking_for_many_addresses_is_refused_after_ten(db):
    statuses = [ask(f"person{n}@example.se").status_code for n in range(11)]
    assert statuses == [302] * 10 + [429]
    assert ask("person0@example.se", address="198.51.100.5").status_code == 302
