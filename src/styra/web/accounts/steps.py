"""The header's step navigation: the working model's pages for the organisation shown.

Step 1 (nulägesanalys), step 2 (prioritera och planera), step 3 (kommunicera och
involvera) and step 4 (följa upp och analysera), each a list of pages; the page the
user is on (any page of that app, e.g. a goal under "De 17 målen") is
marked current. Shown only to those who may see the organisation's own material.
"""

from dataclasses import dataclass

from django.urls import reverse
from django.utils.translation import gettext_lazy as _

VIEW_ORGANISATION = "organisations.view_organisation"

# (the working model's number, label, pages); a page: (label, URL name, the URL names'
# prefix that belongs to it).
STEPS = [
    (
        1,
        _("Nulägesanalys"),
        [
            (_("De 17 målen"), "nulage-overview", "nulage-"),
            (_("Fokus"), "focus-overview", "focus-"),
            (_("Rådighet"), "radighet-overview", "radighet-"),
            (_("Samverkan"), "samverkan-overview", "samverkan-"),
            (_("Självskattning"), "maturity-list", "maturity-"),
            (_("Dokumentet"), "reports-document", "reports-"),
        ],
    ),
    (
        2,
        _("Prioritera och planera"),
        [
            (_("Interaktioner"), "interactions-list", "interactions-"),
            (_("Prioritera"), "priorities-overview", "priorities-"),
            (_("Handlingsplan"), "actionplan-plan", "actionplan-"),
        ],
    ),
    (
        3,
        _("Kommunicera och involvera"),
        [
            (_("Medborgardialog"), "dialogue-list", "dialogue-"),
            (_("Publicering"), "publishing", "publishing"),
            (_("Remissrundor"), "consultation-list", "consultation-"),
        ],
    ),
    (
        4,
        _("Följa upp och analysera"),
        [
            (_("Uppföljning"), "followup-list", "followup-"),
            (_("Vad har hänt sedan sist?"), "changes-page", "changes-"),
            (_("VLR"), "vlr-start", "vlr-"),
        ],
    ),
]


@dataclass(frozen=True)
class StepLink:
    label: str
    url: str
    current: bool


@dataclass(frozen=True)
class Step:
    number: int
    label: str
    links: list[StepLink]


def steps_for(request, organisation) -> list[Step]:
    """The steps' links for ``organisation``; empty for Riket or a user who may not see it."""
    if organisation is None or organisation.is_riket:
        return []
    if not request.user.has_perm(VIEW_ORGANISATION, organisation):
        return []
    match = request.resolver_match
    on_its_page = match is not None and match.kwargs.get("kolada_id") == organisation.pk
    url_name = (match.url_name or "") if on_its_page else ""
    return [
        Step(
            number,
            str(label),
            [
                StepLink(str(text), reverse(name, args=[organisation.pk]), url_name.startswith(app))
                for text, name, app in pages
            ],
        )
        for number, label, pages in STEPS
    ]
