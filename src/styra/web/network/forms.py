"""The network's forms: its name and description, a coordinator by e-mail, an invitation."""

from django import forms
from django.utils.translation import gettext_lazy as _

from styra.web.common.formfields import CleanInput, validate_single_line
from styra.web.organisations.models import Network, Organisation

from . import services


class NetworkForm(CleanInput, forms.ModelForm):
    """A network's name and description."""

    class Meta:
        model = Network
        fields = ["name", "description"]
        widgets = {"description": forms.Textarea(attrs={"rows": 4})}
        help_texts = {"description": _("Vad nätverket gör tillsammans, i en eller två meningar.")}


class CoordinatorEmail(CleanInput, forms.Form):
    """A coordinator: an existing user, found by e-mail address (``self.user``)."""

    email = forms.EmailField(
        label=_("Samordnarens e-postadress"),
        help_text=_("Personen måste redan ha ett konto i Styra."),
        validators=[validate_single_line],
        widget=forms.EmailInput(attrs={"autocomplete": "off"}),
    )

    def clean_email(self):
        email = self.cleaned_data["email"]
        try:
            self.user = services.user_by_email(email)
        except services.NetworkError as error:
            raise forms.ValidationError(str(error)) from None
        return email


class CoordinatorForm(CoordinatorEmail, forms.Form):
    pass


class NewNetworkForm(CoordinatorEmail, forms.ModelForm):
    """A new network and its first coordinator."""

    class Meta(NetworkForm.Meta):
        pass


class InviteForm(forms.Form):
    organisation = forms.ModelChoiceField(
        label=_("Kommun eller region"),
        queryset=Organisation.objects.exclude(pk="0000").order_by("type", "name"),
        empty_label=_("Välj …"),
    )

    def __init__(self, *args, network: Network, **kwargs):
        super().__init__(*args, **kwargs)
        invited = services.open_invitations(network=network).values("organisation")
        self.fields["organisation"].queryset = (
            self.fields["organisation"]
            .queryset.exclude(pk__in=network.members.values("pk"))
            .exclude(pk__in=invited)
        )
        self.fields["organisation"].label_from_instance = lambda o: (
            f"{o.name} ({o.get_type_display().lower()})"
        )
