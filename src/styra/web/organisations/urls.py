from django.urls import path

from . import views

urlpatterns = [
    path("organisationer/", views.organisation_list, name="organisations-list"),
    path("organisationer/<str:kolada_id>/", views.organisation_detail, name="organisations-detail"),
    path(
        "organisationer/<str:kolada_id>/kontaktperson/",
        views.contact_edit,
        name="organisations-contact-edit",
    ),
    path(
        "organisationer/<str:kolada_id>/kommunledningsbeslut/",
        views.decision_edit,
        name="organisations-decision-edit",
    ),
    path(
        "organisationer/<str:kolada_id>/kommunledningsbeslut/dokument/",
        views.decision_document,
        name="organisations-decision-document",
    ),
    path(
        "organisationer/<str:kolada_id>/grupper/<str:body>/lagg-till/",
        views.body_member_add,
        name="organisations-body-member-add",
    ),
    path(
        "organisationer/<str:kolada_id>/grupper/medlem/<int:pk>/ta-bort/",
        views.body_member_delete,
        name="organisations-body-member-delete",
    ),
]
