"""/sok/ finds KPIs, goals and targets by word forms and compounds, on the real data."""

import pytest

from tests.web.nulage.search_fixtures import _fresh_search_documents, kolada_catalog  # noqa: F401

pytestmark = pytest.mark.bundle


def groups(client, query: str) -> dict:
    response = client.get("/sok/", {"q": query})
    assert response.status_code == 200
    return {group.kind: group for group in response.context["groups"]}


def titles(group) -> list[str]:
    return ["".join(text for text, _ in result.title) for result in group.results]


@pytest.mark.usefixtures("kolada_catalog")
def test_klimat_utslapp_finds_the_greenhouse_gas_kpis_first(client_for, editor_a):
    found = groups(client_for(editor_a), "klimat utsläpp")
    kpis = found["kpi"]
    metas = [result.meta for result in kpis.results]
    assert metas[0].startswith(("N00401", "N07702")) and metas[1].startswith(("N00401", "N07702"))
    assert kpis.results[0].url in (
        "/omraden/0180/nyckeltal/N00401/",
        "/omraden/0180/nyckeltal/N07702/",
    )
    assert "kolada" in found  # Kolada's other KPIs about climate emissions


@pytest.mark.usefixtures("kolada_catalog")
def test_cykel_finds_cycle_paths_and_cycle_lanes(client_for, editor_a):
    found = groups(client_for(editor_a), "cykel")
    assert any("Cykelväg i kommunen" in title for title in titles(found["kpi"]))
    kolada = titles(found["kolada"])
    assert found["kolada"].count >= 20
    assert any("cykelväg" in title.lower() for title in kolada)
    assert any("cykelbanor" in title.lower() for title in kolada) or any(
        "cykelvägar" in title.lower() for title in kolada
    )


@pytest.mark.usefixtures("kolada_catalog")
def test_forskolor_finds_the_preschool_kpis(client_for, editor_a):
    found = groups(client_for(editor_a), "förskolor")
    assert any(result.meta.startswith("N11800") for result in found["kpi"].results)
    assert all("förskol" in result_text(result).lower() for result in found["kpi"].results)
    assert found["kolada"].count >= 50
    assert "4.2" in [result.meta.split()[1] for result in found["target"].results]


def result_text(result) -> str:
    return "".join(text for text, _ in result.title + result.snippet)


def test_goals_are_found_in_swedish_and_english(kolada_sample, client_for, editor_a):
    for query in ("klimatförändringar", "climate"):
        goals = groups(client_for(editor_a), query)["goal"]
        assert [result.url for result in goals.results][0] == "/omraden/0180/mal/13/"


def test_matches_are_marked_in_the_page(kolada_sample, client_for, editor_a):
    html = client_for(editor_a).get("/sok/", {"q": "växthusgaser"}).content.decode()
    assert "<mark>växthusgaser</mark>" in html
    assert 'href="/omraden/0180/nyckeltal/N00401/"' in html


def test_areas_are_found_by_name_and_id(kolada_sample, client_for, editor_a):
    for query in ("göteborg", "Göteborgs", "1480"):
        areas = groups(client_for(editor_a), query)["area"]
        assert [result.url for result in areas.results] == ["/omraden/1480/"]
