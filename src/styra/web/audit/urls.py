"""The audit log of an organisation (/omraden/<id>/logg/…, its admins) and of a network
(/natverk/<id>/logg/…, its coordinators)."""

from django.urls import path

from . import views

BASE = "omraden/<str:kolada_id>/logg"
NETWORK = "natverk/<int:network_id>/logg"

urlpatterns = [
    path(f"{BASE}/", views.log, name="audit-log"),
    path(f"{BASE}.<str:fmt>", views.log_export, name="audit-log-export"),
    path(f"{NETWORK}/", views.network_log, name="audit-network-log"),
    path(f"{NETWORK}.<str:fmt>", views.network_log_export, name="audit-network-log-export"),
    path(f"{BASE}/inloggningar/", views.sign_ins, name="audit-sign-ins"),
    path(f"{BASE}/inloggningar.<str:fmt>", views.sign_ins_export, name="audit-sign-ins-export"),
]
