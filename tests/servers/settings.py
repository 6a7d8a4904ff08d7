"""Styra's settings for the two-server test: static files copied as they are (no hashing
or compression, which would take most of the test's time), everything else unchanged."""

from styra.web.settings import *  # noqa: F403

STORAGES["staticfiles"] = {  # noqa: F405
    "BACKEND": "django.contrib.staticfiles.storage.StaticFilesStorage"
}
