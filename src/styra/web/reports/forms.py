"""The freeze form: a label for the version, and optionally the decision's date and reference."""

from django import forms
from django.utils.translation import gettext
from django.utils.translation import gettext_lazy as _

from styra.web.common.formfields import CleanInput, DecisionDateField
from styra.web.organisations.wording import phrase

from .models import ReportVersion


class UniqueVersionLabel:
    """A frozen version's label, unique per organisation whatever the case (the form's
    model: ``Meta.model``; the view passes ``organisation``)."""

    organisation = None

    def clean_label(self) -> str:
        label = self.cleaned_data["label"].strip()
        versions = self._meta.model.objects.filter(organisation=self.organisation)
        if versions.filter(label__iexact=label).exists():
            raise forms.ValidationError(self.taken_message(label))
        return label

    @staticmethod
    def taken_message(label: str) -> str:
        return gettext(
            "Det finns redan en version med namnet ”%(label)s”. Välj ett annat namn."
        ) % {"label": label}


class FreezeForm(UniqueVersionLabel, CleanInput, forms.ModelForm):
    class Meta:
        model = ReportVersion
        fields = ["label", "decided_on", "reference"]
        field_classes = {"decided_on": DecisionDateField}
        help_texts = {"decided_on": _("Valfritt: dagen då den beslutades.")}
        error_messages = {
            "label": {"required": _("Skriv ett namn på versionen.")},
        }

    def __init__(self, *args, organisation, **kwargs):
        super().__init__(*args, **kwargs)
        self.organisation = organisation
        self.fields["label"].help_text = phrase(organisation, "freeze_label_help")
        self.fields["reference"].help_text = phrase(organisation, "freeze_reference_help")
