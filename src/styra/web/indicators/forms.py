import re
from pathlib import PurePath

from django import forms
from django.conf import settings
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy

from styra.tables import parse_number
from styra.web.common.concurrency import OPENED, EditedSince
from styra.web.common.formfields import CleanInput
from styra.web.common.targets import clean_target_list

from .models import OwnIndicator
from .targets import saved_pair, version_of

CODE_PATTERN = re.compile(r"^[A-Za-z0-9][A-Za-z0-9._-]*$")
UPLOAD_SUFFIXES = {".csv", ".txt", ".tsv", ".xlsx", ".xlsm", ".xls"}
TARGET_YEARS = (2000, 2100)


class OwnIndicatorForm(CleanInput, EditedSince, forms.ModelForm):
    class Meta:
        model = OwnIndicator
        fields = ["code", "title", "description", "unit", "polarity", "goal", "targets"]
        widgets = {"description": forms.Textarea(attrs={"rows": 4})}

    def __init__(self, *args, organisation, **kwargs):
        super().__init__(*args, **kwargs)
        self.organisation = organisation

    def clean_code(self):
        code = self.cleaned_data["code"].strip()
        if not CODE_PATTERN.match(code):
            raise forms.ValidationError(
                _("Koden får bara innehålla bokstäver a–z, siffror, punkt, bindestreck och _.")
            )
        taken = OwnIndicator.objects.filter(
            organisation=self.organisation, code__iexact=code
        ).exclude(pk=self.instance.pk)
        if taken.exists():
            raise forms.ValidationError(
                _("Koden %(code)s används redan av ett annat eget nyckeltal.") % {"code": code}
            )
        return code

    def clean_targets(self):
        return ", ".join(clean_target_list(self.cleaned_data["targets"]))


class UploadForm(forms.Form):
    file = forms.FileField(
        label=gettext_lazy("Fil med värden"),
        help_text=gettext_lazy("CSV (.csv) eller Excel-arbetsbok (.xlsx), en rad per värde."),
    )

    def clean_file(self):
        upload = self.cleaned_data["file"]
        if PurePath(upload.name).suffix.lower() not in UPLOAD_SUFFIXES:
            raise forms.ValidationError(
                _(
                    "Filtypen stöds inte. Ladda upp en CSV-fil (.csv) "
                    "eller en Excel-arbetsbok (.xlsx)."
                )
            )
        if upload.size > max_upload_bytes():
            raise forms.ValidationError(
                _("Filen är för stor (högst %(mb)s MB).") % {"mb": settings.STYRA_MAX_UPLOAD_MB}
            )
        return upload


def max_upload_bytes() -> int:
    return settings.STYRA_MAX_UPLOAD_MB * 1024 * 1024


class NumberField(forms.Field):
    """A number typed the Swedish way (``12,5``) or the English (``12.5``); empty is None."""

    widget = forms.TextInput(attrs={"inputmode": "decimal", "maxlength": 30})

    def to_python(self, value):
        try:
            return parse_number(str(value or ""))
        except ValueError:
            raise forms.ValidationError(_("Skriv ett tal, t.ex. 12,5.")) from None


class TargetsForm(forms.Form):
    """Target value and year for each KPI row; both empty clears the organisation's target."""

    def __init__(self, *args, rows, **kwargs):
        super().__init__(*args, **kwargs)
        self.rows = rows
        for row in rows:
            self.fields[f"{row.kpi_id}-value"] = NumberField(
                label=_("Målvärde för %(kpi)s") % {"kpi": row.title}, required=False
            )
            self.fields[f"{row.kpi_id}-year"] = forms.IntegerField(
                label=_("Målår för %(kpi)s") % {"kpi": row.title},
                required=False,
                min_value=TARGET_YEARS[0],
                max_value=TARGET_YEARS[1],
                widget=forms.NumberInput(attrs={"inputmode": "numeric"}),
            )
            self.fields[f"{row.kpi_id}-{OPENED}"] = forms.CharField(
                widget=forms.HiddenInput, required=False, initial=version_of(saved_pair(row))
            )  # the row's version: a change by someone else since is not overwritten
            if row.target is not None:
                self.initial[f"{row.kpi_id}-value"] = _number_text(row.target.target_value)
                self.initial[f"{row.kpi_id}-year"] = row.target.target_year
        self.conflicts: list[tuple[str, str, str]] = []

    def clean(self):
        cleaned = super().clean()
        for row in self.rows:
            value_name, year_name = f"{row.kpi_id}-value", f"{row.kpi_id}-year"
            if value_name in self.errors or year_name in self.errors:
                continue
            value, year = cleaned.get(value_name), cleaned.get(year_name)
            if value is not None and year is None:
                self.add_error(year_name, _("Ange också vilket år målvärdet gäller."))
            elif year is not None and value is None:
                self.add_error(value_name, _("Ange också målvärdet, eller töm målåret."))
        return cleaned

    def targets(self) -> dict[str, tuple[float, int] | None]:
        """``{kpi_id: (value, year)}``; ``None`` where both fields are empty."""
        result: dict[str, tuple[float, int] | None] = {}
        for row in self.rows:
            value = self.cleaned_data.get(f"{row.kpi_id}-value")
            year = self.cleaned_data.get(f"{row.kpi_id}-year")
            result[row.kpi_id] = None if value is None else (value, year)
        return result

    def versions(self) -> dict[str, str]:
        """``{kpi_id: the row's version when the page was opened}``; "" when not posted."""
        return {
            row.kpi_id: self.cleaned_data.get(f"{row.kpi_id}-{OPENED}", "") for row in self.rows
        }

    def field_pair(self, row):
        """The row's value, year and (hidden) version fields."""
        names = ("value", "year", OPENED)
        return tuple(self[f"{row.kpi_id}-{name}"] for name in names)


def _number_text(value: float) -> str:
    text = str(int(value)) if value.is_integer() else repr(value)
    return text.replace(".", ",")
