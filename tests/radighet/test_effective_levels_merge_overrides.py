"""An organisation's overrides replace the defaults target by target, and only valid ones."""

import pytest

from styra.radighet import InvalidOverride, default_levels, effective_levels

DEFAULTS = {"11.1": 3, "11.2": 2, "14.6": 0}


def test_overrides_replace_defaults_and_leave_the_rest():
    merged = effective_levels(DEFAULTS, {"11.2": 3, "14.6": 1})
    assert merged == {"11.1": 3, "11.2": 3, "14.6": 1}
    assert DEFAULTS == {"11.1": 3, "11.2": 2, "14.6": 0}  # the defaults are not changed


def test_no_overrides_gives_the_defaults():
    assert effective_levels(DEFAULTS, {}) == DEFAULTS


def test_url_form_target_ids_are_accepted():
    assert effective_levels(DEFAULTS, {"11-2": 1})["11.2"] == 1


def test_works_on_the_shipped_defaults():
    merged = effective_levels(default_levels("K"), {"14.2": 2})
    assert merged["14.2"] == 2 and len(merged) == 169


@pytest.mark.parametrize(
    ("overrides", "field", "message"),
    [
        ({"11.2": 4}, "level of 11.2", "4 is not a rådighet level"),
        ({"11.2": "3"}, "level of 11.2", "'3' is not a rådighet level"),
        ({"11.2": True}, "level of 11.2", "True is not a rådighet level"),
        ({"11.3": 1}, "target_id", "11.3 has no default to override"),
        ({"11.99": 1}, "target_id", "no SDG target '11.99'"),
    ],
)
def test_bad_overrides_are_refused(overrides, field, message):
    with pytest.raises(InvalidOverride, match=message) as raised:
        effective_levels(DEFAULTS, overrides)
    assert raised.value.field == field
