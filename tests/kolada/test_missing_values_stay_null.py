"""A null value or a non-empty status from Kolada stays missing: never 0, never the number."""

import polars as pl
import pytest

from tests.kolada.fake_kolada import MISSING


@pytest.mark.parametrize(("kpi", "area", "year", "gender", "sent", "status"), MISSING)
def test_missing_and_suppressed_values_stay_null(
    kpi, area, year, gender, sent, status, make_client
):
    values = make_client().fetch_values([kpi], municipality_ids=[area])

    row = values.filter(
        (pl.col("year") == year)
        & (pl.col("gender") == gender)
        & (pl.col("municipality_id") == area)
    )
    assert row.height == 1
    assert row["value"].to_list() == [None]
