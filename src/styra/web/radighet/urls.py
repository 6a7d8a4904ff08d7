from django.urls import path

from . import views

BASE = "omraden/<str:kolada_id>/radighet/"

urlpatterns = [
    path(BASE, views.overview, name="radighet-overview"),
    path(f"{BASE}export-<str:table>.<str:fmt>", views.export, name="radighet-export"),
    path(f"{BASE}mal/<goal:goal>/", views.goal_detail, name="radighet-goal"),
    path(f"{BASE}delmal/<str:target>/andra/", views.target_change, name="radighet-target-change"),
    path(f"{BASE}delmal/<str:target>/aterstall/", views.target_reset, name="radighet-target-reset"),
    path(f"{BASE}historik/", views.history, name="radighet-history"),
]
