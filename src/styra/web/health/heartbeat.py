"""The worker's heartbeat: a background thread of ``styra worker`` writes it, /healthz reads it."""

import logging
import os
import socket
import threading
from collections.abc import Callable
from datetime import timedelta

from django.conf import settings
from django.db import DatabaseError, connection
from django.utils import timezone

from styra.web.health.models import WorkerHeartbeat

logger = logging.getLogger(__name__)
# Rows of workers gone for this long are removed when a worker starts.
FORGET_AFTER = timedelta(days=7)


def worker_name() -> str:
    return f"{socket.gethostname()}:{os.getpid()}"[:200]


def record_heartbeat(name: str) -> None:
    WorkerHeartbeat.objects.update_or_create(worker=name, defaults={"beat_at": timezone.now()})


def last_heartbeat():
    return WorkerHeartbeat.objects.order_by("-beat_at").values_list("beat_at", flat=True).first()


def forget_old_workers() -> None:
    WorkerHeartbeat.objects.filter(beat_at__lt=timezone.now() - FORGET_AFTER).delete()


def beat_until(stop: threading.Event, name: str, interval: float) -> None:
    """Write the heartbeat every ``interval`` seconds until ``stop`` is set. A failed write
    (the database restarting) is logged and the connection dropped, so the next one
    connects afresh: the heartbeat resumes by itself."""
    first = True
    while not stop.is_set():
        try:
            if first:
                forget_old_workers()
            record_heartbeat(name)
            first = False
        except DatabaseError:
            logger.warning("worker heartbeat not written; trying again in %s s", interval)
            connection.close()
        stop.wait(interval)
    connection.close()


def start_heartbeat(interval: float | None = None) -> Callable[[], None]:
    """Start the heartbeat thread (a daemon: it ends with the worker); call the returned
    function to stop it and wait for it."""
    stop = threading.Event()
    seconds = interval if interval is not None else settings.STYRA_WORKER_HEARTBEAT_SECONDS
    thread = threading.Thread(
        target=beat_until, args=(stop, worker_name(), seconds), name="heartbeat", daemon=True
    )
    thread.start()

    def stop_heartbeat() -> None:
        stop.set()
        thread.join(timeout=10)

    return stop_heartbeat
