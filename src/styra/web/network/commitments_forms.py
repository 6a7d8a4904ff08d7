from django import forms
from django.utils.translation import gettext_lazy as _

from styra.web.common.concurrency import EditedSince
from styra.web.common.formfields import CleanInput, DecisionDateField

from .models import ExpectationMark


class ExpectationMarkForm(CleanInput, EditedSince, forms.ModelForm):
    """A member's mark that it met an expectation: when, and what shows it."""

    class Meta:
        model = ExpectationMark
        fields = ["done_on", "evidence"]
        field_classes = {"done_on": DecisionDateField}
        widgets = {"evidence": forms.Textarea(attrs={"rows": 4})}
        help_texts = {
            "done_on": _("Dagen det blev gjort, t.ex. dagen för beslutet."),
            "evidence": _(
                "Vad visar att det är gjort? T.ex. ett beslut med diarienummer, en länk "
                "eller en kort beskrivning."
            ),
        }
