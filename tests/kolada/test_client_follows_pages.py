"""The client reads every page Kolada offers and gives back exactly the source data."""

import polars as pl
from polars.testing import assert_frame_equal

from styra import __version__
from tests.kolada.fake_kolada import AGENDA_KPIS, OTHER_KPIS


def test_values_across_many_pages_equal_the_source_slice(fake_kolada, make_client):
    client = make_client(per_page=100)
    area_ids = [area["id"] for area in fake_kolada.source.municipalities]

    values = client.fetch_values([*AGENDA_KPIS, *OTHER_KPIS], municipality_ids=area_ids)

    assert values.height == fake_kolada.source.values.height
    assert_frame_equal(values, fake_kolada.source.values)
    pages = fake_kolada.data_requests()
    assert len(pages) >= len(fake_kolada.source.data) // 100
    assert sum("?page=" in page for page in pages) >= 20  # next_url followed again and again


def test_pages_linked_with_the_v2_names_are_followed_too(fake_kolada, make_client):
    fake_kolada.links = ("next_page", "previous_page")

    values = make_client(per_page=10).fetch_values(["N00401"], years=[2018, 2019, 2020])

    expected = fake_kolada.source.values.filter(
        (pl.col("kpi") == "N00401") & pl.col("year").is_in([2018, 2019, 2020])
    )
    assert_frame_equal(values, expected)
    assert any("?page=2" in page for page in fake_kolada.data_requests())


def test_values_by_year_keep_only_those_years(fake_kolada, make_client):
    values = make_client().fetch_values(["N01951"], years=[2020, 2021])

    expected = fake_kolada.source.values.filter(
        (pl.col("kpi") == "N01951") & pl.col("year").is_in([2020, 2021])
    )
    assert_frame_equal(values, expected)
    assert values.schema["year"] == pl.Int16 and values.schema["value"] == pl.Float64


def test_metadata_is_read_to_the_end_of_every_list(fake_kolada, make_client):
    client = make_client(per_page=4)

    assert [a.id for a in client.fetch_municipalities()] == [
        a["id"] for a in fake_kolada.source.municipalities
    ]
    assert len(client.fetch_municipality_groups()) == len(fake_kolada.source.municipality_groups)
    kpis = client.fetch_kpis()
    assert len(kpis) == len(fake_kolada.source.kpis) == 9
    assert {kpi.id for kpi in client.fetch_kpis(["N00401", "N01951"])} == {"N00401", "N01951"}
    assert [g.id for g in client.fetch_kpi_groups()][:2] == ["G2KPI130255", "G2KPI196561"]


def test_requests_name_styra_and_its_version(fake_kolada, make_client):
    make_client().fetch_municipalities()

    (agent,) = fake_kolada.user_agents
    assert agent.startswith(f"Styra/{__version__} (+https://")
