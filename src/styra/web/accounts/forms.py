from django import forms
from django.contrib.auth.forms import UserCreationForm
from django.utils.translation import gettext_lazy as _

from styra.web.common.formfields import CleanInput

from .models import Invitation, Membership, Role


class InvitationForm(forms.ModelForm):
    class Meta:
        model = Invitation
        fields = ["email", "role"]
        help_texts = {"email": _("Inbjudan skickas med en länk till den här adressen.")}


class RoleForm(forms.ModelForm):
    class Meta:
        model = Membership
        fields = ["role"]


class SwitchOrganisationForm(CleanInput, forms.Form):
    organisation = forms.CharField(max_length=4)
    next = forms.CharField(required=False)


class InvitedUserForm(CleanInput, UserCreationForm):
    """A new account for the invitee; the e-mail address comes from the invitation."""

    class Meta(UserCreationForm.Meta):
        fields = ["username", "first_name", "last_name"]


ROLE_HELP = {
    Role.ADMIN: _("allt som redaktören får, och dessutom bjuda in, ändra roller och ta bort"),
    Role.EDITOR: _("redigera organisationens uppgifter, analys och planer"),
    Role.CONTRIBUTOR: _("rapportera om de åtgärder hen äger"),
    Role.VIEWER: _("läsa organisationens material"),
}
