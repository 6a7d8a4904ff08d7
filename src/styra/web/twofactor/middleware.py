"""Sends a signed-in person who still owes a second factor to the code step, or (with
STYRA_REQUIRE_2FA, for admins without a device) to the set-up page; nothing else
answers until then. After django_otp's OTPMiddleware (``user.is_verified()``)."""

from urllib.parse import urlencode

from django.conf import settings
from django.http import HttpResponse, HttpResponseRedirect
from django.urls import Resolver404, resolve, reverse

from styra.twofactor import Step, next_step

from . import services

OPEN_WHILE_OWING = {"accounts-logout", "set_language", "twofactor-verify"}
OPEN_WHILE_SETTING_UP = OPEN_WHILE_OWING | {
    "twofactor-settings",
    "twofactor-set-up",
    "twofactor-backup-codes",
}
PAGE_OF_STEP = {Step.VERIFY: "twofactor-verify", Step.SET_UP: "twofactor-settings"}


def step_for(request) -> Step | None:
    """What the request's signed-in user must do first, or None."""
    user = getattr(request, "user", None)
    if user is None or not user.is_authenticated:
        return None
    session = request.session
    has_device = session.get(services.HAS_DEVICE)
    if has_device is None:  # a session from before two-step verification existed
        has_device = services.remember(session, user)
    required = settings.STYRA_REQUIRE_2FA
    return next_step(
        sign_in_method=session.get(services.SIGN_IN_METHOD),
        has_device=has_device,
        verified=has_device and user.is_verified(),
        required=required,
        is_admin=required and not has_device and services.is_admin(user),
    )


def is_open(request, step: Step) -> bool:
    try:
        name = resolve(request.path_info).url_name
    except Resolver404:
        return False
    return name in (OPEN_WHILE_OWING if step is Step.VERIFY else OPEN_WHILE_SETTING_UP)


class SecondFactorMiddleware:
    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        step = step_for(request)
        if step is None or is_open(request, step):
            return self.get_response(request)
        target = reverse(PAGE_OF_STEP[step])
        if request.method == "GET":
            target += "?" + urlencode({"next": request.get_full_path()})
        if request.headers.get("HX-Request"):
            return HttpResponse(headers={"HX-Redirect": target})
        return HttpResponseRedirect(target)
