from django.urls import path

from . import decision_views, views, workshop_views

BASE = "omraden/<str:kolada_id>/prioritera/"
WORKSHOP = f"{BASE}workshop/<str:token>/"
DECISION = f"{BASE}beslut/<int:pk>/"

urlpatterns = [
    path(BASE, views.prioritise, name="priorities-overview"),
    path(f"{BASE}spara-vikter/", views.weights_save, name="priorities-weights-save"),
    path(f"{BASE}strategisk-vikt/", views.strategic_edit, name="priorities-strategic"),
    path(f"{BASE}workshop/", workshop_views.workshop_list, name="priorities-workshops"),
    path(f"{BASE}workshop/ny/", workshop_views.workshop_create, name="priorities-workshop-create"),
    path(WORKSHOP, workshop_views.workshop_detail, name="priorities-workshop"),
    path(f"{WORKSHOP}vikter/", workshop_views.workshop_weights, name="priorities-workshop-weights"),
    path(f"{WORKSHOP}poang/", workshop_views.workshop_votes, name="priorities-workshop-votes"),
    path(
        f"{WORKSHOP}sammanstallning/",
        workshop_views.workshop_results,
        name="priorities-workshop-results",
    ),
    path(f"{WORKSHOP}status/", workshop_views.workshop_status, name="priorities-workshop-status"),
    path(f"{BASE}beslut/", decision_views.decision_list, name="priorities-decisions"),
    path(f"{BASE}beslut/nytt/", decision_views.decision_new, name="priorities-decision-new"),
    path(DECISION, decision_views.decision_detail, name="priorities-decision"),
    path(
        f"{DECISION}dokument/",
        decision_views.decision_document,
        name="priorities-decision-document",
    ),
]
