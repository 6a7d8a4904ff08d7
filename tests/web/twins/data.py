"""The real Kolada sample plus the values and catalog rows of the twins' structure KPIs."""

import dataclasses
from functools import cache

import polars as pl

from styra.analysis.twins import DEFAULT_KPIS
from styra.kolada.bundle import Bundle, read_kpis, with_extra_kpis
from tests.shared_data import REAL_BUNDLE
from tests.web.analysis_data import sample_bundle


@cache
def twins_bundle(all_areas: bool = False) -> Bundle:
    """``sample_bundle(all_areas)`` with the structure KPIs of its areas (read once)."""
    base = sample_bundle(all_areas=all_areas)
    structure = [kpi for kpi in DEFAULT_KPIS if kpi not in set(base.kpis["kpi_id"])]
    kpis = read_kpis(REAL_BUNDLE).filter(pl.col("kpi_id").is_in(pl.Series(structure).implode()))
    values = with_extra_kpis(REAL_BUNDLE, base.values, structure)
    areas = base.values["area_id"].unique().implode()
    return dataclasses.replace(
        base,
        values=values.filter(pl.col("area_id").is_in(areas)),
        kpis=pl.concat([base.kpis, kpis.select(base.kpis.columns)]),
    )
