"""The network's members × the 17 goals: kommuner and regions in separate tables, each
cell a challenge level in words and a shape, the score and the trends, with the year,
what each is compared with and the source; the KPI chooser links the goals' KPIs."""

import re

from django.urls import reverse

from styra.web.nulage.data import snapshot


def tables_of(html: str) -> list[str]:
    return re.findall(r"<table.*?</table>", html, re.S)


def test_a_kommun_network_in_one_table(kommun_network, coordinator, client_for):
    response = client_for(coordinator).get(reverse("network-compare", args=[kommun_network.pk]))
    assert response.status_code == 200
    html = response.content.decode()
    [table] = tables_of(html)
    heads = re.findall(r'<th scope="col">(.*?)</th>', table)
    assert heads == ["Mål", "Göteborg", "Malmö", "Stockholm"]
    assert len(re.findall(r'<th scope="row">', table)) == 17
    assert table.count('class="level level-') == 17 * 3
    year = snapshot().latest_year
    assert "jämfört med alla kommuner" in table and str(year) in table
    assert "Källa: Kolada (RKA)" in html
    assert "Regioner" not in html
    assert reverse("network-compare-kpi", args=[kommun_network.pk, "N00209"]) in html  # a K KPI
    assert reverse("network-compare-kpi", args=[kommun_network.pk, "N60077"]) not in html  # L


def test_each_level_is_said_in_words_and_a_shape(kommun_network, coordinator, client_for):
    html = client_for(coordinator).get(f"/natverk/{kommun_network.pk}/jamfor/").content.decode()
    level = r'<span class="level level-(\w+)"><span aria-hidden="true">(.)</span> (\w[^<]*)</span>'
    levels = re.findall(level, html)
    assert len(levels) == 17 * 3
    shapes = {"red": "●", "yellow": "◐", "green": "○", "grey": "–"}
    assert all(shapes[level] == shape and words for level, shape, words in levels)
    assert "poäng " in html and "bättre," in html


def test_kommuner_and_regions_are_never_in_one_table(mixed_network, platform_admin, client_for):
    html = client_for(platform_admin).get(f"/natverk/{mixed_network.pk}/jamfor/").content.decode()
    kommuner, regioner = tables_of(html)
    assert "Stockholm</th>" in kommuner and "Region Stockholm" not in kommuner
    assert "Region Stockholm" in regioner and "Göteborg" not in regioner
    assert "jämfört med alla kommuner" in kommuner and "jämfört med alla regioner" in regioner
    assert "aldrig på samma skala" in html
    assert reverse("network-compare-kpi", args=[mixed_network.pk, "N60077"]) in html  # L KPI


def test_a_new_member_shows_at_once(kommun_network, coordinator, client_for):
    client = client_for(coordinator)
    url = reverse("network-compare", args=[kommun_network.pk])
    assert "Uppsala" not in client.get(url).content.decode()
    kommun_network.members.add("0380")
    assert '<th scope="col">Uppsala</th>' in client.get(url).content.decode()
