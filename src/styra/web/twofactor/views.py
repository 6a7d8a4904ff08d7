"""The "Tvåstegsverifiering" pages under the user's account and the code step of the
login (docs/accounts.md)."""

from base64 import b32encode
from urllib.parse import urlencode

import segno
from django.conf import settings
from django.contrib import messages
from django.contrib.auth import logout
from django.contrib.auth.decorators import login_required
from django.shortcuts import redirect, render, resolve_url
from django.utils.http import url_has_allowed_host_and_scheme
from django.utils.translation import gettext as _
from django.utils.translation import ngettext
from django.views.decorators.http import require_POST
from django_otp import DEVICE_ID_SESSION_KEY
from django_otp import login as otp_login
from django_otp.plugins.otp_static.models import StaticDevice

from styra.twofactor import Step, grouped
from styra.web.common.formerrors import render_form

from . import services, verification
from .forms import AppCodeForm, CodeForm
from .middleware import step_for

NEW_CODES = "styra_new_backup_codes"  # shown once on the backup codes page


def _next_url(request) -> str:
    target = request.POST.get("next") or request.GET.get("next") or ""
    if url_has_allowed_host_and_scheme(
        target, allowed_hosts={request.get_host()}, require_https=request.is_secure()
    ):
        return target
    return resolve_url(settings.LOGIN_REDIRECT_URL)


def _locked_out(request):
    """Log the person out and answer django-axes' lockout page."""
    response = verification.lockout_response(request)
    logout(request)
    return response


@login_required
def settings_page(request, form=None, status=200):
    user = request.user
    context = {
        "app_device": services.app_device(user),
        "codes_left": services.backup_codes_left(user),
        "required": settings.STYRA_REQUIRE_2FA and services.is_admin(user),
        "sso": request.session.get(services.SIGN_IN_METHOD),
        "form": form or CodeForm(),
        "next": _next_url(request),
    }
    return render(request, "twofactor/settings.html", context, status=status)


@login_required
def set_up(request):
    user = request.user
    if services.app_device(user) is not None:
        return redirect("twofactor-settings")
    device = services.pending_app_device(user)
    form = AppCodeForm(request.POST or None)
    if request.method == "POST" and form.is_valid():
        codes = services.confirm_app_device(request, device, form.cleaned_data["code"])
        if codes is not None:
            request.session[NEW_CODES] = codes
            messages.success(request, _("Tvåstegsverifiering är påslagen."))
            query = urlencode({"next": _next_url(request)})
            return redirect(f"{resolve_url('twofactor-backup-codes')}?{query}")
        form.add_error("code", _("Koden stämmer inte. Skriv de sex siffror som appen visar nu."))
    secret = grouped(b32encode(device.bin_key).decode())
    context = {
        "form": form,
        "qr": segno.make(device.config_url, error="m").svg_data_uri(scale=5, dark="#000"),
        "secret": secret,
        "next": _next_url(request),
    }
    return render_form(request, "twofactor/set_up.html", context)


@login_required
def backup_codes(request):
    codes = request.session.pop(NEW_CODES, None)
    if not codes:
        return redirect("twofactor-settings")
    return render(
        request, "twofactor/backup_codes.html", {"codes": codes, "next": _next_url(request)}
    )


@login_required
@require_POST
def backup_codes_new(request):
    if services.app_device(request.user) is None:
        return redirect("twofactor-settings")
    request.session[NEW_CODES] = services.new_backup_codes(request.user)
    return redirect("twofactor-backup-codes")


@login_required
def verify(request):
    next_url = _next_url(request)
    if request.method == "GET":
        services.remember(request.session, request.user)  # devices may have been removed
    if step_for(request) is not Step.VERIFY:
        return redirect(next_url)
    if verification.is_locked(request):
        return _locked_out(request)
    form = CodeForm(request.POST or None)
    if request.method == "POST" and form.is_valid():
        device = verification.check_code(request, form.cleaned_data["code"])
        if device is not None:
            otp_login(request, device)
            if isinstance(device, StaticDevice):
                _say_codes_left(request)
            return redirect(next_url)
        if getattr(request, "axes_locked_out", False):
            return _locked_out(request)
        form.add_error(
            "code",
            _(
                "Koden stämmer inte. Skriv de sex siffror som appen visar nu, "
                "eller en reservkod som du inte har använt."
            ),
        )
    return render_form(request, "twofactor/verify.html", {"form": form, "next": next_url})


def _say_codes_left(request) -> None:
    left = services.backup_codes_left(request.user)
    text = ngettext(
        "Du har %(count)s reservkod kvar. Skapa nya under Tvåstegsverifiering.",
        "Du har %(count)s reservkoder kvar. Skapa nya under Tvåstegsverifiering.",
        left,
    )
    messages.warning(request, text % {"count": left})


@login_required
@require_POST
def turn_off(request):
    if verification.is_locked(request):
        return _locked_out(request)
    form = CodeForm(request.POST)
    if form.is_valid():
        if verification.check_code(request, form.cleaned_data["code"]) is not None:
            services.remove_devices(request.user)
            request.session[services.HAS_DEVICE] = False
            request.session.pop(DEVICE_ID_SESSION_KEY, None)
            messages.success(request, _("Tvåstegsverifiering är avstängd."))
            return redirect("twofactor-settings")
        if getattr(request, "axes_locked_out", False):
            return _locked_out(request)
        form.add_error("code", _("Koden stämmer inte. Tvåstegsverifiering är fortfarande på."))
    return settings_page(request, form=form, status=400)
