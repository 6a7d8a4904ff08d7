"""No maturity permission without an organisation (each permission for each kind of user:
tests/web/test_permission_table.py)."""

import pytest


@pytest.mark.parametrize(
    "perm", ["maturity.view_assessment", "maturity.answer_assessment", "maturity.manage_rounds"]
)
def test_missing_organisation_has_no_permission(perm, editor_a):
    assert not editor_a.has_perm(perm, None)
