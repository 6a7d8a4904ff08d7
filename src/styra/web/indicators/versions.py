"""Data versions: counters bumped whenever what a kept page or analysis reads changes.

Two kinds: ``KOLADA`` (one row: ``styra load``, the values every analysis
shares, kept in memory per process) and each organisation's own parts
(``OwnDataVersion``): ``data`` (own indicators, values and targets, which its
analysis reads) and ``mandate-<goal>`` (its rådighet levels of one goal, which
its goal and KPI pages show). Cached results carry the versions of what they
read in their key, so a change shows at once in every worker process (the
counters are read from the database), and only the pages that show it are made
again: a rådighet level saved in Växjö leaves Växjö's overview and every other
organisation's pages kept.
"""

from dataclasses import dataclass, field

from django.db import IntegrityError, connection, transaction
from django.db.models import F

from styra.sdg import parse_target_id

from .models import DataVersion, OwnDataVersion

KOLADA = 1  # the row id
DATA = "data"  # own indicators, values and targets


def mandate_part(goal: int) -> str:
    """The part counting the rådighet levels of one goal's targets."""
    return f"mandate-{goal}"


@dataclass(frozen=True)
class Versions:
    """The Kolada version and one organisation's own parts (absent: never changed)."""

    kolada: int
    own: dict[str, int] = field(default_factory=dict)

    @property
    def data(self) -> int:
        return self.own.get(DATA, 0)

    def mandate(self, *goals: int) -> tuple[int, ...]:
        return tuple(self.own.get(mandate_part(goal), 0) for goal in goals)


KOLADA_SQL = f"SELECT version FROM {DataVersion._meta.db_table} WHERE id = %s"
VERSIONS_SQL = (  # the Kolada row under the part "", then the organisation's parts
    f"SELECT '', version FROM {DataVersion._meta.db_table} WHERE id = %s "
    f"UNION ALL SELECT part, version FROM {OwnDataVersion._meta.db_table} "
    "WHERE organisation_id = %s"
)


def kolada_version() -> int:
    """The Kolada data version in one plain query."""
    with connection.cursor() as cursor:
        cursor.execute(KOLADA_SQL, [KOLADA])
        row = cursor.fetchone()
    return row[0] if row else 0


def versions_of(organisation_id: str) -> Versions:
    """The Kolada version and the organisation's own parts, in one plain query (every
    analysis page asks: no ORM query building)."""
    with connection.cursor() as cursor:
        cursor.execute(VERSIONS_SQL, [KOLADA, organisation_id])
        rows = dict(cursor.fetchall())
    return Versions(kolada=rows.pop("", 0), own=rows)


def own_version(organisation_id: str, part: str = DATA) -> int:
    found = OwnDataVersion.objects.filter(organisation_id=organisation_id, part=part)
    return found.values_list("version", flat=True).first() or 0


def bump_kolada() -> None:
    """Count one load of Kolada values (call inside the transaction that makes it)."""
    if not DataVersion.objects.filter(pk=KOLADA).update(version=F("version") + 1):
        DataVersion.objects.create(pk=KOLADA, version=1)


def bump_own(organisation_id: str, part: str = DATA) -> None:
    """Count one change of the organisation's own data (inside the transaction making it)."""
    rows = OwnDataVersion.objects.filter(organisation_id=organisation_id, part=part)
    if rows.update(version=F("version") + 1):
        return
    try:
        with transaction.atomic():  # a savepoint: another request may create it first
            OwnDataVersion.objects.create(organisation_id=organisation_id, part=part, version=1)
    except IntegrityError:
        rows.update(version=F("version") + 1)


def bump_mandate(organisation_id: str, target_id: str) -> None:
    """Count one change of a rådighet level (the goal of ``target_id``)."""
    goal = int(parse_target_id(target_id).split(".")[0])
    bump_own(organisation_id, mandate_part(goal))
