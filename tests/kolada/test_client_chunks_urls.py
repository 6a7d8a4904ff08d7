"""Long id and year lists are split as Kolada v3 demands (at most 25 ids per list,
20 years per request, URLs under the limit), in as few requests as that allows."""

import pytest
from polars.testing import assert_frame_equal

from styra.kolada.client import KoladaError, chunk_ids, plan_data_urls, split_evenly
from tests.kolada.fake_kolada import AGENDA_KPIS, OTHER_KPIS

BASE = "https://api.kolada.se/v3"


def lists_of(url: str) -> dict[str, list[str]]:
    parts = url.removeprefix(f"{BASE}/data/").split("/")
    return {name: ids.split(",") for name, ids in zip(parts[::2], parts[1::2], strict=True)}


def test_chunk_ids_keeps_to_the_count_and_the_budget():
    assert chunk_ids(["N00401", "N00945", "U01405"], 25, 13) == [["N00401", "N00945"], ["U01405"]]
    assert chunk_ids(["a", "b", "c", "d", "e"], 2, 100) == [["a", "b"], ["c", "d"], ["e"]]
    assert chunk_ids(["0180"], 25, 4) == [["0180"]]
    with pytest.raises(ValueError):
        chunk_ids(["N00401"], 25, 5)


def test_split_evenly_gives_runs_of_about_equal_size():
    assert split_evenly(list("abcdefg"), 3) == [["a", "b", "c"], ["d", "e"], ["f", "g"]]
    assert [len(run) for run in split_evenly([str(n) for n in range(312)], 13)] == [24] * 13


def test_real_sized_lists_keep_to_kolada_v3_limits():
    kpis = [f"N{number:05d}" for number in range(6100)]
    areas = [f"{number:04d}" for number in range(312)]
    years = list(range(1994, 2023))

    agenda = plan_data_urls(BASE, kpis[:84], areas, None, 2000)
    every = plan_data_urls(BASE, kpis, None, years, 2000)

    assert len(agenda) == 4 * 13  # 84 KPIs in 4 runs of 21, 312 areas in 13 runs of 24
    assert len(every) == 244 * 2  # 6,100 KPIs in runs of 25, 29 years in runs of 15 and 14
    for url in agenda + every:
        lists = lists_of(url)
        assert len(url) <= 2000 - 40
        assert len(lists["kpi"]) <= 25 and len(lists.get("municipality", [])) <= 25
        assert len(lists.get("year", [])) <= 20
    assert {tuple(lists_of(url)["year"]) for url in every} == {
        tuple(map(str, years[:15])),
        tuple(map(str, years[15:])),
    }
    asked = {
        (k, a)
        for url in agenda
        for k in lists_of(url)["kpi"]
        for a in lists_of(url)["municipality"]
    }
    assert asked == {(k, a) for k in kpis[:84] for a in areas}  # each pair exactly once
    assert (
        sum(len(lists_of(url)["kpi"]) * len(lists_of(url)["municipality"]) for url in agenda)
        == 84 * 312
    )


def test_a_url_still_too_long_splits_its_longest_list_further():
    urls = plan_data_urls(BASE, ["N00401", "N00945"], ["0180", "1480", "1280"], None, 110)

    assert all(len(url) <= 110 - 40 for url in urls)
    assert {area for url in urls for area in lists_of(url)["municipality"]} == {
        "0180",
        "1480",
        "1280",
    }
    with pytest.raises(ValueError, match="no room"):
        plan_data_urls(BASE, ["N00401"], ["0180"], None, 95)
    with pytest.raises(ValueError, match="two of three"):
        plan_data_urls(BASE, ["N00401"], None, None, 2000)


def test_the_server_refuses_more_than_25_ids_and_the_client_never_sends_them(
    fake_kolada, make_client, waits
):
    area_ids = [area["id"] for area in fake_kolada.source.municipalities]
    unknown = [f"N9{number:04d}" for number in range(22)]  # Kolada has no values for these
    kpis = [*AGENDA_KPIS, *OTHER_KPIS, *unknown]  # 30 ids
    with pytest.raises(KoladaError, match=r"HTTP 400: .*at most 25 values in 'kpi', got 30"):
        make_client(max_ids=30).fetch_values(kpis, area_ids)
    assert waits == []  # a refusal is not retried

    fake_kolada.requests.clear()
    values = make_client().fetch_values(kpis, area_ids)

    assert_frame_equal(values, fake_kolada.source.values)
    assert sorted(len(lists_of_path(path)["kpi"]) for path in first_pages(fake_kolada)) == [15, 15]


def test_every_list_is_split_to_the_limit(fake_kolada, make_client):
    area_ids = [area["id"] for area in fake_kolada.source.municipalities]
    fake_kolada.max_ids = 5  # the slice is small: a limit of 5 makes areas split too

    values = make_client(max_ids=5).fetch_values([*AGENDA_KPIS, *OTHER_KPIS], area_ids)

    assert_frame_equal(values, fake_kolada.source.values)
    lists = [lists_of_path(path) for path in first_pages(fake_kolada)]
    assert len(lists) == 2 * 5  # 8 KPIs in 2 runs, 21 areas in 5 runs
    assert all(len(ids) <= 5 for each in lists for ids in each.values())


def test_more_than_20_years_are_split_into_several_requests(fake_kolada, make_client):
    years = list(range(1994, 2023))
    with pytest.raises(KoladaError, match=r"HTTP 400: .*at most 20 values in 'year', got 29"):
        make_client(max_years=29).fetch_values(["N01951"], years=years)

    fake_kolada.requests.clear()
    values = make_client().fetch_values(["N01951"], years=years)

    expected = fake_kolada.source.values.filter(fake_kolada.source.values["kpi"] == "N01951")
    assert_frame_equal(values, expected)
    assert sorted(len(lists_of_path(path)["year"]) for path in first_pages(fake_kolada)) == [14, 15]


def test_kpi_metadata_by_id_is_asked_25_at_a_time(fake_kolada, make_client):
    ids = [*AGENDA_KPIS, *OTHER_KPIS]
    fake_kolada.max_ids = 3

    kpis = make_client(max_ids=3).fetch_kpis(ids)

    assert sorted(kpi.id for kpi in kpis) == sorted(ids)
    assert len([path for path in fake_kolada.requests if "/kpi/" in path]) == 3


def test_chunked_requests_give_the_same_values_under_a_url_limit(fake_kolada, make_client):
    fake_kolada.max_url_length = 160
    area_ids = [area["id"] for area in fake_kolada.source.municipalities]
    kpis = [*AGENDA_KPIS, *OTHER_KPIS]

    values = make_client(max_url_length=160, per_page=5000).fetch_values(kpis, area_ids)

    assert_frame_equal(values, fake_kolada.source.values)
    assert len(first_pages(fake_kolada)) > 4  # split by KPI and by area, each under the limit


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


def first_pages(fake) -> list[str]:
    return [path for path in fake.data_requests() if "?page=" not in path]


def lists_of_path(path: str) -> dict[str, list[str]]:
    parts = path.split("?")[0].split("/data/")[1].split("/")
    return {name: ids.split(",") for name, ids in zip(parts[::2], parts[1::2], strict=True)}
