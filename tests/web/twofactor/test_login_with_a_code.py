"""Logging in with a password and then a code: nothing else answers in between; a
wrong code is refused and counts toward the lockout; a backup code works once."""

from django.urls import reverse

from .helpers import VERIFY, app_code, log_in_with_password, with_device

HOME = "/mina-organisationer/"
WRONG = "Koden stämmer inte"


def test_without_a_device_the_password_is_enough(client, editor_a):
    assert log_in_with_password(client, editor_a)["Location"] == HOME
    assert client.get(HOME).status_code == 200


def test_with_a_device_every_page_waits_for_the_code(client, editor_a, org_a):
    device, _codes = with_device(editor_a)
    assert log_in_with_password(client, editor_a)["Location"] == HOME
    for url in (HOME, reverse("organisations-detail", args=[org_a.pk]), "/admin/"):
        response = client.get(url)
        assert response.status_code == 302, url
        assert response["Location"].startswith(VERIFY), url
    assert client.get(HOME)["Location"] == f"{VERIFY}?next=%2Fmina-organisationer%2F"
    page = client.get(VERIFY)
    assert page.status_code == 200 and "Skriv in din kod" in page.content.decode()

    wrong = client.post(VERIFY, {"code": "abc", "next": HOME})
    assert wrong.status_code == 400 and WRONG in wrong.content.decode()
    right = client.post(VERIFY, {"code": app_code(device, 1), "next": HOME})
    assert right.status_code == 302 and right["Location"] == HOME
    assert client.get(HOME).status_code == 200
    assert client.get(VERIFY)["Location"] == HOME  # nothing more owed


def test_htmx_requests_are_sent_to_the_code_step(client, editor_a):
    with_device(editor_a)
    log_in_with_password(client, editor_a)
    response = client.get(HOME, headers={"HX-Request": "true"})
    assert response["HX-Redirect"].startswith(VERIFY)


def test_a_backup_code_works_once(client, editor_a):
    _device, codes = with_device(editor_a)
    log_in_with_password(client, editor_a)
    response = client.post(VERIFY, {"code": codes[0].upper(), "next": HOME})
    assert response.status_code == 302
    assert "9 reservkoder kvar" in client.get(HOME).content.decode()
    client.post(reverse("accounts-logout"))
    log_in_with_password(client, editor_a)
    again = client.post(VERIFY, {"code": codes[0], "next": HOME})
    assert again.status_code == 400 and WRONG in again.content.decode()
    assert client.get(HOME).status_code == 302


def test_wrong_codes_lock_out_like_wrong_passwords(client, editor_a):
    with_device(editor_a)
    log_in_with_password(client, editor_a)
    for _ in range(4):
        assert client.post(VERIFY, {"code": "000000"}).status_code == 400
    locked = client.post(VERIFY, {"code": "000000"})
    assert locked.status_code == 429
    assert "För många inloggningsförsök" in locked.content.decode()
    assert client.get(HOME)["Location"].startswith(reverse("accounts-login"))  # logged out
    assert log_in_with_password(client, editor_a).status_code == 429


def test_the_code_step_only_counts_for_its_user_name(client, editor_a, viewer_a):
    with_device(editor_a)
    log_in_with_password(client, editor_a)
    for _ in range(5):
        client.post(VERIFY, {"code": "000000"})
    assert log_in_with_password(client, viewer_a)["Location"] == HOME
    assert client.get(HOME).status_code == 200


def test_sso_sessions_are_exempt(client_for, editor_a):
    with_device(editor_a)
    client = client_for(editor_a)
    assert client.get(HOME).status_code == 302
    session = client.session
    session["styra_sign_in_method"] = "oidc"
    session.save()
    assert client.get(HOME).status_code == 200


def test_devices_removed_elsewhere_release_the_session(client, editor_a):
    from styra.web.twofactor.services import remove_devices

    with_device(editor_a)
    log_in_with_password(client, editor_a)
    assert client.get(HOME).status_code == 302
    remove_devices(editor_a)
    assert client.get(f"{VERIFY}?next={HOME}")["Location"] == HOME
    assert client.get(HOME).status_code == 200


def test_ordinary_requests_cost_no_query(client_for, editor_a, django_assert_num_queries):
    from django.test import RequestFactory

    from styra.web.twofactor.middleware import step_for
    from styra.web.twofactor.services import HAS_DEVICE

    request = RequestFactory().get(HOME)
    request.session = client_for(editor_a).session
    assert request.session[HAS_DEVICE] is False  # remembered at login
    request.user = editor_a
    with django_assert_num_queries(0):
        assert step_for(request) is None
