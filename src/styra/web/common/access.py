"""Who may open an organisation's pages: one rule, one order of answers, for every app.

The order: **404** when the URL names no kommun or region (Riket too, unless the
page allows it), then **403** when the signed-in user lacks the permission for
it. An object of another organisation than the URL's is a 404 (``owned_or_404``).
"""

from collections.abc import Mapping

from django.core.exceptions import PermissionDenied
from django.http import Http404
from django.shortcuts import get_object_or_404

from styra.web.organisations.models import Organisation


def organisation_or_404(
    request,
    kolada_id: str,
    permission: str,
    *,
    allow_riket: bool = False,
    known: Mapping[str, Organisation] | None = None,
) -> Organisation:
    """The kommun or region of the URL if the user has ``permission`` for it.

    ``known`` looks the id up in areas already loaded (the analysis snapshot)
    instead of the database.
    """
    if known is None:
        organisation = get_object_or_404(Organisation, pk=kolada_id)
    elif (organisation := known.get(kolada_id)) is None:
        raise Http404
    if organisation.is_riket and not allow_riket:
        raise Http404
    if not request.user.has_perm(permission, organisation):
        raise PermissionDenied
    return organisation


def owned_or_404(model, organisation: Organisation, pk: int):
    """The ``model`` row ``pk`` of ``organisation`` (a model or a queryset of one); else 404."""
    return get_object_or_404(model, pk=pk, organisation=organisation)
