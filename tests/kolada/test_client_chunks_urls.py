"""Long id lists are split so every URL stays under the limit, in few requests."""

import pytest
from polars.testing import assert_frame_equal

from styra.kolada.client import KoladaError, chunk_ids, plan_data_urls
from tests.kolada.fake_kolada import AGENDA_KPIS, OTHER_KPIS


def test_chunk_ids_packs_ids_under_the_budget():
    assert chunk_ids(["N00401", "N00945", "U01405"], 13) == [["N00401", "N00945"], ["U01405"]]
    assert chunk_ids(["0180"], 4) == [["0180"]]
    with pytest.raises(ValueError):
        chunk_ids(["N00401"], 5)


def test_real_sized_lists_give_short_urls_and_few_requests():
    kpis = [f"N{number:05d}" for number in range(6100)]
    areas = [f"{number:04d}" for number in range(312)]
    base = "https://api.kolada.se/v2"

    agenda = plan_data_urls(base, kpis[:84], areas, None, 2000)
    every = plan_data_urls(base, kpis, None, list(range(1994, 2023)), 2000)

    assert len(agenda) == 2 and len(every) == 25
    assert all(len(url) <= 2000 - 40 for url in agenda + every)
    rebuilt = {kpi for url in every for kpi in url.split("/data/kpi/")[1].split("/")[0].split(",")}
    assert rebuilt == set(kpis)


def test_chunked_requests_give_the_same_values(fake_kolada, make_client):
    fake_kolada.max_url_length = 160
    area_ids = [area["id"] for area in fake_kolada.source.municipalities]
    kpis = [*AGENDA_KPIS, *OTHER_KPIS]

    values = make_client(max_url_length=160, per_page=5000).fetch_values(kpis, area_ids)

    assert_frame_equal(values, fake_kolada.source.values)
    first_pages = [path for path in fake_kolada.data_requests() if "?page=" not in path]
    assert len(first_pages) > 4  # split by KPI and by area, each under the server's limit


def test_an_over_long_url_is_refused_by_the_server(fake_kolada, make_client, waits):
    fake_kolada.max_url_length = 160
    area_ids = [area["id"] for area in fake_kolada.source.municipalities]

    with pytest.raises(KoladaError, match="HTTP 400: .*Too Long"):
        make_client(max_url_length=2000).fetch_values(AGENDA_KPIS, area_ids)
    assert waits == []


def test_concurrency_is_bounded(fake_kolada, make_client):
    fake_kolada.delay = 0.02
    area_ids = [area["id"] for area in fake_kolada.source.municipalities]

    make_client(concurrency=2, max_url_length=130).fetch_values(AGENDA_KPIS, area_ids)

    assert 1 <= fake_kolada.max_in_flight <= 2
