"""The KPI page says when a projection reached the KPI's limit and when a KPI is measured
only every few years ("Lär av andra" between measurements, or not judgeable)."""


def page(client, kpi_id: str) -> str:
    return client.get(f"/omraden/0180/nyckeltal/{kpi_id}/").content.decode()


def test_a_clipped_projection_is_named(kolada_sample, client_for, viewer_a):
    html = page(client_for(viewer_a), "N00403")  # Stockholm's organic farmland, down to 17 %
    assert "framskrivningen når gränsen 0 % före 2030" in html
    assert "med nuvarande takt -" not in html


def test_valdeltagande_peers_are_judged_between_elections(kolada_sample, client_for, viewer_a):
    html = page(client_for(viewer_a), "N05401")
    assert "Störst förbättring mellan mätningarna sedan 2014" in html
    assert "Nyckeltalet mäts vart 4:e år" in html


def test_two_elections_are_not_judged(kolada_sample, client_for, viewer_a):
    html = page(client_for(viewer_a), "U17410")
    assert "Kan inte bedömas så här: nyckeltalet mäts vart 4:e år" in html
