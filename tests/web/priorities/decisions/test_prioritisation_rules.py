"""The named permissions of the prioritisation (rules.py): members see and take part,
editors and admins change; nobody has any right in another organisation."""

import pytest

from styra.web.accounts.models import Role
from tests.web.conftest import make_member

VIEWING = ["view_prioritisation", "take_part_in_workshop", "view_decisions"]
CHANGING = ["change_weights", "run_workshop", "record_decision"]


@pytest.mark.parametrize("perm", VIEWING + CHANGING)
def test_roles(perm, org_a, org_b, admin_a, editor_a, viewer_a, editor_b):
    contributor = make_member("karl_bidrag", org_a, Role.CONTRIBUTOR)
    name = f"priorities.{perm}"
    allowed = {admin_a, editor_a} | ({viewer_a, contributor} if perm in VIEWING else set())
    for user in (admin_a, editor_a, contributor, viewer_a, editor_b):
        assert user.has_perm(name, org_a) == (user in allowed), (user, perm)
    assert not viewer_a.has_perm(name, org_b) and not editor_a.has_perm(name, org_b)
    assert editor_b.has_perm(name, org_b)
