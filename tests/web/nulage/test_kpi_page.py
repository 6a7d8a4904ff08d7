"""A KPI page shows the series with Riket and the median, the distribution, the peers,
their tables, and the split by gender where Kolada has one."""

KPI = "N00401"  # greenhouse gas emissions per inhabitant: kommuner and regions, goal 13


def test_kpi_page_has_series_distribution_peers_and_tables(kolada_sample, client_for, viewer_a):
    response = client_for(viewer_a).get(f"/omraden/0180/nyckeltal/{KPI}/?jamfor=kommungrupp")
    context = response.context
    years = [row["year"] for row in context["series_rows"]]
    assert years == sorted(years) and len(years) > 5
    assert any(row["riket"] is not None for row in context["series_rows"])
    assert any(row["median"] is not None for row in context["series_rows"])
    assert {d["area"] for d in context["distribution"] if d["highlight"]} == {"Stockholm"}
    html = response.content.decode()
    for chart in ("line-chart", "distribution-chart"):
        assert f'id="{chart}"' in html
    assert "<table" in html and "Källa: Kolada (RKA)" in html
    assert context["peers"] is not None and context["peers"].reference_size <= 3


def test_gender_split_is_shown_where_kolada_has_it(kolada_sample, client_for, viewer_a):
    split = kolada_sample.values.filter(
        (kolada_sample.values["gender"] == "K") & (kolada_sample.values["area_id"] == "0180")
    )["kpi_id"]
    analysis = client_for(viewer_a).get("/omraden/0180/").context["analysis"]
    kpi_id = next(k.kpi_id for k in analysis.kpis if k.kpi_id in set(split))
    response = client_for(viewer_a).get(f"/omraden/0180/nyckeltal/{kpi_id}/")
    assert response.context["gender_chart"] is not None
    assert any(row["women"] is not None for row in response.context["series_rows"])
