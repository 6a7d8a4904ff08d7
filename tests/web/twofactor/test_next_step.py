"""The pure rule of what a signed-in session still owes (styra.twofactor)."""

import pytest

from styra.twofactor import Step, grouped, next_step, normalised_code

BASE = {"sign_in_method": None, "has_device": False, "verified": False}


@pytest.mark.parametrize(
    ("changes", "step"),
    [
        ({}, None),
        ({"has_device": True}, Step.VERIFY),
        ({"has_device": True, "verified": True}, None),
        ({"has_device": True, "sign_in_method": "oidc"}, None),
        ({"has_device": True, "sign_in_method": "saml"}, None),
        ({"has_device": True, "sign_in_method": "something"}, Step.VERIFY),
    ],
)
def test_a_device_asks_for_a_code_unless_verified_or_sso(changes, step):
    assert next_step(**{**BASE, **changes}, required=False, is_admin=False) is step


@pytest.mark.parametrize(
    ("required", "is_admin", "method", "step"),
    [
        (True, True, None, Step.SET_UP),
        (True, False, None, None),
        (False, True, None, None),
        (True, True, "oidc", None),
    ],
)
def test_required_setting_forces_admins_without_a_device(required, is_admin, method, step):
    context = {**BASE, "sign_in_method": method}
    assert next_step(**context, required=required, is_admin=is_admin) is step


def test_secret_and_codes_are_easy_to_type():
    assert grouped("ABCDEFGHIJ") == "ABCD EFGH IJ"
    assert normalised_code(" 123 456 ") == "123456"
    assert normalised_code("ABCD-EFGH") == "abcdefgh"
