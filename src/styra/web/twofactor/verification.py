"""Checking a code at login or before turning two-step verification off. A wrong code
counts as a failed login in django-axes (per user name and address, so
STYRA_LOGIN_FAILURE_LIMIT wrong codes lock like wrong passwords do)."""

from axes.handlers.proxy import AxesProxyHandler
from axes.helpers import get_lockout_response
from django.contrib.auth.signals import user_login_failed

from . import services


def credentials_of(user) -> dict:
    return {"username": user.get_username()}


def is_locked(request) -> bool:
    return not AxesProxyHandler.is_allowed(request, credentials_of(request.user))


def lockout_response(request):
    return get_lockout_response(request, credentials=credentials_of(request.user))


def check_code(request, code: str):
    """The device that accepts ``code`` for the signed-in user, or None after counting
    the failure. A success clears this user name's failures from this address."""
    user = request.user
    AxesProxyHandler.update_request(request)
    device = services.matching_device(user, code)
    if device is None:
        user_login_failed.send(sender=__name__, credentials=credentials_of(user), request=request)
    else:
        AxesProxyHandler.get_implementation().reset_user_attempts(request, credentials_of(user))
    return device
