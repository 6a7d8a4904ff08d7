"""Security headers on every page, and the production settings STYRA_HTTPS turns on."""

import json
import os
import subprocess
import sys

import pytest


@pytest.mark.parametrize("path", ["/", "/konto/logga-in/", "/omraden/0180/organisation/"])
def test_headers(client_for, editor_a, path):
    user = None if "logga-in" in path else editor_a
    response = client_for(user).get(path)
    assert response.status_code == 200
    csp = response["Content-Security-Policy"]
    assert "default-src 'self'" in csp
    assert "script-src 'self'" in csp and "unsafe-inline" not in csp and "unsafe-eval" not in csp
    assert "frame-ancestors 'none'" in csp and "object-src 'none'" in csp
    assert response["X-Content-Type-Options"] == "nosniff"
    assert response["Referrer-Policy"] == "same-origin"
    assert response["X-Frame-Options"] == "DENY"
    assert response["Cross-Origin-Opener-Policy"] == "same-origin"


def test_pages_have_no_inline_script(client_for, editor_a):
    text = client_for(editor_a).get("/omraden/0180/organisation/").content.decode()
    assert "<script>" not in text and " on" + "click=" not in text
    for tag in text.split("<script")[1:]:
        assert 'src="' in tag.split(">")[0]


def test_session_cookie_is_http_only(client, editor_a):
    from tests.web.factories import PASSWORD

    response = client.post(
        "/konto/logga-in/", {"username": editor_a.username, "password": PASSWORD}
    )
    cookie = response.cookies["sessionid"]
    assert cookie["httponly"] and cookie["samesite"] == "Lax"


def production_settings(**env) -> dict:
    code = (
        "import json, django; from django.conf import settings; django.setup(); "
        "print(json.dumps({k: getattr(settings, k) for k in ["
        "'SECURE_HSTS_SECONDS', 'SECURE_SSL_REDIRECT', 'SESSION_COOKIE_SECURE', "
        "'CSRF_COOKIE_SECURE', 'SECURE_PROXY_SSL_HEADER']}))"
    )
    result = subprocess.run(
        [sys.executable, "-c", code],
        env={**os.environ, "DJANGO_SETTINGS_MODULE": "styra.web.settings", **env},
        capture_output=True,
        text=True,
        check=True,
    )
    return json.loads(result.stdout)


def test_https_turns_on_hsts_and_secure_cookies():
    on = production_settings(STYRA_HTTPS="1")
    assert on["SECURE_HSTS_SECONDS"] >= 31536000
    assert on["SECURE_SSL_REDIRECT"] and on["SESSION_COOKIE_SECURE"] and on["CSRF_COOKIE_SECURE"]
    assert production_settings(STYRA_HTTPS="0")["SECURE_HSTS_SECONDS"] == 0


def test_hsts_header_is_sent_over_https(client_for, editor_a, settings):
    settings.SECURE_HSTS_SECONDS = 31536000
    response = client_for(editor_a).get("/", secure=True)
    assert response["Strict-Transport-Security"].startswith("max-age=31536000")
