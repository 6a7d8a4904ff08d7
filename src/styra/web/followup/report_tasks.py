"""Rendering the follow-up report and the årsredovisning chapter in the background, into
the render cache the download views serve them from (as the nulägesanalys document:
``styra.web.reports.filecache``, docs/background-work.md)."""

from django.utils import timezone, translation
from django_tasks import task

from styra.web.background import jobs
from styra.web.background.models import Job
from styra.web.reports import filecache
from styra.web.reports.tasks import RENDER_WAIT_SECONDS

from .annual import annual_content
from .models import Cycle
from .report_content import cycle_content
from .report_documents import FORMATS


def content_of(organisation, params: dict) -> dict:
    """The content a job's ``params`` name: a cycle's report or a year's chapter."""
    if params["document"] == "year":
        return annual_content(organisation, params["year"], timezone.localdate())
    cycle = Cycle.objects.select_related("organisation").get(
        organisation=organisation, pk=params["cycle"]
    )
    return cycle_content(cycle, timezone.localdate())


@task()
def render_followup(job_id: int) -> str:
    """Render the job's file (``document`` "cycle" with ``cycle`` or "year" with ``year``,
    ``fmt`` and ``language`` in its params) into the render cache; the file's cache key."""
    return jobs.run(job_id, _render)


def _render(job: Job) -> str:
    fmt = job.params["fmt"]
    with translation.override(job.params.get("language") or "sv"):
        content = content_of(job.organisation, job.params)
        wait = 0 if jobs.inline() else RENDER_WAIT_SECONDS
        filecache.rendered(fmt, FORMATS[fmt][1], content, wait=wait)
    return filecache.cache_key(fmt, content)


def start_render(request, organisation, content: dict, fmt: str, **what) -> Job:
    """The render job of this content (one already under way, or a new one); ``what``:
    ``document`` and ``cycle`` or ``year``."""
    return jobs.start(
        render_followup,
        Job.Kind.RENDER,
        key=filecache.cache_key(fmt, content),
        organisation=organisation,
        user=request.user,
        fmt=fmt,
        language=content["language"],
        **what,
    )
