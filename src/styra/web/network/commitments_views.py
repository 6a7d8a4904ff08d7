"""The commitments matrix of a network (/natverk/<id>/atagande/) and its export, and a
member's own marks of the expectations Styra cannot see (/omraden/<id>/natverk/forvantningar/).

Coordinators and platform admins see every member's row; a user of a member sees the
matrix with its own organisation's row filled and the others' left blank (each member
decides what it shares). Members' users read the expectations page; editors and admins
mark and unmark. See docs/network-commitments.md.
"""

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.http import Http404
from django.shortcuts import get_object_or_404, redirect, render
from django.urls import reverse
from django.utils.translation import gettext as _
from django.views.decorators.http import require_http_methods, require_safe

from styra.tables import ExportTable
from styra.web.accounts.rules import roles_of
from styra.web.common.access import organisation_or_404
from styra.web.common.downloads import FORMATS, download
from styra.web.common.editing import delete_page, edit_page

from .commitments import columns, matrix_for, organisation_row, sees_every_row, step_labels
from .commitments_forms import ExpectationMarkForm
from .models import Expectation, ExpectationMark
from .views import network_or_404

VIEW_NETWORK = "network.view_network"
VIEW_ORG, CHANGE_ORG = "organisations.view_organisation", "organisations.change_commitments"


def own_members(user, network) -> list:
    """The user's own organisations among the network's members."""
    own = roles_of(user)
    return [o for o in network.members.all() if o.pk in own]


@login_required
@require_safe
def commitments(request, network_id: int):
    network = network_or_404(request, network_id, VIEW_NETWORK)
    matrix = matrix_for(request.user, network)
    cols = columns()
    labels = {column.key: column.label for column in cols}
    exports = {
        fmt: reverse("network-commitments-export", args=[network.pk, fmt]) for fmt in FORMATS
    }
    context = {
        "network": network,
        "matrix": matrix,
        "columns": cols,
        "totals": [matrix.done_in(column.key) for column in cols],
        "missing": [
            (row.name, [labels[key] for key in row.missing]) for row in matrix.shown if row.missing
        ],
        "steps": step_labels(),
        "sees_all": sees_every_row(request.user, network),
        "own": own_members(request.user, network),
        "exports": exports,
    }
    return render(request, "network/commitments_matrix.html", context)


def cell_text(cell) -> tuple:
    """A cell as (date, source, evidence) for the export; a missing one says so."""
    if not cell.done:
        return (None, _("saknas"), "")
    source = _("Styra") if cell.source == "styra" else _("markerat av medlemmen")
    return (cell.on, source, cell.evidence)


def export_table(network, matrix) -> ExportTable:
    heads = []
    for column in columns():
        heads += [
            f"{column.label}: " + _("datum"),
            f"{column.label}: " + _("källa"),
            f"{column.label}: " + _("underlag"),
        ]
    rows = [
        [row.name, row.kolada_id, _("Region") if row.type == "L" else _("Kommun"), row.done]
        + [part for cell in row.cells for part in cell_text(cell)]
        for row in matrix.shown
    ]
    return ExportTable(
        _("Åtaganden och förväntningar i %(name)s") % {"name": network.name},
        [_("Medlem"), _("Kolada-id"), _("Typ"), _("Klara av 9")] + heads,
        rows,
        [_("Källa: Styra (medlemmarnas uppgifter och egna markeringar)")],
    )


@login_required
@require_safe
def commitments_export(request, network_id: int, fmt: str):
    network = network_or_404(request, network_id, VIEW_NETWORK)
    table = export_table(network, matrix_for(request.user, network))
    return download(table, fmt, f"atagande-{network.name}")


def expectation_or_404(expectation: str) -> str:
    if expectation not in Expectation.values:
        raise Http404
    return expectation


@login_required
@require_safe
def expectations(request, kolada_id: str):
    organisation = organisation_or_404(request, kolada_id, VIEW_ORG)
    row = organisation_row(request.user, organisation)
    labels = dict(Expectation.choices)
    marked = set(
        ExpectationMark.objects.filter(organisation=organisation).values_list(
            "expectation", flat=True
        )
    )
    items = [(str(labels[key]), key, row.cell(key), key in marked) for key in Expectation.values]
    context = {
        "organisation": organisation,
        "items": items,
        "can_edit": request.user.has_perm(CHANGE_ORG, organisation),
        "networks": organisation.networks.all(),
    }
    return render(request, "network/commitments_expectations.html", context)


@login_required
@require_http_methods(["GET", "POST"])
def expectation_mark(request, kolada_id: str, expectation: str):
    organisation = organisation_or_404(request, kolada_id, CHANGE_ORG)
    expectation_or_404(expectation)
    mark = ExpectationMark.objects.filter(organisation=organisation, expectation=expectation)
    mark = mark.first() or ExpectationMark(organisation=organisation, expectation=expectation)
    form = ExpectationMarkForm(request.POST or None, instance=mark)

    def save():
        form.instance.marked_by = request.user
        return form.save()

    def done(_saved):
        messages.success(request, _("Markeringen har sparats."))
        return redirect("network-org-expectations", organisation.pk)

    context = {"organisation": organisation, "label": Expectation(expectation).label}
    return edit_page(request, form, save, done, "network/commitments_mark_form.html", context)


@login_required
@require_http_methods(["GET", "POST"])
def expectation_unmark(request, kolada_id: str, expectation: str):
    organisation = organisation_or_404(request, kolada_id, CHANGE_ORG)
    expectation_or_404(expectation)
    mark = get_object_or_404(ExpectationMark, organisation=organisation, expectation=expectation)
    return delete_page(
        request,
        mark.delete,
        _("Markeringen har tagits bort."),
        reverse("network-org-expectations", args=[organisation.pk]),
        "network/commitments_unmark_confirm.html",
        {"organisation": organisation, "mark": mark, "label": Expectation(expectation).label},
    )
