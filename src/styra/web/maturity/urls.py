from django.urls import path

from . import views

PREFIX = "omraden/<str:kolada_id>/sjalvskattning/"

urlpatterns = [
    path(PREFIX, views.round_list, name="maturity-list"),
    path(f"{PREFIX}ny/", views.round_create, name="maturity-create"),
    path(f"{PREFIX}<int:pk>/", views.round_results, name="maturity-results"),
    path(f"{PREFIX}<int:pk>/svara/", views.round_answer, name="maturity-answer"),
    path(f"{PREFIX}<int:pk>/stang/", views.round_close, name="maturity-close"),
    path(f"{PREFIX}<int:pk>/oppna/", views.round_reopen, name="maturity-reopen"),
]
