from django.urls import path

from . import accept_views, document_views, own_goal_views, tag_views, views

BASE = "omraden/<str:kolada_id>/fokus/"

urlpatterns = [
    path(BASE, views.overview, name="focus-overview"),
    path(f"{BASE}fokus-per-mal.<str:fmt>", views.export, name="focus-export"),
    path(f"{BASE}dokument/", document_views.document_list, name="focus-documents"),
    path(
        f"{BASE}dokument/ladda-upp/", document_views.document_upload, name="focus-document-upload"
    ),
    path(f"{BASE}dokument/<int:pk>/", document_views.document_detail, name="focus-document"),
    path(f"{BASE}dokument/<int:pk>/fil/", document_views.document_file, name="focus-document-file"),
    path(
        f"{BASE}dokument/<int:pk>/ta-bort/",
        document_views.document_delete,
        name="focus-document-delete",
    ),
    path(
        f"{BASE}dokument/<int:pk>/godkann-alla/",
        accept_views.document_accept_all,
        name="focus-document-accept-all",
    ),
    path(f"{BASE}avsnitt/<int:pk>/markera/", tag_views.passage_tag, name="focus-passage-tag"),
    path(
        f"{BASE}avsnitt/<int:pk>/godkann-alla/",
        accept_views.passage_accept_all,
        name="focus-passage-accept-all",
    ),
    path(f"{BASE}markeringar/<int:pk>/granska/", tag_views.tag_review, name="focus-tag-review"),
    path(f"{BASE}markeringar/<int:pk>/ta-bort/", tag_views.tag_delete, name="focus-tag-delete"),
    path(f"{BASE}egna-mal/", own_goal_views.own_goal_list, name="focus-own-goals"),
    path(f"{BASE}egna-mal/nytt/", own_goal_views.own_goal_edit, name="focus-own-goal-create"),
    path(
        f"{BASE}egna-mal/<int:pk>/andra/", own_goal_views.own_goal_edit, name="focus-own-goal-edit"
    ),
    path(
        f"{BASE}egna-mal/<int:pk>/ta-bort/",
        own_goal_views.own_goal_delete,
        name="focus-own-goal-delete",
    ),
    path(f"{BASE}egna-mal/<int:pk>/markera/", tag_views.own_goal_tag, name="focus-own-goal-tag"),
]
