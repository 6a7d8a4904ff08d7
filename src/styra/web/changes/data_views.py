"""The staff page "Data från Kolada" (``/data/``): the kept data versions, the last
Kolada syncs and recomputations, and the buttons that start them in the background.

Only the platform's staff (``changes.refresh_data``: ``is_staff`` or superuser) see
it: a sync replaces every organisation's data. A started job gets its own page that
shows its progress, polled by HTMX every 2 s like the document's waiting page
(docs/background-work.md).
"""

from django.contrib.auth.decorators import login_required
from django.core.exceptions import PermissionDenied
from django.http import Http404
from django.shortcuts import get_object_or_404, redirect, render
from django.views.decorators.http import require_POST, require_safe

from styra.web.background import jobs, tasks
from styra.web.background.models import Job

from .models import DataRelease

REFRESH = "changes.refresh_data"
KINDS = (Job.Kind.SYNC, Job.Kind.WARM)
# The buttons: the URL's word → the task and the job's kind (also its key, so that a
# second click while the work is unfinished shows the job already started).
ACTIONS = {
    "hamta": (tasks.sync_and_load, Job.Kind.SYNC),
    "rakna-om": (tasks.warm_analyses, Job.Kind.WARM),
}
LAST_JOBS = 10


def staff_or_403(request) -> None:
    if not request.user.has_perm(REFRESH):
        raise PermissionDenied


@login_required
@require_safe
def data_page(request):
    staff_or_403(request)
    recent = Job.objects.filter(kind__in=KINDS).select_related("created_by")[:LAST_JOBS]
    context = {
        "releases": DataRelease.objects.all(),
        "jobs": recent,
        "unfinished": [job for job in recent if not job.finished],
    }
    return render(request, "changes/data.html", context)


@login_required
@require_POST
def data_start(request, action: str):
    staff_or_403(request)
    if action not in ACTIONS:
        raise Http404
    task, kind = ACTIONS[action]
    job = jobs.start(task, kind, key=kind, user=request.user)
    return redirect("changes-data-job", job.pk)


@login_required
@require_safe
def data_job(request, pk: int):
    """How a sync or recomputation goes: queued, running (with its last progress line),
    ready or failed (with the error); polled by HTMX every 2 s while unfinished."""
    staff_or_403(request)
    job = get_object_or_404(Job.objects.select_related("created_by"), pk=pk, kind__in=KINDS)
    polled = request.headers.get("HX-Request") == "true"
    template = "changes/_data_job.html" if polled else "changes/data_job.html"
    response = render(request, template, {"job": job})
    response["Cache-Control"] = "private, no-store"
    return response
