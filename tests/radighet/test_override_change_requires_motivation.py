"""A change of a target's level is recorded only with valid levels and a motivation."""

import pytest

from styra.radighet import InvalidOverride, OverrideChange


def test_a_valid_change_keeps_the_id_as_issued_and_trims_the_motivation():
    change = OverrideChange("14-2", 1, 2, "  Vi är kustkommun och planerar havet.  ")
    assert change == OverrideChange("14.2", 1, 2, "Vi är kustkommun och planerar havet.")


@pytest.mark.parametrize(
    ("args", "field", "message"),
    [
        (("14.2", 1, 2, ""), "motivation", "is required"),
        (("14.2", 1, 2, "   "), "motivation", "is required"),
        (("14.2", 1, 2, None), "motivation", "is required"),
        (("14.2", 1, 4, "Skäl."), "to_level", "4 is not a rådighet level"),
        (("14.2", -1, 2, "Skäl."), "from_level", "-1 is not a rådighet level"),
        (("14.2", 2, 2, "Skäl."), "to_level", "the same as from_level"),
        (("14.99", 1, 2, "Skäl."), "target_id", "no SDG target '14.99'"),
        (("fiske", 1, 2, "Skäl."), "target_id", "not an SDG target id"),
    ],
)
def test_invalid_changes_name_the_field(args, field, message):
    with pytest.raises(InvalidOverride, match=message) as raised:
        OverrideChange(*args)
    assert raised.value.field == field
