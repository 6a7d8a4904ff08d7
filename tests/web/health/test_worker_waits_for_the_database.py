"""``styra worker`` outlives a database restart: django-tasks-db's worker stops at the
first database error, and Styra's starts it again while the database is out of reach;
any other database error still stops it."""

import psycopg
import pytest
from django.db import OperationalError

from styra.cli import worker


def unreachable() -> OperationalError:
    try:
        raise OperationalError("refused") from psycopg.OperationalError("connection refused")
    except OperationalError as error:
        return error


@pytest.fixture
def runs(monkeypatch):
    """The db_worker runs: each raises the next error of the list, then returns."""
    errors, calls = [], []

    def db_worker(name, **options):
        calls.append(options["batch"])
        if errors:
            raise errors.pop(0)

    monkeypatch.setattr("django.core.management.call_command", db_worker)
    monkeypatch.setattr(worker.time, "sleep", lambda seconds: None)
    return errors, calls


def test_started_again_while_the_database_is_out_of_reach(runs, capsys):
    errors, calls = runs
    errors.extend([unreachable(), unreachable()])
    worker.run_until_done(batch=False)
    assert calls == [False, False, False]
    assert capsys.readouterr().err.count("the database cannot be reached") == 2


def test_other_database_errors_still_stop_it(runs):
    errors, calls = runs
    errors.append(OperationalError("no such table: django_tasks_database_dbtaskresult"))
    with pytest.raises(OperationalError):
        worker.run_until_done(batch=True)
    assert calls == [True]
