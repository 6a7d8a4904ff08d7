"""``styra worker``: run the background tasks (docs/background-work.md)."""

import click

from styra.cli.data import setup_django

DATABASE_BACKEND = "django_tasks_db.DatabaseBackend"
IMMEDIATE_BACKEND = "django_tasks.backends.immediate.ImmediateBackend"


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
    from django.core.management import call_command

    backend = settings.TASKS["default"]["BACKEND"]
    if backend == IMMEDIATE_BACKEND:
        click.echo("STYRA_TASKS_BACKEND is the immediate backend: tasks run in the request.")
        return
    if backend != DATABASE_BACKEND:
        raise click.ClickException(
            f"STYRA_TASKS_BACKEND is {backend}: run that backend's own worker"
        )
    click.echo("Styra's background worker: waiting for tasks (Ctrl-C stops it)", err=True)
    call_command("db_worker", batch=batch, reload=False, startup_delay=not batch, verbosity=1)
