"""The curated Agenda 2030 set as a polars frame, the form the analysis engine reads."""

import dataclasses

import polars as pl

from styra.agenda2030.curated import COLUMNS, CuratedKpi, load_curated_kpis

SCHEMA = pl.Schema(
    {
        "kpi_id": pl.String(),
        "title": pl.String(),
        "goal": pl.Int64(),
        "secondary_goal": pl.Int64(),
        "targets": pl.List(pl.String()),
        "polarity": pl.Int64(),
        "unit": pl.String(),
        "municipality_type": pl.String(),
        "origin": pl.String(),
        "target_value": pl.Float64(),
        "target_year": pl.Int64(),
        "lower_bound": pl.Float64(),
        "upper_bound": pl.Float64(),
        "bound_source": pl.String(),
        "comparable": pl.Boolean(),
        "rationale": pl.String(),
    }
)
assert tuple(SCHEMA.names()) == COLUMNS


def kpis_frame(kpis: tuple[CuratedKpi, ...]) -> pl.DataFrame:
    """One row per KPI, columns as in kpis.csv; ``targets`` is a list column, blanks are null."""
    rows = [dataclasses.asdict(kpi) | {"targets": list(kpi.targets)} for kpi in kpis]
    return pl.DataFrame(rows, schema=SCHEMA, orient="row" if not rows else None)


def curated_kpis_frame() -> pl.DataFrame:
    """Styra's shipped curated Agenda 2030 set as a frame (see ``kpis_frame``)."""
    return kpis_frame(load_curated_kpis())
