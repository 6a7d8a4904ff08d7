from django.urls import path

from . import views

BASE = "omraden/<str:kolada_id>/goda-exempel/"

urlpatterns = [
    path("goda-exempel/", views.library, name="practices-library"),
    path("goda-exempel/<int:pk>/", views.detail, name="practices-detail"),
    path(
        "goda-exempel/bilagor/<int:pk>/fil/",
        views.attachment_file,
        name="practices-attachment-file",
    ),
    path(BASE, views.organisation_list, name="practices-organisation"),
    path(f"{BASE}nytt/", views.edit, name="practices-create"),
    path(f"{BASE}<int:pk>/andra/", views.edit, name="practices-edit"),
    path(f"{BASE}<int:pk>/ta-bort/", views.delete, name="practices-delete"),
    path(f"{BASE}<int:pk>/bilagor/", views.attachment_upload, name="practices-upload"),
    path(
        f"{BASE}bilagor/<int:pk>/ta-bort/",
        views.attachment_delete,
        name="practices-attachment-delete",
    ),
]
