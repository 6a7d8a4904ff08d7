"""The prioritisation forms: weights (sliders), strategic weights, workshop points, decisions.

Weights are sliders from 0 to 100 in the forms and the URL (``?utmaning=30``)
and 0–1 everywhere else (``weights()`` divides by 100). They are relative: the
core renormalises them to sum to 1 over the criteria that count.
"""

import json

from django import forms
from django.utils import timezone
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy

from styra.priorities import CRITERIA
from styra.sdg import GOAL_NUMBERS
from styra.web.common.concurrency import OPENED
from styra.web.common.formfields import CleanInput, PlausibleDateField
from styra.web.common.goals import goal_title
from styra.web.common.targets import clean_target_list
from styra.web.organisations.documents import checked_upload
from styra.web.organisations.wording import phrase

from .models import Workshop
from .presentation import HELP, LABELS, PARAMS, TOP_PARAM
from .services import DEFAULT_TOP_N, MAX_TOP_N, VOTE_POINTS, usable

SLIDER_MAX = 100
STRATEGIC_CHOICES = [
    ("", gettext_lazy("Inte satt")),
    ("0", gettext_lazy("0 – inte prioriterat")),
    ("0.25", gettext_lazy("0,25 – låg")),
    ("0.5", gettext_lazy("0,5 – medel")),
    ("0.75", gettext_lazy("0,75 – hög")),
    ("1", gettext_lazy("1 – högsta")),
]


class RangeInput(forms.NumberInput):
    input_type = "range"


def weight_field(key: str, hidden: bool = False) -> forms.IntegerField:
    return forms.IntegerField(
        label=LABELS[key],
        help_text=None if hidden else HELP[key],
        min_value=0,
        max_value=SLIDER_MAX,
        widget=forms.HiddenInput if hidden else RangeInput(attrs={"step": 1}),
        error_messages={"required": gettext_lazy("Ange en vikt från 0 till 100.")},
    )


def slider_params(weights) -> dict[str, int]:
    """Weights (0–1) → the URL and form values (0–100)."""
    return {PARAMS[key]: round(weights[key] * SLIDER_MAX) for key in CRITERIA}


class WeightsForm(forms.Form):
    """The six weights; ``in_use``: the criteria that count (one of them must weigh > 0)."""

    hidden = False

    def __init__(self, *args, in_use: list[str] | None = None, **kwargs):
        super().__init__(*args, **kwargs)
        self.in_use = list(CRITERIA) if in_use is None else in_use
        for key in CRITERIA:
            self.fields[PARAMS[key]] = weight_field(key, self.hidden)

    @property
    def sliders(self) -> list:
        return [self[PARAMS[key]] for key in CRITERIA]

    def clean(self):
        data = super().clean()
        if all(PARAMS[key] in data for key in CRITERIA) and not usable(self.weights(), self.in_use):
            names = ", ".join(str(LABELS[key]).lower() for key in self.in_use)
            raise forms.ValidationError(
                _("Minst ett av kriterierna som räknas (%(names)s) måste ha en vikt över 0.")
                % {"names": names}
            )
        return data

    def weights(self) -> dict[str, float]:
        return {key: self.cleaned_data[PARAMS[key]] / SLIDER_MAX for key in CRITERIA}


def top_field() -> forms.TypedChoiceField:
    return forms.TypedChoiceField(
        label=gettext_lazy("Topplistans längd"),
        help_text=gettext_lazy("Känsligheten visar om målen stannar bland så här många."),
        coerce=int,
        choices=[(n, str(n)) for n in range(1, MAX_TOP_N + 1)],
        initial=DEFAULT_TOP_N,
    )


class PrioritiseForm(WeightsForm):
    """The prioritisation page's form (GET): the weights and the length of the top list."""

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields[TOP_PARAM] = top_field()

    def top_n(self) -> int:
        return self.cleaned_data[TOP_PARAM]


class StrategicWeightsForm(forms.Form):
    """A strategic weight (or none) for each of the 17 goals."""

    def __init__(self, *args, current: dict[int, float], **kwargs):
        super().__init__(*args, **kwargs)
        self.conflicts: list[tuple[str, str, str]] = []
        self.fields[OPENED] = forms.CharField(  # the weights as shown: see ``opened()``
            widget=forms.HiddenInput, required=False, initial=opened_text(current)
        )
        for goal in GOAL_NUMBERS:
            choices = list(STRATEGIC_CHOICES)
            value = current.get(goal)
            if value is not None and f"{value:g}" not in {key for key, _label in choices}:
                choices.append((f"{value:g}", f"{value:g}"))  # set some other way: kept
            self.fields[f"mal_{goal}"] = forms.TypedChoiceField(
                label=_("Mål %(n)s: %(title)s") % {"n": goal, "title": goal_title(goal)},
                choices=choices,
                coerce=float,
                empty_value=None,
                required=False,
                initial="" if value is None else f"{value:g}",
            )

    def weights(self) -> dict[int, float | None]:
        return {goal: self.cleaned_data[f"mal_{goal}"] for goal in GOAL_NUMBERS}

    def opened(self) -> dict[int, float] | None:
        """The weights the page showed when it was opened; ``None``: not posted from it."""
        try:
            shown = json.loads(self.cleaned_data[OPENED])
            return {int(goal): float(weight) for goal, weight in shown.items()}
        except (ValueError, TypeError, AttributeError):
            return None


def opened_text(weights: dict[int, float]) -> str:
    """The hidden field's text: the strategic weights as the page shows them."""
    return json.dumps({str(goal): weight for goal, weight in sorted(weights.items())})


class WorkshopForm(CleanInput, forms.ModelForm):
    class Meta:
        model = Workshop
        fields = ["title"]
        labels = {"title": gettext_lazy("Namn på workshoppen")}
        help_texts = {"title": gettext_lazy("T.ex. ”Styrgruppen 12 maj”.")}


class VotesForm(forms.Form):
    """Points to the goals: whole numbers, together at most ``VOTE_POINTS``."""

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        for goal in GOAL_NUMBERS:
            self.fields[f"mal_{goal}"] = forms.IntegerField(
                label=_("Mål %(n)s: %(title)s") % {"n": goal, "title": goal_title(goal)},
                min_value=0,
                max_value=VOTE_POINTS,
                required=False,
                widget=forms.NumberInput(attrs={"class": "points"}),
            )

    def clean(self):
        data = super().clean()
        if self.errors:
            return data
        total = sum(data.get(f"mal_{goal}") or 0 for goal in GOAL_NUMBERS)
        if total > VOTE_POINTS:
            raise forms.ValidationError(
                _("Du har gett %(total)s poäng. Du kan ge högst %(max)s poäng sammanlagt.")
                % {"total": total, "max": VOTE_POINTS}
            )
        if total == 0:
            raise forms.ValidationError(_("Ge minst 1 poäng till något mål."))
        return data

    def votes(self) -> dict[int, int]:
        return {goal: self.cleaned_data.get(f"mal_{goal}") or 0 for goal in GOAL_NUMBERS}


class DecisionForm(CleanInput, WeightsForm):
    """A decision on priority goals (and targets), with the weights it was taken on (hidden)."""

    hidden = True

    goals = forms.TypedMultipleChoiceField(
        label=gettext_lazy("Prioriterade mål"),
        coerce=int,
        widget=forms.CheckboxSelectMultiple,
        error_messages={"required": gettext_lazy("Välj minst ett mål.")},
    )
    targets = forms.CharField(
        label=gettext_lazy("Prioriterade delmål (om beslutet nämner några)"),
        required=False,
        max_length=1000,
        help_text=gettext_lazy("Delmålens nummer med komma emellan, t.ex. 11.1, 13.2."),
    )
    body = forms.CharField(
        label=gettext_lazy("Beslutande organ"),
        max_length=200,
    )
    decided_on = PlausibleDateField(label=gettext_lazy("Beslutsdatum"))  # not ahead: below
    reference = forms.CharField(
        label=gettext_lazy("Diarienummer eller paragraf"),
        max_length=100,
    )
    motivation = forms.CharField(
        label=gettext_lazy("Motivering"),
        max_length=5000,
        widget=forms.Textarea(attrs={"rows": 5}),
        help_text=gettext_lazy("Varför just de här målen? Skriv det beslutet säger."),
    )
    upload = forms.FileField(
        label=gettext_lazy("Beslutsdokument (valfritt)"),
        required=False,
        help_text=gettext_lazy(
            "PDF, Word, OpenDocument, RTF eller text. Syns bara för organisationens medlemmar."
        ),
    )

    def __init__(self, *args, ranking, organisation=None, **kwargs):
        super().__init__(*args, in_use=ranking.in_use, **kwargs)
        self.fields["body"].help_text = phrase(organisation, "priority_body_help")
        self.fields["reference"].help_text = phrase(organisation, "priority_reference_help")
        self.fields[TOP_PARAM] = forms.TypedChoiceField(
            choices=[(n, str(n)) for n in range(1, MAX_TOP_N + 1)],
            coerce=int,
            widget=forms.HiddenInput,
        )
        self.fields["goals"].choices = [
            (
                goal.goal,
                _("Mål %(n)s: %(title)s (plats %(rank)s)")
                % {"n": goal.goal, "title": goal.title, "rank": goal.rank},
            )
            for goal in ranking.goals
        ]
        self.order_fields(["goals", "targets", "body", "decided_on", "reference", "motivation"])

    def clean_targets(self) -> list[str]:
        return clean_target_list(self.cleaned_data["targets"])

    def clean_decided_on(self):
        decided_on = self.cleaned_data["decided_on"]
        if decided_on > timezone.localdate():
            raise forms.ValidationError(_("Beslutsdatumet kan inte ligga i framtiden."))
        return decided_on

    def clean_upload(self):
        return checked_upload(self.cleaned_data.get("upload"))

    def decision_data(self) -> dict:
        return self.cleaned_data | {
            "weights": self.weights(),
            "top_n": self.cleaned_data[TOP_PARAM],
        }
