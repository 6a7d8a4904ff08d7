"""A request after the database server dropped a kept connection still works.

PostgreSQL connections are kept between requests (STYRA_DB_CONN_MAX_AGE); when
the server drops one (a restart, a failover, an idle timeout), the health
check at the start of the next request replaces it instead of failing that
request. SQLite opens a fresh connection for every request: nothing to drop.
"""

import pytest
from django.db import close_old_connections, connection, connections
from django.urls import reverse

pytestmark = pytest.mark.django_db(transaction=True)  # real connections, no test transaction


def terminate_from_another_connection(pid: int) -> None:
    other = connections.create_connection("default")
    try:
        with other.cursor() as cursor:
            cursor.execute("SELECT pg_terminate_backend(%s)", [pid])
            assert cursor.fetchone() == (True,)
    finally:
        other.close()


def get_as_a_request(client, url: str):
    """What every request starts with (the test client leaves it out), then the request."""
    close_old_connections()
    return client.get(url)


def test_a_request_after_the_connection_was_dropped_works(client_for, editor_a):
    if connection.vendor != "postgresql":
        assert connection.settings_dict["CONN_MAX_AGE"] == 0  # never kept
        return
    client = client_for(editor_a)
    url = reverse("accounts-home")
    assert get_as_a_request(client, url).status_code == 200
    with connection.cursor() as cursor:
        cursor.execute("SELECT pg_backend_pid()")
        (pid,) = cursor.fetchone()
    terminate_from_another_connection(pid)
    assert get_as_a_request(client, url).status_code == 200
