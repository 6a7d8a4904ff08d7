"""A new API token: its name, what it may do and how long it works."""

import datetime as dt

from django import forms
from django.utils import timezone
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy

from styra.web.common.formfields import CleanInput, PlausibleDateField

from .models import DEFAULT_DAYS, MAX_DAYS, Scope


class TokenForm(CleanInput, forms.Form):
    name = forms.CharField(
        label=gettext_lazy("Namn"),
        max_length=100,
        help_text=gettext_lazy("Vilket system använder nyckeln, t.ex. BI-verktyget."),
    )
    scopes = forms.MultipleChoiceField(
        label=gettext_lazy("Nyckeln får"),
        choices=Scope.choices,
        widget=forms.CheckboxSelectMultiple,
        help_text=gettext_lazy("Det som är publicerat kan alla läsa utan nyckel."),
    )
    expires_on = PlausibleDateField(
        label=gettext_lazy("Upphör att gälla"),
        help_text=gettext_lazy("Högst ett år från i dag. Nyckeln slutar fungera den dagen."),
    )

    def __init__(self, *args, today: dt.date, **kwargs):
        super().__init__(*args, **kwargs)
        self.today = today
        self.fields["expires_on"].initial = today + dt.timedelta(days=DEFAULT_DAYS)

    def clean_expires_on(self) -> dt.date:
        expires_on = self.cleaned_data["expires_on"]
        if expires_on <= self.today:
            raise forms.ValidationError(_("Välj ett datum efter i dag."))
        if expires_on > self.today + dt.timedelta(days=MAX_DAYS):
            raise forms.ValidationError(
                _("En nyckel kan gälla högst ett år: välj ett datum senast %(date)s.")
                % {"date": (self.today + dt.timedelta(days=MAX_DAYS)).isoformat()}
            )
        return expires_on

    def expires_at(self) -> dt.datetime:
        """The moment the token stops working: the start of the chosen day, local time."""
        midnight = dt.datetime.combine(self.cleaned_data["expires_on"], dt.time.min)
        return timezone.make_aware(midnight)
