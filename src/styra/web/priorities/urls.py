from django.urls import include, path

urlpatterns: list = [
    path("", include("styra.web.priorities.interactions.urls")),
    path("", include("styra.web.priorities.decisions.urls")),
]
