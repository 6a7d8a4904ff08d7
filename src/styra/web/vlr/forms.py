"""The VLR's forms: a section's narrative (lost updates detected) and freezing."""

from django import forms
from django.utils.translation import gettext_lazy as _

from styra.web.common.concurrency import EditedSince
from styra.web.common.formfields import CleanInput, DecisionDateField
from styra.web.reports.forms import UniqueVersionLabel

from .models import Narrative, VlrVersion


class NarrativeForm(EditedSince, forms.ModelForm):
    class Meta:
        model = Narrative
        fields = ["text"]
        widgets = {"text": forms.Textarea(attrs={"rows": 12})}
        help_texts = {"text": _("Ett tomt stycke mellan styckena.")}


class FreezeForm(UniqueVersionLabel, CleanInput, forms.ModelForm):
    class Meta:
        model = VlrVersion
        fields = ["label", "decided_on", "reference"]
        field_classes = {"decided_on": DecisionDateField}
        error_messages = {
            "label": {"required": _("Skriv ett namn på versionen.")},
            "decided_on": {"required": _("Skriv beslutsdatumet.")},
        }

    def __init__(self, *args, organisation, **kwargs):
        super().__init__(*args, **kwargs)
        self.organisation = organisation
        self.fields["decided_on"].required = True
