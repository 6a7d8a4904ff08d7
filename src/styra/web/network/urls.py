"""The network shell (docs/network-shell.md): the networks a user can see, one network's
page and its management (/natverk/…), a member's own network page
(/omraden/<id>/natverk/…) and the public network page with its contact form
(/offentligt/natverk/<id>/…).

Other parts of the network add their lines below theirs, or include their own urls.
"""

from django.urls import path

from . import commitments_urls, compare_urls, contact_views, org_views, views

NETWORK = "natverk/<int:network_id>/"
ORG = "omraden/<str:kolada_id>/natverk/"

urlpatterns = [
    path("natverk/", views.network_list, name="network-list"),
    path("natverk/nytt/", views.network_create, name="network-create"),
    path(NETWORK, views.network_detail, name="network-detail"),
    path(f"{NETWORK}andra/", views.network_edit, name="network-edit"),
    path(f"{NETWORK}bjud-in/", views.network_invite, name="network-invite"),
    path(
        f"{NETWORK}inbjudningar/<int:pk>/aterkalla/",
        views.invitation_withdraw,
        name="network-invitation-withdraw",
    ),
    path(f"{NETWORK}samordnare/", views.coordinator_add, name="network-coordinator-add"),
    path(
        f"{NETWORK}samordnare/<int:user_id>/ta-bort/",
        views.coordinator_remove,
        name="network-coordinator-remove",
    ),
    path(
        f"{NETWORK}medlemmar/<str:kolada_id>/ta-bort/",
        views.member_remove,
        name="network-member-remove",
    ),
    path(f"{NETWORK}meddelanden/", contact_views.messages_list, name="network-messages"),
    path(
        f"{NETWORK}meddelanden/<int:pk>/ta-bort/",
        contact_views.message_delete,
        name="network-message-delete",
    ),
    # A member organisation's own network page: its networks and invitations.
    path(ORG, org_views.organisation_networks, name="network-org-list"),
    path(
        f"{ORG}inbjudningar/<int:pk>/svara/",
        org_views.invitation_answer,
        name="network-org-invitation-answer",
    ),
    path(f"{ORG}<int:network_id>/lamna/", org_views.network_leave, name="network-org-leave"),
    # The public page of a network: members' names and the contact form, nothing shared.
    path("offentligt/natverk/<int:network_id>/", contact_views.public_page, name="network-public"),
    path(
        "offentligt/natverk/<int:network_id>/skickat/",
        contact_views.sent,
        name="network-public-sent",
    ),
]

# Members side by side: the 17 goals and one KPI over time (docs/network-compare.md).
urlpatterns += compare_urls.urlpatterns

# Commitments matrix, members' marks, the network report (docs/network-commitments.md).
urlpatterns += commitments_urls.urlpatterns
