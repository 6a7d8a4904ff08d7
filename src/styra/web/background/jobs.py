"""Starting a background job and running its task: one way for every kind of work.

``start`` records a ``Job`` and enqueues its task on the configured django-tasks
backend (settings ``TASKS``); an unfinished job of the same kind and key is
reused, so that a second click or a reload does not start the work twice.
``run`` is what every task does around its work: it marks the job running,
then ready or failed with the error, so that the pages can tell the user.
"""

import contextvars
import logging
from collections.abc import Callable
from datetime import timedelta
from typing import Any

from django.utils import timezone

from .models import Job

log = logging.getLogger(__name__)

# An unfinished job older than this is taken for lost (a worker stopped mid-task)
# and not reused: the work is started again.
STALE_AFTER = timedelta(minutes=30)
ERROR_LENGTH = 2000
_inline = contextvars.ContextVar("styra_task_inline", default=False)


def start(task, kind: str, key: str = "", organisation=None, user=None, **params) -> Job:
    """The unfinished job under ``key`` if one was started lately, else a new job whose
    task (a django-tasks ``Task`` taking the job's id) is enqueued."""
    unfinished = (Job.Status.QUEUED, Job.Status.RUNNING)
    if key:
        since = timezone.now() - STALE_AFTER
        found = Job.objects.filter(kind=kind, key=key, status__in=unfinished)
        running = found.filter(created_at__gte=since).first()
        if running is not None:
            return running
    job = Job.objects.create(
        kind=kind,
        key=key,
        organisation=organisation,
        created_by=user if user is not None and user.is_authenticated else None,
        params=params,
    )
    token = _inline.set(True)
    try:
        result = task.enqueue(job.pk)
    except Exception as error:  # the backend cannot take it (e.g. its server is down)
        log.exception("job %s could not be enqueued", job.pk)
        fail(job.pk, error)
    else:
        Job.objects.filter(pk=job.pk).update(task_id=str(result.id)[:64])
    finally:
        _inline.reset(token)
    job.refresh_from_db()
    return job


def inline() -> bool:
    """True while a task runs inside the call that enqueued it (the immediate backend:
    within the request), where it must not wait for anything."""
    return _inline.get()


def run(job_id: int, work: Callable[[Job], Any]) -> Any:
    """``work(job)`` with the job marked running, then ready, or failed with the error
    (raised again, so that the backend records the failure too)."""
    job = Job.objects.select_related("organisation").get(pk=job_id)
    Job.objects.filter(pk=job_id).update(status=Job.Status.RUNNING, started_at=timezone.now())
    try:
        value = work(job)
    except Exception as error:
        log.exception("job %s failed", job_id)
        fail(job_id, error)
        raise
    Job.objects.filter(pk=job_id).update(status=Job.Status.READY, finished_at=timezone.now())
    return value


def report(job: Job, text: str) -> None:
    """Tell the job's page how far the work has come (one line)."""
    Job.objects.filter(pk=job.pk).update(progress=text[:ERROR_LENGTH])


def fail(job_id: int, error: BaseException) -> None:
    message = str(error).strip() or type(error).__name__
    Job.objects.filter(pk=job_id).update(
        status=Job.Status.FAILED, error=message[:ERROR_LENGTH], finished_at=timezone.now()
    )
