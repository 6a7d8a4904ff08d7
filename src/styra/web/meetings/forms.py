import datetime as dt

from django import forms
from django.utils import timezone
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy

from styra.web.common.formfields import CleanInput, PlausibleDateField
from styra.web.dialogue.forms import time_field

from .models import Meeting, MeetingTask


class MeetingForm(CleanInput, forms.ModelForm):
    """A meeting on one day, from a time to a time (local time)."""

    day = PlausibleDateField(label=gettext_lazy("Datum"))
    starts = time_field(gettext_lazy("Börjar, klockslag"))
    ends = time_field(gettext_lazy("Slutar, klockslag"))

    class Meta:
        model = Meeting
        fields = ["title", "location", "agenda", "notes", "decisions"]
        widgets = {
            "agenda": forms.Textarea(attrs={"rows": 6}),
            "notes": forms.Textarea(attrs={"rows": 8}),
            "decisions": forms.Textarea(attrs={"rows": 5}),
        }
        help_texts = {
            "agenda": gettext_lazy("En punkt per rad."),
            "notes": gettext_lazy("Vad som sades. Fyll i under eller efter mötet."),
            "decisions": gettext_lazy("Vad nätverket beslutade, en punkt per rad."),
        }

    field_order = ["title", "day", "starts", "ends", "location", "agenda", "notes", "decisions"]

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        if self.instance.pk:
            starts = timezone.localtime(self.instance.starts_at)
            ends = timezone.localtime(self.instance.ends_at)
            self.fields["day"].initial = starts.date()
            self.fields["starts"].initial = starts.time()
            self.fields["ends"].initial = ends.time()

    def moment(self, name: str) -> dt.datetime | None:
        day, time = self.cleaned_data.get("day"), self.cleaned_data.get(name)
        if day is None or time is None:
            return None
        return timezone.make_aware(dt.datetime.combine(day, time))

    def clean(self):
        data = super().clean()
        starts, ends = self.moment("starts"), self.moment("ends")
        if starts and ends and ends <= starts:
            self.add_error("ends", _("Mötet måste sluta efter att det börjar."))
        return data

    def save(self, commit=True):
        meeting = super().save(commit=False)
        meeting.starts_at, meeting.ends_at = self.moment("starts"), self.moment("ends")
        if commit:
            meeting.save()
        return meeting


class TaskForm(CleanInput, forms.ModelForm):
    due_on = PlausibleDateField(label=gettext_lazy("Klart senast"), required=False)

    class Meta:
        model = MeetingTask
        fields = ["text", "organisation", "due_on"]
        widgets = {"text": forms.Textarea(attrs={"rows": 3})}
        labels = {"organisation": gettext_lazy("Vem gör det?")}

    def __init__(self, *args, network, **kwargs):
        super().__init__(*args, **kwargs)
        field = self.fields["organisation"]
        field.queryset = network.members.order_by("name")
        field.empty_label = _("Alla medlemmar")
        field.required = False
