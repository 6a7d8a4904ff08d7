from django.urls import path

from . import data_views, views

BASE = "omraden/<str:kolada_id>/vad-har-hant/"

urlpatterns = [
    path(BASE, views.page, name="changes-page"),
    path(f"{BASE}andringar.<str:fmt>", views.export, name="changes-export"),
    # staff only: the kept data versions, a Kolada sync and a recomputation (not per area)
    path("data/", data_views.data_page, name="changes-data"),
    path("data/jobb/<int:pk>/", data_views.data_job, name="changes-data-job"),
    path("data/<slug:action>/", data_views.data_start, name="changes-data-start"),
]
