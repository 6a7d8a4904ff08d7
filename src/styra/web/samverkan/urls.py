from django.urls import path

from . import views

BASE = "omraden/<str:kolada_id>/samverkan/"

urlpatterns = [
    path(BASE, views.overview, name="samverkan-overview"),
    path(f"{BASE}matris.<str:fmt>", views.matrix_export, name="samverkan-matrix-export"),
    path(f"{BASE}aktorer/", views.actor_list, name="samverkan-actors"),
    path(f"{BASE}aktorer/ny/", views.actor_edit, name="samverkan-actor-create"),
    path(f"{BASE}aktorer/<int:pk>/andra/", views.actor_edit, name="samverkan-actor-edit"),
    path(f"{BASE}aktorer/<int:pk>/ta-bort/", views.actor_delete, name="samverkan-actor-delete"),
    path(f"{BASE}mal/<goal:goal>/", views.goal_detail, name="samverkan-goal"),
    path(
        f"{BASE}roller/<int:pk>/andra/", views.involvement_edit, name="samverkan-involvement-edit"
    ),
    path(
        f"{BASE}roller/<int:pk>/ta-bort/",
        views.involvement_delete,
        name="samverkan-involvement-delete",
    ),
]
