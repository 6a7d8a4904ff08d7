"""PUT own indicator values with a token: all rows checked first, saved in one go,
counted, and the data version bumped so that the analysis sees the new values."""

import json

import pytest

from styra.web.api.models import Scope
from styra.web.indicators.models import OwnValue
from styra.web.indicators.own import own_values_rows
from styra.web.indicators.versions import own_version
from tests.web.api.token_fixtures import bearer, make_token
from tests.web.factories import own_indicator

pytestmark = pytest.mark.usefixtures("no_rate_limits")

URL = "/api/v1/organisations/0180/own-indicators/{code}/values"


@pytest.fixture
def indicator(org_a):
    return own_indicator(org_a, values={2022: 10.0, 2023: 11.0})


@pytest.fixture
def put(client_for, org_a):
    _row, token = make_token(org_a, Scope.WRITE_OWN_VALUES)

    def send(body, code="E1"):
        data = body if isinstance(body, str) else json.dumps(body)
        return client_for(None).put(
            URL.format(code=code), data, content_type="application/json", headers=bearer(token)
        )

    return send


def stored(indicator) -> dict:
    return {
        (v.area_id, v.year, v.gender): v.value for v in OwnValue.objects.filter(indicator=indicator)
    }


def test_values_are_created_updated_and_counted(put, indicator, org_b):
    before = own_version(indicator.organisation_id)
    response = put(
        [
            {"year": 2023, "gender": "T", "value": 12.5},  # changes 11.0
            {"year": 2022, "value": 10.0},  # the same; gender T by default
            {"year": 2024, "gender": "K", "value": None},  # new, missing
            {"year": 2024, "gender": "M", "value": 3, "area": "1480"},  # new, another area
        ]
    )
    assert response.status_code == 200, response.content
    assert response.json() == {"created": 2, "updated": 1, "unchanged": 1}
    assert stored(indicator) == {
        ("0180", 2022, "T"): 10.0,
        ("0180", 2023, "T"): 12.5,
        ("0180", 2024, "K"): None,
        ("1480", 2024, "M"): 3.0,
    }
    assert own_version(indicator.organisation_id) == before + 1  # its analyses are keyed by it
    assert (f"egen-{indicator.pk}", "0180", 2023, "T", 12.5) in own_values_rows(
        indicator.organisation
    )


@pytest.mark.parametrize(
    ("row", "field"),
    [
        ({"year": 1989, "value": 1}, "year"),
        ({"year": "tjugo", "value": 1}, "year"),
        ({"year": 2024, "gender": "X", "value": 1}, "gender"),
        ({"year": 2024, "value": "mycket"}, "value"),
        ({"year": 2024}, "value"),  # missing must be said: null
        ({"year": 2024, "value": 1, "area": "9999"}, "area"),
        ({"year": 2024, "value": 1, "area": "180"}, "area"),
        ({"year": 2024, "value": 1, "varde": 2}, "varde"),
        ({"year": 2023, "value": 99}, "year"),  # the same year and gender as row 0
    ],
)
def test_one_bad_row_names_its_index_and_field_and_nothing_is_written(put, indicator, row, field):
    before = (stored(indicator), own_version(indicator.organisation_id))
    response = put([{"year": 2023, "value": 5}, row])
    assert response.status_code == 400, response.content
    answer = response.json()
    assert answer["parameter"] == "body"
    assert answer["errors"][0]["row"] == 1
    assert answer["errors"][0]["field"] == field
    assert answer["errors"][0]["message"]
    assert (stored(indicator), own_version(indicator.organisation_id)) == before


def test_every_bad_row_is_listed(put, indicator):
    response = put([{"year": 1800, "value": 1}, {"year": 2024, "value": 1}, {"value": 1}])
    assert response.status_code == 400
    assert [(e["row"], e["field"]) for e in response.json()["errors"]] == [(0, "year"), (2, "year")]


@pytest.mark.parametrize(
    ("body", "row"),
    [("inte json", None), ('{"year": 2024, "value": 1}', None), ("null", None), ("[1]", 0)],
)
def test_a_body_that_is_not_a_list_of_rows_is_refused(put, indicator, body, row):
    response = put(body)
    assert response.status_code == 400
    [error] = response.json()["errors"]
    assert (error["row"], error["field"]) == (row, "body")


def test_an_unknown_code_is_404_naming_it(put, indicator):
    response = put([{"year": 2024, "value": 1}], code="E9")
    assert response.status_code == 404
    assert response.json()["parameter"] == "code"
    assert "E9" in response.json()["detail"]


def test_reading_with_the_read_scope_shows_the_values(client_for, org_a, indicator):
    _row, token = make_token(org_a, Scope.READ_PRIVATE)
    response = client_for(None).get(
        "/api/v1/organisations/0180/own-indicators", headers=bearer(token)
    )
    assert response.status_code == 200
    [only] = response.json()
    assert (only["code"], only["kpi_id"], only["title"]) == (
        "E1",
        f"egen-{indicator.pk}",
        "Cykelresor",
    )
    assert only["values"] == [
        {"area": "0180", "year": 2022, "gender": "T", "value": 10.0},
        {"area": "0180", "year": 2023, "gender": "T", "value": 11.0},
    ]


def test_a_body_over_the_size_limit_is_400_not_an_error_page(put, indicator, settings):
    settings.DATA_UPLOAD_MAX_MEMORY_SIZE = 100
    response = put([{"year": 2000 + i, "value": i} for i in range(10)])
    assert response.status_code == 400
    assert response.json()["errors"][0]["field"] == "body"
