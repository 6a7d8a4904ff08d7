"""What ``GET /healthz`` answers, worked out from the checks' results (docs/deployment.md).

Pure: the web shell (styra.web.health) runs the probes and hands their results
here. The database, the cache and the file storage are needed for every page: one
of them failing is an ``error`` (HTTP 503, the load balancer takes the server out).
A background worker that has not reported for a while is ``degraded``: pages still
work, only documents and Kolada syncs wait.
"""

from datetime import datetime

OK, DEGRADED, ERROR = "ok", "degraded", "error"
# The checks without which no page can be served.
ESSENTIAL = ("database", "cache", "storage")
# The worker's own states: reporting, silent for too long (or never), not needed
# (tasks run in the request), not known (the database that holds the heartbeat failed).
WORKER_ALIVE, WORKER_STALE, WORKER_MISSING = "ok", "stale", "missing"
WORKER_NOT_USED, WORKER_UNKNOWN = "not_used", "unknown"


def worker_check(last_heartbeat: datetime | None, now: datetime, stale_after_seconds: int) -> dict:
    """The worker's part of the answer, from its newest heartbeat."""
    if last_heartbeat is None:
        return {"status": WORKER_MISSING, "last_heartbeat": None, "age_seconds": None}
    age = max(0, round((now - last_heartbeat).total_seconds()))
    return {
        "status": WORKER_ALIVE if age <= stale_after_seconds else WORKER_STALE,
        "last_heartbeat": last_heartbeat.isoformat(),
        "age_seconds": age,
    }


def overall_status(checks: dict[str, dict]) -> str:
    """``error`` when an essential check failed, ``degraded`` when the worker is silent,
    else ``ok``."""
    if any(checks.get(name, {}).get("status") != OK for name in ESSENTIAL):
        return ERROR
    worker = checks.get("worker", {}).get("status", WORKER_NOT_USED)
    if worker in (WORKER_STALE, WORKER_MISSING, WORKER_UNKNOWN):
        return DEGRADED
    return OK


def http_status(status: str) -> int:
    """200 while the server can serve pages (also degraded), 503 when it cannot."""
    return 503 if status == ERROR else 200
