"""The audit log of an organisation (/omraden/<id>/logg/), for its admins (docs/audit.md)."""

from django.contrib.auth.decorators import login_required
from django.core.paginator import Paginator
from django.shortcuts import render
from django.urls import reverse

from styra.web.common.access import organisation_or_404
from styra.web.common.downloads import download

from . import retention, services
from .forms import LogFilterForm
from .models import AuditEntry, SignInEvent

VIEW = "audit.view_log"
PER_PAGE = 50


def _filtered(request, organisation):
    form = LogFilterForm(organisation, request.GET or None)
    log_filter = form.log_filter() if form.is_bound else services.LogFilter()
    return form, log_filter


def _exports(name: str, organisation, request) -> dict:
    query = request.GET.urlencode()
    suffix = f"?{query}" if query else ""
    return {fmt: reverse(name, args=[organisation.pk, fmt]) + suffix for fmt in ("csv", "xlsx")}


def _page_context(request, organisation, form, rows, export_name) -> dict:
    query = request.GET.copy()
    query.pop("sida", None)
    return {
        "organisation": organisation,
        "form": form,
        "page": Paginator(rows, PER_PAGE).get_page(request.GET.get("sida")),
        "query": query.urlencode(),
        "exports": _exports(export_name, organisation, request),
        "retention_days": retention.retention_days(),
    }


@login_required
def log(request, kolada_id: str):
    organisation = organisation_or_404(request, kolada_id, VIEW)
    form, log_filter = _filtered(request, organisation)
    entries = (
        services.filtered_entries(organisation, log_filter)
        if log_filter
        else AuditEntry.objects.none()
    )
    context = _page_context(request, organisation, form, entries, "audit-log-export")
    context["changes"] = [services.shown_entry(entry) for entry in context["page"]]
    return render(request, "audit/log_list.html", context)


@login_required
def log_export(request, kolada_id: str, fmt: str):
    organisation = organisation_or_404(request, kolada_id, VIEW)
    _form, log_filter = _filtered(request, organisation)
    entries = services.filtered_entries(organisation, log_filter or services.LogFilter())
    return download(services.entries_table(organisation, entries), fmt, f"logg-{organisation.pk}")


@login_required
def sign_ins(request, kolada_id: str):
    organisation = organisation_or_404(request, kolada_id, VIEW)
    form, log_filter = _filtered(request, organisation)
    events = (
        services.filtered_sign_ins(organisation, log_filter)
        if log_filter
        else SignInEvent.objects.none()
    )
    context = _page_context(request, organisation, form, events, "audit-sign-ins-export")
    return render(request, "audit/sign_in_list.html", context)


@login_required
def sign_ins_export(request, kolada_id: str, fmt: str):
    organisation = organisation_or_404(request, kolada_id, VIEW)
    _form, log_filter = _filtered(request, organisation)
    events = services.filtered_sign_ins(organisation, log_filter or services.LogFilter())
    name = f"inloggningar-{organisation.pk}"
    return download(services.sign_ins_table(organisation, events), fmt, name)
