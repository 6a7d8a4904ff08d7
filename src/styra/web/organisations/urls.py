from django.urls import path

from . import views

urlpatterns = [
    path("omraden/", views.organisation_list, name="organisations-list"),
    path(
        "omraden/<str:kolada_id>/organisation/",
        views.organisation_detail,
        name="organisations-detail",
    ),
    path(
        "omraden/<str:kolada_id>/kontaktperson/",
        views.contact_edit,
        name="organisations-contact-edit",
    ),
    path(
        "omraden/<str:kolada_id>/kommunledningsbeslut/",
        views.decision_edit,
        name="organisations-decision-edit",
    ),
    path(
        "omraden/<str:kolada_id>/kommunledningsbeslut/dokument/",
        views.decision_document,
        name="organisations-decision-document",
    ),
    path(
        "omraden/<str:kolada_id>/grupper/<str:body>/lagg-till/",
        views.body_member_add,
        name="organisations-body-member-add",
    ),
    path(
        "omraden/<str:kolada_id>/grupper/medlem/<int:pk>/ta-bort/",
        views.body_member_delete,
        name="organisations-body-member-delete",
    ),
]
