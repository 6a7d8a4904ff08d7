"""The nulägesanalys, the VLR and the follow-up report wait for their render on the same
page (``background.pages.job_page``): queued, with the way back to the document, never
cached; polled by HTMX, only its status block."""

import pytest
from django.urls import reverse

from styra.web.background.models import Job
from tests.web.factories import make_member

CASES = [
    ("reports-job", {"fmt": "pdf"}, "Nulägesanalysen"),
    ("vlr-job", {"document": "vlr", "year": 2026, "fmt": "pdf"}, "Frivillig lokal granskning"),
    ("followup-job", {"document": "year", "year": 2026, "fmt": "docx"}, "Uppföljning"),
]


@pytest.mark.parametrize(("name", "params", "back"), CASES, ids=[c[0] for c in CASES])
def test_a_queued_render_waits_on_the_shared_page(client, org_a, name, params, back):
    client.force_login(make_member("vera", org_a, "viewer"))
    job = Job.objects.create(kind=Job.Kind.RENDER, organisation=org_a, params=params)
    path = reverse(name, args=[org_a.pk, job.pk])
    page = client.get(path)
    assert page.status_code == 200
    assert page["Cache-Control"] == "private, no-store"
    body = page.content.decode()
    assert "Dokumentet står i kö" in body and back in body
    assert 'hx-trigger="every 2s"' in body
    polled = client.get(path, headers={"HX-Request": "true"}).content.decode()
    assert polled.startswith('<div id="render-job"') and "<html" not in polled
