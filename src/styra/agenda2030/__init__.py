"""Styra's curated Agenda 2030 KPI set (docs/agenda2030-mapping.md)."""

from styra.agenda2030.curated import (
    COLUMNS,
    ORIGINS,
    CuratedKpi,
    CuratedSetError,
    kpis_for_area_type,
    kpis_for_goal,
    load_curated_kpis,
    parse_curated_kpis,
)
from styra.agenda2030.frame import curated_kpis_frame, kpis_frame

__all__ = [
    "COLUMNS",
    "ORIGINS",
    "CuratedKpi",
    "CuratedSetError",
    "curated_kpis_frame",
    "kpis_for_area_type",
    "kpis_for_goal",
    "kpis_frame",
    "load_curated_kpis",
    "parse_curated_kpis",
]
