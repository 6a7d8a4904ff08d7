"""Background jobs: a second start of the same unfinished work reuses its job; a task
records running → ready or failed on the immediate and the database backend alike;
`styra worker --batch` runs what is queued; the recomputation task prepares the analyses."""

import signal

import pytest
from click.testing import CliRunner

from styra.cli import main
from styra.web.background import jobs, tasks
from styra.web.background.models import Job

from .worker import SIGNALS, keeping_the_test_connection


def test_the_same_unfinished_work_is_started_once(db, settings):
    settings.TASKS = {"default": {"BACKEND": "django_tasks_db.DatabaseBackend"}}
    first = jobs.start(tasks.warm_analyses, Job.Kind.WARM, key="warm")
    again = jobs.start(tasks.warm_analyses, Job.Kind.WARM, key="warm")
    assert again.pk == first.pk and first.status == Job.Status.QUEUED and first.task_id
    other = jobs.start(tasks.warm_analyses, Job.Kind.WARM, key="other")
    assert other.pk != first.pk


def test_the_immediate_backend_runs_the_task_at_once(db, settings, tmp_path):
    settings.STYRA_CACHE_DIR = ""
    job = jobs.start(tasks.warm_analyses, Job.Kind.WARM)
    assert job.status == Job.Status.READY and job.finished_at is not None
    assert "STYRA_CACHE_DIR is empty" in job.progress


@pytest.mark.django_db
def test_styra_worker_batch_runs_the_queued_tasks(settings, monkeypatch):
    settings.TASKS = {"default": {"BACKEND": "django_tasks_db.DatabaseBackend"}}
    monkeypatch.setattr(tasks, "_warm", lambda job: 1 / 0)
    job = jobs.start(tasks.warm_analyses, Job.Kind.WARM)
    handlers = {number: signal.getsignal(number) for number in SIGNALS}
    try:
        with keeping_the_test_connection():
            result = CliRunner().invoke(main, ["worker", "--batch"])
    finally:
        for number, handler in handlers.items():
            signal.signal(number, handler)
    assert result.exit_code == 0, result.output
    job.refresh_from_db()
    assert job.status == Job.Status.FAILED and job.error == "division by zero"


def test_another_backend_is_told_to_run_its_own_worker(db, settings):
    settings.TASKS = {"default": {"BACKEND": "django_tasks.backends.dummy.DummyBackend"}}
    result = CliRunner().invoke(main, ["worker", "--batch"])
    assert result.exit_code == 1 and "run that backend's own worker" in result.output
