"""The request's user and their roles come from one query (accounts.backends), and
mean what Django's ModelBackend and accounts.rules.roles_of mean."""

from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.urls import reverse

from styra.web.accounts.backends import UserAndRolesBackend
from styra.web.accounts.models import Membership, Role
from styra.web.accounts.rules import roles_of
from tests.web.factories import make_member, make_user


def test_the_user_and_every_role_in_one_query(org_a, org_b):
    user = make_member("anna", org_a, Role.EDITOR, first_name="Anna", last_name="Berg")
    Membership.objects.create(user=user, organisation=org_b, role=Role.VIEWER)
    with CaptureQueriesContext(connection) as queries:
        found = UserAndRolesBackend().get_user(str(user.pk))
        roles = roles_of(found)
    assert len(queries) == 1
    assert (found.pk, found.get_full_name(), found.email) == (user.pk, "Anna Berg", user.email)
    assert found.password == user.password and found._state.adding is False
    assert roles == {org_a.pk: Role.EDITOR, org_b.pk: Role.VIEWER}


def test_a_user_without_organisations_has_no_roles(db):
    user = make_user("bo")
    found = UserAndRolesBackend().get_user(user.pk)
    assert found == user and roles_of(found) == {}


def test_no_user_for_an_unknown_or_malformed_id_or_an_inactive_user(db):
    user = make_user("cecilia")
    backend = UserAndRolesBackend()
    assert backend.get_user(user.pk + 1000) is None
    assert backend.get_user("not-a-number") is None
    user.is_active = False
    user.save()
    assert backend.get_user(user.pk) is None


def test_a_signed_in_page_sees_the_roles_the_backend_read(client_for, editor_a, org_a):
    response = client_for(editor_a).get(reverse("accounts-home"))
    assert response.status_code == 200
    assert response.wsgi_request.user._styra_roles == {org_a.pk: Role.EDITOR}
