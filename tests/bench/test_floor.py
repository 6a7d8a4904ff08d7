"""The benchmark's floor page: off by default, a fixed page of the asked size when on."""

import importlib

import pytest
from django.urls import clear_url_caches

from styra.web import urls


@pytest.fixture
def bench_views(settings, tmp_path):
    """``bench_views(on)`` switches STYRA_BENCH_VIEWS and rebuilds the URLconf."""
    settings.STORAGES = {  # the 404 page links static files: no collectstatic manifest here
        **settings.STORAGES,
        "staticfiles": {"BACKEND": "django.contrib.staticfiles.storage.StaticFilesStorage"},
    }
    settings.STATIC_ROOT = tmp_path
    original = settings.STYRA_BENCH_VIEWS

    def switch(on: bool) -> None:
        settings.STYRA_BENCH_VIEWS = on
        clear_url_caches()
        importlib.reload(urls)

    yield switch
    switch(original)


@pytest.mark.django_db
def test_floor_is_not_served_by_default(client, bench_views):
    bench_views(False)
    assert client.get("/bench/floor/").status_code == 404


def test_floor_is_a_fixed_page_of_the_asked_size_without_the_database(client, bench_views):
    bench_views(True)  # no django_db mark: any query would fail the test
    response = client.get("/bench/floor/?bytes=54321")
    assert response.status_code == 200
    assert response["Content-Type"] == "text/html; charset=utf-8"
    assert len(response.content) == 54321
    assert response.content.startswith(b"<!doctype html>")
    assert response.content.endswith(b"</html>\n")
    assert client.get("/bench/floor/?bytes=54321").content == response.content


def test_floor_refuses_a_size_out_of_range(client, bench_views):
    bench_views(True)
    assert client.get("/bench/floor/?bytes=3000000").status_code == 400
    assert client.get("/bench/floor/?bytes=many").status_code == 400
