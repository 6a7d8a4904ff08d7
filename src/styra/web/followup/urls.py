from django.urls import path

from . import cycle_views, document_views, report_views, views

BASE = "omraden/<str:kolada_id>/uppfoljning/"

urlpatterns = [
    path(BASE, views.cycle_list, name="followup-list"),
    path(f"{BASE}att-rapportera/", report_views.todo, name="followup-todo"),
    path(f"{BASE}ny/", cycle_views.cycle_create, name="followup-cycle-create"),
    path(f"{BASE}<int:pk>/", views.cycle_detail, name="followup-cycle"),
    path(f"{BASE}<int:pk>/andra/", cycle_views.cycle_edit, name="followup-cycle-edit"),
    path(f"{BASE}<int:pk>/oppna/", cycle_views.cycle_open, name="followup-cycle-open"),
    path(f"{BASE}<int:pk>/stang/", cycle_views.cycle_close, name="followup-cycle-close"),
    path(f"{BASE}<int:pk>/jamfor/", views.cycle_compare, name="followup-compare"),
    path(
        f"{BASE}<int:pk>/uppfoljningsrapport.<str:fmt>",
        document_views.cycle_file,
        name="followup-cycle-file",
    ),
    path(f"{BASE}dokument/<int:pk>/", document_views.render_job, name="followup-job"),
    path(f"{BASE}arsredovisning/<int:year>/", document_views.annual, name="followup-annual"),
    path(
        f"{BASE}arsredovisning/<int:year>/kapitel.<str:fmt>",
        document_views.annual_file,
        name="followup-annual-file",
    ),
    path(
        f"{BASE}<int:pk>/atgarder/<int:action_pk>/",
        report_views.report,
        name="followup-report",
    ),
]
