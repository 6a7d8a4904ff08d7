"""/favicon.ico leads to the site's icon, which pages also link."""

from django.test import Client


def test_favicon_redirects_to_the_icon(db):
    response = Client().get("/favicon.ico")
    assert response.status_code == 301
    assert response["Location"].endswith("styra/favicon.svg")


def test_pages_link_the_icon(db):
    page = Client().get("/konto/logga-in/").content.decode()
    assert 'rel="icon"' in page and "favicon.svg" in page
