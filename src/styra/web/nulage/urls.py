from django.urls import path

from . import search_views, views

urlpatterns = [
    path("sok/", search_views.search, name="nulage-search"),
    path("omraden/<str:kolada_id>/", views.overview, name="nulage-overview"),
    path(
        "omraden/<str:kolada_id>/export.<str:fmt>",
        views.overview_export,
        name="nulage-overview-export",
    ),
    path("omraden/<str:kolada_id>/mal/<goal:goal>/", views.goal_detail, name="nulage-goal"),
    path(
        "omraden/<str:kolada_id>/mal/<goal:goal>/export.<str:fmt>",
        views.goal_export,
        name="nulage-goal-export",
    ),
    path("omraden/<str:kolada_id>/nyckeltal/<str:kpi_id>/", views.kpi_detail, name="nulage-kpi"),
    path(
        "omraden/<str:kolada_id>/nyckeltal/<str:kpi_id>/export.<str:fmt>",
        views.kpi_export,
        name="nulage-kpi-export",
    ),
    path(
        "omraden/<str:kolada_id>/nyckeltal/<str:kpi_id>/export-<str:table>.<str:fmt>",
        views.kpi_export,
        name="nulage-kpi-table-export",
    ),
]
