"""The 500 page is shown even when the database is what failed (it asks nothing of
it), and as plain HTML when the layout itself cannot be rendered."""

import pytest
from django.db import OperationalError
from django.db.backends.utils import CursorWrapper
from django.test import Client

from styra.web import errors
from tests.web.conftest import MODEL_BACKEND

pytestmark = [pytest.mark.urls("tests.web.error_views"), pytest.mark.django_db]


@pytest.fixture(autouse=True)
def _production(settings):
    settings.DEBUG = False


def database_down(*args, **kwargs):
    raise OperationalError("the database is down")


def test_the_page_in_the_layout_when_the_database_is_down(viewer_a, monkeypatch):
    client = Client(raise_request_exception=False)
    client.force_login(viewer_a, backend=MODEL_BACKEND)
    with monkeypatch.context() as patch:
        patch.setattr(CursorWrapper, "execute", database_down)
        patch.setattr(CursorWrapper, "executemany", database_down)
        response = client.get("/prov/databas/")
    text = response.content.decode()
    assert response.status_code == 500
    assert "<h1>Något gick fel</h1>" in text
    assert 'class="main-nav"' in text and "Vad kan du göra nu?" in text


def test_plain_html_when_the_layout_fails(monkeypatch):
    def broken_template(name):
        raise ValueError("the static manifest is missing")

    monkeypatch.setattr(errors.loader, "get_template", broken_template)
    response = Client(raise_request_exception=False).get("/prov/500/")
    text = response.content.decode()
    assert response.status_code == 500
    assert text.startswith('<!doctype html><html lang="sv">')
    assert "<main><h1>Något gick fel</h1>" in text and '<a href="/">Till startsidan</a>' in text
