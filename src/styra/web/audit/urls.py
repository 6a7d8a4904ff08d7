"""The audit log of an organisation (/omraden/<id>/logg/…, its admins)."""

from django.urls import path

from . import views

BASE = "omraden/<str:kolada_id>/logg"

urlpatterns = [
    path(f"{BASE}/", views.log, name="audit-log"),
    path(f"{BASE}.<str:fmt>", views.log_export, name="audit-log-export"),
    path(f"{BASE}/inloggningar/", views.sign_ins, name="audit-sign-ins"),
    path(f"{BASE}/inloggningar.<str:fmt>", views.sign_ins_export, name="audit-sign-ins-export"),
]
