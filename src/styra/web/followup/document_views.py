"""The follow-up report of a cycle (PDF, Word, Excel) and the årsredovisning chapter of a
year (a page to copy from, and Word): for the organisation's members.

A file is served from the render cache; when it is not there its render is
started in the background and the answer is the page that waits for it
(``styra.web.background.pages``), as for the nulägesanalys document.
"""

from django.contrib.auth.decorators import login_required
from django.http import Http404
from django.shortcuts import get_object_or_404, redirect, render
from django.urls import reverse
from django.utils import timezone
from django.utils.translation import gettext as _
from django.views.decorators.http import require_safe

from styra.web.background.models import Job
from styra.web.background.pages import job_page
from styra.web.common.access import organisation_or_404
from styra.web.common.downloads import attachment
from styra.web.reports import filecache

from .annual import annual_content, cycles_of
from .report_content import cycle_content
from .report_documents import FORMATS, body_html, file_stem
from .report_tasks import start_render
from .views import VIEW, base_context, cycle_of

ANNUAL_FORMATS = ("docx",)
FIRST_YEAR = 2000


def _download(request, organisation, content: dict, fmt: str, **what):
    data = filecache.cached(fmt, content)
    if data is None:
        job = start_render(request, organisation, content, fmt, **what)
        if job.status == Job.Status.READY:  # rendered at once (the immediate backend)
            data = filecache.cached(fmt, content)
        if data is None:
            return redirect("followup-job", organisation.pk, job.pk)
    return attachment(data, FORMATS[fmt][0], file_stem(content), fmt)


@login_required
@require_safe
def cycle_file(request, kolada_id: str, pk: int, fmt: str):
    organisation = organisation_or_404(request, kolada_id, VIEW)
    cycle = cycle_of(organisation, pk)
    if fmt not in FORMATS:
        raise Http404
    content = cycle_content(cycle, timezone.localdate())
    return _download(request, organisation, content, fmt, document="cycle", cycle=cycle.pk)


def _year_or_404(year: int) -> int:
    if not FIRST_YEAR <= year <= timezone.localdate().year + 1:
        raise Http404
    return year


@login_required
@require_safe
def annual(request, kolada_id: str, year: int):
    """The chapter as a page to copy from, with the Word file's link."""
    organisation = organisation_or_404(request, kolada_id, VIEW)
    content = annual_content(organisation, _year_or_404(year), timezone.localdate())
    years = organisation.followup_cycles.dates("period_end", "year", order="DESC")
    context = base_context(request, organisation) | {
        "year": year,
        "years": [d.year for d in years],
        "body": body_html(content),
        "has_cycles": bool(cycles_of(organisation, year)),
    }
    return render(request, "followup/annual.html", context)


@login_required
@require_safe
def annual_file(request, kolada_id: str, year: int, fmt: str):
    organisation = organisation_or_404(request, kolada_id, VIEW)
    if fmt not in ANNUAL_FORMATS:
        raise Http404
    content = annual_content(organisation, _year_or_404(year), timezone.localdate())
    return _download(request, organisation, content, fmt, document="year", year=year)


@login_required
@require_safe
def render_job(request, kolada_id: str, pk: int):
    """How the render of a report file goes (polled by HTMX every 2 s)."""
    organisation = organisation_or_404(request, kolada_id, VIEW)
    job = get_object_or_404(Job, pk=pk, organisation=organisation, kind=Job.Kind.RENDER)
    params, args = job.params, [organisation.pk]
    if params.get("document") not in ("cycle", "year"):  # another document's (e.g. the VLR)
        raise Http404
    crumbs = [(reverse("followup-list", args=args), _("Uppföljning"))]
    if params["document"] == "year":
        file_url = reverse("followup-annual-file", args=[*args, params["year"], params["fmt"]])
    else:
        file_url = reverse("followup-cycle-file", args=[*args, params["cycle"], params["fmt"]])
        cycle = cycle_of(organisation, params["cycle"])
        crumbs.append((reverse("followup-cycle", args=[*args, cycle.pk]), cycle.name))
    return job_page(request, organisation, job, file_url, crumbs)
