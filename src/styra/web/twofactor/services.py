"""Devices of one user: the authenticator app (TOTP) and the backup codes (static).

The session remembers whether its user has a confirmed device (``HAS_DEVICE``), set
at login and whenever the devices change here, so that ordinary requests cost no query.
"""

from django.contrib.auth.signals import user_logged_in
from django.db import transaction
from django.dispatch import receiver
from django_otp import devices_for_user, user_has_device
from django_otp import login as otp_login
from django_otp.plugins.otp_static.models import StaticDevice, StaticToken
from django_otp.plugins.otp_totp.models import TOTPDevice

from styra.twofactor import normalised_code
from styra.web.accounts.models import Membership, Role

HAS_DEVICE = "styra_has_2fa"
SIGN_IN_METHOD = "styra_sign_in_method"  # "oidc" or "saml", set by the SSO views
APP_DEVICE_NAME = "Autentiseringsapp"
BACKUP_DEVICE_NAME = "Reservkoder"
BACKUP_CODE_COUNT = 10


def has_device(user) -> bool:
    return user_has_device(user, confirmed=True)


def remember(session, user) -> bool:
    """Store in the session whether ``user`` has a confirmed device; return it."""
    session[HAS_DEVICE] = has_device(user)
    return session[HAS_DEVICE]


@receiver(user_logged_in)
def _remember_at_login(sender, request, user, **kwargs):
    if request is not None and hasattr(request, "session"):
        remember(request.session, user)


def is_admin(user) -> bool:
    """An organisation admin or a platform admin (staff or superuser)."""
    if user.is_staff or user.is_superuser:
        return True
    return Membership.objects.filter(user=user, role=Role.ADMIN).exists()


def app_device(user) -> TOTPDevice | None:
    return TOTPDevice.objects.filter(user=user, confirmed=True).first()


def pending_app_device(user) -> TOTPDevice:
    """The not yet confirmed app device being set up (one per user)."""
    device = TOTPDevice.objects.filter(user=user, confirmed=False).first()
    return device or TOTPDevice.objects.create(user=user, name=APP_DEVICE_NAME, confirmed=False)


@transaction.atomic
def confirm_app_device(request, device: TOTPDevice, code: str) -> list[str] | None:
    """Turn two-step verification on with the app's first code: the device becomes
    active, the session verified, and new backup codes are returned (None: wrong code)."""
    if not device.verify_token(normalised_code(code)):
        return None
    TOTPDevice.objects.filter(user=device.user).exclude(pk=device.pk).delete()
    device.confirmed = True
    device.save(update_fields=["confirmed"])
    codes = new_backup_codes(device.user)
    otp_login(request, device)
    request.session[HAS_DEVICE] = True
    return codes


def new_backup_codes(user) -> list[str]:
    """Replace the user's backup codes by ``BACKUP_CODE_COUNT`` new ones."""
    StaticDevice.objects.filter(user=user).delete()
    device = StaticDevice.objects.create(user=user, name=BACKUP_DEVICE_NAME, confirmed=True)
    codes = [StaticToken.random_token() for _ in range(BACKUP_CODE_COUNT)]
    StaticToken.objects.bulk_create(StaticToken(device=device, token=code) for code in codes)
    return codes


def backup_codes_left(user) -> int:
    return StaticToken.objects.filter(device__user=user, device__confirmed=True).count()


def matching_device(user, code: str):
    """The device that accepts ``code`` (an app code or an unused backup code, which is
    used up), or None."""
    code = normalised_code(code)
    if not code:
        return None
    with transaction.atomic():
        for device in devices_for_user(user, confirmed=True, for_verify=True):
            if device.verify_token(code):
                return device
    return None


def remove_devices(user) -> int:
    """Turn two-step verification off for ``user``: every device goes (lost phone)."""
    removed = 0
    for device in devices_for_user(user, confirmed=None):
        device.delete()
        removed += 1
    return removed
