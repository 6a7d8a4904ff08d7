from django import forms
from django.utils.translation import gettext_lazy as _

from styra.web.common.formfields import CleanInput


class PersonForm(CleanInput, forms.Form):
    """Whom to find: the e-mail address, and the full name of someone without an account."""

    email = forms.EmailField(label=_("E-postadress"))
    name = forms.CharField(
        label=_("Fullständigt namn"),
        required=False,
        max_length=200,
        help_text=_("Behövs bara för den som saknar konto, t.ex. en inbjuden till remiss."),
    )


class EraseForm(PersonForm):
    confirm = forms.EmailField(
        label=_("Skriv e-postadressen igen för att bekräfta"),
    )

    def clean(self):
        cleaned = super().clean()
        if cleaned.get("confirm", "").lower() != cleaned.get("email", "").lower():
            raise forms.ValidationError(_("E-postadresserna är olika."))
        return cleaned
