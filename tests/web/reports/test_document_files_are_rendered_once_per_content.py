"""The nulägesanalys PDF and Word file are rendered once per content: a second download
is served from the cache (the renderer is called once), new data or another language
renders afresh. In the cache directory every worker shares, and in Django's cache."""

import pytest

from styra.web.radighet.services import change_level
from styra.web.reports import filecache, views

from .conftest import BASE, MOTIVATION


@pytest.fixture(params=["directory", "django-cache"])
def cache_place(request, settings, tmp_path):
    settings.STYRA_CACHE_DIR = str(tmp_path) if request.param == "directory" else ""
    return request.param


class Renderer:
    def __init__(self) -> None:
        self.calls = 0

    def __call__(self, content: dict, version=None) -> bytes:
        self.calls += 1
        return b"%PDF-1.7 render " + str(self.calls).encode()


CONTENT = {
    "language": "sv",
    "built_at": "2026-03-01T09:00:00+01:00",
    "data": {"kolada_version": 4, "own_version": 7},
    "challenges": {"available": False},
}


def test_the_same_content_is_rendered_once(cache_place):
    render = Renderer()
    first = filecache.rendered("pdf", render, CONTENT)
    later = {**CONTENT, "built_at": "2026-03-01T15:30:00+01:00"}  # the same day
    assert filecache.rendered("pdf", render, later) == first
    assert render.calls == 1


@pytest.mark.parametrize(
    "changed",
    [
        {"data": {"kolada_version": 5, "own_version": 7}},  # new Kolada data
        {"data": {"kolada_version": 4, "own_version": 8}},  # new own data
        {"language": "en"},
        {"built_at": "2026-03-02T09:00:00+01:00"},  # the document shows the date
    ],
)
def test_a_change_renders_afresh(cache_place, changed):
    render = Renderer()
    filecache.rendered("pdf", render, CONTENT)
    assert filecache.rendered("pdf", render, {**CONTENT, **changed}).endswith(b"2")
    assert filecache.rendered("docx", render, CONTENT).endswith(b"3")  # another format


def test_the_second_download_is_served_from_the_cache(
    cache_place, client_for, editor_a, org_a, material_a, monkeypatch
):
    render = Renderer()
    monkeypatch.setitem(views.FORMATS, "pdf", ("application/pdf", render))
    client = client_for(editor_a)
    first = client.get(f"{BASE}dokument.pdf")
    second = client.get(f"{BASE}dokument.pdf")
    assert first.status_code == second.status_code == 200
    assert first.content == second.content and render.calls == 1
    change_level(org_a, "14.2", 1, MOTIVATION, editor_a)  # the document's content changes
    assert client.get(f"{BASE}dokument.pdf").content.endswith(b"2")
