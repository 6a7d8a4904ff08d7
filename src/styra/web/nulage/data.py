"""The frames the analysis engine reads, built from the database once per data version.

Each worker process keeps the areas, the Kolada values of the curated KPIs and
the M1–M3 batch over all kommuner / all regions in memory, keyed by the Kolada
data version (``styra.web.indicators.versions``): after ``styra load`` the next
request rebuilds. An organisation's own data (indicators, values, targets) is
not in it: its version only keys that organisation's cached analyses.

The values and the batches are built once per Kolada data for all processes:
the first process that needs them (or ``styra load``, or ``styra serve``
before it starts the workers) writes them to files (store.py), which the
others, and later starts, read instead of building them again.
"""

import threading
from dataclasses import dataclass, field

import polars as pl
from django.db import connection

from styra.agenda2030 import curated_kpis_frame
from styra.analysis import Batch, ReferenceSet, all_of_type, analyse_all
from styra.web.indicators.models import Value
from styra.web.indicators.versions import kolada_version
from styra.web.organisations.models import Organisation

from . import store as files
from .store import Store, store_for

VALUE_SCHEMA = {
    "kpi_id": pl.Utf8,
    "area_id": pl.Utf8,
    "year": pl.Int16,
    "gender": pl.Utf8,
    "value": pl.Float64,
}
AREA_SCHEMA = {"area_id": pl.Utf8, "title": pl.Utf8, "type": pl.Utf8, "skr_code": pl.Utf8}


@dataclass
class Snapshot:
    """What the database held at ``version``; batches are computed on first use."""

    version: int  # the Kolada data version
    areas: pl.DataFrame  # area_id, title, type, skr_code
    values: pl.DataFrame  # Kolada values of the curated KPIs, all areas
    catalog: pl.DataFrame  # the curated KPI set
    organisations: dict[str, Organisation]  # by Kolada id, read with the areas
    years: tuple[int, int] | None  # first and last year with values
    everyone: dict[str, ReferenceSet]  # all kommuner (K) / all regions (L)
    store: Store | None = None  # the files of this data (None: persisting is off)
    batches: dict[str, Batch] = field(default_factory=dict)
    lock: threading.Lock = field(default_factory=threading.Lock)

    def batch(self, area_type: str) -> Batch:
        with self.lock:
            if area_type not in self.batches:
                self.batches[area_type] = self._read_or_build_batch(area_type)
            return self.batches[area_type]

    def _read_or_build_batch(self, area_type: str) -> Batch:
        def build() -> Batch:
            return analyse_all(self.values, self.catalog, self.areas, area_type)

        if self.store is None:
            return build()
        name = f"batch-{area_type}"
        with self.store.locked():
            batch = self.store.read_object(name)
            if batch is None:
                batch = build()
                self.store.write_object(name, batch)
        return batch

    @property
    def latest_year(self) -> int | None:
        return self.years[1] if self.years else None

    def all_of_type(self, area_type: str) -> ReferenceSet:
        """All kommuner or all regions (computed once per snapshot)."""
        return self.everyone[area_type]

    def skr(self) -> pl.DataFrame:
        """``area_id, skr_code, kommungrupp`` as ``styra.analysis.kommungrupp`` reads it."""
        return self.areas.filter(pl.col("skr_code") != "").select(
            "area_id", "skr_code", pl.col("kommungrupp")
        )


def read_areas() -> pl.DataFrame:
    rows = Organisation.objects.values_list("kolada_id", "name", "type", "skr_code", "skr_name")
    frame = pl.DataFrame(list(rows), schema={**AREA_SCHEMA, "kommungrupp": pl.Utf8}, orient="row")
    return frame


def read_values(kpi_ids: list[str]) -> pl.DataFrame:
    """All stored values of these KPIs, straight from the database cursor."""
    table = Value._meta.db_table
    marks = ", ".join(["%s"] * len(kpi_ids))
    sql = (
        f"SELECT kpi_id, area_id, year, gender, value FROM {table} "  # fixed names; ids are params
        f"WHERE kpi_id IN ({marks})"
    )
    with connection.cursor() as cursor:
        cursor.execute(sql, kpi_ids)
        rows = cursor.fetchall()
    return pl.DataFrame(rows, schema=VALUE_SCHEMA, orient="row")


_current: Snapshot | None = None
_building = threading.Lock()


def snapshot(version: int | None = None) -> Snapshot:
    """The data of the current Kolada version (rebuilt when it changed); ``version``: the
    caller read it already (``versions_of``)."""
    global _current
    if version is None:
        version = kolada_version()
    current = _current
    if current is not None and current.version == version:
        return current
    with _building:
        if _current is None or _current.version != version:
            _current = read_snapshot(version)
        return _current


def read_snapshot(version: int) -> Snapshot:
    """The frames of ``version``: the values from its file when one was written, else the
    database (writing the file for the others)."""
    catalog = curated_kpis_frame()
    store = store_for(version)
    if store is None:
        values = read_values(catalog["kpi_id"].to_list())
    else:
        with store.locked():
            values = store.read_frame("values")
            if values is None:
                values = read_values(catalog["kpi_id"].to_list())
                store.write_frame("values", values)
    areas = read_areas()
    first, last = values["year"].min(), values["year"].max()
    return Snapshot(
        version=version,
        areas=areas,
        values=values,
        catalog=catalog,
        organisations={o.pk: o for o in Organisation.objects.all()},
        years=(int(first), int(last)) if values.height else None,
        everyone={kind: all_of_type(areas, kind) for kind in ("K", "L")},
        store=store,
    )


def data_fingerprint() -> str:
    """What identifies the Kolada data now in the database (see store.py)."""
    return files.data_fingerprint(kolada_version())
