"""The comparison page's form and headings: which two versions, and what to call them."""

from django import forms
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy

from styra.web.common.formats import day

from . import presentation

LIVE = "nu"  # the live document in the comparison's URL (?fran=3&till=nu)


def version_name(version) -> str:
    return _("%(label)s (fryst %(date)s)") % {
        "label": version.label,
        "date": day(version.created_at),
    }


class CompareForm(forms.Form):
    """Two versions: a frozen one's id or ``nu`` (the live document, unless ``live`` is
    False: a network peer compares frozen versions only) for each side."""

    fran = forms.ChoiceField(label=gettext_lazy("Från version"))
    till = forms.ChoiceField(label=gettext_lazy("Till version"))

    def __init__(self, *args, versions, live: bool = True, **kwargs):
        super().__init__(*args, **kwargs)
        choices = [(LIVE, _("Nuläget i dag (aktuell version)"))] if live else []
        choices += [(str(v.pk), version_name(v)) for v in versions]
        for field in self.fields.values():
            field.choices = choices
            field.error_messages["invalid_choice"] = _(
                "Det finns ingen sådan version. Välj en version i listan."
            )
            field.error_messages["required"] = _("Välj en version.")

    def clean(self):
        data = super().clean()
        if data.get("fran") and data.get("fran") == data.get("till"):
            self.add_error("till", _("Välj två olika versioner."))
        return data


def side(version, content: dict) -> dict:
    return {
        "name": version.label if version else _("Nuläget i dag"),
        "version": version,
        "content": content,
        "date": presentation.day(content["built_at"]),
        "year": content["challenges"].get("year"),
    }


def compare_context(before_version, before: dict, after_version, after: dict) -> dict:
    return {"before": side(before_version, before), "after": side(after_version, after)}
