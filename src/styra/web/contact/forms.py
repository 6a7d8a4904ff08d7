"""The contact form: what the visitor writes, and the checks that keep robots out
(styra.web.common.antispam). Nothing in it names a recipient or an e-mail header: the
recipient is the organisation's, and the address becomes only a validated Reply-To."""

from django import forms
from django.utils.translation import gettext_lazy as _

from styra.web.common.antispam import AntispamMixin
from styra.web.common.formfields import CleanInput, validate_single_line

from .models import MESSAGE_LENGTH, NAME_LENGTH, SUBJECT_LENGTH

CONTENT = ("name", "email", "subject", "message")


class ContactForm(AntispamMixin, CleanInput, forms.Form):
    name = forms.CharField(
        label=_("Ditt namn"),
        max_length=NAME_LENGTH,
        widget=forms.TextInput(attrs={"autocomplete": "name"}),
    )
    email = forms.EmailField(
        label=_("Din e-postadress"),
        help_text=_("Svaret kommer hit. Skriv en adress."),
        validators=[validate_single_line],
        widget=forms.EmailInput(attrs={"autocomplete": "email"}),
    )
    subject = forms.CharField(label=_("Ämne"), max_length=SUBJECT_LENGTH)
    message = forms.CharField(
        label=_("Meddelande"),
        max_length=MESSAGE_LENGTH,
        widget=forms.Textarea(attrs={"rows": 8}),
    )

    def message_fields(self) -> dict:
        """The cleaned fields the message stores (not the robot checks)."""
        return {name: self.cleaned_data[name] for name in CONTENT}
