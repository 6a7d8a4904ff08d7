"""Static files: hashed and compressed by WhiteNoise, JS left as it is.

The vendored minified libraries (Vega, Vega-Lite, Vega-Embed) name source maps
that are not shipped; Django's manifest storage would refuse them, so only CSS
references are rewritten.
"""

from django.contrib.staticfiles.storage import ManifestStaticFilesStorage
from whitenoise.storage import CompressedManifestStaticFilesStorage


class StaticStorage(CompressedManifestStaticFilesStorage):
    patterns = tuple(
        (glob, rules) for glob, rules in ManifestStaticFilesStorage.patterns if glob != "*.js"
    )
