"""The two forms an editor has per target: set an own level, or go back to Styra's default.

Both require a motivation. The prefix carries the target (``delmal-14-2``,
``aterstall-14-2``), so every field id on a goal page is unique. Both carry the
target's version when the page was opened (hidden ``opened_at``): a save after
someone else changed the level is refused (docs/two-people-at-once.md).
"""

from django import forms
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy as _lazy

from styra.radighet import LEVELS
from styra.web.common.concurrency import OPENED

from .services import label_of

MAX_MOTIVATION = 1000
MOTIVATION_REQUIRED = _lazy("Skriv en motivering: varför ska nivån ändras?")


def motivation_field(help_text: str) -> forms.CharField:
    return forms.CharField(
        label=_lazy("Motivering"),
        max_length=MAX_MOTIVATION,
        help_text=help_text,
        widget=forms.Textarea(attrs={"rows": 3}),
        error_messages={"required": MOTIVATION_REQUIRED},
    )


def add_version(form: forms.Form, version: str) -> None:
    """The hidden field with the target's version ("0": never changed) as the page shows it."""
    form.fields[OPENED] = forms.CharField(widget=forms.HiddenInput, required=False, initial=version)
    form.conflicts = []


class LevelForm(forms.Form):
    """An own level (0–3) for one target, with a required motivation."""

    level = forms.TypedChoiceField(
        coerce=int,
        widget=forms.RadioSelect,
        error_messages={
            "required": _lazy("Välj en nivå."),
            "invalid_choice": _lazy("Välj en av nivåerna 0, 1, 2 eller 3."),
        },
    )

    def __init__(self, *args, target_id: str, version: str = "", **kwargs):
        kwargs.setdefault("prefix", f"delmal-{target_id.replace('.', '-')}")
        super().__init__(*args, **kwargs)
        add_version(self, version)
        self.fields["level"].label = _("Ny nivå för delmål %(target)s") % {"target": target_id}
        self.fields["level"].choices = [
            (level, f"{level} – {label_of(level)}") for level in reversed(LEVELS)
        ]
        self.fields["motivation"] = motivation_field(
            _("Varför gäller en annan nivå för er? T.ex. ”Vi är kustkommun och har en havsplan.”")
        )


class ResetForm(forms.Form):
    """Back to Styra's default level for one target, with a required motivation."""

    def __init__(self, *args, target_id: str, version: str = "", **kwargs):
        kwargs.setdefault("prefix", f"aterstall-{target_id.replace('.', '-')}")
        super().__init__(*args, **kwargs)
        add_version(self, version)
        self.fields["motivation"] = motivation_field(
            _("Varför ska Styras standardnivå gälla igen?")
        )
