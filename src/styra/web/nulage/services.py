"""The nulägesanalys of one area for the web: the engine's result, cached per data version.

The catalog is Styra's curated set plus the organisation's own indicators;
the values are Kolada's plus the organisation's own; the targets are the
organisation's (else the curated defaults). Without ``own`` (a user who is not
a member) only the Kolada part: curated KPIs, Kolada's values, default targets.
Results are cached under the Kolada data version and, with ``own``, the
version of the organisation's own data, so any change to values, own
indicators or targets shows at once (and another organisation's change leaves
them kept).

``warm`` prepares, before anyone asks, what the first pages need: the
snapshot, both batches and the default analysis of every organisation with
members, written to the snapshot's files (``styra load``, ``styra serve``)
for every process to read.
"""

import hashlib
from dataclasses import dataclass

import polars as pl
from django.core.cache import cache

from styra.analysis import AreaAnalysis, analyse_area, series
from styra.analysis.reference import ALL as ALL_REFERENCE
from styra.analysis.series import KpiSeries
from styra.web.indicators.own import own_catalog_rows, own_values_rows, targets_of
from styra.web.indicators.versions import own_version
from styra.web.organisations.models import Organisation

from .comparison import Comparison, resolve
from .data import VALUE_SCHEMA, Snapshot, snapshot

CACHE_SECONDS = 24 * 3600
CATALOG_COLUMNS = (
    "kpi_id",
    "title",
    "goal",
    "polarity",
    "unit",
    "municipality_type",
    "target_value",
    "target_year",
    "lower_bound",
    "upper_bound",
    "bound_source",
    "comparable",
)


@dataclass(frozen=True)
class AreaData:
    """The catalog and values one area's analysis reads (own indicators included)."""

    catalog: pl.DataFrame
    values: pl.DataFrame
    targets: dict[str, tuple[float, int]]
    has_own: bool


def area_data(area: Organisation, snap: Snapshot, own: bool = True) -> AreaData:
    """The area's catalog, values and targets; the organisation's own only with ``own``."""
    catalog = snap.catalog.select(CATALOG_COLUMNS)
    values = snap.values
    if not own:
        return AreaData(catalog, values, {}, False)
    own_rows = own_catalog_rows(area)
    if own_rows:
        own = pl.DataFrame(
            [{column: row.get(column) for column in CATALOG_COLUMNS} for row in own_rows],
            schema=catalog.schema,
        )
        catalog = pl.concat([catalog, own])
        own_values = pl.DataFrame(own_values_rows(area), schema=VALUE_SCHEMA, orient="row")
        values = pl.concat([values, own_values])
    return AreaData(catalog, values, targets_of(area), bool(own_rows))


def analysis_year(snap: Snapshot, asked: str | None) -> int:
    """The year asked for if the data covers it, else the latest year with values."""
    first, latest = snap.years or (0, 0)
    if asked and asked.isdigit() and first <= int(asked) <= latest:
        return int(asked)
    return latest


def analyse(
    area: Organisation, comparison: Comparison, year: int, snap: Snapshot, own: bool = True
) -> AreaAnalysis:
    """The area's analysis (cached per data version, comparison, year and ``own``)."""
    read = own_key(area, own)
    key = f"styra:nulage:{snap.version}:{read}:{area.pk}:{year}:{comparison.key}"
    found = cache.get(key)
    if found is None and own and snap.store is not None:
        found = snap.store.read_object(persisted_name(area, comparison, year, read), CACHE_SECONDS)
        if found is not None:
            cache.set(key, found, CACHE_SECONDS)
    if found is not None:
        return found
    result = compute_analysis(area, comparison, year, snap, own)
    cache.set(key, result, CACHE_SECONDS)
    return result


def compute_analysis(
    area: Organisation, comparison: Comparison, year: int, snap: Snapshot, own: bool = True
) -> AreaAnalysis:
    data = area_data(area, snap, own)
    use_batch = comparison.reference.kind == ALL_REFERENCE and not data.has_own
    return analyse_area(
        data.values,
        data.catalog,
        snap.areas,
        area.pk,
        year,
        reference=comparison.reference,
        targets=data.targets,
        batch=snap.batch(area.type) if use_batch else None,
        ranking=comparison.ranking,
    )


def own_key(area: Organisation, own: bool) -> str:
    """What of the area's own data an analysis read: ``k`` (Kolada only) or ``o<version>``."""
    return f"o{own_version(area.pk)}" if own else "k"


def persisted_name(area: Organisation, comparison: Comparison, year: int, read: str) -> str:
    """The file name of an analysis in the snapshot's store (the store is the Kolada data's;
    ``read``: ``own_key``, the own data's version)."""
    digest = hashlib.sha256(comparison.key.encode()).hexdigest()[:12]
    return f"analysis-{read}-{area.pk}-{year}-{digest}"


def warm(compute: bool = True) -> int:
    """Read or build the snapshot and both batches, then the default analysis (all areas
    of the same type, latest year) of every organisation with members: computed and
    written where missing when ``compute``, else only read. Returns how many are ready."""
    snap = snapshot()
    for area_type in ("K", "L"):
        snap.batch(area_type)
    year = analysis_year(snap, None)
    members = set(
        Organisation.objects.filter(memberships__isnull=False).values_list("pk", flat=True)
    )
    areas = [snap.organisations[pk] for pk in sorted(members) if pk in snap.organisations]
    ready = 0
    for area in (area for area in areas if year and not area.is_riket):
        comparison = resolve({}, area, snap)
        name = persisted_name(area, comparison, year, own_key(area, True))
        stored = snap.store is not None and snap.store.has_object(name, CACHE_SECONDS)
        if compute or stored:
            result = analyse(area, comparison, year, snap)  # from the file when stored
            if compute and snap.store is not None and not stored:
                snap.store.write_object(name, result)
            ready += 1
    return ready


def kpi_series(
    area: Organisation,
    comparison: Comparison,
    year: int,
    kpi_id: str,
    polarity: int,
    snap: Snapshot,
    own: bool = True,
) -> KpiSeries:
    """The KPI page's series (``styra.analysis.series``), cached per data version."""
    # "series": a new name, so no entry pickled with the class at its old path is read.
    parts = (snap.version, own_key(area, own), area.pk, year, kpi_id, comparison.key)
    key = ":".join(["styra:series", *map(str, parts)])
    found = cache.get(key)
    if found is not None:
        return found
    of_type = snap.areas.filter(pl.col("type") == area.type)["area_id"]
    result = series.kpi_series(
        area_data(area, snap, own).values,
        kpi_id,
        polarity,
        area.pk,
        year,
        reference=comparison.reference,
        of_type=of_type.to_list(),
    )
    cache.set(key, result, CACHE_SECONDS)
    return result
