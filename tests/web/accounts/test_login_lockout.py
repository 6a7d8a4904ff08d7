"""Login with brute-force protection (django-axes)."""

from django.urls import reverse

from tests.web.factories import PASSWORD

LOGIN = "/konto/logga-in/"


def attempt(client, username, password):
    return client.post(LOGIN, {"username": username, "password": password})


def test_right_password_logs_in_to_my_organisations(client, editor_a):
    response = attempt(client, editor_a.username, PASSWORD)
    assert response.status_code == 302
    assert response["Location"] == reverse("accounts-home")


def test_wrong_password_is_shown_as_an_error(client, editor_a):
    response = attempt(client, editor_a.username, "fel")
    assert response.status_code == 200
    assert "korrekt användarnamn och lösenord" in response.content.decode()


def test_locked_out_after_five_failures_even_with_the_right_password(client, editor_a):
    for _ in range(4):
        assert attempt(client, editor_a.username, "fel").status_code == 200
    assert attempt(client, editor_a.username, "fel").status_code == 429
    response = attempt(client, editor_a.username, PASSWORD)
    assert response.status_code == 429
    assert "För många inloggningsförsök" in response.content.decode()


def test_lockout_is_per_user_name(client, editor_a, viewer_a):
    for _ in range(5):
        attempt(client, editor_a.username, "fel")
    assert attempt(client, viewer_a.username, PASSWORD).status_code == 302


def test_success_resets_the_failure_count(client, editor_a):
    for _ in range(4):
        attempt(client, editor_a.username, "fel")
    assert attempt(client, editor_a.username, PASSWORD).status_code == 302
    client.post(reverse("accounts-logout"))
    for _ in range(4):
        assert attempt(client, editor_a.username, "fel").status_code == 200


def test_logout_needs_post(client_for, editor_a):
    client = client_for(editor_a)
    assert client.get(reverse("accounts-logout")).status_code == 405
    response = client.post(reverse("accounts-logout"))
    assert response.status_code == 302 and response["Location"] == reverse("accounts-start")
    assert client.get(reverse("accounts-home")).status_code == 302


def test_login_needs_csrf(editor_a):
    from django.test import Client

    client = Client(enforce_csrf_checks=True)
    response = client.post(LOGIN, {"username": editor_a.username, "password": PASSWORD})
    assert response.status_code == 403
