"""The old ``/organisationer/<id>/…`` URLs: moved for good to ``/omraden/<id>/…``.

Every page of an area is keyed by its Kolada id under one root (docs/glossary.md):
``/organisationer/`` → ``/omraden/``, the organisation's home
``/organisationer/<id>/`` → ``/omraden/<id>/organisation/``, and any deeper page
``/organisationer/<id>/<rest>`` → ``/omraden/<id>/<rest>``, query string kept.

A GET or HEAD is answered 301 (Moved Permanently). Any other method is answered
308 (Permanent Redirect), which tells the browser to send the same method and
body to the new URL, so a form posted from a page loaded before the move is not
lost. The redirect itself opens nothing: the new URL checks who may see it.
"""

from django.http import HttpResponsePermanentRedirect
from django.urls import get_script_prefix, path
from django.utils.encoding import escape_uri_path

OLD = "organisationer/"
NEW = "omraden/"
HOME = "organisation/"


def moved(request, kolada_id: str = "", rest: str = ""):
    """301 (GET, HEAD) or 308 (any other method) to the page's new URL."""
    new = f"{NEW}{kolada_id}/{rest or HOME}" if kolada_id else NEW
    location = escape_uri_path(get_script_prefix() + new)
    if query := request.META.get("QUERY_STRING", ""):
        location = f"{location}?{query}"
    keep_method = request.method not in ("GET", "HEAD")
    return HttpResponsePermanentRedirect(location, preserve_request=keep_method)


urlpatterns = [
    path(OLD, moved),
    path(f"{OLD}<str:kolada_id>/", moved),
    path(f"{OLD}<str:kolada_id>/<path:rest>", moved),
]
