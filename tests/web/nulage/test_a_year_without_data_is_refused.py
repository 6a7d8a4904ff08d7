"""A year without data is refused with a message naming it, never silently replaced."""

import pytest


@pytest.mark.parametrize("asked", ["2023", "1800", "tjugo"])
def test_the_page_names_the_year_and_what_the_data_covers(
    asked, kolada_sample, client_for, viewer_a
):
    response = client_for(viewer_a).get(f"/omraden/0180/?ar={asked}")
    page = response.content.decode()
    assert response.status_code == 200
    assert f"Det finns inga värden för år {asked}" in page
    assert "uppgifterna täcker" in page and 'role="alert"' in page
    assert f'name="ar" value="{asked}"' in page  # what was asked stays in the form
    assert response.context["analysis"].year == response.context["latest_year"]


def test_a_year_with_data_is_used_without_a_message(kolada_sample, client_for, viewer_a):
    response = client_for(viewer_a).get("/omraden/0180/?ar=2019")
    assert response.context["analysis"].year == 2019
    assert "Det finns inga värden" not in response.content.decode()
