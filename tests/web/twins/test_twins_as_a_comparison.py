"""The nulägesanalys can compare a kommun with its twins (``?jamfor=tvillingar``)."""

from styra.web.nulage.comparison import CHOICES, REGION_CHOICES, TWINS


def test_the_twins_are_a_comparison_of_twenty_kommuner(kolada_sample, client_for, viewer_a):
    response = client_for(viewer_a).get("/omraden/0780/?jamfor=tvillingar")
    assert response.status_code == 200
    comparison = response.context["comparison"]
    assert comparison.kind == TWINS and len(comparison.reference.area_ids) == 20
    assert "1880" in comparison.reference.area_ids and "0780" not in comparison.reference.area_ids
    assert "tvillingarna (de 20 mest lika kommunerna)" in comparison.label
    assert "/omraden/0780/export.xlsx?jamfor=tvillingar" in response.content.decode()


def test_the_kpis_and_weights_of_the_url_are_used_and_kept(kolada_sample, client_for, viewer_a):
    query = "jamfor=tvillingar&tvillingar=N01951%3A1%2CN00905%3A1"
    response = client_for(viewer_a).get(f"/omraden/0780/?{query}")
    comparison = response.context["comparison"]
    assert comparison.params == (("jamfor", TWINS), ("tvillingar", "N01951:1,N00905:1"))
    default = client_for(viewer_a).get("/omraden/0780/?jamfor=tvillingar").context["comparison"]
    assert comparison.reference.area_ids != default.reference.area_ids
    assert f"/omraden/0780/mal/1/?{query}" in response.content.decode().replace("&amp;", "&")


def test_bad_twins_fall_back_to_all_kommuner_and_say_why(kolada_sample, client_for, viewer_a):
    response = client_for(viewer_a).get("/omraden/0780/?jamfor=tvillingar&tvillingar=N01951:-1")
    assert response.context["comparison"].kind == "alla"
    assert "Vikten för N01951 måste vara 0 eller mer" in response.content.decode()


def test_a_region_has_no_twins_to_compare_with(kolada_sample, client_for, viewer_a):
    assert TWINS in dict(CHOICES) and TWINS not in dict(REGION_CHOICES)
    response = client_for(viewer_a).get("/omraden/0012/?jamfor=tvillingar")
    assert response.context["comparison"].kind == "alla"
    assert "Tvillingar finns bara för kommuner" in response.content.decode()
