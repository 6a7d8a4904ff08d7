"""Named permissions on an organisation's remissrundor (``user.has_perm(name, organisation)``).

| permission | who |
|---|---|
| consultation.view_rounds | members (any role): the rounds, their comments, summaries |
| consultation.comment | members (any role): comment and reply while a round is open |
| consultation.manage_rounds | editors and admins: open, change, close, invite, revoke, statuses |
| consultation.review_round | (a round) its invited peers: the review page, comments while open |

An invitee without an account has no permission on the organisation: the personal
link lets them into their own round only (``styra.web.consultation.links``). A peer
reviewer has none either: only the review page of the round they were invited to,
while their invitation stands and both organisations are in the round's network.
"""

import rules

from styra.web.accounts.rules import is_editor_of, is_member_of
from styra.web.network.rules import is_in_network

from .models import Round


@rules.predicate
def is_reviewer_of(user, round_) -> bool:
    if not isinstance(round_, Round) or not round_.is_peer_review or round_.network is None:
        return False
    network = round_.network
    return (
        round_.invitees.filter(user=user.pk, revoked_at__isnull=True).exists()
        and network.members.filter(pk=round_.organisation_id).exists()
        and is_in_network(user, network)
    )


rules.add_perm("consultation.view_rounds", rules.is_authenticated & is_member_of)
rules.add_perm("consultation.comment", rules.is_authenticated & is_member_of)
rules.add_perm("consultation.manage_rounds", rules.is_authenticated & is_editor_of)
rules.add_perm("consultation.review_round", rules.is_authenticated & is_reviewer_of)
