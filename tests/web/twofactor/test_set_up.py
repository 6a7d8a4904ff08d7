"""Setting up two-step verification on its page: QR code and secret, a code confirms it,
ten backup codes shown once; turning it off asks for a code; new backup codes."""

import re

from django.urls import reverse
from django_otp.plugins.otp_static.models import StaticToken
from django_otp.plugins.otp_totp.models import TOTPDevice

from .helpers import app_code, with_device

SETTINGS = "/konto/tvastegsverifiering/"
SET_UP = "/konto/tvastegsverifiering/sla-pa/"
SECRET = re.compile(r'<code class="otp-secret">([A-Z2-7 ]+)</code>')


def test_set_up_confirms_with_a_code_and_shows_backup_codes_once(client_for, editor_a):
    client = client_for(editor_a)
    assert "Avstängd" in client.get(SETTINGS).content.decode()
    page = client.get(SET_UP).content.decode()
    assert 'src="data:image/svg+xml' in page and "QR-kod att skanna" in page
    device = TOTPDevice.objects.get(user=editor_a)
    assert not device.confirmed
    secret = SECRET.search(page).group(1)
    assert len(secret.replace(" ", "")) == 32

    wrong = client.post(SET_UP, {"code": "000000" if app_code(device) != "000000" else "111111"})
    assert wrong.status_code == 400
    assert "Koden stämmer inte" in wrong.content.decode()
    device.refresh_from_db()
    assert not device.confirmed

    confirmed = client.post(SET_UP, {"code": app_code(device)})
    assert confirmed.status_code == 302
    assert confirmed["Location"].startswith(reverse("twofactor-backup-codes"))
    device.refresh_from_db()
    assert device.confirmed
    codes_page = client.get(confirmed["Location"]).content.decode()
    shown = re.findall(r"<li><code>([a-z2-7]{8})</code></li>", codes_page)
    assert len(shown) == 10
    assert set(shown) == set(StaticToken.objects.values_list("token", flat=True))
    assert client.get(reverse("twofactor-backup-codes")).status_code == 302  # only once
    # The session that set it up is verified: it goes on without a code.
    assert client.get(reverse("accounts-home")).status_code == 200
    assert "Påslagen" in client.get(SETTINGS).content.decode()


def test_the_set_up_page_reuses_its_pending_device(client_for, editor_a):
    client = client_for(editor_a)
    first, second = (SECRET.search(client.get(SET_UP).content.decode()) for _ in range(2))
    assert first.group(1) == second.group(1)
    assert TOTPDevice.objects.filter(user=editor_a).count() == 1


def _verified_client(client_for, user):
    device, codes = with_device(user)
    client = client_for(user)
    response = client.post(reverse("twofactor-verify"), {"code": app_code(device, 1)})
    assert response.status_code == 302
    return client, device, codes


def test_turning_off_asks_for_a_code(client_for, editor_a):
    client, device, codes = _verified_client(client_for, editor_a)
    refused = client.post(reverse("twofactor-turn-off"), {"code": "12345678"})
    assert refused.status_code == 400
    assert "fortfarande på" in refused.content.decode()
    assert TOTPDevice.objects.filter(user=editor_a).exists()
    done = client.post(reverse("twofactor-turn-off"), {"code": codes[0]})
    assert done.status_code == 302
    assert not TOTPDevice.objects.filter(user=editor_a).exists()
    assert not StaticToken.objects.exists()
    assert client.get(reverse("accounts-home")).status_code == 200


def test_new_backup_codes_replace_the_old(client_for, editor_a):
    client, device, old = _verified_client(client_for, editor_a)
    response = client.post(reverse("twofactor-backup-codes-new"))
    assert response.status_code == 302
    page = client.get(response["Location"]).content.decode()
    new = re.findall(r"<li><code>([a-z2-7]{8})</code></li>", page)
    assert len(new) == 10 and not set(new) & set(old)
    assert set(StaticToken.objects.values_list("token", flat=True)) == set(new)


def test_pages_need_a_login(client):
    for name in ("twofactor-settings", "twofactor-set-up", "twofactor-verify"):
        response = client.get(reverse(name))
        assert response.status_code == 302
        assert response["Location"].startswith(reverse("accounts-login"))
