"""Sharing on purpose (docs/network-sharing.md): a member's switches per section and
network, what a network's members share with it, and the network's maturity aggregate.

| view | permission |
|---|---|
| ``organisation_sharing`` | organisations.view_organisation; to POST network.share_sections |
| ``network_shared`` | network.view_network |
| ``network_maturity`` | network.view_network |
"""

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.core.exceptions import PermissionDenied
from django.shortcuts import redirect, render
from django.utils.translation import gettext as _
from django.views.decorators.http import require_http_methods, require_safe

from styra.web.common.access import organisation_or_404
from styra.web.network import shares
from styra.web.network.maturity import network_maturity_context
from styra.web.network.models import Section
from styra.web.network.views import network_or_404
from styra.web.public.manage_views import published_now

VIEW_ORGANISATION, SHARE = "organisations.view_organisation", "network.share_sections"
VIEW_NETWORK = "network.view_network"


def section_rows(organisation, networks: list) -> list[dict]:
    """One row per section: a cell per network (shared or not) and whether it is public."""
    shared = shares.shared_pairs(organisation)
    publication = published_now(organisation)
    rows = []
    for section in Section:
        public_codes = shares.PUBLIC_OF.get(section, ())
        rows.append(
            {
                "section": section,
                "cells": [
                    {
                        "network": network,
                        "value": shares.share_value(network.pk, section),
                        "shared": (network.pk, section.value) in shared,
                    }
                    for network in networks
                ],
                "can_be_public": bool(public_codes),
                "public": bool(publication) and any(publication.has(code) for code in public_codes),
            }
        )
    return rows


@login_required
@require_http_methods(["GET", "POST"])
def organisation_sharing(request, kolada_id: str):
    organisation = organisation_or_404(request, kolada_id, VIEW_ORGANISATION)
    can_share = request.user.has_perm(SHARE, organisation)
    networks = list(organisation.networks.order_by("name"))
    if request.method == "POST":
        if not can_share:
            raise PermissionDenied
        wanted = shares.parse_values(request.POST.getlist("share"))
        added, removed = shares.update_shares(organisation, networks, wanted, request.user)
        messages.success(
            request,
            _("Delningen är sparad: %(added)s nya, %(removed)s borttagna.")
            % {"added": added, "removed": removed},
        )
        return redirect("network-org-sharing", organisation.pk)
    context = {
        "organisation": organisation,
        "networks": networks,
        "rows": section_rows(organisation, networks),
        "can_share": can_share,
    }
    return render(request, "network/sharing_organisation.html", context)


@login_required
@require_safe
def network_shared(request, network_id: int):
    network = network_or_404(request, network_id, VIEW_NETWORK)
    found = list(shares.network_shares(network))
    links = shares.links_of(found)
    by_member = {(s.organisation_id, s.section): s for s in found}
    members = network.members.order_by("type", "name")
    matrix = [
        {
            "organisation": member,
            "cells": [
                {
                    "section": section,
                    "share": by_member.get((member.pk, section.value)),
                    "links": links.get((member.pk, section.value), []),
                }
                for section in Section
            ],
        }
        for member in members
    ]
    context = {
        "network": network,
        "shares": [(share, links[(share.organisation_id, share.section)]) for share in found],
        "matrix": matrix,
        "sections": list(Section),
    }
    return render(request, "network/sharing_network.html", context)


@login_required
@require_safe
def network_maturity(request, network_id: int):
    network = network_or_404(request, network_id, VIEW_NETWORK)
    context = {"network": network, **network_maturity_context(network)}
    return render(request, "network/sharing_maturity.html", context)
