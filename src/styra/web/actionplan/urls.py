from django.urls import path

from . import action_views, import_views, views

BASE = "omraden/<str:kolada_id>/handlingsplan/"

urlpatterns = [
    path(BASE, views.plan, name="actionplan-plan"),
    path(f"{BASE}agare/", views.plan_owners, name="actionplan-owners"),
    path(f"{BASE}tidslinje/", views.plan_timeline, name="actionplan-timeline"),
    path(f"{BASE}handlingsplan.xlsx", views.plan_export, name="actionplan-export"),
    path(f"{BASE}importera/", import_views.import_upload, name="actionplan-import"),
    path(f"{BASE}importera/spara/", import_views.import_confirm, name="actionplan-import-confirm"),
    path(f"{BASE}ny/", action_views.action_edit, name="actionplan-action-create"),
    path(f"{BASE}<int:pk>/", views.action_detail, name="actionplan-action"),
    path(f"{BASE}<int:pk>/andra/", action_views.action_edit, name="actionplan-action-edit"),
    path(f"{BASE}<int:pk>/ta-bort/", action_views.action_delete, name="actionplan-action-delete"),
    path(f"{BASE}<int:pk>/framsteg/", action_views.progress_create, name="actionplan-progress"),
    path(
        f"{BASE}<int:pk>/indikatorer/ny/",
        action_views.indicator_create,
        name="actionplan-indicator-create",
    ),
    path(
        f"{BASE}indikatorer/<int:pk>/andra/",
        action_views.indicator_edit,
        name="actionplan-indicator-edit",
    ),
    path(
        f"{BASE}indikatorer/<int:pk>/ta-bort/",
        action_views.indicator_delete,
        name="actionplan-indicator-delete",
    ),
]
