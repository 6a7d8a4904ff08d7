"""Every KPI a region is analysed on has values for most of the 21 regions (real bundle)."""

import polars as pl
import pytest

from styra.agenda2030 import kpis_for_area_type, load_curated_kpis
from tests.agenda2030.shared_files import KOLADA

VALUES = KOLADA / "values_all_kpis_1994_2022.parquet"


@pytest.fixture(scope="module")
def region_coverage() -> dict[str, tuple[int, int]]:
    if not VALUES.is_file():
        pytest.skip(f"the Kolada values are not at {VALUES}")
    regions = (
        pl.scan_parquet(VALUES)
        .filter(
            pl.col("municipality_id").str.contains(r"^00\d\d$")
            & (pl.col("municipality_id") != "0000")
        )
        .group_by("kpi")
        .agg(
            pl.col("municipality_id").n_unique().alias("regions"),
            pl.col("year").max().alias("last"),
        )
        .collect()
    )
    return {row["kpi"]: (row["regions"], row["last"]) for row in regions.iter_rows(named=True)}


@pytest.mark.bundle
def test_regional_rows_have_recent_values_for_most_regions(region_coverage):
    regional = [kpi for kpi in load_curated_kpis() if kpi.origin == "styra_regional"]
    for kpi in regional:
        regions, last = region_coverage.get(kpi.kpi_id, (0, 0))
        assert regions >= 15, f"{kpi.kpi_id} has values for only {regions} regions"
        assert last >= 2020, f"{kpi.kpi_id} ends in {last}"


@pytest.mark.bundle
def test_a_region_has_data_for_goals_1_to_16(region_coverage):
    covered = {
        kpi.goal for kpi in kpis_for_area_type("L") if region_coverage.get(kpi.kpi_id, (0, 0))[0]
    }
    assert set(range(1, 17)) <= covered
