"""``/favicon.ico``: browsers and crawlers ask for it whatever a page links to."""

from django.http import HttpResponsePermanentRedirect
from django.templatetags.static import static


def favicon(request):
    """To the site's icon (pages link it as ``<link rel="icon">``)."""
    return HttpResponsePermanentRedirect(static("styra/favicon.svg"))
