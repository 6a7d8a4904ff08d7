"""The words an organisation uses for itself: a kommun has a kommunledning, a region a
regionledning.

Each phrase is a whole msgid per type (Swedish joins the words, English does not), so
a text about the organisation itself asks ``phrase(organisation, "decision")`` (or
``{{ organisation|phrase:"decision" }}`` in a template) instead of an ``if`` on the
type. Texts about kommuner in general ("alla kommuner") do not use it.
"""

from django.utils.translation import gettext_lazy as _

KOMMUN, REGION = "K", "L"

PHRASES = {
    "decision": {
        KOMMUN: _("Kommunledningsbeslut"),
        REGION: _("Regionledningsbeslut"),
    },
    "decision_saved": {
        KOMMUN: _("Kommunledningsbeslutet har sparats."),
        REGION: _("Regionledningsbeslutet har sparats."),
    },
    "decision_lead": {
        KOMMUN: _(
            "Beslutet där kommunledningen ställer sig bakom arbetet med att styra med Agenda 2030."
        ),
        REGION: _(
            "Beslutet där regionledningen ställer sig bakom arbetet med att styra med Agenda 2030."
        ),
    },
    "decision_body_help": {
        KOMMUN: _("t.ex. Kommunstyrelsen"),
        REGION: _("t.ex. Regionstyrelsen"),
    },
    "reference_help": {
        KOMMUN: _("t.ex. KS 2024/123 § 45"),
        REGION: _("t.ex. RS 2024/123 § 45"),
    },
    "director_help": {
        KOMMUN: _("t.ex. kommundirektör"),
        REGION: _("t.ex. regiondirektör"),
    },
    "summary_heading": {
        KOMMUN: _("Sammanfattning för kommunledningen"),
        REGION: _("Sammanfattning för regionledningen"),
    },
    "freeze_hint": {
        KOMMUN: _(
            "En fryst version är låst: siffrorna ändras inte när data uppdateras. "
            "Frys en version när nulägesanalysen beslutas, t.ex. i kommunstyrelsen."
        ),
        REGION: _(
            "En fryst version är låst: siffrorna ändras inte när data uppdateras. "
            "Frys en version när nulägesanalysen beslutas, t.ex. i regionstyrelsen."
        ),
    },
    "freeze_label_help": {
        KOMMUN: _("Det namn versionen visas med, t.ex. ”Beslutad i KS 2025-03-12”."),
        REGION: _("Det namn versionen visas med, t.ex. ”Beslutad i RS 2025-03-12”."),
    },
    "freeze_reference_help": {
        KOMMUN: _("Valfritt: t.ex. KS 2025/123 § 45."),
        REGION: _("Valfritt: t.ex. RS 2025/123 § 45."),
    },
    "priority_body_help": {
        KOMMUN: _("T.ex. kommunstyrelsen eller kommunfullmäktige."),
        REGION: _("T.ex. regionstyrelsen eller regionfullmäktige."),
    },
    "priority_reference_help": {
        KOMMUN: _("T.ex. KS 2026/123 § 45."),
        REGION: _("T.ex. RS 2026/123 § 45."),
    },
}


def type_of(organisation) -> str:
    """K or L from an Organisation, a document's organisation dict or the type itself."""
    if isinstance(organisation, dict):
        kind = organisation.get("type")
    else:
        kind = getattr(organisation, "type", organisation)
    return REGION if kind == REGION else KOMMUN


def phrase(organisation, key: str) -> str:
    """The phrase ``key`` as the organisation says it (a kommun's words for anything else)."""
    return str(PHRASES[key][type_of(organisation)])
