"""Interaction matrices of an organisation and of a network: the same views under two prefixes.

``interactions-<action>`` take the organisation's ``kolada_id``,
``interactions-network-<action>`` the network's id.
"""

from django.urls import path

from . import import_views, views

PAGES = [
    ("", views.matrix_list, "list"),
    ("ny/", views.matrix_create, "create"),
    ("ny-fran-fil/", import_views.create_from_file, "create-from-file"),
    ("ny-fran-fil/spara/", import_views.create_from_file_confirm, "create-from-file-confirm"),
    ("<int:pk>/", views.matrix_detail, "matrix"),
    ("<int:pk>/andra/", views.matrix_edit, "edit"),
    ("<int:pk>/ta-bort/", views.matrix_delete, "delete"),
    ("<int:pk>/celler/<str:source>/<str:target>/", views.cell_edit, "cell"),
    ("<int:pk>/importera/", import_views.matrix_import, "import"),
    ("<int:pk>/importera/spara/", import_views.matrix_import_confirm, "import-confirm"),
    ("<int:pk>/matris-<str:layout>.<str:fmt>", views.matrix_export, "export"),
    ("<int:pk>/resultat/", views.matrix_results, "results"),
    ("<int:pk>/resultat.<str:fmt>", views.results_export, "results-export"),
]
ORGANISATION = "omraden/<str:kolada_id>/interaktioner/"
NETWORK = "natverk/<int:network_id>/interaktioner/"

urlpatterns = [
    path(ORGANISATION + route, view, name=f"interactions-{name}") for route, view, name in PAGES
] + [
    path(NETWORK + route, view, name=f"interactions-network-{name}") for route, view, name in PAGES
]
