"""Errors answer with a page inside the normal layout, in Swedish or (with the
language switch) English, that says what to do next."""

import pytest
from django.conf import settings as django_settings
from django.test import Client

pytestmark = [pytest.mark.urls("tests.web.error_views"), pytest.mark.django_db]

PAGES = {
    # status: (URL, Swedish heading, English heading)
    400: ("/prov/400/", "Felaktig begäran", "Bad request"),
    403: ("/prov/403/", "Åtkomst nekad", "Access denied"),
    404: ("/finns-inte/", "Sidan finns inte", "Page not found"),
    500: ("/prov/500/", "Något gick fel", "Something went wrong"),
}


@pytest.fixture(autouse=True)
def _production(settings):
    settings.DEBUG = False


def ask(url: str, language: str = "sv", user=None):
    client = Client(raise_request_exception=False)
    if user is not None:
        client.force_login(user, backend="styra.web.accounts.backends.UserAndRolesBackend")
    if language != "sv":
        client.cookies[django_settings.LANGUAGE_COOKIE_NAME] = language
    return client.get(url)


@pytest.mark.parametrize("status", PAGES)
def test_swedish_error_page_in_the_layout(status):
    url, heading, _ = PAGES[status]
    response = ask(url)
    text = response.content.decode()
    assert response.status_code == status
    assert '<html lang="sv">' in text
    assert f"<h1>{heading}</h1>" in text
    assert '<main id="main"' in text and 'class="main-nav"' in text
    assert "Vad kan du göra nu?" in text and 'href="/"' in text


@pytest.mark.parametrize("status", PAGES)
def test_english_error_page_after_the_language_switch(status):
    url, _, heading = PAGES[status]
    response = ask(url, language="en")
    text = response.content.decode()
    assert response.status_code == status
    assert '<html lang="en">' in text
    assert f"<h1>{heading}</h1>" in text
    assert "What can you do now?" in text


def test_a_visitor_is_offered_to_log_in():
    text = ask("/finns-inte/").content.decode()
    assert 'href="/konto/logga-in/?next=/finns-inte/"' in text
    assert "Gå till dina organisationer" not in text


def test_a_user_is_offered_their_organisations_and_search(viewer_a):
    text = ask("/finns-inte/", user=viewer_a).content.decode()
    assert 'href="/mina-organisationer/"' in text and 'href="/sok/"' in text
    assert "?next=" not in text


def test_a_form_without_its_security_token_is_explained():
    client = Client(enforce_csrf_checks=True)
    response = client.post("/i18n/setlang/", {"language": "en", "next": "/"})
    text = response.content.decode()
    assert response.status_code == 403
    assert "<h1>Formuläret kunde inte skickas</h1>" in text and '<main id="main"' in text
