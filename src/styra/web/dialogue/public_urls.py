"""The participants' pages of a medborgardialog (/offentligt/<id>/dialog/…, no login)."""

from django.urls import path

from . import participate_views, proposal_views, result_views

DIALOGUE = "offentligt/<str:kolada_id>/dialog/<int:pk>/"

urlpatterns = [
    path("offentligt/<str:kolada_id>/dialog/", participate_views.index, name="dialogue-public"),
    path(DIALOGUE, participate_views.answer, name="dialogue-public-answer"),
    path(f"{DIALOGUE}tack/", participate_views.receipt, name="dialogue-public-receipt"),
    path(f"{DIALOGUE}resultat/", result_views.public_results, name="dialogue-public-results"),
    path(f"{DIALOGUE}forslag/", proposal_views.proposals, name="dialogue-public-proposals"),
    path(
        f"{DIALOGUE}forslag/<int:proposal_pk>/stod/",
        proposal_views.support,
        name="dialogue-public-support",
    ),
    path(
        f"{DIALOGUE}forslag/<int:proposal_pk>/anmal/",
        proposal_views.report,
        name="dialogue-public-report",
    ),
]
