"""A broken or unexpected answer is refused with the URL and the field, never half-used."""

import httpx
import pytest

from styra.kolada.client import KoladaClient, KoladaError
from tests.kolada.fake_kolada import Fault


def test_malformed_json_names_the_url(fake_kolada, make_client, waits):
    fake_kolada.faults.append(Fault("malformed", path="/municipality", times=1))

    with pytest.raises(KoladaError, match=r"/v3/municipality\?per_page=100: .*malformed JSON"):
        make_client().fetch_municipalities()


def test_an_item_without_its_period_names_the_field(fake_kolada, make_client):
    fake_kolada.faults.append(Fault("invalid", path="/data/", times=1))

    with pytest.raises(
        KoladaError, match=r"/data/kpi/N00401/year/2020.*values\[0\]: field 'period'"
    ):
        make_client().fetch_values(["N00401"], years=[2020])


def mock_client(body: object) -> KoladaClient:
    transport = httpx.MockTransport(lambda request: httpx.Response(200, json=body))
    return KoladaClient("https://kolada.test/v3", transport=transport, sleep=lambda s: None)


def test_an_envelope_without_values_is_refused():
    with pytest.raises(KoladaError, match=r"kolada.test/v3/kpi\?per_page=5000: .*field 'values'"):
        mock_client({"count": 0}).fetch_kpis()


def test_a_bad_municipality_type_is_refused():
    body = {"count": 1, "values": [{"id": "0180", "title": "Stockholm", "type": "X"}]}
    with pytest.raises(KoladaError, match=r"values\[0\]: field 'type'"):
        mock_client(body).fetch_municipalities()


def test_an_answer_in_another_shape_names_the_field():
    body = {"data": [{"kpi": "N00401"}], "next": None}
    with pytest.raises(KoladaError, match=r"/data/kpi/N00401/year/2020.*field 'values'"):
        mock_client(body).fetch_values(["N00401"], years=[2020])


def test_a_data_item_without_its_values_list_names_the_field():
    item = {"kpi": "N00401", "municipality": "0180", "period": 2020, "values": 12.5}
    with pytest.raises(KoladaError, match=r"values\[0\]: field 'values'"):
        mock_client({"count": 1, "values": [item]}).fetch_values(["N00401"], years=[2020])


def test_a_next_page_loop_is_refused():
    body = {"count": 0, "values": [], "next_url": "https://kolada.test/v3/kpi?per_page=5000"}
    with pytest.raises(KoladaError, match="already read"):
        mock_client(body).fetch_kpis()
