"""The document's PDF and Word file are rendered in the background (django-tasks), never
in the request: a download that is not cached starts the render and answers the page
"Dokumentet tas fram", which HTMX polls (and, without JavaScript, a refresh) until the
link to the file shows; a render that fails says why and offers a new try. The page is
private to the organisation's members, like the document."""

import pytest

from styra.web.background.models import Job
from styra.web.reports import views
from tests.web.background.worker import database_tasks, run_worker  # noqa: F401  (fixture)

from .conftest import BASE, text_of


def job_url(job: Job) -> str:
    return f"{BASE}dokument/{job.pk}/"


@pytest.mark.usefixtures("database_tasks")
def test_with_the_database_backend_the_render_waits_for_the_worker(client_for, editor_a, org_a):
    client = client_for(editor_a)
    response = client.get(f"{BASE}dokument.pdf")
    job = Job.objects.get()
    assert response.status_code == 302 and response["Location"] == job_url(job)
    assert job.status == Job.Status.QUEUED and job.params["fmt"] == "pdf"
    assert client.get(f"{BASE}dokument.pdf")["Location"] == job_url(job)  # not started twice
    assert Job.objects.count() == 1

    waiting = client.get(job_url(job))
    text = text_of(waiting)
    assert waiting.status_code == 200 and "no-store" in waiting["Cache-Control"]
    assert "Dokumentet tas fram" in text and "står i kö" in text
    assert f'hx-get="{job_url(job)}"' in text and 'hx-trigger="every 2s"' in text
    assert '<noscript><meta http-equiv="refresh" content="3"></noscript>' in text

    run_worker()

    job.refresh_from_db()
    assert job.status == Job.Status.READY and job.task_id
    polled = client.get(job_url(job), headers={"HX-Request": "true"})
    text = text_of(polled)
    assert "Dokumentet är klart" in text and f'href="{BASE}dokument.pdf"' in text
    assert "hx-trigger" not in text and "<html" not in text  # the part only, polling stops
    download = client.get(f"{BASE}dokument.pdf")
    assert download.status_code == 200 and download.content.startswith(b"%PDF")
    assert download["Content-Type"] == "application/pdf"
    assert "private" in download["Cache-Control"] and "no-store" in download["Cache-Control"]
    assert Job.objects.count() == 1


def test_with_the_immediate_backend_the_file_comes_at_once(
    client_for, editor_a, org_a, monkeypatch
):
    monkeypatch.setitem(views.FORMATS, "docx", ("application/msword", lambda c, v=None: b"PK"))
    client = client_for(editor_a)
    response = client.get(f"{BASE}dokument.docx")
    assert response.status_code == 200 and response.content == b"PK"
    job = Job.objects.get()
    assert job.status == Job.Status.READY
    page = text_of(client.get(job_url(job)))
    assert "Dokumentet är klart" in page and f'href="{BASE}dokument.docx"' in page


def broken(content, version=None):
    raise ValueError("Diagrammet över mål 13 kunde inte ritas")


@pytest.mark.parametrize("backend", ["immediate", "database"])
def test_a_failed_render_says_why_and_offers_a_new_try(
    backend, request, client_for, editor_a, org_a, monkeypatch
):
    if backend == "database":
        request.getfixturevalue("database_tasks")
    monkeypatch.setitem(views.FORMATS, "pdf", ("application/pdf", broken))
    client = client_for(editor_a)
    response = client.get(f"{BASE}dokument.pdf")
    if backend == "database":
        run_worker()
    job = Job.objects.get()
    assert response.status_code == 302 and response["Location"] == job_url(job)
    assert job.status == Job.Status.FAILED
    text = text_of(client.get(job_url(job)))
    assert "Dokumentet kunde inte tas fram." in text
    assert "Diagrammet över mål 13 kunde inte ritas" in text
    assert f'<a href="{BASE}dokument.pdf">Försök igen</a>' in text and "hx-get" not in text

    monkeypatch.setitem(views.FORMATS, "pdf", ("application/pdf", lambda c, v=None: b"%PDF-1.7"))
    again = client.get(f"{BASE}dokument.pdf")  # the new try: a new job
    if backend == "database":
        run_worker()
        again = client.get(f"{BASE}dokument.pdf")
    assert again.status_code == 200 and again.content == b"%PDF-1.7"
    assert Job.objects.count() == 2


@pytest.fixture
def job_a(org_a, editor_a):
    return Job.objects.create(
        kind=Job.Kind.RENDER, organisation=org_a, params={"fmt": "pdf", "version": None}
    )


@pytest.mark.parametrize(
    ("user", "status"),
    [("admin_a", 200), ("editor_a", 200), ("viewer_a", 200), ("editor_b", 403)],
)
def test_the_waiting_page_is_for_the_organisations_members(
    user, status, request, client_for, job_a
):
    response = client_for(request.getfixturevalue(user)).get(job_url(job_a))
    assert response.status_code == status
    assert ("står i kö" in text_of(response)) == (status == 200)


def test_anonymous_is_sent_to_the_login_and_other_jobs_are_not_found(
    client_for, editor_a, editor_b, org_b, job_a
):
    response = client_for(None).get(job_url(job_a))
    assert response.status_code == 302 and "/konto/logga-in/" in response["Location"]
    theirs = Job.objects.create(kind=Job.Kind.RENDER, organisation=org_b, params={"fmt": "pdf"})
    sync = Job.objects.create(kind=Job.Kind.SYNC)
    client = client_for(editor_a)
    for job in (theirs, sync):
        assert client.get(job_url(job)).status_code == 404
    assert (
        client_for(editor_b).get(f"/omraden/1480/nulagesanalys/dokument/{job_a.pk}/").status_code
        == 404
    )
