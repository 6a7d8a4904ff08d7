"""An action on Django's user list: remove the chosen users' two-step verification (lost
phone). django_otp's own admins list the devices (TOTP devices, static devices)."""

from django.contrib import admin, messages
from django.contrib.auth import get_user_model
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy

from . import services


@admin.action(description=gettext_lazy("Stäng av tvåstegsverifiering (borttappad telefon)"))
def reset_two_factor(modeladmin, request, queryset):
    removed = sum(services.remove_devices(user) for user in queryset)
    modeladmin.message_user(
        request,
        _("Tvåstegsverifiering avstängd för %(users)s användare (%(devices)s enheter borttagna).")
        % {"users": queryset.count(), "devices": removed},
        messages.SUCCESS,
    )


def _add_action_to_user_admin() -> None:
    """Extend whichever admin the user model has with the action."""
    user_admin = admin.site._registry.get(get_user_model())
    if user_admin is not None and reset_two_factor not in user_admin.actions:
        user_admin.actions = [*(user_admin.actions or []), reset_two_factor]


_add_action_to_user_admin()
