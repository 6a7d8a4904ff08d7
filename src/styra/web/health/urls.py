from django.urls import path

from styra.web.health import views

urlpatterns = [
    path("healthz", views.healthz, name="health-healthz"),
]
