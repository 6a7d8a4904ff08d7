"""/api/v1/values: Kolada's values filtered by KPI, area, year and gender, paged by an
opaque cursor (no row lost or repeated across pages) or streamed whole as CSV; bad input
is a 400 naming the parameter."""

import csv
import io

import pytest

from styra.web.indicators.models import Value
from tests.web.analysis_data import (  # noqa: F401  (the fixtures of the real data)
    sample_loaded,
    sample_org_a,
    sample_org_b,
)

pytestmark = pytest.mark.usefixtures("no_rate_limits")
URL = "/api/v1/values"
KEY = ("kpi_id", "area_id", "year", "gender")


def expected(**filters) -> list[tuple]:
    found = Value.objects.filter(**filters).order_by(*KEY)
    return list(found.values_list(*KEY, "value"))


def as_tuples(results: list[dict]) -> list[tuple]:
    return [(r["kpi_id"], r["area_id"], r["year"], r["gender"], r["value"]) for r in results]


def test_paging_through_every_page_loses_and_repeats_no_row(client, org_a):
    url = f"{URL}?kpi=N00401,N00945&area=0180,1480,1280&limit=7"
    rows, pages = [], 0
    while url:
        page = client.get(url).json()
        assert len(page["results"]) <= 7
        rows += as_tuples(page["results"])
        url, pages = page["next"], pages + 1
        assert url is None or url.startswith("http://testserver/api/v1/values?")
    want = expected(kpi_id__in=["N00401", "N00945"], area_id__in=["0180", "1480", "1280"])
    assert len(want) > 30 and pages == -(-len(want) // 7)
    assert rows == want


def test_filters_by_year_range_and_gender(client, org_a):
    page = client.get(f"{URL}?kpi=N00404&area=0180&from_year=2015&to_year=2018&gender=K").json()
    want = expected(kpi_id="N00404", area_id="0180", year__range=(2015, 2018), gender="K")
    assert as_tuples(page["results"]) == want and len(want) == 4
    assert page["next"] is None
    assert page["source"] == "Källa: Kolada (RKA)" and page["licence"] == "CC BY 4.0"


def test_filters_by_a_list_of_years(client, org_a):
    page = client.get(f"{URL}?kpi=N00401&area=0180,1480&year=2015,2020&gender=T").json()
    assert {(r["area_id"], r["year"]) for r in page["results"]} == {
        ("0180", 2015),
        ("0180", 2020),
        ("1480", 2015),
        ("1480", 2020),
    }


def test_a_missing_value_is_null_never_0(client, org_a):
    Value.objects.create(kpi_id="N00401", area_id="0180", year=1990, gender="T", value=None)
    page = client.get(f"{URL}?kpi=N00401&area=0180&year=1990").json()
    assert page["results"] == [
        {"kpi_id": "N00401", "area_id": "0180", "year": 1990, "gender": "T", "value": None}
    ]
    text = b"".join(client.get(f"{URL}?kpi=N00401&area=0180&year=1990&format=csv")).decode()
    assert text.splitlines()[1] == "N00401,0180,1990,T,"


def test_csv_streams_every_row_with_source_and_licence_in_the_headers(client, org_a):
    response = client.get(f"{URL}?kpi=N00401,N00945&format=csv&limit=5")
    assert response.status_code == 200 and response.streaming
    assert response["Content-Type"] == "text/csv; charset=utf-8"
    assert response["Link"] == '<https://creativecommons.org/licenses/by/4.0/>; rel="license"'
    assert response["X-Source"] == "Kolada (RKA), CC BY 4.0"
    reader = csv.reader(io.StringIO(b"".join(response.streaming_content).decode()))
    assert next(reader) == ["kpi_id", "area_id", "year", "gender", "value"]
    rows = [(k, a, int(y), g, float(v) if v else None) for k, a, y, g, v in reader]
    want = expected(kpi_id__in=["N00401", "N00945"])
    assert len(want) > 1000 and rows == want  # all rows: no pages in CSV


@pytest.mark.parametrize(
    ("query", "parameter", "words"),
    [
        ("kpi=N00401,X12345", "kpi", "X12345"),
        ("area=0180,9876", "area", "9876"),
        ("kpi=N0040%00", "kpi", "N0040"),
        ("year=2020,20x1", "year", "20x1"),
        ("from_year=tjugo", "from_year", "from_year"),
        ("gender=X", "gender", "gender"),
        ("limit=0", "limit", "limit"),
        ("limit=10001", "limit", "limit"),
        ("cursor=bm90LWEtY3Vyc29y", "cursor", "next"),
        ("cursor=%%%", "cursor", "next"),
        ("format=xml", "format", "format"),
    ],
)
def test_bad_input_is_a_400_naming_the_parameter(client, org_a, query, parameter, words):
    response = client.get(f"{URL}?{query}")
    assert response.status_code == 400
    assert response.json()["parameter"] == parameter
    assert words in response.json()["detail"]


def test_a_cursor_of_ours_reads_on_after_its_row(client, org_a):
    first = client.get(f"{URL}?kpi=N00401&area=0180&limit=2").json()
    cursor = first["next"].split("cursor=")[1].split("&")[0]
    second = client.get(f"{URL}?kpi=N00401&area=0180&limit=2&cursor={cursor}").json()
    assert (
        as_tuples(first["results"] + second["results"])
        == expected(kpi_id="N00401", area_id="0180")[:4]
    )


def test_the_csv_is_the_same_text_whoever_writes_it(org_a):
    """On PostgreSQL the database writes the CSV (COPY); elsewhere Python writes it: the
    same bytes either way (whole numbers without ".0", missing values empty)."""
    from styra.web.public import values

    chosen = values.ValueFilter(kpis=("N00401", "N00945"))
    streamed = b"".join(
        piece if isinstance(piece, bytes) else piece.encode() for piece in values.csv_stream(chosen)
    )
    written = "".join(values.csv_lines(values.rows(chosen))).encode()
    assert streamed.count(b"\n") > 1000 and streamed == written
