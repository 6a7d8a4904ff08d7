from django.urls import path

from . import views

BASE = "omraden/<str:kolada_id>/nulagesanalys/"

urlpatterns = [
    path(BASE, views.document, name="reports-document"),
    path(f"{BASE}dokument.<str:fmt>", views.document_file, name="reports-file"),
    path(f"{BASE}dokument/<int:pk>/", views.render_job, name="reports-job"),
    path(f"{BASE}versioner/", views.version_list, name="reports-versions"),
    path(f"{BASE}frys/", views.freeze, name="reports-freeze"),
    path(f"{BASE}versioner/<int:pk>/", views.version_detail, name="reports-version"),
    path(
        f"{BASE}versioner/<int:pk>/dokument.<str:fmt>",
        views.version_file,
        name="reports-version-file",
    ),
    path(f"{BASE}jamfor/", views.compare_versions, name="reports-compare"),
]
