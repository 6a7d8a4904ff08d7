"""When the database cannot be reached (PostgreSQL restarting, a failover), a page answers
503 "Styra kan inte nå databasen just nu" with Retry-After, not 500; a query that fails
for another reason is still a 500 (tests/web/test_server_error_page_survives.py)."""

import psycopg
import pytest
from django.db import InterfaceError, OperationalError
from django.db.backends.utils import CursorWrapper
from django.test import Client

from styra.web.errors import database_unreachable

pytestmark = [pytest.mark.urls("tests.web.error_views"), pytest.mark.django_db]


@pytest.fixture(autouse=True)
def _production(settings):
    settings.DEBUG = False


def django_error(cause: Exception) -> OperationalError:
    """What Django raises for a psycopg error: its own class, the driver's as the cause."""
    try:
        raise OperationalError(str(cause)) from cause
    except OperationalError as error:
        return error


def test_which_errors_mean_out_of_reach():
    refused = psycopg.OperationalError("connection refused")  # no SQLSTATE
    assert database_unreachable(django_error(refused))
    assert database_unreachable(django_error(psycopg.errors.AdminShutdown("terminating")))
    assert database_unreachable(django_error(psycopg.errors.CannotConnectNow("starting up")))
    assert database_unreachable(django_error(psycopg.errors.TooManyConnections("full")))
    assert database_unreachable(InterfaceError("connection already closed"))
    assert not database_unreachable(django_error(psycopg.errors.QueryCanceled("timeout")))
    assert not database_unreachable(OperationalError("database is locked"))  # SQLite
    assert not database_unreachable(RuntimeError("a bug"))
    assert not database_unreachable(None)


def test_a_page_answers_503_while_the_database_is_out_of_reach(viewer_a, monkeypatch):
    def out_of_reach(*args, **kwargs):
        raise django_error(psycopg.OperationalError("connection to 10.0.0.5 refused"))

    client = Client(raise_request_exception=False)
    client.force_login(viewer_a, backend="styra.web.accounts.backends.UserAndRolesBackend")
    monkeypatch.setattr(CursorWrapper, "execute", out_of_reach)
    response = client.get("/prov/databas/")
    text = response.content.decode()
    assert response.status_code == 503
    assert response["Retry-After"] == "10" and response["Cache-Control"] == "no-store"
    assert "<h1>Styra kan inte nå databasen just nu</h1>" in text
    assert 'class="main-nav"' in text and "Vad kan du göra nu?" in text
    assert "10.0.0.5" not in text


def test_plain_html_when_the_layout_fails_too(monkeypatch):
    from styra.web import errors

    def broken_template(name):
        raise ValueError("the static manifest is missing")

    def out_of_reach(*args, **kwargs):
        raise InterfaceError("connection already closed")

    monkeypatch.setattr(errors.loader, "get_template", broken_template)
    monkeypatch.setattr(CursorWrapper, "execute", out_of_reach)
    response = Client(raise_request_exception=False).get("/prov/databas/")
    assert response.status_code == 503
    assert "<main><h1>Styra kan inte nå databasen just nu</h1>" in response.content.decode()
