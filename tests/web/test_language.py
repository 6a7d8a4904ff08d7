"""Swedish first: the browser's language does not switch the UI, the language switch does."""

import pytest

pytestmark = pytest.mark.django_db


def test_an_english_browser_still_gets_swedish(client):
    page = client.get("/konto/logga-in/", headers={"accept-language": "en-US,en;q=0.9"})
    assert page["Content-Language"] == "sv"
    assert '<html lang="sv"' in page.content.decode() and "Lösenord" in page.content.decode()


def test_the_language_switch_gives_english_until_switched_back(client):
    client.post("/i18n/setlang/", {"language": "en", "next": "/"})
    page = client.get("/konto/logga-in/")
    assert page["Content-Language"] == "en" and "Password" in page.content.decode()
    client.post("/i18n/setlang/", {"language": "sv", "next": "/"})
    assert client.get("/konto/logga-in/")["Content-Language"] == "sv"


def test_an_unknown_language_in_the_cookie_falls_back_to_swedish(client, settings):
    client.cookies[settings.LANGUAGE_COOKIE_NAME] = "de"
    assert client.get("/konto/logga-in/")["Content-Language"] == "sv"
