"""``GET /healthz`` reports the database, the cache, the storage and the worker's newest
heartbeat, for anyone, never cached, without a session, and without anything that
names the inside of the installation (docs/deployment.md#health-checks)."""

from datetime import timedelta

import pytest
from django.test import Client
from django.utils import timezone

import styra
from styra.web.health import probes
from styra.web.health.models import WorkerHeartbeat
from tests.web.background.worker import DATABASE_TASKS

pytestmark = pytest.mark.django_db
# What a failing check's exception says: host, path, user, password. None of it may show.
SECRET_DETAILS = "connection to db.internal.kommun.se as styra_owner password=hemligt /srv/media"


@pytest.fixture(autouse=True)
def _database_tasks(settings):
    settings.TASKS = DATABASE_TASKS
    settings.STYRA_WORKER_STALE_SECONDS = 120


def healthz(client=None, **extra):
    return (client or Client()).get("/healthz", **extra)


def beat(seconds_ago: int, worker: str = "web1.kommun.se:4242") -> None:
    beat_at = timezone.now() - timedelta(seconds=seconds_ago)
    WorkerHeartbeat.objects.update_or_create(worker=worker, defaults={"beat_at": beat_at})


def test_everything_ok_with_a_fresh_heartbeat():
    beat(300, "old.kommun.se:1")
    beat(5)
    response = healthz()
    body = response.json()
    assert response.status_code == 200
    assert body["status"] == "ok" and body["version"] == styra.__version__
    assert {name: check["status"] for name, check in body["checks"].items()} == {
        "database": "ok",
        "cache": "ok",
        "storage": "ok",
        "worker": "ok",
    }
    worker = body["checks"]["worker"]
    assert 5 <= worker["age_seconds"] < 120  # the newest of the two
    assert (
        worker["last_heartbeat"]
        == WorkerHeartbeat.objects.get(worker__startswith="web1").beat_at.isoformat()
    )
    assert "kommun.se" not in response.content.decode()  # no worker's host name


def test_a_silent_worker_is_degraded_but_still_200():
    beat(121)
    response = healthz()
    assert response.status_code == 200
    assert response.json()["status"] == "degraded"
    assert response.json()["checks"]["worker"]["status"] == "stale"
    WorkerHeartbeat.objects.all().delete()
    assert healthz().json()["checks"]["worker"]["status"] == "missing"


def test_no_worker_needed_when_tasks_run_in_the_request(settings):
    settings.TASKS = {"default": {"BACKEND": "django_tasks.backends.immediate.ImmediateBackend"}}
    body = healthz().json()
    assert body["status"] == "ok" and body["checks"]["worker"]["status"] == "not_used"


@pytest.mark.parametrize("failing", ["database", "cache", "storage"])
def test_a_failing_check_answers_503_without_details(failing, monkeypatch, caplog):
    beat(5)

    def fail(*args, **kwargs):
        raise RuntimeError(SECRET_DETAILS)

    monkeypatch.setattr(probes, f"probe_{failing}", fail)
    response = healthz()
    body = response.json()
    assert response.status_code == 503
    assert body["status"] == "error" and body["checks"][failing]["status"] == "error"
    text = response.content.decode()
    for detail in ("db.internal", "styra_owner", "hemligt", "/srv", "RuntimeError"):
        assert detail not in text
    assert SECRET_DETAILS in caplog.text  # the operator finds it in the log
    if failing == "database":
        assert body["checks"]["worker"]["status"] == "unknown"


def test_the_storage_probe_leaves_no_file(settings):
    assert healthz().status_code == 200
    leftovers = list(settings.PRIVATE_MEDIA_ROOT.rglob("*.*"))
    assert leftovers == []


def test_nothing_names_paths_hosts_or_settings(settings):
    text = healthz().content.decode()
    for inside in (str(settings.PRIVATE_MEDIA_ROOT), settings.SECRET_KEY, "sqlite", "postgres"):
        assert inside not in text
    assert set(healthz().json()) == {"status", "checks", "version"}


def test_never_cached_no_session_no_csrf(admin_a, client_for):
    response = healthz(client_for(admin_a))
    assert "no-store" in response["Cache-Control"] and "no-cache" in response["Cache-Control"]
    anonymous = healthz()
    assert anonymous.cookies == {} and "Set-Cookie" not in anonymous.headers
    assert Client(enforce_csrf_checks=True).head("/healthz").status_code == 200
    assert Client(enforce_csrf_checks=True).post("/healthz").status_code == 405  # not a 403


def test_plain_http_is_not_redirected_behind_https(settings):
    settings.SECURE_SSL_REDIRECT = True
    assert healthz().status_code == 200
    assert Client().get("/").status_code == 301  # every other page goes to https
