"""Rendering the nulägesanalys PDF or Word file in the background, into the render
cache (filecache.py) the download view serves it from."""

from django.utils import timezone, translation
from django_tasks import task

from styra.web.background import jobs
from styra.web.background.models import Job

from . import documents, filecache
from .content import build_content
from .models import ReportVersion

# A render in the worker waits this long for a render slot (STYRA_RENDER_SLOTS).
RENDER_WAIT_SECONDS = 300


@task()
def render_document(job_id: int) -> str:
    """Render the job's document (its organisation; ``fmt``, ``version`` — a frozen
    version's id or None for the live one — and ``language`` in its params) into the
    render cache; the file's cache key."""
    return jobs.run(job_id, _render)


def _render(job: Job) -> str:
    fmt, pk = job.params["fmt"], job.params.get("version")
    with translation.override(job.params.get("language") or "sv"):
        if pk is None:
            version, content = None, build_content(job.organisation, timezone.now())
        else:
            found = ReportVersion.objects.select_related("created_by")
            version = found.get(organisation=job.organisation, pk=pk)
            content = version.content
        write = documents.FORMATS[fmt][1]
        wait = 0 if jobs.inline() else RENDER_WAIT_SECONDS
        filecache.rendered(fmt, write, content, version, wait=wait)
    return filecache.cache_key(fmt, content, version)


def start_render(request, organisation, content: dict, fmt: str, version=None) -> Job:
    """The render job of this content (one already under way, or a new one)."""
    return jobs.start(
        render_document,
        Job.Kind.RENDER,
        key=filecache.cache_key(fmt, content, version),
        organisation=organisation,
        user=request.user,
        fmt=fmt,
        version=None if version is None else version.pk,
        language=content["language"],
    )
