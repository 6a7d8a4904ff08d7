"""Whose matrices a page shows: an organisation's or a network's.

The same views serve ``/omraden/<kolada_id>/interaktioner/`` (URL names
``interactions-<action>``) and ``/natverk/<network_id>/interaktioner/`` (URL
names ``interactions-network-<action>``); a ``Scope`` resolves the owner from
the URL, checks the permission, finds the owner's matrices and builds links.
"""

from dataclasses import dataclass

from django.core.exceptions import PermissionDenied
from django.shortcuts import get_object_or_404
from django.urls import reverse

from styra.web.organisations.models import Network, Organisation

from .models import Matrix

VIEW = "priorities.view_interactions"
CHANGE = "priorities.change_interactions"


@dataclass(frozen=True)
class Scope:
    owner: Organisation | Network
    can_change: bool

    @property
    def is_network(self) -> bool:
        return isinstance(self.owner, Network)

    @property
    def field(self) -> str:
        return "network" if self.is_network else "organisation"

    def url(self, action: str, *args) -> str:
        prefix = "interactions-network-" if self.is_network else "interactions-"
        return reverse(prefix + action, args=[self.owner.pk, *args])

    def matrices(self):
        return Matrix.objects.filter(**{self.field: self.owner})

    def matrix(self, pk: int) -> Matrix:
        """The owner's matrix ``pk``; 404 for another owner's (never a hint that it exists)."""
        return get_object_or_404(self.matrices(), pk=pk)

    def links(self, matrix: Matrix) -> dict[str, str]:
        """The URLs of one matrix's pages and files, for the templates."""
        pk = matrix.pk
        return {
            "matrix": self.url("matrix", pk),
            "edit": self.url("edit", pk),
            "delete": self.url("delete", pk),
            "import": self.url("import", pk),
            "import_confirm": self.url("import-confirm", pk),
            "results": self.url("results", pk),
            "long_csv": self.url("export", pk, "lang", "csv"),
            "long_xlsx": self.url("export", pk, "lang", "xlsx"),
            "wide_csv": self.url("export", pk, "bred", "csv"),
            "wide_xlsx": self.url("export", pk, "bred", "xlsx"),
            "results_csv": self.url("results-export", pk, "csv"),
            "results_xlsx": self.url("results-export", pk, "xlsx"),
        }

    def new_matrix(self, **fields) -> Matrix:
        return Matrix(**{self.field: self.owner}, **fields)


def scope_or_403(request, owner: dict, perm: str = VIEW) -> Scope:
    """The scope named by the URL's ``kolada_id`` or ``network_id``; 403 without ``perm``."""
    if "network_id" in owner:
        found = get_object_or_404(Network, pk=owner["network_id"])
    else:
        found = get_object_or_404(Organisation, pk=owner["kolada_id"])
    if not request.user.has_perm(perm, found):
        raise PermissionDenied
    return Scope(found, request.user.has_perm(CHANGE, found))
