from django.urls import path

from . import views

OWN = "omraden/<str:kolada_id>/egna-nyckeltal/"

urlpatterns = [
    path(OWN, views.own_list, name="indicators-own-list"),
    path(f"{OWN}nytt/", views.own_edit, name="indicators-own-create"),
    path(f"{OWN}<int:pk>/andra/", views.own_edit, name="indicators-own-edit"),
    path(f"{OWN}<int:pk>/ta-bort/", views.own_delete, name="indicators-own-delete"),
    path(f"{OWN}ladda-upp/", views.upload, name="indicators-upload"),
    path(f"{OWN}ladda-upp/spara/", views.upload_confirm, name="indicators-upload-confirm"),
    path(f"{OWN}mall.<str:fmt>", views.upload_template, name="indicators-upload-template"),
    path(f"{OWN}varden.<str:fmt>", views.values_export, name="indicators-values-export"),
    path("omraden/<str:kolada_id>/malvarden/", views.target_list, name="indicators-targets"),
]
