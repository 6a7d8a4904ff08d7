"""Own values from an uploaded file: read and check, preview, then save all or nothing.

Between the preview and "Spara" the checked rows travel in a hidden field,
signed for the organisation and user (``styra.web.common.previews``) so that nobody
can alter them or replay them elsewhere. On confirm they are checked again
against the database as it is then (an indicator may have been deleted
meanwhile) and written in one transaction.
"""

import dataclasses
from dataclasses import dataclass

from django.db import transaction

from styra.tables import OwnValueRow, Table, TableRow, parse_own_values, read_own_values
from styra.tables.reading import display_name
from styra.tables.values import COLUMNS
from styra.web.common import previews, uploadlimits
from styra.web.organisations.models import Organisation

from .models import OwnIndicator, OwnValue
from .versions import bump_own

MAX_ROWS = 20_000
PREVIEW_ROWS = 50
PURPOSE = "indicators.upload"


@dataclass(frozen=True)
class Counts:
    new: int
    changed: int
    unchanged: int

    @property
    def total(self) -> int:
        return self.new + self.changed + self.unchanged


def known_codes(organisation: Organisation) -> dict[str, int]:
    """The organisation's own indicator codes and their primary keys."""
    return dict(OwnIndicator.objects.filter(organisation=organisation).values_list("code", "pk"))


def known_areas() -> set[str]:
    return set(Organisation.objects.values_list("pk", flat=True))


def check_upload(organisation: Organisation, data: bytes, filename: str) -> list[OwnValueRow]:
    """The file's rows, all checked; raises ``TableError`` or ``RowErrors``."""
    limits = uploadlimits.table_limits(MAX_ROWS)
    return read_own_values(data, filename, known_codes(organisation), known_areas(), limits)


def _stored(organisation: Organisation) -> dict[tuple[int, str, int, str], float | None]:
    values = OwnValue.objects.filter(indicator__organisation=organisation).values_list(
        "indicator_id", "area_id", "year", "gender", "value"
    )
    return {(pk, area, year, gender): value for pk, area, year, gender, value in values}


def compare(organisation: Organisation, rows: list[OwnValueRow]) -> Counts:
    """How many of ``rows`` are new, change a stored value, or repeat it."""
    codes, stored = known_codes(organisation), _stored(organisation)
    new = changed = 0
    for row in rows:
        key = (codes[row.indicator], row.area, row.year, row.gender)
        if key not in stored:
            new += 1
        elif stored[key] != row.value:
            changed += 1
    return Counts(new=new, changed=changed, unchanged=len(rows) - new - changed)


def sign_rows(organisation: Organisation, user, filename: str, rows: list[OwnValueRow]) -> str:
    payload = {
        "file": filename,
        "rows": [
            [r.row, r.indicator, r.area, r.year, r.gender, "" if r.value is None else repr(r.value)]
            for r in rows
        ],
    }
    return previews.sign(payload, PURPOSE, organisation.pk, user.pk)


def unsign_rows(organisation: Organisation, user, token: str) -> tuple[str, list[OwnValueRow]]:
    """The file name and rows of a preview, checked again; raises ``signing.BadSignature``
    (``SignatureExpired`` when too old), ``RowErrors`` if the database changed."""
    payload = previews.unsign(token, PURPOSE, organisation.pk, user.pk)
    names = ("indicator", "area", "year", "gender", "value")
    table = Table(
        headings={name: display_name(name, COLUMNS) for name in names},
        rows=tuple(
            TableRow(number=row[0], cells=dict(zip(names, map(str, row[1:]), strict=True)))
            for row in payload["rows"]
        ),
    )
    return payload["file"], parse_own_values(table, known_codes(organisation), known_areas())


def save_values(organisation: Organisation, rows: list[OwnValueRow]) -> Counts:
    """Insert or update every row in one transaction, and bump the data version."""
    with transaction.atomic():
        counts = compare(organisation, rows)
        codes = known_codes(organisation)
        OwnValue.objects.bulk_create(
            [
                OwnValue(
                    indicator_id=codes[row.indicator],
                    area_id=row.area,
                    year=row.year,
                    gender=row.gender,
                    value=row.value,
                )
                for row in rows
            ],
            batch_size=1000,
            update_conflicts=True,
            unique_fields=["indicator", "area", "year", "gender"],
            update_fields=["value"],
        )
        bump_own(organisation.pk)
    return counts


def shown(row: OwnValueRow) -> OwnValueRow:
    """The row as the preview shows it: the value rounded to 6 decimals (Excel's float noise)."""
    if row.value is None:
        return row
    return dataclasses.replace(row, value=round(row.value, 6))
