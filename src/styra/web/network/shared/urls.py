"""Sharing on purpose (docs/network-sharing.md): a member's sharing page, what a network's
members share with it, and the network's maturity aggregate."""

from django.urls import path

from . import views

urlpatterns = [
    path(
        "omraden/<str:kolada_id>/delning/",
        views.organisation_sharing,
        name="network-org-sharing",
    ),
    path("natverk/<int:network_id>/delat/", views.network_shared, name="network-shared"),
    path("natverk/<int:network_id>/mognad/", views.network_maturity, name="network-maturity"),
]
