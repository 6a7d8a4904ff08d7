"""Phone numbers: Swedish and international forms (digits, spaces, +, -, parentheses)
with 7–20 digits; anything else is refused with an example."""

import pytest

from styra.web.organisations.forms import ContactPersonForm

GOOD = ["08-508 000 00", "+46 8 508 000 00", "(08) 508 000 00", "0702-123456", "+1 (212) 555-0100"]
BAD = ["123", "08-508 000 00 ankn. 12", "+46 8 508 000 00 00 00 00 00 00", "abc", "08/508 000"]


def form(phone: str) -> ContactPersonForm:
    return ContactPersonForm({"name": "Kim Kontakt", "email": "kim@a.se", "phone": phone})


@pytest.mark.parametrize("phone", GOOD)
def test_a_phone_number_in_a_usual_form_is_accepted(phone, db):
    assert form(phone).is_valid()


@pytest.mark.parametrize("phone", BAD)
def test_a_phone_number_with_other_characters_or_digits_is_refused(phone, db):
    assert "7–20 siffror" in form(phone).errors["phone"][0]


def test_the_phone_number_may_be_left_out(db):
    assert form("").is_valid()
