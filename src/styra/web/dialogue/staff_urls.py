"""The staff's pages of the medborgardialog, under /omraden/<id>/dialog/ (docs/dialogue.md).

A URL's ``pk`` is a dialogue, except under fraga/ (a question), svar/ (an answer) and
forslag/ (a proposal), whose dialogue is reached through it.
"""

from django.urls import path

from . import entry_views, moderation_views, question_views, result_views, staff_views

BASE = "omraden/<str:kolada_id>/dialog/"

urlpatterns = [
    path(BASE, staff_views.dialogue_list, name="dialogue-list"),
    path(f"{BASE}ny/", staff_views.dialogue_create, name="dialogue-create"),
    path(f"{BASE}<int:pk>/", staff_views.dialogue_detail, name="dialogue-detail"),
    path(f"{BASE}<int:pk>/andra/", staff_views.dialogue_edit, name="dialogue-edit"),
    path(f"{BASE}<int:pk>/ta-bort/", staff_views.dialogue_delete, name="dialogue-delete"),
    path(f"{BASE}<int:pk>/prioriteringen/", staff_views.dialogue_feeds, name="dialogue-feeds"),
    path(f"{BASE}<int:pk>/ny-fraga/", question_views.question_create, name="dialogue-add-question"),
    path(f"{BASE}fraga/<int:pk>/", question_views.question_edit, name="dialogue-question-edit"),
    path(
        f"{BASE}fraga/<int:pk>/ta-bort/",
        question_views.question_delete,
        name="dialogue-question-delete",
    ),
    path(
        f"{BASE}fraga/<int:pk>/flytta/", question_views.question_move, name="dialogue-question-move"
    ),
    path(f"{BASE}<int:pk>/pappersvar/", entry_views.entry, name="dialogue-entry"),
    path(f"{BASE}<int:pk>/granskning/", moderation_views.queue, name="dialogue-moderation"),
    path(
        f"{BASE}<int:pk>/granskning/historik/",
        moderation_views.history,
        name="dialogue-moderation-history",
    ),
    path(
        f"{BASE}svar/<int:pk>/granska/",
        moderation_views.moderate_answer,
        name="dialogue-answer-moderate",
    ),
    path(
        f"{BASE}forslag/<int:pk>/granska/",
        moderation_views.moderate_proposal,
        name="dialogue-proposal-moderate",
    ),
    path(f"{BASE}<int:pk>/forslag/", moderation_views.proposals, name="dialogue-proposals"),
    path(
        f"{BASE}forslag/<int:pk>/svara/",
        moderation_views.proposal_reply,
        name="dialogue-proposal-reply",
    ),
    path(f"{BASE}<int:pk>/resultat/", result_views.results, name="dialogue-results"),
    path(
        f"{BASE}<int:pk>/resultat.<str:fmt>",
        result_views.results_file,
        name="dialogue-results-file",
    ),
]
