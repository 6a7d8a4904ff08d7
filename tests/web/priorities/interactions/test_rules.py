"""The two named permissions for a network (for an organisation, for each kind of user:
tests/web/test_permission_table.py)."""

from django.contrib.auth.models import AnonymousUser

from styra.web.accounts.models import Role
from tests.web.factories import make_member

VIEW, CHANGE = "priorities.view_interactions", "priorities.change_interactions"


def test_network_coordinator_changes_and_member_users_read(
    network, editor_a, viewer_a, editor_b, org_a
):
    from styra.web.organisations.models import Organisation

    outsider = make_member(
        "olle_utanfor",
        Organisation.objects.create(kolada_id="1280", name="Malmö", type="K"),
        Role.ADMIN,
    )
    for user, view, change in [
        (editor_b, True, True),  # the coordinator
        (editor_a, True, False),
        (viewer_a, True, False),
        (outsider, False, False),
        (AnonymousUser(), False, False),
    ]:
        assert (user.has_perm(VIEW, network), user.has_perm(CHANGE, network)) == (view, change), (
            user
        )


def test_a_coordinator_has_no_rights_on_member_organisations_by_that(network, editor_b, org_a):
    assert not editor_b.has_perm(VIEW, org_a)
