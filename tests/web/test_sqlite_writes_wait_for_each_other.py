"""On SQLite a write waits for another connection's transaction instead of failing,
and reads go on meanwhile (WAL). Two connections to a file in tmp_path, with the
options settings.py gives SQLite (whichever database the suite runs on)."""

import threading
import time

import pytest
from django.conf import settings
from django.db.utils import ConnectionHandler


@pytest.fixture(autouse=True)
def own_connections(django_db_blocker):
    """These tests open their own SQLite files, not the suite's test database."""
    with django_db_blocker.unblock():
        yield


def sqlite_connections(path):
    """Connections (one per thread) to a fresh SQLite file with Styra's options."""
    handler = ConnectionHandler(
        {
            "default": {
                "ENGINE": "django.db.backends.sqlite3",
                "NAME": str(path),
                "OPTIONS": dict(settings.SQLITE_OPTIONS),
            }
        }
    )
    with handler["default"].cursor() as cursor:
        cursor.execute("CREATE TABLE login (id INTEGER PRIMARY KEY, who TEXT)")
    return handler


def hold_a_write_transaction(handler, holding: threading.Event, release: threading.Event):
    connection = handler["default"]
    with connection.cursor() as cursor:
        cursor.execute("BEGIN IMMEDIATE")  # what a long `styra load` transaction holds
        cursor.execute("INSERT INTO login (who) VALUES ('load')")
        holding.set()
        release.wait(timeout=30)
        time.sleep(0.3)  # the other writer is now waiting for the lock
        cursor.execute("COMMIT")
    connection.close()


def test_a_write_waits_for_the_lock_and_succeeds(tmp_path):
    handler = sqlite_connections(tmp_path / "styra.sqlite3")
    holding, release = threading.Event(), threading.Event()
    holder = threading.Thread(target=hold_a_write_transaction, args=(handler, holding, release))
    holder.start()
    assert holding.wait(timeout=30)
    with handler["default"].cursor() as cursor:
        cursor.execute("SELECT count(*) FROM login")  # reading is not blocked
        assert cursor.fetchone() == (0,)
        release.set()
        cursor.execute("INSERT INTO login (who) VALUES ('a user')")  # waits, then succeeds
        cursor.execute("SELECT who FROM login ORDER BY id")
        assert cursor.fetchall() == [("load",), ("a user",)]
    holder.join(timeout=30)
    handler.close_all()


def test_sqlite_runs_in_wal_mode_with_a_long_busy_timeout(tmp_path):
    handler = sqlite_connections(tmp_path / "styra.sqlite3")
    with handler["default"].cursor() as cursor:
        cursor.execute("PRAGMA journal_mode")
        assert cursor.fetchone() == ("wal",)
        cursor.execute("PRAGMA busy_timeout")
        assert cursor.fetchone()[0] >= 20_000  # ms; Python's default 5 s gave the 500s
    handler.close_all()
