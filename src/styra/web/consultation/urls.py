"""Remissrundor: the staff's pages under /omraden/<id>/remiss/, and the invitee's link
/remiss/<token>/ with their round's page (outside /omraden/: not a member page), and an
invited peer's page of a kollegial granskning /natverk/<id>/granskning/<round>/."""

from django.urls import path

from . import invite_views, links, peer_views, views

BASE = "omraden/<str:kolada_id>/remiss/"
ROUND = f"{BASE}<int:pk>/"

urlpatterns = [
    path(BASE, views.round_list, name="consultation-list"),
    path(f"{BASE}ny/", views.round_edit, name="consultation-create"),
    path(ROUND, views.round_detail, name="consultation-round"),
    path(f"{ROUND}andra/", views.round_edit, name="consultation-edit"),
    path(f"{ROUND}kommentera/", views.comment_create, name="consultation-round-comment"),
    path(f"{ROUND}stang/", views.round_close, name="consultation-close"),
    path(f"{ROUND}oppna/", views.round_reopen, name="consultation-reopen"),
    path(f"{ROUND}bjud-in/", invite_views.invite, name="consultation-invite"),
    path(f"{BASE}granskning/ny/", peer_views.review_create, name="consultation-review-create"),
    path(f"{ROUND}bjud-in-kollegor/", peer_views.peer_invite, name="consultation-peers"),
    path(f"{ROUND}sammanstallning/", views.round_summary, name="consultation-summary"),
    path(f"{ROUND}sammanstallning.docx", views.summary_file, name="consultation-summary-file"),
    path(
        f"{BASE}inbjudna/<int:pk>/aterkalla/",
        invite_views.invitee_revoke,
        name="consultation-invitee-revoke",
    ),
    path(
        f"{BASE}kommentarer/<int:pk>/status/",
        views.comment_status,
        name="consultation-comment-status",
    ),
    # The invitee's personal link, and their round's page (the link's cookie lets them in).
    # An invited peer's page of a kollegial granskning (peer_views).
    path(
        "natverk/<int:network_id>/granskning/<int:pk>/",
        peer_views.review_round,
        name="consultation-review",
    ),
    path("remiss/runda/<int:pk>/", links.invitee_round, name="consultation-invitee-round"),
    path("remiss/<str:token>/", links.link, name="consultation-link"),
]
