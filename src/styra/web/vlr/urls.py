from django.urls import path

from . import views

BASE = "omraden/<str:kolada_id>/vlr/"

urlpatterns = [
    path(BASE, views.start, name="vlr-start"),
    path(f"{BASE}<int:year>/", views.document, name="vlr-document"),
    path(f"{BASE}<int:year>/dokument.<str:fmt>", views.document_file, name="vlr-file"),
    path(f"{BASE}<int:year>/text/<str:section>/", views.narrative, name="vlr-narrative"),
    path(f"{BASE}<int:year>/frys/", views.freeze, name="vlr-freeze"),
    path(f"{BASE}dokument/<int:pk>/", views.render_job, name="vlr-job"),
    path(f"{BASE}versioner/", views.version_list, name="vlr-versions"),
    path(f"{BASE}versioner/<int:pk>/", views.version_detail, name="vlr-version"),
    path(
        f"{BASE}versioner/<int:pk>/dokument.<str:fmt>", views.version_file, name="vlr-version-file"
    ),
]
