from django import forms
from django.utils.translation import gettext_lazy as _

from styra.web.common.formfields import CleanInput


class CodeForm(CleanInput, forms.Form):
    """A code from the authenticator app (6 digits) or a backup code (8 characters)."""

    code = forms.CharField(
        label=_("Kod"),
        max_length=20,
        help_text=_("Sex siffror från appen, eller en av dina reservkoder."),
        widget=forms.TextInput(
            attrs={"autocomplete": "one-time-code", "autocapitalize": "off", "spellcheck": "false"}
        ),
    )


class AppCodeForm(CodeForm):
    """The first code from the app, which turns two-step verification on."""

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["code"].help_text = _("Sex siffror som appen visar just nu.")
        self.fields["code"].widget.attrs["inputmode"] = "numeric"
