"""The public site (/offentligt/…, no login), its widgets and open data, and the
publishing pages of an organisation (/omraden/<id>/publicering/…, members)."""

from django.urls import path

from . import manage_views, opendata, views, widgets

PUBLIC = "offentligt/<str:kolada_id>/"

urlpatterns = [
    # The public site: only what an admin approved; anything else 404.
    path("offentligt/", views.index, name="public-index"),
    # Before the organisation's pages: "oembed" and "data" are not Kolada ids.
    path("offentligt/oembed/", widgets.oembed, name="public-oembed"),
    # Open data for the whole instance (per organisation: below).
    path("offentligt/data/", opendata.instance_page, name="public-data-instance"),
    path(
        "offentligt/data/datapackage.json",
        opendata.instance_package,
        name="public-data-instance-package",
    ),
    path(
        "offentligt/data/<str:name>.<str:fmt>",
        opendata.instance_file,
        name="public-data-instance-file",
    ),
    path(PUBLIC, views.overview, name="public-overview"),
    path(f"{PUBLIC}mal/<goal:goal>/", views.goal, name="public-goal"),
    path(f"{PUBLIC}nyckeltal/<str:kpi_id>/", views.kpi, name="public-kpi"),
    path(f"{PUBLIC}prioriteringar/", views.decision, name="public-decision"),
    path(f"{PUBLIC}handlingsplan/", views.plan, name="public-plan"),
    path(f"{PUBLIC}uppfoljning/", views.followup, name="public-followup"),
    path(f"{PUBLIC}tackning/", views.coverage, name="public-coverage"),
    # Widgets: the only pages another site may frame.
    path(f"{PUBLIC}widget/mal/<goal:goal>/", widgets.goal, name="public-widget-goal"),
    path(f"{PUBLIC}widget/nyckeltal/<str:kpi_id>/", widgets.kpi, name="public-widget-kpi"),
    path(f"{PUBLIC}widget/handlingsplan/", widgets.plan, name="public-widget-plan"),
    # Open data of what the organisation published.
    path(f"{PUBLIC}data/", opendata.organisation_page, name="public-data"),
    path(
        f"{PUBLIC}data/datapackage.json", opendata.organisation_package, name="public-data-package"
    ),
    path(f"{PUBLIC}data/<str:name>.<str:fmt>", opendata.organisation_file, name="public-data-file"),
    # Publishing, for the organisation's members.
    path("omraden/<str:kolada_id>/publicering/", manage_views.overview, name="publishing"),
    path(
        "omraden/<str:kolada_id>/publicering/forbered/",
        manage_views.prepare,
        name="publishing-prepare",
    ),
    path(
        "omraden/<str:kolada_id>/publicering/<int:pk>/godkann/",
        manage_views.approve,
        name="publishing-approve",
    ),
    path(
        "omraden/<str:kolada_id>/publicering/<int:pk>/avvisa/",
        manage_views.reject,
        name="publishing-reject",
    ),
    path(
        "omraden/<str:kolada_id>/publicering/avpublicera/",
        manage_views.withdraw,
        name="publishing-withdraw",
    ),
]
