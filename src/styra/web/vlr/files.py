"""The VLR's PDF and Word files: rendered in the background into the nulägesanalys
document's render cache (reports.filecache), served from there."""

import hashlib
from functools import cache
from pathlib import Path

from django.utils import timezone, translation
from django_tasks import task

from styra.web.background import jobs
from styra.web.background.models import Job
from styra.web.reports import filecache

from . import documents
from .content import build_content
from .models import VlrVersion

RENDER_WAIT_SECONDS = 300


@cache
def code_digest() -> str:
    """This app's code and templates: a new release renders the VLR afresh."""
    digest = hashlib.sha256()
    for path in sorted(Path(__file__).parent.rglob("*")):
        if path.suffix in (".py", ".html") and "migrations" not in path.parts:
            digest.update(path.name.encode() + path.read_bytes())
    return digest.hexdigest()[:16]


def keyed(content: dict) -> dict:
    """The content as the render cache keys it: with this app's code digest."""
    return {**content, "vlr_code": code_digest()}


def cached(fmt: str, content: dict, version=None) -> bytes | None:
    return filecache.cached(fmt, keyed(content), version)


def rendered(fmt: str, content: dict, version=None, wait: float = 0) -> bytes:
    return filecache.rendered(fmt, documents.FORMATS[fmt][1], keyed(content), version, wait=wait)


@task()
def render_vlr(job_id: int) -> str:
    """Render the job's VLR (``fmt``, ``year``, ``version`` — a frozen version's id or
    None for the draft — and ``language`` in its params) into the render cache."""
    return jobs.run(job_id, _render)


def _render(job: Job) -> str:
    fmt, pk = job.params["fmt"], job.params.get("version")
    with translation.override(job.params.get("language") or "sv"):
        if pk is None:
            version = None
            content = build_content(job.organisation, job.params["year"], timezone.now())
        else:
            version = VlrVersion.objects.get(organisation=job.organisation, pk=pk)
            content = version.content
        rendered(fmt, content, version, wait=0 if jobs.inline() else RENDER_WAIT_SECONDS)
    return filecache.cache_key(fmt, keyed(content), version)


def start_render(request, organisation, content: dict, fmt: str, version=None) -> Job:
    return jobs.start(
        render_vlr,
        Job.Kind.RENDER,
        key="vlr:" + filecache.cache_key(fmt, keyed(content), version),
        organisation=organisation,
        user=request.user,
        fmt=fmt,
        year=content["year"],
        version=None if version is None else version.pk,
        language=content["language"],
        document="vlr",
    )
