"""M12 twins on the real Kolada bundle (2022): Växjö's twins, and a kommun worked by hand."""

import math

import polars as pl
import pytest

from styra.analysis.twins import DEFAULT_KPIS, Term, default_terms, find_twins, twins_of_all
from styra.kolada.bundle import read_skr_kommungrupper
from tests.shared_data import REAL_BUNDLE as BUNDLE

pytestmark = pytest.mark.bundle


@pytest.fixture(scope="module")
def structure():
    """``(values, kommuner)``: the default KPIs' values straight from the parquet file."""
    if not BUNDLE.is_dir():
        pytest.skip(f"the real Kolada bundle is not at {BUNDLE}")
    raw = pl.scan_parquet(BUNDLE / "values_all_kpis_1994_2022.parquet")
    values = (
        raw.filter(pl.col("kpi").is_in(list(DEFAULT_KPIS)))
        .rename({"kpi": "kpi_id", "municipality_id": "area_id"})
        .collect()
    )
    kommuner = read_skr_kommungrupper(BUNDLE).select("area_id", "skr_code")
    return values, kommuner


def test_vaxjo_has_twenty_regional_centres_as_twins(structure):
    result = find_twins(*structure, "0780", default_terms())
    ids = [twin.area_id for twin in result.twins]
    assert len(ids) == 20 and (result.compared, result.skipped) == (289, 0)
    assert ids[:3] == ["1880", "1980", "0880"]  # Örebro, Västerås, Kalmar
    kpis, group = result.terms[:-1], result.terms[-1]
    assert all(term.year == 2022 and term.areas_with_value == 290 for term in kpis)
    assert (group.kpi_id, group.year, group.areas_with_value) == ("kommungrupp", None, 290)


def test_one_kpi_by_hand_from_the_raw_values(structure):
    values, kommuner = structure
    income = values.filter(
        (pl.col("kpi_id") == "N00905") & (pl.col("year") == 2022) & (pl.col("gender") == "T")
    ).join(kommuner, on="area_id")
    raw = dict(income.select("area_id", "value").iter_rows())
    q1, median, q3 = (income["value"].quantile(q, "linear") for q in (0.25, 0.5, 0.75))
    result = find_twins(values, kommuner, "0780", (Term("N00905"),), count=1)
    twin = result.twins[0]
    expected = abs(raw["0780"] - raw[twin.area_id]) / (q3 - q1)
    assert twin.distance == pytest.approx(expected)
    nearest = min((abs(v - raw["0780"]), k) for k, v in raw.items() if k != "0780")
    assert twin.area_id == nearest[1] and not math.isnan(median)


def test_every_kommun_at_once_agrees_with_one_at_a_time(structure):
    every = twins_of_all(*structure, default_terms())
    assert every.height == 290 * 20
    one = find_twins(*structure, "2281", default_terms())  # Sundsvall
    of_one = every.filter(pl.col("area_id") == "2281")
    assert of_one["twin_id"].to_list() == [twin.area_id for twin in one.twins]
    assert of_one["distance"].to_list() == pytest.approx([twin.distance for twin in one.twins])
