"""One KPI for every member over the years: a small server-drawn chart and a table per
member, one y-scale per group; a K KPI shows only kommuner, an L KPI only regions (and
says so); a KPI outside the curated set is a 404."""

import re

import pytest
from django.urls import reverse


def page(client, network, kpi_id: str) -> str:
    response = client.get(reverse("network-compare-kpi", args=[network.pk, kpi_id]))
    assert response.status_code == 200
    return response.content.decode()


def test_small_multiples_with_a_table_each(kommun_network, coordinator, client_for):
    html = page(client_for(coordinator), kommun_network, "N00401")
    cards = re.findall(r'<li class="card">.*?</li>', html, re.S)
    assert [re.search(r"<h3>(.*?)</h3>", c).group(1) for c in cards] == [
        "Göteborg",
        "Malmö",
        "Stockholm",
    ]
    for card in cards:
        assert '<img src="data:image/svg+xml;base64,' in card
        assert "<caption>" in card and re.search(r'<th scope="row">20\d\d</th><td>', card)
    assert "samma skala" in html and "Källa: Kolada (RKA)" in html


def test_a_kommun_kpi_leaves_the_region_out(mixed_network, platform_admin, client_for):
    html = page(client_for(platform_admin), mixed_network, "N00209")
    assert "mäts bara för kommuner" in html
    assert "<h3>Region Stockholm</h3>" not in html and "<h3>Stockholm</h3>" in html
    assert "Regioner i nätverket visas inte" in html


def test_a_region_kpi_shows_only_the_region(mixed_network, platform_admin, client_for):
    html = page(client_for(platform_admin), mixed_network, "N60077")
    assert "mäts bara för regioner" in html
    assert re.findall(r"<h3>(.*?)</h3>", html) == ["Region Stockholm"]


def test_a_kpi_of_both_types_has_a_scale_per_type(mixed_network, platform_admin, client_for):
    html = page(client_for(platform_admin), mixed_network, "N00401")
    assert re.findall(r"<h2>(Kommuner|Regioner)</h2>", html) == ["Kommuner", "Regioner"]
    assert html.count("har samma skala") == 2 and "var sin skala" in html


@pytest.mark.parametrize("kpi_id", ["N99999", "EGEN-1", "n00401"])
def test_an_unknown_kpi_is_404(kommun_network, coordinator, client_for, kpi_id):
    url = reverse("network-compare-kpi", args=[kommun_network.pk, kpi_id])
    assert client_for(coordinator).get(url).status_code == 404


def test_an_unknown_network_is_404(coordinator, client_for):
    assert client_for(coordinator).get("/natverk/999999/jamfor/").status_code == 404
    assert (
        client_for(coordinator).get("/natverk/999999/jamfor/nyckeltal/N00401/").status_code == 404
    )
