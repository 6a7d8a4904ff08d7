"""Data versions: counters bumped whenever what the analysis reads changes.

Two scopes: ``KOLADA`` (``styra load``: the values every analysis shares, kept
in memory per process) and ``OWN`` (an organisation's own indicators, values
and targets: only the cached analyses). Cached results carry the versions in
their key, so a change shows at once in every worker process (the counters are
read from the database).
"""

from django.db import connection
from django.db.models import F

from .models import DataVersion

KOLADA, OWN = 1, 2  # the row ids


VERSIONS_SQL = f"SELECT id, version FROM {DataVersion._meta.db_table}"


def current_versions() -> tuple[int, int]:
    """``(kolada, own)`` in one plain query (every page asks: no ORM query building)."""
    with connection.cursor() as cursor:
        cursor.execute(VERSIONS_SQL)
        rows = dict(cursor.fetchall())
    return rows.get(KOLADA, 0), rows.get(OWN, 0)


def current_version() -> int:
    """The sum of both counters: changes whenever either does."""
    return sum(current_versions())


def bump_version(scope: int = OWN) -> None:
    """Count one change (call inside the transaction that makes it)."""
    if not DataVersion.objects.filter(pk=scope).update(version=F("version") + 1):
        DataVersion.objects.create(pk=scope, version=1)
