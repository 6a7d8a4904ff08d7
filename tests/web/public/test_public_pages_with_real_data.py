"""The public pages of a version approved from real Kolada values (the sample of
tests/web/analysis_data.py): prepared, approved, and read by an anonymous visitor."""

import re

import pytest
from django.urls import reverse

from styra.web.public import publishing
from tests.web.analysis_data import sample_loaded, sample_org_a, sample_org_b  # noqa: F401
from tests.web.public.public_content import fresh_cache  # noqa: F401


@pytest.fixture
def published(org_a, editor_a, admin_a, django_capture_on_commit_callbacks):
    prepared = publishing.prepare(org_a, editor_a, ["oversikt", "mal", "nyckeltal"], "CC-BY-4.0")
    with django_capture_on_commit_callbacks(execute=True):
        return publishing.approve(prepared, admin_a)


def test_an_approved_version_is_public_on_every_page(client, published):
    org = published.content["organisation"]["id"]
    overview = client.get(reverse("public-overview", args=[org]))
    assert overview.status_code == 200
    html = overview.content.decode()
    assert html.count('href="/offentligt/0180/mal/') == 17
    assert "data:image/svg+xml;base64," in html and "Källa: Kolada (RKA)" in html
    first = published.content["text"]["sv"]["oversikt"]["goals"][0]
    goal = client.get(reverse("public-goal", args=[org, first["goal"]])).content.decode()
    kpi_id = re.search(r'href="/offentligt/0180/nyckeltal/([^/]+)/"', goal).group(1)
    kpi = client.get(reverse("public-kpi", args=[org, kpi_id]))
    assert kpi.status_code == 200
    assert "data:image/svg+xml;base64," in kpi.content.decode()
    english = client.get(reverse("public-overview", args=[org]), {"lang": "en"}, follow=True)
    assert "Agenda 2030" in english.content.decode() and 'lang="en"' in english.content.decode()
