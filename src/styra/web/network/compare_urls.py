"""The comparison pages of a network (docs/network-compare.md), added to urls.py's list."""

from django.urls import path

from . import compare_views

COMPARE = "natverk/<int:network_id>/jamfor/"

urlpatterns = [
    path(COMPARE, compare_views.compare_goals, name="network-compare"),
    path(f"{COMPARE}export.<str:fmt>", compare_views.compare_export, name="network-compare-export"),
    path(
        f"{COMPARE}nyckeltal/<str:kpi_id>/",
        compare_views.compare_kpi,
        name="network-compare-kpi",
    ),
]
