"""Where files live: static files, the uploads only Styra's views hand out, and the kept
Kolada data versions.

Static files: hashed and compressed by WhiteNoise, JS left as it is.

The vendored minified libraries (Vega, Vega-Lite, Vega-Embed) name source maps
that are not shipped; Django's manifest storage would refuse them, so only CSS
references are rewritten.
"""

import os

from django.conf import settings
from django.contrib.staticfiles.storage import ManifestStaticFilesStorage
from django.core.files.storage import FileSystemStorage
from whitenoise.storage import CompressedManifestStaticFilesStorage


class StaticStorage(CompressedManifestStaticFilesStorage):
    patterns = tuple(
        (glob, rules) for glob, rules in ManifestStaticFilesStorage.patterns if glob != "*.js"
    )


class PrivateStorage(FileSystemStorage):
    """Uploads on the local file system, under ``PRIVATE_MEDIA_ROOT``, which no URL serves:
    only a permission-checked view streams a file (styra.web.common.downloads.stored_file).
    With ``STYRA_S3_BUCKET`` the "private" storage is an S3 bucket instead (settings.py)."""

    @property
    def base_location(self):
        return settings.PRIVATE_MEDIA_ROOT

    @property
    def location(self):
        return os.path.abspath(self.base_location)


class VersionsStorage(FileSystemStorage):
    """The kept Kolada data versions (styra.web.changes.archive) under
    ``STYRA_VERSIONS_DIR``. With ``STYRA_S3_BUCKET`` the "versions" storage is the
    bucket's ``versions/`` folder instead (settings.py), so every app server reads the
    versions one of them kept."""

    @property
    def base_location(self):
        return settings.STYRA_VERSIONS_DIR

    @property
    def location(self):
        return os.path.abspath(self.base_location)
