"""The comparison (`?jamfor=`) is chosen in the URL, kept in links and exports, and a bad
one is named and replaced by all kommuner."""

import pytest

from styra.web.organisations.models import Network


def test_comparison_with_the_kommungrupp_is_kept_in_links_and_exports(
    kolada_sample, client_for, viewer_a
):
    response = client_for(viewer_a).get("/omraden/0180/?jamfor=kommungrupp")
    comparison = response.context["comparison"]
    assert comparison.kind == "kommungrupp" and "A1" in comparison.label
    assert set(comparison.reference.area_ids) == {"0180", "1280", "1480"}
    html = response.content.decode()
    assert "/omraden/0180/mal/" in html and "?jamfor=kommungrupp" in html
    assert "/omraden/0180/export.xlsx?jamfor=kommungrupp" in html
    assert response.context["analysis"].kpis[0].reference_size <= 3


def test_similar_kommuner_come_from_kolada_groups(kolada_sample, client_for, viewer_a):
    comparison = client_for(viewer_a).get("/omraden/1480/?jamfor=liknande").context["comparison"]
    assert comparison.kind == "liknande"
    assert "Liknande kommuner, övergripande, Göteborg" in comparison.label
    assert len(comparison.reference.area_ids) >= 5


def test_a_custom_list_and_a_network(kolada_sample, client_for, viewer_a, editor_a):
    custom = client_for(viewer_a).get("/omraden/0180/?jamfor=egen&omraden=1480,%201280")
    assert custom.context["comparison"].reference.area_ids == ("1480", "1280")
    assert set(custom.context["analysis"].reference.area_ids) == {"0180", "1280", "1480"}
    network = Network.objects.create(name="Styra med Agenda 2030")
    network.members.add("0180", "1480")
    chosen = client_for(viewer_a).get(f"/omraden/0180/?jamfor=natverk&natverk={network.pk}")
    assert chosen.context["comparison"].label == "nätverket Styra med Agenda 2030"
    assert set(chosen.context["comparison"].reference.area_ids) == {"0180", "1480"}


@pytest.mark.parametrize(
    "query, message",
    [
        ("jamfor=egen&omraden=1480,9999", "Okända områden i listan"),
        ("jamfor=egen&omraden=0001", "Okända områden i listan"),  # a region for a kommun
        ("jamfor=egen&omraden=", "Välj minst ett område"),
        ("jamfor=natverk&natverk=4711", "Välj ett nätverk"),
        ("jamfor=nagot", "Okänd jämförelse"),
    ],
)
def test_a_bad_comparison_is_named_and_all_kommuner_used_instead(
    query, message, kolada_sample, client_for, viewer_a
):
    response = client_for(viewer_a).get(f"/omraden/0180/?{query}")
    assert response.status_code == 200
    assert message in response.content.decode()
    assert response.context["comparison"].kind == "alla"
