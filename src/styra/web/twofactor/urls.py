from django.urls import path

from . import views

urlpatterns = [
    path("konto/tvastegsverifiering/", views.settings_page, name="twofactor-settings"),
    path("konto/tvastegsverifiering/sla-pa/", views.set_up, name="twofactor-set-up"),
    path("konto/tvastegsverifiering/kod/", views.verify, name="twofactor-verify"),
    path(
        "konto/tvastegsverifiering/reservkoder/", views.backup_codes, name="twofactor-backup-codes"
    ),
    path(
        "konto/tvastegsverifiering/reservkoder/nya/",
        views.backup_codes_new,
        name="twofactor-backup-codes-new",
    ),
    path("konto/tvastegsverifiering/stang-av/", views.turn_off, name="twofactor-turn-off"),
]
