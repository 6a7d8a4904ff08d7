from django.urls import path

from . import views

urlpatterns = [
    path("konto/mina-uppgifter/", views.mine, name="personal-mine"),
    path("konto/mina-uppgifter/export/", views.mine_export, name="personal-mine-export"),
    path("plattform/personuppgifter/", views.persons, name="personal-persons"),
    path("plattform/personuppgifter/export/", views.person_export, name="personal-person-export"),
    path("plattform/personuppgifter/radera/", views.person_erase, name="personal-person-erase"),
]
