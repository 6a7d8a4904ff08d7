"""Interaction matrices (M9): the list, create and change, the grid editor, a cell, the results.

Members of the organisation (or, for a network's matrix, the coordinator and
the users of its member organisations) read; editors (the coordinator) change.
Anyone else gets 403 for the owner's pages and 404 for a matrix of another
owner. The owner comes from the URL (``kolada_id`` or ``network_id``).
"""

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.core.exceptions import PermissionDenied
from django.db.models import Count
from django.http import Http404
from django.shortcuts import redirect, render
from django.utils.translation import gettext as _
from django.utils.translation import ngettext

from styra.priorities import analyse_interactions
from styra.sdg import load_catalog, parse_target_id
from styra.web.common.concurrency import save_or_field_error, save_unless_changed
from styra.web.common.formerrors import render_form

from . import exports, results, services
from .charts import network_graph
from .forms import CellForm, MatrixForm
from .grid import cell_view, dash, grid_rows, url_maker
from .models import Score
from .scope import CHANGE, VIEW, scope_or_403


def base_context(scope, matrix=None) -> dict:
    context = {"scope": scope, "owner": scope.owner, "matrices_url": scope.url("list")}
    if matrix is not None:
        context |= {"matrix": matrix, "links": scope.links(matrix)}
    return context


@login_required
def matrix_list(request, **owner):
    scope = scope_or_403(request, owner, VIEW)
    matrices = scope.matrices().annotate(
        target_count=Count("targets", distinct=True), cell_count=Count("cells", distinct=True)
    )
    items = [
        {
            "matrix": matrix,
            "links": scope.links(matrix),
            "pair_count": matrix.target_count * (matrix.target_count - 1),
        }
        for matrix in matrices
    ]
    networks = [] if scope.is_network else list(scope.owner.networks.order_by("name"))
    context = base_context(scope) | {
        "items": items,
        "networks": networks,
        "create_url": scope.url("create"),
        "create_from_file_url": scope.url("create-from-file"),
    }
    return render(request, "priorities/interactions/matrix_list.html", context)


def _matrix_form_page(request, scope, form, matrix=None, status=200):
    context = base_context(scope, matrix) | {"form": form}
    return render(request, "priorities/interactions/matrix_form.html", context, status=status)


@login_required
def matrix_create(request, **owner):
    scope = scope_or_403(request, owner, CHANGE)
    form = MatrixForm(request.POST or None, scope=scope)
    data = form.cleaned_data if request.method == "POST" and form.is_valid() else None
    matrix = data and save_or_field_error(
        form,
        lambda: services.create_matrix(
            scope, request.user, data["title"], data["description"], data["targets"]
        ),
    )
    if matrix:
        messages.success(
            request,
            _("Matrisen %(title)s har skapats. Välj en cell för att bedöma den.")
            % {"title": matrix.title},
        )
        return redirect(scope.url("matrix", matrix.pk))
    return _matrix_form_page(request, scope, form, status=400 if request.method == "POST" else 200)


@login_required
def matrix_edit(request, pk: int, **owner):
    scope = scope_or_403(request, owner, CHANGE)
    matrix = scope.matrix(pk)
    initial = MatrixForm.initial_of(matrix)
    form = MatrixForm(request.POST or None, initial=initial, scope=scope, matrix=matrix)
    data = form.cleaned_data if request.method == "POST" and form.is_valid() else None
    removed = data and save_unless_changed(
        form,
        lambda: services.change_matrix(matrix, data["title"], data["description"], data["targets"]),
    )
    if removed is not None:
        message = _("Matrisen %(title)s har sparats.") % {"title": matrix.title}
        if removed:
            message += " " + ngettext(
                "%(count)s bedömning av borttagna delmål togs bort.",
                "%(count)s bedömningar av borttagna delmål togs bort.",
                removed,
            ) % {"count": removed}
        messages.success(request, message)
        return redirect(scope.url("matrix", matrix.pk))
    status = 400 if request.method == "POST" else 200
    return _matrix_form_page(request, scope, form, matrix, status)


@login_required
def matrix_delete(request, pk: int, **owner):
    scope = scope_or_403(request, owner, CHANGE)
    matrix = scope.matrix(pk)
    if request.method == "POST":
        matrix.delete()
        messages.success(
            request, _("Matrisen %(title)s har tagits bort.") % {"title": matrix.title}
        )
        return redirect(scope.url("list"))
    context = base_context(scope, matrix) | {"cell_count": matrix.cells.count()}
    return render(request, "priorities/interactions/matrix_confirm_delete.html", context)


@login_required
def matrix_detail(request, pk: int, **owner):
    """The grid: every cell's score in words, each a link to its form."""
    scope = scope_or_403(request, owner, VIEW)
    matrix = scope.matrix(pk)
    cell_url = url_maker(scope.url("cell", matrix.pk, "SOURCE", "TARGET"))
    targets, rows = grid_rows(matrix, cell_url)
    pair_count = len(targets) * (len(targets) - 1)
    scored = sum(1 for row in rows for cell in row["cells"] if cell and cell["css"] != "missing")
    context = base_context(scope, matrix) | {
        "targets": targets,
        "rows": rows,
        "pair_count": pair_count,
        "scored": scored,
        "missing": pair_count - scored,
        "scale": [(s.value, services.score_text(s.value), s.label) for s in Score],
    }
    return render(request, "priorities/interactions/matrix_detail.html", context)


def _pair(matrix, source: str, target: str) -> tuple[str, str]:
    """The two target ids of a cell URL (``11-1``): in the matrix, not the same; else 404."""
    try:
        pair = (parse_target_id(source), parse_target_id(target))
    except ValueError:
        raise Http404 from None
    known = set(services.target_ids(matrix))
    if pair[0] == pair[1] or not set(pair) <= known:
        raise Http404
    return pair


def _save_cell(request, form, matrix, source: str, target: str) -> list:
    """The cell saved from ``form``, in a list (a cleared cell is ``None``)."""
    score, rationale = form.cleaned_data["score"], form.cleaned_data["rationale"].strip()
    return [services.save_cell(matrix, source, target, score, rationale, request.user)]


@login_required
def cell_edit(request, pk: int, source: str, target: str, **owner):
    """One cell: its form for editors (read-only for members); HTMX gets the panel only."""
    scope = scope_or_403(request, owner, VIEW)
    matrix = scope.matrix(pk)
    source, target = _pair(matrix, source, target)
    if request.method == "POST" and not scope.can_change:
        raise PermissionDenied
    cell = matrix.cells.filter(from_target=source, to_target=target).first()
    form = CellForm(request.POST or None, cell=cell) if scope.can_change else None
    htmx = bool(request.headers.get("HX-Request"))
    url = scope.url("cell", matrix.pk, dash(source), dash(target))
    saved = ""
    done = None
    if request.method == "POST" and form.is_valid():
        done = save_unless_changed(form, lambda: _save_cell(request, form, matrix, source, target))
    if done:
        cell = done[0]
        saved = _("Sparat: %(where)s – %(value)s.") % {
            "where": services.describe_cell(source, target),
            "value": cell_view(source, target, cell, url)["label"],
        }
        if not htmx:
            messages.success(request, saved)
            anchor = cell_view(source, target, cell, url)["id"]
            return redirect(scope.url("matrix", matrix.pk) + f"#{anchor}")
        form = CellForm(cell=cell)
    catalog = load_catalog()
    context = base_context(scope, matrix) | {
        "form": form,
        "cell": cell,
        "link": cell_view(source, target, cell, url),
        "source": catalog.target(source),
        "target": catalog.target(target),
        "cell_url": url,
        "saved": saved,
    }
    template = "_cell_panel.html" if htmx else "cell_form.html"
    return render_form(request, f"priorities/interactions/{template}", context)


@login_required
def matrix_results(request, pk: int, **owner):
    scope = scope_or_403(request, owner, VIEW)
    matrix = scope.matrix(pk)
    core = services.to_core(matrix)
    analysis = analyse_interactions(core)
    lowest, links = results.graph_links(core)
    strong = _("+2 och +3") if lowest == 2 else _("+3")
    description = _(
        "Nätverksdiagram över %(count)s delmål i kluster. Linjerna visar de starka sambanden "
        "(%(strong)s) och alla målkonflikter (−1 till −3); en linje är bredast vid delmålet som "
        "påverkar. Samma samband finns i tabellen under diagrammet."
    ) % {"count": len(core.targets), "strong": strong}
    context = base_context(scope, matrix) | {
        "rows": results.result_rows(analysis),
        "clusters": results.cluster_rows(analysis),
        "analysis": analysis,
        "links": scope.links(matrix),
        "graph_links": links,
        "graph_strong": strong,
        "chart": network_graph(analysis, links, description),
        "chart_description": description,
    }
    return render(request, "priorities/interactions/results.html", context)


@login_required
def results_export(request, pk: int, fmt: str, **owner):
    scope = scope_or_403(request, owner, VIEW)
    matrix = scope.matrix(pk)
    rows = results.result_rows(services.analyse(matrix))
    filename = f"interaktioner-{matrix.pk}-resultat"
    return exports.download(exports.results_table(rows), fmt, filename, matrix)


@login_required
def matrix_export(request, pk: int, layout: str, fmt: str, **owner):
    scope = scope_or_403(request, owner, VIEW)
    matrix = scope.matrix(pk)
    if layout not in exports.LAYOUTS:
        raise Http404
    table = exports.long_table(matrix) if layout == "lang" else exports.wide_table(matrix)
    return exports.download(table, fmt, f"interaktioner-{matrix.pk}-{layout}", matrix)
