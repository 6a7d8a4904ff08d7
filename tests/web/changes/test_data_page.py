"""The staff page "Data från Kolada": only the platform's staff open it and start a sync or
a recomputation (members, even an organisation's admin, get 403; anonymous users log in
first); a sync that cannot reach Kolada shows its failure on the job's page; the buttons'
jobs show their progress; the start page links the page for staff only."""

import pytest
from django.urls import reverse

from styra.kolada.client import KoladaError
from styra.web.background.models import Job
from styra.web.changes.models import DataRelease
from tests.kolada.fake_kolada import KOLADA_DATA, FakeKolada, load_slice
from tests.web.factories import make_user

URL = "https://api.kolada.se/v3/municipality?per_page=5000"
CAUSE = "gave up after 6 attempts: connection failed: Temporary failure in name resolution"


@pytest.fixture
def staff(db):
    user = make_user("stina_stab")
    user.is_staff = True
    user.save()
    return user


@pytest.fixture
def failing_sync(monkeypatch):
    def sync_bundle(*args, **kwargs):
        raise KoladaError(URL, CAUSE)

    monkeypatch.setattr("styra.kolada.sync.sync_bundle", sync_bundle)


def job_urls() -> list[tuple[str, str]]:
    job = Job.objects.create(kind=Job.Kind.SYNC)
    return [
        ("get", reverse("changes-data")),
        ("get", reverse("changes-data-job", args=[job.pk])),
        ("post", reverse("changes-data-start", args=["hamta"])),
        ("post", reverse("changes-data-start", args=["rakna-om"])),
    ]


@pytest.mark.parametrize("user", ["admin_a", "editor_a", "viewer_a", "editor_b"])
def test_members_are_refused(user, request, client_for, failing_sync):
    client = client_for(request.getfixturevalue(user))
    for method, url in job_urls():
        assert getattr(client, method)(url).status_code == 403, url
    assert Job.objects.count() == 1  # nothing was started


def test_anonymous_is_sent_to_log_in(db, client, failing_sync):
    for method, url in job_urls():
        response = getattr(client, method)(url)
        assert response.status_code == 302, url
        assert response["Location"].startswith(reverse("accounts-login"))


def test_staff_and_superusers_open_it(staff, client_for, django_user_model):
    root = django_user_model.objects.create_superuser("root", "root@example.se", "x")
    DataRelease.objects.create(
        number=41, source="/srv/kolada", values_count=1234, file_name="kolada-v41.parquet"
    )
    for user in (staff, root):
        page = client_for(user).get(reverse("changes-data"))
        text = page.content.decode()
        assert page.status_code == 200
        assert "Hämta nya värden från Kolada" in text and "Räkna om analyserna" in text
        assert 'id="data-releases"' in text and "/srv/kolada" in text and ">41<" in text


def test_an_unknown_action_or_job_is_404(staff, client_for):
    client = client_for(staff)
    assert client.post(reverse("changes-data-start", args=["radera"])).status_code == 404
    render = Job.objects.create(kind=Job.Kind.RENDER)
    assert client.get(reverse("changes-data-job", args=[render.pk])).status_code == 404


def test_a_sync_without_network_shows_its_failure(staff, client_for, failing_sync):
    client = client_for(staff)
    response = client.post(reverse("changes-data-start", args=["hamta"]))
    job = Job.objects.get()
    assert response.status_code == 302
    assert response["Location"] == reverse("changes-data-job", args=[job.pk])
    assert job.status == Job.Status.FAILED and job.created_by == staff
    page = client.get(response["Location"])
    text = page.content.decode()
    assert page.status_code == 200 and page["Cache-Control"] == "private, no-store"
    assert 'id="job-failed"' in text and "Jobbet misslyckades." in text
    assert f"{URL}: {CAUSE}" in text and "api.kolada.se" in text and "hx-trigger" not in text
    listing = client.get(reverse("changes-data")).content.decode()
    assert "misslyckades" in listing and reverse("changes-data-job", args=[job.pk]) in listing


def test_an_unfinished_job_is_polled_and_reused(staff, client_for, settings):
    settings.TASKS = {"default": {"BACKEND": "django_tasks_db.DatabaseBackend"}}
    client = client_for(staff)
    first = client.post(reverse("changes-data-start", args=["rakna-om"]))["Location"]
    assert client.post(reverse("changes-data-start", args=["rakna-om"]))["Location"] == first
    fragment = client.get(first, headers={"HX-Request": "true"}).content.decode()
    assert fragment.startswith('<div id="data-job" hx-get="' + first)
    assert 'hx-trigger="every 2s"' in fragment and "står i kö" in fragment
    assert "<html" not in fragment
    assert "Pågående jobb" in client.get(reverse("changes-data")).content.decode()


def test_the_start_page_links_it_for_staff_only(staff, editor_a, client_for):
    link = reverse("changes-data")
    assert link in client_for(staff).get(reverse("accounts-start")).content.decode()
    assert link not in client_for(editor_a).get(reverse("accounts-start")).content.decode()


@pytest.mark.django_db(transaction=True)
def test_a_sync_from_the_local_kolada_loads_a_version(staff, client_for, monkeypatch, tmp_path):
    if not KOLADA_DATA.is_dir():
        pytest.skip(f"the real Kolada bundle is not at {KOLADA_DATA}")
    kolada = FakeKolada(load_slice()).start()
    try:
        monkeypatch.setattr("styra.kolada.client.DEFAULT_BASE_URL", kolada.base_url)
        monkeypatch.setenv("STYRA_BUNDLE", str(tmp_path / "bundle"))
        client = client_for(staff)
        page = client.get(client.post(reverse("changes-data-start", args=["hamta"]))["Location"])
    finally:
        kolada.stop()
    text = page.content.decode()
    assert Job.objects.get().status == Job.Status.READY, Job.objects.get().error
    assert "Klart." in text and f"Laddat värdena från {tmp_path / 'bundle'}" in text
    assert DataRelease.objects.get().source == str(tmp_path / "bundle")
