from django.urls import path

from . import views

urlpatterns = [
    path("omraden/<str:kolada_id>/tvillingar/", views.twins_list, name="twins-list"),
    path(
        "omraden/<str:kolada_id>/tvillingar/export.<str:fmt>",
        views.twins_export,
        name="twins-export",
    ),
]
