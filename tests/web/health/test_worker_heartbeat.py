"""``styra worker`` writes a heartbeat from a thread beside the tasks; a database that
fails for a moment stops it only for that moment (docs/deployment.md#health-checks)."""

import threading
from datetime import timedelta

import pytest
from django.db import OperationalError
from django.utils import timezone

from styra.web.health import heartbeat
from styra.web.health.models import WorkerHeartbeat

pytestmark = pytest.mark.django_db(transaction=True)  # the thread has its own connection


def test_the_thread_writes_the_heartbeat_and_stops():
    stop_heartbeat = heartbeat.start_heartbeat(interval=0.05)
    try:
        for _ in range(200):
            if WorkerHeartbeat.objects.exists():
                break
            threading.Event().wait(0.05)
    finally:
        stop_heartbeat()
    assert not [t for t in threading.enumerate() if t.name == "heartbeat"]
    (row,) = WorkerHeartbeat.objects.all()
    assert row.worker == heartbeat.worker_name()
    assert timezone.now() - row.beat_at < timedelta(seconds=30)


def test_a_failed_write_is_retried_and_old_workers_forgotten(monkeypatch, caplog):
    gone = timezone.now() - timedelta(days=8)
    WorkerHeartbeat.objects.create(worker="gone.kommun.se:1", beat_at=gone)
    real_record = heartbeat.record_heartbeat
    stop = threading.Event()
    calls = []

    def flaky(name):
        calls.append(name)
        if len(calls) == 1:
            raise OperationalError("the database system is shutting down")
        real_record(name)
        stop.set()

    monkeypatch.setattr(heartbeat, "record_heartbeat", flaky)
    heartbeat.beat_until(stop, "worker.kommun.se:7", interval=0.01)
    assert len(calls) == 2
    workers = set(WorkerHeartbeat.objects.values_list("worker", flat=True))
    assert "worker.kommun.se:7" in workers and "gone.kommun.se:1" not in workers
    assert "worker heartbeat not written" in caplog.text
