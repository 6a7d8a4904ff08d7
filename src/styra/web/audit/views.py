"""The audit log of an organisation (/omraden/<id>/logg/), for its admins, and of a network
(/natverk/<id>/logg/), for its coordinators (docs/audit.md)."""

from django.contrib.auth.decorators import login_required
from django.core.paginator import Paginator
from django.shortcuts import render
from django.urls import reverse

from styra.web.common.access import organisation_or_404
from styra.web.common.downloads import download
from styra.web.network.access import network_or_404

from . import retention, services
from .forms import LogFilterForm
from .models import AuditEntry, SignInEvent

VIEW = "audit.view_log"
VIEW_NETWORK = "network.manage_network"  # its coordinators and platform admins
PER_PAGE = 50


def _filtered(request, owner: services.LogOwner):
    form = LogFilterForm(owner, request.GET or None)
    log_filter = form.log_filter() if form.is_bound else services.LogFilter()
    return form, log_filter


def _exports(name: str, pk, request) -> dict:
    query = request.GET.urlencode()
    suffix = f"?{query}" if query else ""
    return {fmt: reverse(name, args=[pk, fmt]) + suffix for fmt in ("csv", "xlsx")}


def _page_context(request, form, rows, exports: dict) -> dict:
    query = request.GET.copy()
    query.pop("sida", None)
    return {
        "form": form,
        "page": Paginator(rows, PER_PAGE).get_page(request.GET.get("sida")),
        "query": query.urlencode(),
        "exports": exports,
        "retention_days": retention.retention_days(),
    }


def _log_page(request, owner: services.LogOwner, exports: dict, context: dict):
    form, log_filter = _filtered(request, owner)
    entries = (
        services.filtered_entries(owner, log_filter) if log_filter else AuditEntry.objects.none()
    )
    context |= _page_context(request, form, entries, exports)
    context["changes"] = [services.shown_entry(entry) for entry in context["page"]]
    return render(request, "audit/log_list.html", context)


def _log_export(request, owner: services.LogOwner, fmt: str, name: str):
    _form, log_filter = _filtered(request, owner)
    entries = services.filtered_entries(owner, log_filter or services.LogFilter())
    return download(services.entries_table(owner, entries), fmt, name)


@login_required
def log(request, kolada_id: str):
    organisation = organisation_or_404(request, kolada_id, VIEW)
    exports = _exports("audit-log-export", organisation.pk, request)
    owner = services.organisation_log(organisation)
    return _log_page(request, owner, exports, {"organisation": organisation})


@login_required
def log_export(request, kolada_id: str, fmt: str):
    organisation = organisation_or_404(request, kolada_id, VIEW)
    owner = services.organisation_log(organisation)
    return _log_export(request, owner, fmt, f"logg-{organisation.pk}")


@login_required
def network_log(request, network_id: int):
    network = network_or_404(request, network_id, VIEW_NETWORK)
    exports = _exports("audit-network-log-export", network.pk, request)
    return _log_page(request, services.network_log(network), exports, {"network": network})


@login_required
def network_log_export(request, network_id: int, fmt: str):
    network = network_or_404(request, network_id, VIEW_NETWORK)
    return _log_export(request, services.network_log(network), fmt, f"logg-natverk-{network.pk}")


@login_required
def sign_ins(request, kolada_id: str):
    organisation = organisation_or_404(request, kolada_id, VIEW)
    form, log_filter = _filtered(request, services.organisation_log(organisation))
    events = (
        services.filtered_sign_ins(organisation, log_filter)
        if log_filter
        else SignInEvent.objects.none()
    )
    exports = _exports("audit-sign-ins-export", organisation.pk, request)
    context = {"organisation": organisation} | _page_context(request, form, events, exports)
    return render(request, "audit/sign_in_list.html", context)


@login_required
def sign_ins_export(request, kolada_id: str, fmt: str):
    organisation = organisation_or_404(request, kolada_id, VIEW)
    _form, log_filter = _filtered(request, services.organisation_log(organisation))
    events = services.filtered_sign_ins(organisation, log_filter or services.LogFilter())
    name = f"inloggningar-{organisation.pk}"
    return download(services.sign_ins_table(organisation, events), fmt, name)
