from django.conf import settings
from django.contrib import admin
from django.urls import include, path

from styra.web import benchviews
from styra.web.common import icons

urlpatterns = [
    # Browsers and crawlers ask for /favicon.ico whatever the page links to.
    path("favicon.ico", icons.favicon),
    # For load balancers and monitoring: no login, never cached (docs/deployment.md).
    path("", include("styra.web.health.urls")),
    path("i18n/", include("django.conf.urls.i18n")),
    path("admin/", admin.site.urls),
    path("", include("styra.web.accounts.urls")),
    path("", include("styra.web.signin.urls")),
    path("", include("styra.web.twofactor.urls")),
    path("", include("styra.web.organisations.urls")),
    path("", include("styra.web.indicators.urls")),
    path("", include("styra.web.nulage.urls")),
    path("", include("styra.web.focus.urls")),
    path("", include("styra.web.samverkan.urls")),
    path("", include("styra.web.maturity.urls")),
    path("", include("styra.web.radighet.urls")),
    path("", include("styra.web.reports.urls")),
    path("", include("styra.web.vlr.urls")),
    path("", include("styra.web.priorities.urls")),
    path("", include("styra.web.actionplan.urls")),
    path("", include("styra.web.changes.urls")),
    path("", include("styra.web.followup.urls")),
    path("", include("styra.web.network.urls")),
    path("", include("styra.web.twins.urls")),
    path("", include("styra.web.practices.urls")),
    path("", include("styra.web.network.shared.urls")),
    path("", include("styra.web.meetings.urls")),
    path("", include("styra.web.public.urls")),
    path("", include("styra.web.api.urls")),
    # Self-hosted proof of work for every anonymous form (styra.web.common.antispam).
    path("altcha/", include("altcha_django.urls")),
    path("", include("styra.web.dialogue.urls")),
    path("", include("styra.web.consultation.urls")),
    path("", include("styra.web.contact.urls")),
    path("", include("styra.web.personal.urls")),
    path("", include("styra.web.audit.urls")),
    # /organisationer/<id>/… moved to /omraden/<id>/…: 301, or 308 for a POST
    path("", include("styra.web.common.redirects")),
]
handler500 = "styra.web.errors.server_error"  # 400, 403 and 404: Django's, with our templates

if settings.STYRA_BENCH_VIEWS:  # bench/web.py only: the floor page, no database
    urlpatterns.append(path("bench/floor/", benchviews.floor, name="bench-floor"))
