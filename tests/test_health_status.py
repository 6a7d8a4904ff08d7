"""The answer of /healthz from its checks' results (styra.health, pure)."""

from datetime import UTC, datetime, timedelta

from styra import health

NOW = datetime(2026, 3, 12, 9, 0, tzinfo=UTC)
FINE = {name: {"status": "ok"} for name in ("database", "cache", "storage")}


def test_a_fresh_heartbeat_is_alive_and_an_old_one_stale():
    fresh = health.worker_check(NOW - timedelta(seconds=20), NOW, stale_after_seconds=120)
    old = health.worker_check(NOW - timedelta(seconds=121), NOW, stale_after_seconds=120)
    assert fresh == {
        "status": "ok",
        "last_heartbeat": "2026-03-12T08:59:40+00:00",
        "age_seconds": 20,
    }
    assert (old["status"], old["age_seconds"]) == ("stale", 121)


def test_no_heartbeat_at_all_is_missing():
    assert health.worker_check(None, NOW, 120)["status"] == "missing"


def test_ok_degraded_and_error():
    assert health.overall_status({**FINE, "worker": {"status": "ok"}}) == "ok"
    assert health.overall_status({**FINE, "worker": {"status": "not_used"}}) == "ok"
    for silent in ("stale", "missing", "unknown"):
        assert health.overall_status({**FINE, "worker": {"status": silent}}) == "degraded"
    broken = {**FINE, "storage": {"status": "error"}, "worker": {"status": "ok"}}
    assert health.overall_status(broken) == "error"
    assert health.overall_status({"database": {"status": "ok"}}) == "error"  # a check missing


def test_only_error_takes_the_server_out():
    assert [health.http_status(s) for s in ("ok", "degraded", "error")] == [200, 200, 503]
