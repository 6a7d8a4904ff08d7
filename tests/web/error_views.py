"""The project's URLs plus views that fail, for the tests of the error pages
(``pytest.mark.urls("tests.web.error_views")``)."""

from django.core.exceptions import PermissionDenied, SuspiciousOperation
from django.urls import path

from styra.web import urls as project
from styra.web.organisations.models import Organisation


def bad_request(request):
    raise SuspiciousOperation("a request Styra cannot read")


def forbidden(request):
    raise PermissionDenied


def broken(request):
    raise RuntimeError("a bug in a view")


def needs_database(request):
    return Organisation.objects.count()


urlpatterns = [
    *project.urlpatterns,
    path("prov/400/", bad_request),
    path("prov/403/", forbidden),
    path("prov/500/", broken),
    path("prov/databas/", needs_database),
]
handler500 = project.handler500
