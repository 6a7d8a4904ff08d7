"""The probes of /healthz: each answers a small dict with a status and its time, and
never the error text (it may name hosts, paths or users); the error goes to the log."""

import logging
import time
import uuid
from collections.abc import Callable

from django.conf import settings
from django.core.cache import caches
from django.core.files.base import ContentFile
from django.db import connection
from django.utils import timezone

from styra import health
from styra.web.health.heartbeat import last_heartbeat
from styra.web.organisations.models import private_storage

logger = logging.getLogger(__name__)
IMMEDIATE_BACKEND = "django_tasks.backends.immediate.ImmediateBackend"
PROBE_CONTENT = b"styra healthz probe"


def timed(name: str, probe: Callable[[], None]) -> dict:
    started = time.perf_counter()
    try:
        probe()
        status = health.OK
    except Exception:
        logger.exception("health check %s failed", name)
        status = health.ERROR
    return {"status": status, "ms": round((time.perf_counter() - started) * 1000, 1)}


def probe_database() -> None:
    with connection.cursor() as cursor:
        cursor.execute("SELECT 1")
        if cursor.fetchone() != (1,):
            raise RuntimeError("SELECT 1 answered something else")


def probe_cache() -> None:
    cache = caches["default"]
    key, value = f"healthz:{uuid.uuid4().hex}", uuid.uuid4().hex
    cache.set(key, value, timeout=30)
    try:
        if cache.get(key) != value:
            raise RuntimeError("the cache did not give back what was written")
    finally:
        cache.delete(key)


def probe_storage() -> None:
    """Write, read and delete a small file through the private storage's Storage API
    (the local file system or S3 alike)."""
    storage = private_storage()
    name = storage.save(f"healthz/{uuid.uuid4().hex}.txt", ContentFile(PROBE_CONTENT))
    try:
        with storage.open(name, "rb") as probe:
            if probe.read() != PROBE_CONTENT:
                raise RuntimeError("the storage did not give back what was written")
    finally:
        storage.delete(name)


def check_worker(database_ok: bool) -> dict:
    if settings.TASKS["default"]["BACKEND"] == IMMEDIATE_BACKEND:
        return {"status": health.WORKER_NOT_USED, "last_heartbeat": None, "age_seconds": None}
    if not database_ok:
        return {"status": health.WORKER_UNKNOWN, "last_heartbeat": None, "age_seconds": None}
    try:
        last = last_heartbeat()
    except Exception:
        logger.exception("health check worker failed")
        return {"status": health.WORKER_UNKNOWN, "last_heartbeat": None, "age_seconds": None}
    return health.worker_check(last, timezone.now(), settings.STYRA_WORKER_STALE_SECONDS)


def run_checks() -> dict[str, dict]:
    checks = {
        "database": timed("database", probe_database),
        "cache": timed("cache", probe_cache),
        "storage": timed("storage", probe_storage),
    }
    checks["worker"] = check_worker(checks["database"]["status"] == health.OK)
    return checks
