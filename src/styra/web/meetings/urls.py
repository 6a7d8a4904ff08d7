"""A network's meetings (/natverk/<id>/moten/…) and a member's tasks from them
(/omraden/<id>/natverk/uppgifter/…)."""

from django.urls import path

from . import views

BASE = "natverk/<int:network_id>/moten/"
MEETING = f"{BASE}<int:pk>/"
ORG = "omraden/<str:kolada_id>/natverk/uppgifter/"

urlpatterns = [
    path(BASE, views.meeting_list, name="network-meeting-list"),
    path(f"{BASE}nytt/", views.meeting_edit, name="network-meeting-create"),
    path(MEETING, views.meeting_detail, name="network-meeting"),
    path(f"{MEETING}andra/", views.meeting_edit, name="network-meeting-edit"),
    path(f"{MEETING}ta-bort/", views.meeting_delete, name="network-meeting-delete"),
    path(f"{MEETING}kalender.ics", views.meeting_ics, name="network-meeting-ics"),
    path(
        f"{BASE}<int:meeting_pk>/uppgifter/ny/",
        views.task_edit,
        name="network-meeting-task-create",
    ),
    path(f"{BASE}uppgifter/<int:pk>/andra/", views.task_edit, name="network-meeting-task-edit"),
    path(
        f"{BASE}uppgifter/<int:pk>/ta-bort/", views.task_delete, name="network-meeting-task-delete"
    ),
    path(ORG, views.organisation_tasks, name="network-org-tasks"),
    path(f"{ORG}<int:pk>/klar/", views.task_mark, name="network-org-task-mark"),
]
