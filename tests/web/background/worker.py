"""The database backend of django-tasks for a test, and its worker run once.

``database_tasks`` (a fixture) puts the tasks in the database as in production;
``run_worker()`` runs every queued task with the worker command in batch mode
(``db_worker --batch``, what ``styra worker --batch`` runs) and gives the
test's signal handlers back (the worker takes SIGINT and SIGTERM).
"""

import signal
from contextlib import contextmanager
from unittest import mock

import pytest
from django.core.management import call_command

DATABASE_TASKS = {"default": {"BACKEND": "django_tasks_db.DatabaseBackend", "QUEUES": ["default"]}}
SIGNALS = (signal.SIGINT, signal.SIGTERM, signal.SIGQUIT)
WORKER_COMMAND = "django_tasks_db.management.commands.db_worker"


@pytest.fixture
def database_tasks(settings):
    settings.TASKS = DATABASE_TASKS


@contextmanager
def keeping_the_test_connection():
    """The worker closes old database connections around each task. In a test that is
    the test's own connection, inside its transaction: PostgreSQL drops it (SQLite's
    in-memory database ignores the close), so here the worker leaves it open, as
    Django's test client does around a request."""
    with mock.patch(f"{WORKER_COMMAND}.close_old_connections"):
        yield


def run_worker() -> None:
    handlers = {number: signal.getsignal(number) for number in SIGNALS}
    try:
        with keeping_the_test_connection():
            call_command(
                "db_worker", batch=True, reload=False, startup_delay=False, interval=0, verbosity=0
            )
    finally:
        for number, handler in handlers.items():
            signal.signal(number, handler)
