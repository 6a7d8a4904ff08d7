"""The forms of the handlingsplan: an action, a progress report, an indicator, an import file.

Errors are tied to their fields (Django links them with aria-describedby);
``styra.web.common.formerrors`` lists them in the summary at the top of each form page.
"""

import re
from decimal import Decimal
from pathlib import PurePath

from django import forms
from django.contrib.auth import get_user_model
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy

from styra.actionplan import parent_level_error
from styra.tables import parse_number
from styra.web.accounts.models import Role
from styra.web.common.concurrency import EditedSince
from styra.web.common.formfields import CleanInput, PlausibleDateField
from styra.web.common.targets import clean_target_list
from styra.web.indicators.forms import UPLOAD_SUFFIXES, max_upload_bytes
from styra.web.samverkan.models import Actor, Kind

from . import kpis
from .models import YEARS, Action, ActionIndicator, Level, ProgressEntry, Status

CODE_PATTERN = re.compile(r"^[A-Za-zÅÄÖåäö0-9][A-Za-zÅÄÖåäö0-9._-]*$")
MAX_BUDGET = Decimal("1e13")
MAX_WEIGHT = Decimal("999999")
PARENT_ERRORS = {
    "strategy_has_parent": gettext_lazy(
        "En strategi ligger högst upp och kan inte ligga under något."
    ),
    "needs_parent": gettext_lazy(
        "Välj vad den ligger under: en åtgärd under en strategi, en aktivitet under en åtgärd."
    ),
    "wrong_parent_level": gettext_lazy(
        "En åtgärd ska ligga under en strategi och en aktivitet under en åtgärd."
    ),
    "unknown_level": gettext_lazy("Välj strategi, åtgärd eller aktivitet."),
}


class NumberError(ValueError):
    """A number that cannot be accepted; the message is translated and shown as it is."""


def parse_decimal(text: str, maximum: Decimal) -> Decimal | None:
    """A number typed the Swedish way (1 500 000,50) as a Decimal with two decimals."""
    try:
        number = parse_number(text)
    except ValueError:
        raise NumberError(_("Skriv ett tal, t.ex. 150 000 eller 2,5.")) from None
    if number is None:
        return None
    value = Decimal(str(number)).quantize(Decimal("0.01"))
    if value < 0:
        raise NumberError(_("Talet kan inte vara negativt."))
    if value > maximum:
        raise NumberError(_("Talet är för stort."))
    return value


class DecimalText(forms.Field):
    """A number typed as text, Swedish or English decimals, spaces between thousands."""

    widget = forms.TextInput(attrs={"inputmode": "decimal", "maxlength": 30})

    def __init__(self, *args, maximum: Decimal, **kwargs):
        self.maximum = maximum
        super().__init__(*args, **kwargs)

    def prepare_value(self, value):
        if isinstance(value, Decimal):
            return decimal_text(value)
        return value

    def to_python(self, value):
        try:
            return parse_decimal(str(value or ""), self.maximum)
        except NumberError as error:
            raise forms.ValidationError(str(error)) from None


def decimal_text(value: Decimal) -> str:
    """2.50 → "2,5", 250000.00 → "250000": as a person would type it."""
    text = format(value.normalize(), "f")
    return text.replace(".", ",")


class FloatText(forms.Field):
    """A value of an indicator, typed the Swedish or the English way; empty is None."""

    widget = forms.TextInput(attrs={"inputmode": "decimal", "maxlength": 30})

    def prepare_value(self, value):
        if isinstance(value, float):
            text = str(int(value)) if value.is_integer() else repr(value)
            return text.replace(".", ",")
        return value

    def to_python(self, value):
        try:
            return parse_number(str(value or ""))
        except ValueError:
            raise forms.ValidationError(_("Skriv ett tal, t.ex. 12,5.")) from None


class ActorChoiceField(forms.ModelChoiceField):
    def label_from_instance(self, actor):
        return f"{actor.name} ({actor.get_category_display()})"


class PartnerChoiceField(forms.ModelMultipleChoiceField):
    def label_from_instance(self, actor):
        return f"{actor.name} ({actor.get_kind_display().lower()}, {actor.get_category_display()})"


class ParentChoiceField(forms.ModelChoiceField):
    def label_from_instance(self, action):
        return f"{action.code} {action.title} ({action.get_level_display().lower()})"


class UserChoiceField(forms.ModelMultipleChoiceField):
    def label_from_instance(self, user):
        return user.get_full_name() or user.get_username()


def responsible_candidates(organisation):
    """Members who may report progress once responsible: contributors, editors, admins."""
    roles = [Role.CONTRIBUTOR, Role.EDITOR, Role.ADMIN]
    return (
        get_user_model()
        .objects.filter(memberships__organisation=organisation, memberships__role__in=roles)
        .order_by("first_name", "last_name", "username")
    )


class ActionForm(CleanInput, EditedSince, forms.ModelForm):
    targets = forms.CharField(
        label=gettext_lazy("Delmål"),
        required=False,
        max_length=300,
        help_text=gettext_lazy(
            "Delmålen i Agenda 2030 som den bidrar till, t.ex. 13.2, 11.6. Krävs för en strategi. "
            "En åtgärd eller aktivitet bidrar också till delmålen för det den ligger under."
        ),
    )
    owner = ActorChoiceField(
        label=gettext_lazy("Ägare"),
        queryset=Actor.objects.none(),
        required=False,
        empty_label=gettext_lazy("Ingen ägare ännu"),
        help_text=gettext_lazy(
            "Den nämnd, förvaltning eller det bolag som äger åtgärden (ur aktörsregistret)."
        ),
    )
    partners = PartnerChoiceField(
        label=gettext_lazy("Partner"),
        queryset=Actor.objects.none(),
        required=False,
        widget=forms.CheckboxSelectMultiple,
        help_text=gettext_lazy(
            "Aktörer inom och utanför organisationen som gör arbetet tillsammans med ägaren."
        ),
    )
    responsible = UserChoiceField(
        label=gettext_lazy("Ansvariga personer"),
        queryset=get_user_model().objects.none(),
        required=False,
        widget=forms.CheckboxSelectMultiple,
        help_text=gettext_lazy(
            "Bidragsgivare som är ansvariga kan rapportera framsteg för den här åtgärden."
        ),
    )
    parent = ParentChoiceField(
        label=gettext_lazy("Ligger under"),
        queryset=Action.objects.none(),
        required=False,
        empty_label=gettext_lazy("Inget (en strategi)"),
    )
    budget_sek = DecimalText(
        label=gettext_lazy("Budget (kronor)"),
        required=False,
        maximum=MAX_BUDGET,
        help_text=gettext_lazy("Valfritt. T.ex. 250 000."),
    )
    weight = DecimalText(
        label=gettext_lazy("Vikt"),
        maximum=MAX_WEIGHT,
        initial=Decimal(1),
        help_text=gettext_lazy(
            "Hur mycket den väger när framstegen vägs ihop med andra under samma strategi eller "
            "åtgärd. Standard 1: alla väger lika. 2 väger dubbelt, 0 räknas inte."
        ),
    )

    class Meta:
        model = Action
        fields = [
            "level",
            "parent",
            "code",
            "title",
            "description",
            "targets",
            "owner",
            "partners",
            "responsible",
            "start",
            "end",
            "budget_sek",
            "weight",
            "status",
        ]
        widgets = {
            "level": forms.RadioSelect,
            "description": forms.Textarea(attrs={"rows": 4}),
        }
        field_classes = {"start": PlausibleDateField, "end": PlausibleDateField}

    def __init__(self, *args, organisation, **kwargs):
        super().__init__(*args, **kwargs)
        self.organisation = organisation
        self.fields["code"].required = False
        self.fields["level"].choices = Level.choices  # no empty choice among the radios
        self.fields["level"].help_text = _(
            "En strategi ligger högst upp, en åtgärd under en strategi "
            "och en aktivitet under en åtgärd."
        )
        actors = Actor.objects.filter(organisation=organisation)
        self.fields["owner"].queryset = actors.filter(kind=Kind.INTERNAL)
        self.fields["partners"].queryset = actors
        self.fields["responsible"].queryset = responsible_candidates(organisation)
        parents = Action.objects.filter(
            organisation=organisation, level__in=[Level.STRATEGY, Level.ACTION]
        )
        if self.instance.pk:
            from .services import descendants

            below = [a.pk for a in descendants(self.instance)]
            parents = parents.exclude(pk__in=[self.instance.pk, *below])
        self.fields["parent"].queryset = parents.order_by("code")
        if self.instance.pk and not self.is_bound:
            self.initial["targets"] = ", ".join(self.instance.targets)

    def clean_code(self):
        code = self.cleaned_data["code"].strip()
        if not code:
            return code
        if not CODE_PATTERN.match(code):
            raise forms.ValidationError(
                _("Koden får bara innehålla bokstäver, siffror, punkt, bindestreck och _.")
            )
        others = Action.objects.filter(organisation=self.organisation).exclude(pk=self.instance.pk)
        if any(code.casefold() == c.casefold() for c in others.values_list("code", flat=True)):
            raise forms.ValidationError(
                _("Koden %(code)s används redan i handlingsplanen.") % {"code": code}
            )
        return code

    def clean_targets(self):
        return clean_target_list(self.cleaned_data.get("targets", ""))

    def clean(self):
        cleaned = super().clean()
        level, parent = cleaned.get("level"), cleaned.get("parent")
        if level:
            problem = parent_level_error(level, parent.level if parent else None)
            if problem:
                self.add_error("parent", PARENT_ERRORS[problem])
            if (
                level == Level.STRATEGY
                and "targets" not in self.errors
                and not cleaned.get("targets")
            ):
                self.add_error("targets", _("Skriv minst ett delmål som strategin bidrar till."))
            if (
                self.instance.pk
                and level != self.instance.level
                and self.instance.children.exists()
            ):
                self.add_error(
                    "level",
                    _(
                        "Nivån kan inte ändras när något ligger under. "
                        "Flytta eller ta bort det först."
                    ),
                )
        start, end = cleaned.get("start"), cleaned.get("end")
        if start and end and end < start:
            self.add_error("end", _("Slutdatumet kan inte vara före startdatumet."))
        owner, partners = cleaned.get("owner"), cleaned.get("partners")
        if owner and partners and owner in partners:
            self.add_error("partners", _("Ägaren kan inte också vara partner."))
        return cleaned


class ProgressForm(CleanInput, forms.ModelForm):
    status = forms.ChoiceField(
        label=gettext_lazy("Status"),
        choices=Status.choices,
        help_text=gettext_lazy("Ändra statusen om den inte längre stämmer, t.ex. till Klar."),
    )

    class Meta:
        model = ProgressEntry
        fields = ["date", "percent", "note"]
        widgets = {
            "percent": forms.NumberInput(attrs={"min": 0, "max": 100, "step": 1}),
            "note": forms.Textarea(attrs={"rows": 4}),
        }
        field_classes = {"date": PlausibleDateField}
        labels = {"percent": gettext_lazy("Hur långt har den kommit (procent)")}
        help_texts = {
            "percent": gettext_lazy("0 = inte påbörjad, 100 = helt klar."),
            "note": gettext_lazy("Vad har hänt sedan förra rapporten? Valfritt."),
        }

    def __init__(self, *args, today, **kwargs):
        super().__init__(*args, **kwargs)
        self.today = today
        self.fields["percent"].min_value = 0
        self.fields["note"].max_length = 2000

    def clean_date(self):
        when = self.cleaned_data["date"]
        if when > self.today:
            raise forms.ValidationError(_("Datumet kan inte vara senare än i dag."))
        return when

    def clean_percent(self):
        percent = self.cleaned_data["percent"]
        if not 0 <= percent <= 100:
            raise forms.ValidationError(_("Skriv en procentsats från 0 till 100."))
        return percent


class IndicatorForm(EditedSince, forms.ModelForm):
    kpi_id = forms.ChoiceField(label=gettext_lazy("Nyckeltal som ska visa effekten"))
    baseline_value = FloatText(label=gettext_lazy("Utgångsvärde"), required=False)
    target_value = FloatText(label=gettext_lazy("Målvärde"), required=False)

    class Meta:
        model = ActionIndicator
        fields = ["kpi_id", "baseline_value", "baseline_year", "target_value", "target_year"]
        widgets = {
            "baseline_year": forms.NumberInput(attrs={"inputmode": "numeric"}),
            "target_year": forms.NumberInput(attrs={"inputmode": "numeric"}),
        }
        help_texts = {
            "baseline_year": gettext_lazy("Året utgångsvärdet gäller, t.ex. 2022."),
            "target_year": gettext_lazy("Året målvärdet ska vara nått, t.ex. 2030."),
        }

    def __init__(self, *args, organisation, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["kpi_id"].choices = kpis.choices(organisation)
        self.fields["kpi_id"].help_text = _(
            "Ett nyckeltal ur Styras urval för Agenda 2030 i Kolada, eller ett av era egna."
        )
        for name in ("baseline_year", "target_year"):
            self.fields[name].min_value = YEARS[0]
            self.fields[name].max_value = YEARS[1]

    def clean_kpi_id(self):
        kpi_id = self.cleaned_data["kpi_id"]
        taken = ActionIndicator.objects.filter(action=self.instance.action, kpi_id=kpi_id)
        if taken.exclude(pk=self.instance.pk).exists():
            raise forms.ValidationError(_("Nyckeltalet finns redan för den här åtgärden."))
        return kpi_id

    def clean(self):
        cleaned = super().clean()
        for value, year in (("baseline_value", "baseline_year"), ("target_value", "target_year")):
            if value in self.errors or year in self.errors:
                continue
            if cleaned.get(value) is not None and cleaned.get(year) is None:
                self.add_error(year, _("Ange också vilket år värdet gäller."))
            elif cleaned.get(year) is not None and cleaned.get(value) is None:
                self.add_error(value, _("Ange också värdet, eller töm året."))
        first, last = cleaned.get("baseline_year"), cleaned.get("target_year")
        if first and last and last < first and "target_year" not in self.errors:
            self.add_error("target_year", _("Målåret kan inte vara före året för utgångsvärdet."))
        return cleaned


class ImportForm(forms.Form):
    file = forms.FileField(
        label=gettext_lazy("Excel-fil med åtgärder"),
        help_text=gettext_lazy("Excel-arbetsbok (.xlsx) eller CSV (.csv), en rad per åtgärd."),
    )

    def clean_file(self):
        upload = self.cleaned_data["file"]
        if PurePath(upload.name).suffix.lower() not in UPLOAD_SUFFIXES:
            raise forms.ValidationError(
                _(
                    "Filtypen stöds inte. Ladda upp en Excel-arbetsbok (.xlsx) "
                    "eller en CSV-fil (.csv)."
                )
            )
        if upload.size > max_upload_bytes():
            raise forms.ValidationError(_("Filen är för stor."))
        return upload
