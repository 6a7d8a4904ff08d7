"""The focus forms: upload a document, tag a passage or own goal by hand, review, own goals.

Errors are tied to their fields (Django links them with aria-describedby);
``styra.web.common.formerrors`` lists them in the summary at the top of a form page.
"""

from functools import cache

from django import forms
from django.conf import settings
from django.forms.utils import flatatt
from django.utils.html import format_html
from django.utils.safestring import mark_safe
from django.utils.translation import get_language, gettext_lazy
from django.utils.translation import gettext as _

from styra.sdg import GOAL_NUMBERS, UnknownSdgId, load_catalog
from styra.web.common.concurrency import EditedSince
from styra.web.common.formfields import CleanInput
from styra.web.common.goals import goal_title

from .models import Kind, OwnGoal, Status

DEFAULT_MAX_UPLOAD_MB = 20


def max_upload_mb() -> int:
    return int(getattr(settings, "STYRA_MAX_UPLOAD_MB", DEFAULT_MAX_UPLOAD_MB))


class UploadForm(CleanInput, forms.Form):
    file = forms.FileField(
        label=gettext_lazy("Fil"),
        help_text=gettext_lazy(
            "PDF, Word (.docx), text (.txt) eller HTML. Dokumentet syns bara för "
            "organisationens medlemmar."
        ),
        error_messages={"required": gettext_lazy("Välj en fil att ladda upp.")},
    )
    title = forms.CharField(
        label=gettext_lazy("Titel"),
        max_length=200,
        required=False,
        help_text=gettext_lazy("T.ex. Mål och budget 2025. Tomt: filens namn."),
    )
    kind = forms.ChoiceField(
        label=gettext_lazy("Typ av dokument"),
        choices=Kind.choices,
        initial=Kind.BUDGET,
    )

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["file"].help_text = " ".join(
            [
                str(self.fields["file"].help_text),
                _("Högst %(mb)s MB.") % {"mb": max_upload_mb()},
            ]
        )
        self.fields["file"].widget.attrs["accept"] = ".pdf,.docx,.txt,.html,.htm"

    def clean_file(self):
        upload = self.cleaned_data["file"]
        limit = max_upload_mb()
        if upload.size > limit * 1024 * 1024:
            raise forms.ValidationError(
                _("Filen är för stor (%(size)s MB). Största tillåtna storlek är %(mb)s MB.")
                % {"size": f"{upload.size / 1024 / 1024:.1f}".replace(".", ","), "mb": limit}
            )
        return upload


@cache
def _target_options(language: str) -> str:
    """The target select's options as HTML, built once per language."""
    parts = []
    for value, label in target_choices():
        if isinstance(label, list):
            parts.append(format_html('<optgroup label="{}">', value))
            parts += [format_html('<option value="{}">{}</option>', v, text) for v, text in label]
            parts.append("</optgroup>")
        else:
            parts.append(format_html('<option value="{}">{}</option>', value, label))
    return "".join(parts)


class TargetSelect(forms.Select):
    """The select of all 169 targets, its options rendered once per language: a document page
    holds one per passage, and Django's per-option templates would take seconds."""

    def render(self, name, value, attrs=None, renderer=None):
        options = _target_options(get_language() or "sv")
        if value:
            chosen = format_html('value="{}"', value)
            options = options.replace(chosen, f"{chosen} selected", 1)
        final = flatatt(self.build_attrs(self.attrs, attrs))
        return format_html('<select name="{}"{}>{}</select>', name, final, mark_safe(options))


def target_choices() -> list:
    """Every target, grouped by goal, after the choice "the whole goal"."""
    catalog = load_catalog()
    return [("", _("Inget delmål: hela målet"))] + [
        (
            _("Mål %(n)s: %(title)s") % {"n": goal, "title": goal_title(goal)},
            [(t.target_id, t.label_sv) for t in catalog.targets_of_goal(goal)],
        )
        for goal in GOAL_NUMBERS
    ]


class TagForm(forms.Form):
    """Tag one passage or own goal by hand with a goal and, if wanted, one of its targets."""

    goal = forms.TypedChoiceField(
        label=gettext_lazy("Mål"),
        coerce=int,
        error_messages={
            "required": gettext_lazy("Välj ett mål."),
            "invalid_choice": gettext_lazy("Välj ett av de 17 målen."),
        },
    )
    target_id = forms.ChoiceField(
        label=gettext_lazy("Delmål (valfritt)"),
        required=False,
        widget=TargetSelect,
        error_messages={"invalid_choice": gettext_lazy("Välj ett delmål ur listan.")},
    )

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["goal"].choices = [("", _("Välj mål"))] + [
            (goal, _("Mål %(n)s: %(title)s") % {"n": goal, "title": goal_title(goal)})
            for goal in GOAL_NUMBERS
        ]
        self.fields["target_id"].choices = target_choices()

    def clean(self):
        cleaned = super().clean()
        goal, target_id = cleaned.get("goal"), cleaned.get("target_id")
        if goal and target_id:
            try:
                target = load_catalog().target(target_id)
            except UnknownSdgId:  # the choices already refuse it; never trust a list alone
                self.add_error("target_id", _("Välj ett delmål ur listan."))
                return cleaned
            if target.goal != goal:
                self.add_error(
                    "target_id",
                    _("Delmål %(id)s hör till mål %(its)s, inte till mål %(goal)s.")
                    % {"id": target.target_id, "its": target.goal, "goal": goal},
                )
        return cleaned


class ReviewForm(forms.Form):
    status = forms.ChoiceField(choices=[(Status.ACCEPTED, ""), (Status.REJECTED, "")])


class OwnGoalForm(CleanInput, EditedSince, forms.ModelForm):
    class Meta:
        model = OwnGoal
        fields = ["body", "text", "year"]
        widgets = {"text": forms.Textarea(attrs={"rows": 3})}
        help_texts = {
            "text": gettext_lazy(
                "Målet som det står i beslutet, t.ex. ”Alla elever ska nå kunskapskraven i "
                "grundskolan.” Styra föreslår vilka av de 17 målen det hör till."
            )
        }
        error_messages = {
            "body": {"required": gettext_lazy("Skriv vem som har målet, t.ex. en nämnd.")},
            "text": {"required": gettext_lazy("Skriv målet.")},
            "year": {
                "invalid": gettext_lazy("Skriv året med siffror, t.ex. 2025."),
                "min_value": gettext_lazy("Skriv ett år från 2000 till 2100."),
                "max_value": gettext_lazy("Skriv ett år från 2000 till 2100."),
            },
        }

    def clean_body(self):
        return " ".join(self.cleaned_data["body"].split())
