"""The round form and the answer form: one group of radio buttons (0–4) per dimension."""

from django import forms
from django.utils.translation import gettext
from django.utils.translation import gettext_lazy as _

from styra.maturity import LEVELS, Dimension
from styra.web.common.formfields import CleanInput, PlausibleDateField

from .models import Response, Round

MAX_COMMENT = 1000


class RoundForm(CleanInput, forms.ModelForm):
    class Meta:
        model = Round
        fields = ["title", "opened_on"]
        field_classes = {"opened_on": PlausibleDateField}
        help_texts = {"title": _("t.ex. Våren 2025 eller Inför budget 2026")}


class AnswerForm(forms.Form):
    """``group`` and, per dimension, ``level_<id>`` (required, 0–4) and ``comment_<id>``."""

    group = forms.ChoiceField(
        label=_("Jag svarar som medlem i"),
        choices=Response.Group.choices,
        widget=forms.RadioSelect,
        error_messages={"required": _("Välj vilken grupp du svarar som.")},
    )

    def __init__(self, *args, dimensions: tuple[Dimension, ...], language: str = "sv", **kwargs):
        super().__init__(*args, **kwargs)
        self.dimensions = dimensions
        for dimension in dimensions:
            name = dimension.name(language)
            self.fields[f"level_{dimension.id}"] = forms.TypedChoiceField(
                label=name,
                choices=[(level, dimension.levels[level]) for level in LEVELS],
                coerce=int,
                widget=forms.RadioSelect,
                error_messages={
                    "required": _("Välj en nivå från 0 till 4."),
                    "invalid_choice": _("Välj en nivå från 0 till 4."),
                },
            )
            self.fields[f"comment_{dimension.id}"] = forms.CharField(
                label=gettext("Kommentar om %(name)s (frivillig)") % {"name": name.lower()},
                required=False,
                max_length=MAX_COMMENT,
                widget=forms.Textarea(attrs={"rows": 2}),
            )

    def sections(self):
        """Per dimension: (dimension, its level field, its comment field)."""
        return [(d, self[f"level_{d.id}"], self[f"comment_{d.id}"]) for d in self.dimensions]

    def answers(self) -> dict[str, tuple[int, str]]:
        """``{dimension_id: (level, comment)}`` of a valid form."""
        return {
            d.id: (self.cleaned_data[f"level_{d.id}"], self.cleaned_data[f"comment_{d.id}"])
            for d in self.dimensions
        }


def initial_answers(response: Response | None) -> dict:
    """The answer form's initial values from a respondent's earlier response."""
    if response is None:
        return {}
    initial = {"group": response.group}
    for answer in response.answers.all():
        initial[f"level_{answer.dimension_id}"] = answer.level
        initial[f"comment_{answer.dimension_id}"] = answer.comment
    return initial
