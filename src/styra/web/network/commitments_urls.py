"""The commitments matrix, members' marks, the network report (docs/network-commitments.md)."""

from django.urls import path

from . import commitments_views, report_views

NETWORK = "natverk/<int:network_id>/"
ORG = "omraden/<str:kolada_id>/natverk/forvantningar/"

urlpatterns = [
    path(f"{NETWORK}atagande/", commitments_views.commitments, name="network-commitments"),
    path(
        f"{NETWORK}atagande/atagande.<str:fmt>",
        commitments_views.commitments_export,
        name="network-commitments-export",
    ),
    path(f"{NETWORK}rapport/", report_views.network_report, name="network-report"),
    path(
        f"{NETWORK}rapport/natverksrapport.<str:fmt>",
        report_views.network_report_file,
        name="network-report-file",
    ),
    path(ORG, commitments_views.expectations, name="network-org-expectations"),
    path(
        f"{ORG}<str:expectation>/",
        commitments_views.expectation_mark,
        name="network-org-expectation-mark",
    ),
    path(
        f"{ORG}<str:expectation>/ta-bort/",
        commitments_views.expectation_unmark,
        name="network-org-expectation-unmark",
    ),
]
