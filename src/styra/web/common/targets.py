"""A typed list of SDG targets in a form or an uploaded file: one parser, one message.

The parsing is the catalog's (``SdgCatalog.parse_target_list``: commas,
semicolons or spaces between, each target once, in the UN order); this module
only says what went wrong in the user's language.
"""

from django import forms
from django.utils.translation import ngettext

from styra.sdg import UnknownTargets, load_catalog


def unknown_targets_message(error: UnknownTargets) -> str:
    """Every part that is not a target, named: "18.1, 4.99 är inga delmål …"."""
    return ngettext(
        "%(ids)s är inget delmål i Agenda 2030. Skriv t.ex. 11.1 eller 1.a.",
        "%(ids)s är inga delmål i Agenda 2030. Skriv t.ex. 11.1 eller 1.a.",
        len(error.parts),
    ) % {"ids": ", ".join(error.parts)}


def clean_target_list(text: str | None) -> list[str]:
    """For a form's ``clean_targets``: the targets in the UN order, or a ``ValidationError``."""
    try:
        return list(load_catalog().parse_target_list(text))
    except UnknownTargets as error:
        raise forms.ValidationError(unknown_targets_message(error)) from None
