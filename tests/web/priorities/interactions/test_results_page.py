"""The results page: influence per target, trade-offs in words, clusters, and a network
graph whose links are exactly those in the table beside it."""

import json
import re

from .conftest import text_of, url


def test_results_table_with_tradeoffs_and_missing_cells(client_for, viewer_a, matrix_a):
    response = client_for(viewer_a).get(url("results", matrix_a.pk))
    assert response.status_code == 200
    page = text_of(response)
    assert "84 av 90 celler är inte bedömda än." in page
    rows = {row.target.target_id: row for row in response.context["rows"]}
    eleven = rows["11.1"].influence
    assert (eleven.out_positive, eleven.out_negative, eleven.in_positive) == (0, -3, 1)
    assert rows["11.1"].tradeoffs == "motverkar 7.2 (−2); begränsar 6.1 (−1)"
    # 7.2: out +3 (13.1) +1 (11.1); second order = 3 · (2 − 2) + 1 · (−3 − (−2)) = −1
    seven = rows["7.2"].influence
    assert (seven.out_positive, seven.second_order, seven.leverage) == (4, -1, 1.0)
    row = re.search(r'<tr id="delmal-11-1">(.*?)</tr>', page, re.S).group(1)
    assert "motverkar 7.2 (−2); begränsar 6.1 (−1)" in row
    assert "<td>7, 8</td>" in row  # not scored: 9 − 2 of its row, 9 − 1 of its column
    assert [r.target.target_id for r in response.context["rows"]][0] == "7.2"


def test_clusters_are_listed(client_for, viewer_a, matrix_a):
    response = client_for(viewer_a).get(url("results", matrix_a.pk))
    clusters = response.context["clusters"]
    first = [t.target_id for t in clusters[0]["targets"]]
    assert first == ["7.2", "11.1", "13.1"]  # the only positive links
    assert len(clusters) == 1 + 7  # the other seven targets are clusters of their own
    assert "Kluster 1: 7.2 " in text_of(response)


def test_graph_draws_the_links_of_its_table(client_for, viewer_a, matrix_a):
    response = client_for(viewer_a).get(url("results", matrix_a.pk))
    page = text_of(response)
    spec = json.loads(
        re.search(
            r'<script id="interaction-graph" type="application/json">(.*?)</script>', page, re.S
        ).group(1)
    )
    assert '<figure class="chart" data-spec="interaction-graph"' in page
    drawn = {row["link"] for layer in spec["layer"][:2] for row in layer["data"]["values"]}
    table = {f"{link.source} → {link.target}" for link in response.context["graph_links"]}
    assert drawn == table == {"7.2 → 13.1", "13.1 → 7.2", "11.1 → 7.2", "11.1 → 6.1"}
    crosses = {row["link"] for row in spec["layer"][2]["data"]["values"]}
    assert crosses == {"11.1 → 7.2", "11.1 → 6.1"}  # trade-offs carry a cross, not colour alone
    nodes = spec["layer"][3]["data"]["values"]
    assert len(nodes) == 10 and {n["cluster"] for n in nodes} >= {"Kluster 1"}
    assert "Sambanden i diagrammet som tabell (4)" in page
    assert (
        "<td>11.1</td><td>7.2</td><td>−2 Motverkar</td><td>Förtätning tar mark från solparker</td>"
        in page
    )
