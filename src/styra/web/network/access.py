"""Who may open a network's pages: 404 when the URL names no network, then 403 when
the user lacks the permission for it (as styra.web.common.access for organisations)."""

from django.core.exceptions import PermissionDenied
from django.shortcuts import get_object_or_404

from styra.web.organisations.models import Network


def network_or_404(request, network_id: int, permission: str) -> Network:
    """The network of the URL if the user has ``permission`` for it."""
    network = get_object_or_404(Network, pk=network_id)
    if not request.user.has_perm(permission, network):
        raise PermissionDenied
    return network
