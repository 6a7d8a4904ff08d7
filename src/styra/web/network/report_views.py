"""The network's report for its coordinators (/natverk/<id>/rapport/): a page, PDF and Word."""

from django.contrib.auth.decorators import login_required
from django.http import Http404
from django.shortcuts import render
from django.urls import reverse
from django.views.decorators.http import require_safe

from styra.web.common.downloads import attachment

from . import report
from .views import network_or_404

MANAGE = "network.manage_network"


@login_required
@require_safe
def network_report(request, network_id: int):
    network = network_or_404(request, network_id, MANAGE)
    content = report.report_content(request.user, network)
    files = {fmt: reverse("network-report-file", args=[network.pk, fmt]) for fmt in report.FORMATS}
    context = {
        "network": network,
        "body": report.body_html(content),
        "files": files,
        "title": content["title"],
    }
    return render(request, "network/report_page.html", context)


@login_required
@require_safe
def network_report_file(request, network_id: int, fmt: str):
    network = network_or_404(request, network_id, MANAGE)
    if fmt not in report.FORMATS:
        raise Http404
    content = report.report_content(request.user, network)
    data = report.WRITERS[fmt](content)
    return attachment(data, report.FORMATS[fmt], f"natverksrapport-{network.name}", fmt)
