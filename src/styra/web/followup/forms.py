"""The forms of follow-up: a cycle (editors) and a report on one action (its reporters).

Both detect lost updates (``EditedSince``) and take Swedish dates.
"""

from django import forms
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy

from styra.web.actionplan.forms import FloatText
from styra.web.common.concurrency import EditedSince
from styra.web.common.formfields import CleanInput, PlausibleDateField

from .models import Cycle, Report, Status

MEASURE = "matt_"  # the prefix of a measure's field: matt_N00401
MAX_COMMENT = 2000


class CycleForm(CleanInput, EditedSince, forms.ModelForm):
    class Meta:
        model = Cycle
        fields = ["name", "kind", "period_start", "period_end", "opens_on", "deadline"]
        field_classes = {
            "period_start": PlausibleDateField,
            "period_end": PlausibleDateField,
            "opens_on": PlausibleDateField,
            "deadline": PlausibleDateField,
        }
        labels = {"name": gettext_lazy("Namn")}

    def __init__(self, *args, organisation, **kwargs):
        super().__init__(*args, **kwargs)
        self.organisation = organisation

    def clean_name(self):
        name = self.cleaned_data["name"]
        taken = Cycle.objects.filter(organisation=self.organisation, name__iexact=name)
        if taken.exclude(pk=self.instance.pk).exists():
            raise forms.ValidationError(_("Det finns redan en uppföljning med det namnet."))
        return name

    def clean(self):
        data = super().clean()
        start, end = data.get("period_start"), data.get("period_end")
        if start and end and end < start:
            self.add_error("period_end", _("Perioden kan inte sluta före den börjar."))
        opens, deadline = data.get("opens_on"), data.get("deadline")
        if opens and deadline and deadline < opens:
            self.add_error("deadline", _("Sista dagen kan inte vara före den dag den öppnas."))
        return data


class ReportForm(CleanInput, EditedSince, forms.ModelForm):
    """The status on the scale, a comment, and a value per measure of the action."""

    status = forms.ChoiceField(
        label=gettext_lazy("Hur långt har åtgärden kommit?"),
        choices=Status.choices,
        widget=forms.RadioSelect,
    )

    class Meta:
        model = Report
        fields = ["status", "comment"]
        widgets = {"comment": forms.Textarea(attrs={"rows": 4})}
        labels = {"comment": gettext_lazy("Kommentar")}
        help_texts = {
            "comment": gettext_lazy("Vad har gjorts under perioden, och vad händer härnäst?")
        }

    def __init__(self, *args, measures: list[tuple[str, str]], **kwargs):
        """``measures``: (KPI id, title) of each of the action's indicators."""
        super().__init__(*args, **kwargs)
        self.fields["comment"].max_length = MAX_COMMENT
        saved = self.instance.measures or {}
        for kpi_id, title in measures:
            self.fields[f"{MEASURE}{kpi_id}"] = FloatText(
                label=title,
                required=False,
                initial=saved.get(kpi_id),
                help_text=_("Värdet för perioden (%(kpi)s). Valfritt.") % {"kpi": kpi_id},
            )
        self.order_fields(["status", "comment"])

    def clean(self):
        data = super().clean()
        instance = self.instance
        if (
            instance.pk is None
            and Report.objects.filter(
                cycle_id=instance.cycle_id, action_id=instance.action_id
            ).exists()
        ):
            raise forms.ValidationError(
                _("Någon annan har just rapporterat åtgärden. Ladda om sidan och se deras rapport.")
            )
        return data

    def measure_values(self) -> dict[str, float]:
        """The measures given, KPI id → value (empty ones left out)."""
        return {
            name.removeprefix(MEASURE): value
            for name, value in self.cleaned_data.items()
            if name.startswith(MEASURE) and value is not None
        }
