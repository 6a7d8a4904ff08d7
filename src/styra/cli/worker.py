"""``styra worker``: run the background tasks (docs/background-work.md)."""

import time

import click

from styra.cli.data import setup_django

DATABASE_BACKEND = "django_tasks_db.DatabaseBackend"
IMMEDIATE_BACKEND = "django_tasks.backends.immediate.ImmediateBackend"
# While the database is out of reach (a restart, a failover), try again this often.
RECONNECT_SECONDS = 5


@click.command()
@click.option("--batch", is_flag=True, help="Run the tasks queued now, then stop.")
def worker(batch: bool) -> None:
    """Run the background tasks as they are queued: the nulägesanalys PDF and Word
    renders, the Kolada sync and load, the recomputation of the analyses.

    This is django-tasks' database worker (``manage.py db_worker``), which
    `make run` starts beside the web server. With another STYRA_TASKS_BACKEND,
    run that backend's own worker instead (docs/configuration.md).
    """
    setup_django()
    from django.conf import settings

    backend = settings.TASKS["default"]["BACKEND"]
    if backend == IMMEDIATE_BACKEND:
        click.echo("STYRA_TASKS_BACKEND is the immediate backend: tasks run in the request.")
        return
    if backend != DATABASE_BACKEND:
        raise click.ClickException(
            f"STYRA_TASKS_BACKEND is {backend}: run that backend's own worker"
        )
    from styra.web.health.heartbeat import start_heartbeat

    click.echo("Styra's background worker: waiting for tasks (Ctrl-C stops it)", err=True)
    if batch:  # a one-off run, not the service /healthz watches
        run_until_done(batch)
        return
    # /healthz on every server sees that a worker runs (docs/deployment.md#health-checks).
    stop_heartbeat = start_heartbeat()
    try:
        run_until_done(batch)
    finally:
        stop_heartbeat()


def run_until_done(batch: bool) -> None:
    """django-tasks-db's worker stops at the first database error; when the database is
    only out of reach for a while, start it again until it can be reached. (A task that
    was running when the connection broke is left as after a crash of the worker.)"""
    from django.core.management import call_command
    from django.db import DatabaseError, connections

    from styra.web.errors import database_unreachable

    while True:
        try:
            call_command(
                "db_worker", batch=batch, reload=False, startup_delay=not batch, verbosity=1
            )
            return
        except DatabaseError as error:
            if not database_unreachable(error):
                raise
            click.echo(
                f"Styra's background worker: the database cannot be reached; "
                f"trying again in {RECONNECT_SECONDS} s",
                err=True,
            )
            connections.close_all()
            time.sleep(RECONNECT_SECONDS)
