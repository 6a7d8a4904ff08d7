"""A confirmed device for a user, and the codes an authenticator app would show."""

from django_otp.oath import totp
from django_otp.plugins.otp_totp.models import TOTPDevice

from styra.web.twofactor import services
from tests.web.factories import PASSWORD

LOGIN = "/konto/logga-in/"
VERIFY = "/konto/tvastegsverifiering/kod/"


def app_code(device: TOTPDevice, steps_ahead: int = 0) -> str:
    """The code the app shows now (``steps_ahead`` 30-second steps later)."""
    device.refresh_from_db()
    value = totp(device.bin_key, device.step, device.t0, device.digits, steps_ahead)
    return f"{value:0{device.digits}d}"


def with_device(user) -> tuple[TOTPDevice, list[str]]:
    """``user`` with two-step verification on: the app device and the backup codes."""
    device = TOTPDevice.objects.create(user=user, name="app", confirmed=True)
    return device, services.new_backup_codes(user)


def log_in_with_password(client, user):
    return client.post(LOGIN, {"username": user.username, "password": PASSWORD})
