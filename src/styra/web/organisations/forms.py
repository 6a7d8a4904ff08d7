from django import forms
from django.utils.translation import gettext_lazy as _

from styra.web.common.concurrency import EditedSince
from styra.web.common.formfields import CleanInput, DecisionDateField, PhoneField

from .documents import checked_upload
from .models import BodyMember, ContactPerson, LeadershipDecision
from .wording import phrase


class ContactPersonForm(CleanInput, EditedSince, forms.ModelForm):
    class Meta:
        model = ContactPerson
        fields = ["name", "email", "phone"]
        field_classes = {"phone": PhoneField}
        widgets = {
            "name": forms.TextInput(attrs={"autocomplete": "name"}),
            "email": forms.EmailInput(attrs={"autocomplete": "email"}),
            "phone": forms.TextInput(attrs={"autocomplete": "tel", "type": "tel"}),
        }


class InOwnWords:
    """Help texts in the organisation's own words: ``help_phrases`` maps field → phrase."""

    help_phrases: dict[str, str] = {}

    def __init__(self, *args, organisation=None, **kwargs):
        super().__init__(*args, **kwargs)
        for field, key in self.help_phrases.items():
            self.fields[field].help_text = phrase(organisation, key)


class LeadershipDecisionForm(CleanInput, InOwnWords, EditedSince, forms.ModelForm):
    help_phrases = {"body": "decision_body_help", "reference": "reference_help"}
    upload = forms.FileField(
        label=_("Beslutsdokument"),
        required=False,
        help_text=_(
            "PDF, Word, OpenDocument, RTF eller text. Syns bara för organisationens medlemmar."
        ),
    )
    remove_document = forms.BooleanField(label=_("Ta bort dokumentet"), required=False)

    class Meta:
        model = LeadershipDecision
        fields = ["decided_on", "body", "reference"]
        field_classes = {"decided_on": DecisionDateField}

    def clean_upload(self):
        return checked_upload(self.cleaned_data.get("upload"))


class BodyMemberForm(CleanInput, InOwnWords, forms.ModelForm):
    help_phrases = {"title": "director_help"}

    class Meta:
        model = BodyMember
        fields = ["name", "title"]
