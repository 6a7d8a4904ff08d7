"""Fixtures for the web app's tests: two organisations and the three users
every view is tested with — editor of A, viewer of A, editor of B — plus an
admin and a contributor of A, and ``client_for(user)`` for a logged-in test client.

Other apps' tests reuse them; the browser tests import them too.

Make more users and objects with tests/web/factories.py.

Log users in with ``client_for(user)`` (or ``client.force_login(user,
backend=MODEL_BACKEND)``): the first authentication backend is django-axes',
which needs a request, so ``client.login()`` does not work.
"""

import pytest
from django.core.cache import caches
from django.test import Client

from styra.web.accounts.models import Role
from styra.web.organisations.models import Organisation
from tests.web.factories import PASSWORD, make_member  # noqa: F401  (PASSWORD: browser tests)

MODEL_BACKEND = "styra.web.accounts.backends.UserAndRolesBackend"
# django-tasks' immediate backend: a task runs as it is enqueued (tests of the database
# backend and its worker set TASKS themselves, tests/web/background).
IMMEDIATE_TASKS = {"default": {"BACKEND": "django_tasks.backends.immediate.ImmediateBackend"}}


@pytest.fixture(autouse=True)
def _web_test_settings(settings, tmp_path):
    """Plain static storage (no collectstatic manifest), fast hashing, private files in tmp,
    background tasks run at once."""
    settings.STORAGES = {
        **settings.STORAGES,
        "staticfiles": {"BACKEND": "django.contrib.staticfiles.storage.StaticFilesStorage"},
    }
    settings.STATIC_ROOT = tmp_path / "static"
    settings.STATIC_ROOT.mkdir()
    settings.PASSWORD_HASHERS = ["django.contrib.auth.hashers.MD5PasswordHasher"]
    settings.MEDIA_ROOT = tmp_path / "media"
    settings.PRIVATE_MEDIA_ROOT = tmp_path / "media" / "private"
    settings.EMAIL_BACKEND = "django.core.mail.backends.locmem.EmailBackend"
    settings.STYRA_CACHE_DIR = ""  # no snapshot files (tests/web/nulage/test_snapshot_*)
    settings.TASKS = IMMEDIATE_TASKS  # background work runs within the request
    # No API rate limits (their counts outlive a test); tests/web/api/test_rate_limits*
    # set their own.
    settings.STYRA_API_RATE_ANON = settings.STYRA_API_RATE_TOKEN = ""
    # The robot checks' cache in memory, empty for each test (files or Redis otherwise).
    antispam = {"BACKEND": "django.core.cache.backends.locmem.LocMemCache", "LOCATION": "antispam"}
    settings.CACHES = {**settings.CACHES, "antispam": antispam}
    caches["antispam"].clear()
    settings.STYRA_VERSIONS_DIR = tmp_path / "versions"  # kept data versions


@pytest.fixture
def org_a(db) -> Organisation:
    return Organisation.objects.create(kolada_id="0180", name="Stockholm", type="K")


@pytest.fixture
def org_b(db) -> Organisation:
    return Organisation.objects.create(kolada_id="1480", name="Göteborg", type="K")


@pytest.fixture
def admin_a(org_a):
    return make_member("anna_admin", org_a, Role.ADMIN, first_name="Anna", last_name="Admin")


@pytest.fixture
def editor_a(org_a):
    return make_member("erik_redaktor", org_a, Role.EDITOR, first_name="Erik", last_name="Ek")


@pytest.fixture
def contributor_a(org_a):
    return make_member(
        "cilla_bidrar", org_a, Role.CONTRIBUTOR, first_name="Cilla", last_name="Ceder"
    )


@pytest.fixture
def viewer_a(org_a):
    return make_member("vera_lasare", org_a, Role.VIEWER, first_name="Vera", last_name="Vik")


@pytest.fixture
def editor_b(org_b):
    return make_member("bo_redaktor", org_b, Role.EDITOR, first_name="Bo", last_name="Berg")


@pytest.fixture
def client_for(db):
    """``client_for(user)`` → a test client logged in as ``user`` (``None``: anonymous)."""

    def make(user=None) -> Client:
        client = Client()
        if user is not None:
            client.force_login(user, backend=MODEL_BACKEND)
        return client

    return make
