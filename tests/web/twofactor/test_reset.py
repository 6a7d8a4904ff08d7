"""A platform admin removes a user's devices (lost phone): `styra user reset-2fa` and an
action in Django's admin."""

from click.testing import CliRunner
from django.contrib.auth import get_user_model
from django_otp.plugins.otp_static.models import StaticDevice
from django_otp.plugins.otp_totp.models import TOTPDevice

from styra.cli.user import user as user_cli
from tests.web.conftest import MODEL_BACKEND

from .helpers import app_code, with_device


def test_cli_removes_every_device(editor_a, viewer_a):
    with_device(editor_a)
    with_device(viewer_a)
    result = CliRunner().invoke(user_cli, ["reset-2fa", editor_a.email.upper()])
    assert result.exit_code == 0, result.output
    assert "erik_redaktor (2 devices)" in result.output
    assert not TOTPDevice.objects.filter(user=editor_a).exists()
    assert not StaticDevice.objects.filter(user=editor_a).exists()
    assert TOTPDevice.objects.filter(user=viewer_a).exists()


def test_cli_names_an_unknown_user(db):
    result = CliRunner().invoke(user_cli, ["reset-2fa", "nobody@example.se"])
    assert result.exit_code != 0 and "nobody@example.se" in result.output


def test_admin_action_removes_the_devices(client, editor_a):
    superuser = get_user_model().objects.create_superuser("root", "root@example.se", "x")
    device, _codes = with_device(superuser)
    with_device(editor_a)
    client.force_login(superuser, backend=MODEL_BACKEND)
    client.post("/konto/tvastegsverifiering/kod/", {"code": app_code(device, 1)})
    response = client.post(
        "/admin/auth/user/",
        {"action": "reset_two_factor", "_selected_action": [editor_a.pk]},
    )
    assert response.status_code == 302
    assert not TOTPDevice.objects.filter(user=editor_a).exists()
    assert TOTPDevice.objects.filter(user=superuser).exists()
