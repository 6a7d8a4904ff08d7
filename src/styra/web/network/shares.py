"""Sharing a member's sections with its networks, and where a reader finds them.

A row of ``SectionShare`` is one section shared with one network; no row is
private. Changing the rows takes effect at the next request (reading is
``network.sharing``). What is public is publishing's (styra.web.public); here
only the map from our sections to the public site's, to show it beside.
"""

from django.db import transaction
from django.urls import reverse
from django.utils import timezone

from styra.web.dialogue.models import Dialogue
from styra.web.public import sections as public

from .models import Section, SectionShare

# The public site's sections that show (part of) each of ours; missing: never public.
PUBLIC_OF = {
    Section.NULAGE: public.ANALYSIS_SECTIONS,
    Section.PRIORITIES: (public.DECISION,),
    Section.ACTIONPLAN: (public.PLAN,),
    Section.FOLLOWUP: (public.FOLLOWUP,),
}

# The page a reader opens first for each section, by URL name (each takes the Kolada id).
# The dialogue results are per dialogue (dialogue_links).
FIRST_PAGE = {
    Section.NULAGE: "reports-versions",
    Section.FOCUS: "focus-overview",
    Section.RADIGHET: "radighet-overview",
    Section.SAMVERKAN: "samverkan-overview",
    Section.MATURITY: "maturity-list",
    Section.PRIORITIES: "priorities-decisions",
    Section.ACTIONPLAN: "actionplan-plan",
    Section.INTERACTIONS: "interactions-list",
    Section.FOLLOWUP: "followup-list",
}

SEPARATOR = ":"


def share_value(network_id: int, section: str) -> str:
    """The value of one checkbox on the sharing page, e.g. ``"3:focus"``."""
    return f"{network_id}{SEPARATOR}{section}"


def parse_values(values: list[str]) -> set[tuple[int, str]]:
    """``{(network id, section)}`` from the checked boxes; anything malformed is left out."""
    found = set()
    for value in values:
        network_id, _sep, section = value.partition(SEPARATOR)
        if network_id.isdigit() and section in Section.values:
            found.add((int(network_id), section))
    return found


def shared_pairs(organisation) -> set[tuple[int, str]]:
    """What the organisation shares now, as ``{(network id, section)}``."""
    rows = SectionShare.objects.filter(organisation=organisation)
    return set(rows.values_list("network_id", "section"))


@transaction.atomic
def update_shares(organisation, networks, wanted: set[tuple[int, str]], user) -> tuple[int, int]:
    """Share exactly ``wanted`` with the organisation's ``networks``: (added, removed)."""
    ids = {network.pk for network in networks}
    wanted = {(network_id, section) for network_id, section in wanted if network_id in ids}
    have = {pair for pair in shared_pairs(organisation) if pair[0] in ids}
    gone = have - wanted
    for network_id, section in gone:
        SectionShare.objects.filter(
            organisation=organisation, network_id=network_id, section=section
        ).delete()
    added = [
        SectionShare(organisation=organisation, network_id=n, section=s, shared_by=user)
        for n, s in sorted(wanted - have)
    ]
    SectionShare.objects.bulk_create(added, ignore_conflicts=True)
    return len(added), len(gone)


def network_shares(network):
    """What the network's current members share with it, newest first."""
    return (
        SectionShare.objects.filter(network=network, organisation__in=network.members.all())
        .select_related("organisation", "shared_by")
        .order_by("-shared_at", "-pk")
    )


def dialogue_links(kolada_ids) -> dict[str, list[tuple[str, str]]]:
    """``{kolada_id: [(title, results URL)]}`` of the dialogues that have opened."""
    found: dict[str, list[tuple[str, str]]] = {kolada_id: [] for kolada_id in kolada_ids}
    dialogues = Dialogue.objects.filter(organisation__in=found, opens_at__lte=timezone.now())
    for dialogue in dialogues.only("pk", "title", "organisation_id"):
        url = reverse("dialogue-results", args=[dialogue.organisation_id, dialogue.pk])
        found[dialogue.organisation_id].append((dialogue.title, url))
    return found


def links_of(shares) -> dict[tuple[str, str], list[tuple[str, str]]]:
    """``{(kolada_id, section): [(label, URL)]}``: where to read each shared section."""
    dialogues = dialogue_links(
        {share.organisation_id for share in shares if share.section == Section.DIALOGUE}
    )
    links = {}
    for share in shares:
        key = (share.organisation_id, share.section)
        if share.section == Section.DIALOGUE:
            links[key] = dialogues[share.organisation_id]
        else:
            url = reverse(FIRST_PAGE[share.section], args=[share.organisation_id])
            links[key] = [(str(Section(share.section).label), url)]
    return links
