"""The practice form, the attachment upload and the library's search form.

Goals are ticked, targets and KPIs typed as lists ("11.1, 11.6"; "N00401 U00405").
The networks offered are those the organisation belongs to.
"""

import re

from django import forms
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy

from styra.sdg import GOAL_NUMBERS
from styra.web.common.formfields import CleanInput
from styra.web.common.goals import goal_title
from styra.web.common.targets import clean_target_list
from styra.web.focus.forms import UploadForm, max_upload_mb
from styra.web.indicators.models import Kpi
from styra.web.organisations.models import Network

from .models import Practice, Visibility

KPI_SEPARATORS = re.compile(r"[\s,;]+")
ACCEPTED = ".pdf,.docx,.xlsx,.pptx,.odt,.ods,.odp,.txt,.csv,.png,.jpg,.jpeg"


def goal_choices() -> list[tuple[int, str]]:
    return [(goal, f"{goal}. {goal_title(goal)}") for goal in GOAL_NUMBERS]


def clean_kpi_list(text: str) -> list[str]:
    """Kolada KPI ids, each once, in the order typed; every unknown one named."""
    ids = list(dict.fromkeys(part.upper() for part in KPI_SEPARATORS.split(text or "") if part))
    known = set(Kpi.objects.filter(kpi_id__in=ids).values_list("kpi_id", flat=True))
    unknown = [kpi_id for kpi_id in ids if kpi_id not in known]
    if unknown:
        raise forms.ValidationError(
            _("%(ids)s finns inte bland Koladas nyckeltal. Skriv t.ex. N00401.")
            % {"ids": ", ".join(unknown)}
        )
    return ids


class PracticeForm(CleanInput, forms.ModelForm):
    goals = forms.TypedMultipleChoiceField(
        label=gettext_lazy("Mål"),
        coerce=int,
        required=False,
        widget=forms.CheckboxSelectMultiple,
    )
    targets = forms.CharField(
        label=gettext_lazy("Delmål"),
        required=False,
        max_length=500,
        help_text=gettext_lazy("T.ex. 11.1, 11.6"),
    )
    kpis = forms.CharField(
        label=gettext_lazy("Nyckeltal"),
        required=False,
        max_length=500,
        help_text=gettext_lazy("Koladas id, t.ex. N00401, U00405"),
    )
    networks = forms.ModelMultipleChoiceField(
        label=gettext_lazy("Nätverk att dela med"),
        queryset=Network.objects.none(),
        required=False,
        widget=forms.CheckboxSelectMultiple,
        help_text=gettext_lazy("Gäller när ni delar med valda nätverk."),
    )

    class Meta:
        model = Practice
        fields = ["title", "action", "result", "lessons", "visibility"]
        widgets = {"visibility": forms.RadioSelect}
        help_texts = {
            "action": gettext_lazy("Vad gjorde ni, och hur?"),
            "result": gettext_lazy("Vad blev resultatet? Gärna med nyckeltal eller siffror."),
            "lessons": gettext_lazy("Vad skulle ni göra likadant, och vad skulle ni göra om?"),
        }

    def __init__(self, *args, organisation, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["goals"].choices = goal_choices()
        self.fields["networks"].queryset = Network.objects.filter(members=organisation)
        practice = self.instance
        if practice.pk:
            self.initial |= {
                "goals": practice.goals,
                "targets": ", ".join(practice.targets),
                "kpis": ", ".join(practice.kpis),
                "networks": list(practice.networks.all()),
            }

    def clean_targets(self):
        return clean_target_list(self.cleaned_data["targets"])

    def clean_kpis(self):
        return clean_kpi_list(self.cleaned_data["kpis"])

    def clean(self):
        cleaned = super().clean()
        if cleaned.get("visibility") == Visibility.NETWORKS and not cleaned.get("networks"):
            self.add_error("networks", _("Välj minst ett nätverk att dela med."))
        return cleaned


class AttachmentForm(UploadForm):
    """A file of any common office or image type; the size check is the focus upload's."""

    title = None
    kind = None

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        field = self.fields["file"]
        field.help_text = _("Läses av alla som får läsa exemplet. Högst %(mb)s MB.") % {
            "mb": max_upload_mb()
        }
        field.widget.attrs["accept"] = ACCEPTED


class SearchForm(CleanInput, forms.Form):
    q = forms.CharField(label=gettext_lazy("Sökord"), required=False, max_length=200)
    goal = forms.TypedChoiceField(
        label=gettext_lazy("Mål"), coerce=int, required=False, empty_value=None
    )
    target = forms.CharField(label=gettext_lazy("Delmål"), required=False, max_length=10)
    kpi = forms.CharField(label=gettext_lazy("Nyckeltal"), required=False, max_length=20)
    network = forms.ModelChoiceField(
        label=gettext_lazy("Nätverk"), queryset=Network.objects.none(), required=False
    )

    def __init__(self, *args, networks, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["goal"].choices = [("", _("Alla mål")), *goal_choices()]
        self.fields["network"].queryset = networks
        self.fields["network"].empty_label = _("Alla nätverk")

    def clean_target(self):
        found = clean_target_list(self.cleaned_data["target"])
        return found[0] if found else ""

    def clean_kpi(self):
        return self.cleaned_data["kpi"].upper()
