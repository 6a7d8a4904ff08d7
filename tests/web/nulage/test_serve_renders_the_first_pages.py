"""``styra serve``'s worker hook prepares the data and renders the members' first page."""

import logging

import pytest
from django.core.cache import cache

from styra.cli import serving
from styra.web.nulage import data


class Worker:
    log = logging.getLogger("gunicorn.test")
    alive = 0

    def notify(self) -> None:
        self.alive += 1


@pytest.fixture(autouse=True)
def _persisting(settings, tmp_path, monkeypatch):
    settings.STYRA_CACHE_DIR = str(tmp_path)
    monkeypatch.setattr(data, "_current", None)  # restored afterwards: no store left behind
    cache.clear()
    yield
    cache.clear()


def test_a_members_first_overview_after_the_hook_renders_no_body(
    kolada_sample, client_for, editor_a, viewer_a
):
    worker = Worker()
    serving.post_worker_init(worker)
    assert worker.alive == 2  # told the arbiter after each page (editor's, viewer's)
    for user in (editor_a, viewer_a):  # each editing right has its body ready
        response = client_for(user).get("/omraden/0180/")
        assert response.status_code == 200
        assert "nulage/overview.html" not in [t.name for t in response.templates]


def test_without_the_hook_the_first_overview_renders_its_body(kolada_sample, client_for, editor_a):
    response = client_for(editor_a).get("/omraden/0180/")
    assert "nulage/overview.html" in [t.name for t in response.templates]
