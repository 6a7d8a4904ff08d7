"""A null value, a non-empty status or a deleted value from Kolada stays missing:
never 0, never the number."""

import httpx
import polars as pl
import pytest

from styra.kolada.client import KoladaClient
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


def test_a_deleted_value_stays_null():
    entries = [
        {"gender": "T", "count": 1, "status": "", "value": 12.5, "isdeleted": True},
        {"gender": "K", "count": 1, "status": "", "value": 11.0, "isdeleted": False},
    ]
    body = {
        "values": [{"kpi": "N00401", "municipality": "0180", "period": 2020, "values": entries}]
    }
    transport = httpx.MockTransport(lambda request: httpx.Response(200, json=body))

    with KoladaClient("https://kolada.test/v3", transport=transport) as client:
        values = client.fetch_values(["N00401"], years=[2020])

    assert values.select("gender", "value").rows() == [("K", 11.0), ("T", None)]
