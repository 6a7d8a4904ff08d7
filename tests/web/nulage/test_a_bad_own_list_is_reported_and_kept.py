"""An own list the area cannot use is named on the page and kept in the form to correct."""

from django.core.cache import cache


def test_unknown_ids_are_named_and_the_list_stays_in_the_form(kolada_sample, client_for, viewer_a):
    cache.clear()
    response = client_for(viewer_a).get("/omraden/0180/?jamfor=egen&omraden=abc,9999")
    page = response.content.decode()
    assert "Okända områden i listan" in page and "abc, 9999" in page
    assert "Visar jämförelsen med alla" in page
    assert 'value="abc,9999"' in page
    assert '<option value="egen" selected>' in page
    assert response.context["comparison"].kind == "alla"


def test_a_region_is_not_offered_a_kommungrupp(kolada_sample, client_for, viewer_a):
    region = client_for(viewer_a).get("/omraden/0001/").content.decode()
    kommun = client_for(viewer_a).get("/omraden/0180/").content.decode()
    assert 'value="kommungrupp"' not in region
    assert 'value="kommungrupp"' in kommun
