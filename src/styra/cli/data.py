"""``styra load`` and ``styra serve``: the commands that need the Django shell."""

import fcntl
import hashlib
import json
import os
import sys
import tempfile
import time
from contextlib import contextmanager
from pathlib import Path

import click

from styra.agenda2030 import load_curated_kpis
from styra.cli.fetch import fetch_missing_bundle, no_bundle_message
from styra.kolada.bundle import BundleError, default_bundle_path, read_bundle


def setup_django() -> None:
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "styra.web.settings")
    import django

    django.setup()


def migrate_quietly() -> None:
    from django.core.management import call_command

    call_command("migrate", interactive=False, verbosity=0)


@click.command()
@click.argument("bundle", required=False, type=click.Path(path_type=Path))
@click.option("--all-kpis", is_flag=True, help="Load all 7.39 M values, not just Agenda 2030.")
@click.option("--json", "as_json", is_flag=True, help="Print the summary as JSON.")
@click.option(
    "--fetch",
    is_flag=True,
    help="Without a bundle, fetch one from Kolada into var/kolada first (as `make run` does).",
)
def load(bundle: Path | None, all_kpis: bool, as_json: bool, fetch: bool) -> None:
    """Load a Kolada BUNDLE directory into the database (migrating it first).

    By default the Agenda 2030 values and the values of every KPI in Styra's
    curated set (from the all-KPIs file, when the bundle has it) are loaded.

    BUNDLE defaults to $STYRA_BUNDLE, else ../shared/data/kolada beside the
    checkout, else var/kolada (where --fetch puts one). Loading again replaces
    the same data; a bad file is refused with its row and column and nothing is
    written. On SQLite the values go in a few KPIs per short transaction, so
    the app stays writable meanwhile.
    """
    bundle = bundle or default_bundle_path()
    if bundle is None:
        if not fetch:
            raise click.ClickException(no_bundle_message())
        bundle = fetch_missing_bundle()
    started = time.perf_counter()
    from styra.analysis.twins import DEFAULT_KPIS as TWIN_KPIS

    # The curated Agenda 2030 KPIs, and the structure KPIs the twins compare by default.
    curated = [kpi.kpi_id for kpi in load_curated_kpis()] + list(TWIN_KPIS)
    try:
        read = read_bundle(bundle, all_kpis=all_kpis, extra_kpis=curated)
    except BundleError as error:
        raise click.ClickException(f"bundle refused, nothing loaded: {error}") from error
    setup_django()
    migrate_quietly()
    from styra.web.indicators.bundle_loader import load_bundle

    summary = load_bundle(read)
    summary["seconds"] = round(time.perf_counter() - started, 1)
    release = keep_version(str(bundle))
    prepared = prepare_analysis_data()
    if prepared is not None:
        summary["analysis_data_seconds"] = prepared
    if release is not None:
        summary["kept_data_version"] = release.number
        summary["digests_sent"] = send_digests(release)
    if as_json:
        click.echo(json.dumps({"bundle": str(bundle), **summary}, indent=2))
        return
    click.echo(f"Loaded {bundle}:")
    for key, count in summary.items():
        click.echo(f"  {key.replace('_', ' ')}: {count:,}".replace(",", " "))
    click.echo("Källa: Kolada (RKA), CC BY 4.0")


def keep_version(source: str):
    """Keep the values just loaded as a new data version (None: the same as the newest)."""
    from styra.web.changes.archive import archive_version

    return archive_version(source)


def send_digests(release) -> int:
    """Mail what the new version changed for each organisation (docs/changes.md)."""
    from styra.web.changes.digest import send_digests as send

    try:
        return send(release)
    finally:
        from django.db import connections

        connections.close_all()


@click.command()
@click.option("--host", default="127.0.0.1", show_default=True)
@click.option("--port", default=8000, show_default=True, type=int)
@click.option("--workers", default=2, show_default=True, type=int, help="gunicorn workers")
def serve(host: str, port: int, workers: int) -> None:
    """Serve Styra with gunicorn (static files through WhiteNoise).

    Outside debug mode it refuses to start with the built-in development
    secret key: set STYRA_SECRET_KEY, or let `make run` write var/secret_key.
    """
    setup_django()
    from django.conf import settings
    from django.core.management import call_command

    refuse_development_key(settings)
    with static_files_lock(Path(settings.STATIC_ROOT)):
        call_command("collectstatic", interactive=False, verbosity=0)
    seconds = prepare_analysis_data()
    if seconds is not None:
        click.echo(f"Analysis data ready for every worker ({seconds} s)")
    click.echo(
        f"Styra on http://{host}:{port}/ (database: {settings.DATABASES['default']['ENGINE']})"
    )
    sys.stdout.flush()
    argv = gunicorn_argv(host, port, workers, settings.STYRA_UPLOAD_READ_SECONDS)
    os.execvp(sys.executable, [sys.executable, "-m", *argv])


@contextmanager
def static_files_lock(static_root: Path):
    """One ``collectstatic`` at a time into ``static_root``: two ``styra serve`` on one
    machine sharing it (several servers behind one proxy) would otherwise write the same
    files at once, and one of them fail. The lock is a file in the temporary directory,
    named by the folder (not in it: WhiteNoise serves every file there)."""
    digest = hashlib.sha256(str(static_root.resolve()).encode()).hexdigest()[:16]
    with open(Path(tempfile.gettempdir()) / f"styra-collectstatic-{digest}.lock", "a+b") as handle:
        fcntl.flock(handle, fcntl.LOCK_EX)
        try:
            yield
        finally:
            fcntl.flock(handle, fcntl.LOCK_UN)


# A worker is replaced after MAX_REQUESTS requests, plus up to the jitter so that the
# workers never restart together: memory a rare large request took is given back.
MAX_REQUESTS, MAX_REQUESTS_JITTER = 1000, 100
# The longest request is reading an upload (at most STYRA_UPLOAD_READ_SECONDS); documents
# (PDF, Word) render in the background worker, never in a request (docs/background-work.md),
# and the rest answer in seconds at most. The timeout leaves room above an upload read; a
# worker silent for longer is killed and replaced.
TIMEOUT_SECONDS, TIMEOUT_MARGIN_SECONDS = 60, 30


def gunicorn_argv(host: str, port: int, workers: int, upload_read_seconds: int) -> list[str]:
    """The gunicorn command line ``styra serve`` runs (docs/configuration.md)."""
    timeout = max(TIMEOUT_SECONDS, upload_read_seconds + TIMEOUT_MARGIN_SECONDS)
    return [
        "gunicorn",
        "styra.web.wsgi:application",
        f"--bind={host}:{port}",
        f"--workers={workers}",
        f"--max-requests={MAX_REQUESTS}",
        f"--max-requests-jitter={MAX_REQUESTS_JITTER}",
        f"--timeout={timeout}",
        "--graceful-timeout=30",
        "--access-logfile=-",
        "--config=python:styra.cli.serving",  # post_worker_init reads the prepared data
    ]


def refuse_development_key(settings) -> None:
    """Stop before serving when the secret key is the public development one."""
    from styra.web.secretkey import DEVELOPMENT_SECRET_KEY, KEY_FILE_NAME

    if settings.DEBUG or settings.SECRET_KEY != DEVELOPMENT_SECRET_KEY:
        return
    key_file = Path(settings.DATA_DIR) / KEY_FILE_NAME
    raise click.ClickException(
        "no secret key: set STYRA_SECRET_KEY to a long random value "
        f"(or write one to {key_file} with `python -m styra.web.secretkey`, "
        "as `make run` does); STYRA_DEBUG=1 serves with the development key"
    )


def prepare_analysis_data() -> float | None:
    """Build the snapshot, batches and members' default analyses into the files every
    worker reads (styra.web.nulage.store); seconds taken, None when persisting is off
    or the database is not ready."""
    from django.db import DatabaseError, connections

    from styra.web.nulage.services import warm
    from styra.web.nulage.store import cache_root

    if cache_root() is None:
        return None
    started = time.perf_counter()
    try:
        warm(compute=True)
    except DatabaseError as error:
        click.echo(f"Analysis data not prepared: {error}", err=True)
        return None
    finally:
        connections.close_all()  # before gunicorn replaces this process
    return round(time.perf_counter() - started, 1)


@click.command("create-admin")
@click.option("--username", default="admin", show_default=True)
@click.option("--email", default="admin@example.org", show_default=True)
def create_admin(username: str, email: str) -> None:
    """Create a local superuser and print its password once.

    If the user exists nothing changes; reset its password with
    ``python manage.py changepassword USERNAME``.
    """
    import secrets

    setup_django()
    migrate_quietly()
    from django.contrib.auth import get_user_model

    users = get_user_model().objects
    if users.filter(username=username).exists():
        click.echo(f"Admin account '{username}' already exists (password printed when created).")
        click.echo(f"New password: python manage.py changepassword {username}")
        return
    password = secrets.token_urlsafe(12)
    users.create_superuser(username=username, email=email, password=password)
    click.echo(f"Created admin account '{username}' with password: {password}")
    click.echo("It is shown only now. Log in at /admin/ once the server runs (make run).")
