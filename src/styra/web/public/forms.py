"""The publishing forms: what an editor prepares, and the note an admin may add when
approving or rejecting it."""

from django import forms
from django.utils.translation import gettext_lazy as _

from styra.web.nulage.default import default_analysis

from .models import Licence
from .sections import ANALYSIS_SECTIONS, HELP, LABELS, SECTIONS, ordered

NOTE_LENGTH = 2000


class PrepareForm(forms.Form):
    """The sections to show, the licence of the organisation's own data, whether the plan
    names persons, and a note to the admin who approves."""

    sections = forms.MultipleChoiceField(
        label=_("Det här ska visas för alla"),
        choices=[(code, LABELS[code]) for code in SECTIONS],
        widget=forms.CheckboxSelectMultiple,
        error_messages={"required": _("Välj minst en del att publicera.")},
    )
    licence = forms.ChoiceField(
        label=_("Licens för era egna data"),
        choices=Licence.choices,
        initial=Licence.CC_BY,
        widget=forms.RadioSelect,
        help_text=_(
            "Gäller era egna nyckeltal, målvärden, prioriteringar och handlingsplanen. "
            "Värdena från Kolada har alltid licensen CC BY 4.0."
        ),
    )
    person_names = forms.BooleanField(
        label=_("Visa namnen på ansvariga personer i handlingsplanen"),
        required=False,
        help_text=_("Utan kryss visas bara ansvarig enhet, aldrig en persons namn."),
    )
    note = forms.CharField(
        label=_("Meddelande till den som godkänner"),
        required=False,
        max_length=NOTE_LENGTH,
        widget=forms.Textarea(attrs={"rows": 3}),
    )

    def __init__(self, *args, organisation, **kwargs):
        super().__init__(*args, **kwargs)
        self.organisation = organisation
        self.help = {code: HELP[code] for code in SECTIONS}

    def clean_sections(self) -> list[str]:
        chosen = ordered(self.cleaned_data["sections"])
        analysed = [code for code in chosen if code in ANALYSIS_SECTIONS]
        if analysed and default_analysis(self.organisation) is None:
            raise forms.ValidationError(
                _(
                    "Det finns inga värden från Kolada för %(name)s ännu, så %(sections)s "
                    "kan inte publiceras. Välj bort dem eller vänta tills värdena är inlästa."
                )
                % {
                    "name": self.organisation.name,
                    "sections": ", ".join(str(LABELS[code]).lower() for code in analysed),
                }
            )
        return chosen


class DecisionForm(forms.Form):
    """An admin's comment when approving or rejecting (optional)."""

    note = forms.CharField(
        label=_("Kommentar"), required=False, max_length=NOTE_LENGTH, widget=forms.Textarea
    )
