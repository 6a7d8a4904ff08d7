"""The engine on the real Kolada bundle (2022): Stockholm, Ånge, Region Stockholm."""

import polars as pl
import pytest

from styra.analysis import AnalysisSettings, analyse_all, analyse_area, kommungrupp
from styra.kolada.bundle import read_skr_kommungrupper
from tests.shared_data import REAL_BUNDLE as BUNDLE

pytestmark = pytest.mark.bundle


def raw_totals(kpi_id: str, year: int) -> dict[str, float]:
    """Straight from the parquet file, no Styra reader in between."""
    raw = pl.read_parquet(BUNDLE / "values_all_kpis_1994_2022.parquet")
    raw = raw.filter(
        (pl.col("kpi") == kpi_id) & (pl.col("year") == year) & (pl.col("gender") == "T")
    )
    return dict(raw.select("municipality_id", "value").iter_rows())


def mid_rank_percentile(own: float, others: list[float], sign: int) -> float:
    worse = sum(sign * x < sign * own for x in others)
    tied = sum(x == own for x in others)
    return 100 * (worse + tied / 2) / len(others)


def test_stockholm_emissions_by_hand(bundle):
    analysis = analyse_area(*bundle, "0180", 2022)
    n00401 = {k.kpi_id: k for k in analysis.kpis}["N00401"]
    raw = raw_totals("N00401", 2022)
    kommuner = {a: v for a, v in raw.items() if a != "0000" and not a.startswith("00")}
    others = [v for a, v in kommuner.items() if a != "0180"]
    assert n00401.value == raw["0180"] and n00401.value_year == 2022
    assert n00401.reference_size == len(kommuner) == 290
    assert n00401.percentile == pytest.approx(mid_rank_percentile(raw["0180"], others, -1))
    assert len(analysis.goals) == 17 and analysis.overall_index is not None


def test_small_kommun_in_its_kommungrupp(bundle):
    values, catalog, areas = bundle
    group = kommungrupp(read_skr_kommungrupper(BUNDLE), "2260")
    analysis = analyse_area(values, catalog, areas, "2260", 2022, reference=group)
    n00401 = {k.kpi_id: k for k in analysis.kpis}["N00401"]
    raw = raw_totals("N00401", 2022)
    others = [raw[a] for a in group.area_ids if a in raw and a != "2260"]
    assert n00401.reference_size == len(others) + 1
    assert n00401.percentile == pytest.approx(mid_rank_percentile(raw["2260"], others, -1))
    assert analysis.title == "Ånge"


def test_region_is_compared_with_regions_on_its_own_set(bundle):
    analysis = analyse_area(*bundle, "0001", 2022)
    assert analysis.area_type == "L" and analysis.reference.label == "alla regioner"
    assert all(k.reference_size <= 21 for k in analysis.kpis)
    kpi_types = dict(bundle[1].select("kpi_id", "municipality_type").iter_rows())
    assert {kpi_types[k.kpi_id] for k in analysis.kpis} <= {"L", "A"}
    assert any(k.value is not None for k in analysis.kpis)


def test_batch_for_all_kommuner_matches_the_single_call(bundle):
    values, catalog, areas = bundle
    batch = analyse_all(values, catalog, areas, "K", AnalysisSettings())
    assert batch.rows["area_id"].n_unique() == 290
    assert analyse_area(values, catalog, areas, "0180", 2022, batch=batch) == analyse_area(
        values, catalog, areas, "0180", 2022
    )
