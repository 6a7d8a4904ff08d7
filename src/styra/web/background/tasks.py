"""The background tasks of the whole service but the documents (reports/tasks.py):
the Kolada sync and load, and recomputing the prepared analyses.

Each task takes the id of its ``Job`` (``jobs.start`` makes it) and runs on any
django-tasks backend; it calls the same functions as the command line
(``styra kolada sync``, ``styra load``), so that the two never drift apart.
"""

import os
from datetime import UTC, datetime
from pathlib import Path

from django.utils.translation import gettext as _
from django_tasks import task

from . import jobs
from .models import Job


def bundle_dir() -> Path:
    """Where the sync writes the bundle that is then loaded: ``STYRA_BUNDLE`` when it is
    set (the bundle ``styra load`` reads), else var/kolada (``styra load --fetch``'s)."""
    from styra.kolada.bundle import fetched_bundle_path

    configured = os.environ.get("STYRA_BUNDLE", "")
    return Path(configured) if configured else fetched_bundle_path()


@task()
def sync_and_load(job_id: int) -> dict:
    """Fetch a fresh Agenda 2030 bundle from Kolada, load it as ``styra load`` does
    (which prepares the analyses too) and say what was loaded."""
    return jobs.run(job_id, _sync_and_load)


def _sync_and_load(job: Job) -> dict:
    from styra.cli.data import load
    from styra.kolada.client import DEFAULT_BASE_URL, KoladaClient
    from styra.kolada.sync import sync_bundle

    out_dir = Path(job.params.get("out") or bundle_dir())
    base_url = job.params.get("base_url") or DEFAULT_BASE_URL
    started = datetime.now(UTC).isoformat(timespec="seconds")
    with KoladaClient(base_url) as client:
        manifest = sync_bundle(
            client, out_dir, synced_at=started, progress=lambda text: jobs.report(job, text)
        )
    jobs.report(job, _("Laddar värdena från %(dir)s …") % {"dir": out_dir})
    load.main([str(out_dir)], standalone_mode=False)  # click: errors raise, no exit
    loaded = _("Laddat värdena från %(dir)s (%(n)s anrop till Kolada).")
    jobs.report(job, loaded % {"dir": out_dir, "n": manifest["requests"]})
    return {"bundle": str(out_dir), "files": manifest["files"]}


@task()
def warm_analyses(job_id: int) -> int:
    """Recompute the prepared analyses (snapshot, batches, every member's default
    analysis) into the files every web process reads; how many analyses are ready."""
    return jobs.run(job_id, _warm)


def _warm(job: Job) -> int:
    from styra.web.nulage.services import warm
    from styra.web.nulage.store import cache_root

    if cache_root() is None:
        jobs.report(job, "STYRA_CACHE_DIR is empty: each process computes its own analyses")
        return 0
    ready = warm(compute=True)
    jobs.report(job, f"{ready} analyses ready")
    return ready
