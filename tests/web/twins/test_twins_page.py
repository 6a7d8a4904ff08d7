"""The twins page: Växjö's 20 nearest kommuner on the structure KPIs, the form (weights,
adding a KPI), bad input named by field, the export, and a region's page."""

import csv
import io
from urllib.parse import parse_qs, urlparse

import pytest

URL = "/omraden/0780/tvillingar/"  # Växjö
DEFAULT_FORM = [
    ("tvillingar", ""),
    *[("nyckeltal", kpi) for kpi in ("N01951", "N00954", "N01994", "N01812", "N01813")],
    *[("nyckeltal", kpi) for kpi in ("N00905", "N01982", "N02267", "N01958", "kommungrupp")],
]


def form(**weights) -> list[tuple[str, str]]:
    """The default form as submitted, each weight 1 unless given (``vikt-N01951="2"``)."""
    fields = list(DEFAULT_FORM)
    for _name, kpi in DEFAULT_FORM[1:]:
        fields.append((f"vikt-{kpi}", weights.pop(f"vikt_{kpi}", "1")))
    return fields + list(weights.items())


def test_the_twenty_nearest_kommuner_with_why(kolada_sample, client_for, viewer_a):
    response = client_for(viewer_a).get(URL)
    assert response.status_code == 200
    result = response.context["result"]
    ids = [twin.area_id for twin in result.twins]
    assert len(ids) == 20 and "0780" not in ids
    assert {"1880", "0680", "1380"} <= set(ids)  # Örebro, Jönköping, Halmstad
    assert ids[0] == "1880"
    distances = [twin.distance for twin in result.twins]
    assert distances == sorted(distances)
    for twin in result.twins:
        shares = [part.share for part in twin.contributions if part.share is not None]
        assert sum(shares) == pytest.approx(1.0)
    html = response.content.decode()
    assert "Örebro" in html and "Källa: Kolada (RKA)" in html
    assert "Varför de är tvillingar" in html and "<progress" in html
    assert "/omraden/0780/?jamfor=tvillingar" in html  # "Jämför med tvillingarna"


def test_a_weight_changes_the_twins_and_is_kept_in_the_url(kolada_sample, client_for, viewer_a):
    client = client_for(viewer_a)
    response = client.get(URL, form(vikt_N01951="5", vikt_kommungrupp="0"))
    assert response.status_code == 302
    spec = parse_qs(urlparse(response["Location"]).query)["tvillingar"][0]
    assert spec.startswith("N01951:5,N00954:1") and "kommungrupp" not in spec
    page = client.get(response["Location"])
    terms = page.context["result"].terms
    assert [t.kpi_id for t in terms][0] == "N01951" and terms[0].weight == pytest.approx(5 / 13)
    assert f"tvillingar={spec.replace(':', '%3A').replace(',', '%2C')}" in page.content.decode()


def test_a_kpi_is_added_by_id_or_by_name(kolada_sample, client_for, viewer_a):
    client = client_for(viewer_a)
    by_id = client.get(URL, form(lagg_till="n00401"))
    assert by_id.status_code == 302 and "N00401%3A1" in by_id["Location"]
    by_name = client.get(URL, form(lagg_till="växthusgaser CO2-ekv/inv"))
    assert by_name.status_code == 302 and "N00401%3A1" in by_name["Location"]


@pytest.mark.parametrize(
    ("fields", "message"),
    [
        (form(vikt_N00954="-1"), "Vikt för Tätortsgrad"),
        (form(vikt_N00954="mycket"), "Vikt för Tätortsgrad"),
        (form(lagg_till="Q99999 finns inte"), "Inget nyckeltal heter"),
        (form(lagg_till="N01951"), "N01951 är redan valt"),
        (form(lagg_till="växthusgaser totalt"), "Flera nyckeltal passar"),
        (form(**{f"vikt_{k}": "0" for _n, k in DEFAULT_FORM[1:]}), "minst ett nyckeltal"),
    ],
)
def test_bad_input_is_named_by_its_field(fields, message, kolada_sample, client_for, viewer_a):
    response = client_for(viewer_a).get(URL, fields)
    assert response.status_code == 200
    html = response.content.decode()
    assert message in html and "Tvillingarna beräknades inte om" in html
    assert len(response.context["result"].twins) == 20  # the twins of the last good choice


def test_too_many_kpis_are_refused(kolada_sample, client_for, viewer_a):
    many = ",".join(f"N0{n:04d}:1" for n in range(21))
    response = client_for(viewer_a).get(URL, {"tvillingar": many})
    assert "Välj högst 20 nyckeltal" in response.content.decode()
    assert response.context["spec"].startswith("N01951:1")  # the default instead


def test_an_unknown_kpi_in_the_url_is_named(kolada_sample, client_for, viewer_a):
    response = client_for(viewer_a).get(URL, {"tvillingar": "N01951:1,X12345:2"})
    assert "Okända nyckeltal" in response.content.decode() and "X12345" in response.content.decode()


def test_the_export_carries_the_twins_and_the_source(kolada_sample, client_for, viewer_a):
    response = client_for(viewer_a).get("/omraden/0780/tvillingar/export.csv")
    assert response.status_code == 200 and response["Cache-Control"] == "private, no-store"
    text = response.content.decode("utf-8-sig")
    rows = list(csv.reader(io.StringIO(text), delimiter=";"))
    assert rows[0][:3] == ["Plats", "Kolada-id", "Kommun"]
    assert rows[1][1] == "0780" and rows[2][:3] == ["1", "1880", "Örebro"]
    assert "Källa: Kolada (RKA)" in text
    xlsx = client_for(viewer_a).get("/omraden/0780/tvillingar/export.xlsx")
    assert xlsx.status_code == 200 and xlsx.content[:2] == b"PK"


def test_a_region_is_told_that_twins_are_for_kommuner(kolada_sample, client_for, viewer_a):
    response = client_for(viewer_a).get("/omraden/0012/tvillingar/")
    assert response.status_code == 200
    assert "Tvillingar räknas bara för kommuner" in response.content.decode()
    assert client_for(viewer_a).get("/omraden/0012/tvillingar/export.csv").status_code == 404


def test_anonymous_is_sent_to_log_in_and_an_unknown_area_is_404(
    kolada_sample, client, client_for, viewer_a
):
    assert client.get(URL).status_code == 302
    assert client_for(viewer_a).get("/omraden/9999/tvillingar/").status_code == 404
