"""Styra's settings with plain static files, for tests that start gunicorn: the hashed,
compressed static files need `collectstatic` first (about 40 s of CPU), which such a
test does not exercise. Everything else is production's (DEBUG off)."""

from styra.web.settings import *  # noqa: F403

STORAGES = {
    **STORAGES,  # noqa: F405
    "staticfiles": {"BACKEND": "django.contrib.staticfiles.storage.StaticFilesStorage"},
}
