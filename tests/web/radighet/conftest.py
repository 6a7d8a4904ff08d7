"""Fixtures for the rådighet views: an own level of organisation A with its history row.

Target 14.2 (havet) is level 1 for a kommun by default; coastal kommuner are
told to raise it, which is what A (Stockholm) has done.
"""

import pytest

from styra.web.indicators.versions import versions_of
from styra.web.radighet.models import MandateChange, MandateOverride
from tests.web.pages import text_of  # noqa: F401  (the tests import it from here)

TARGET, DEFAULT, OWN = "14.2", 1, 2
SECRET = "Vi är kustkommun och har en egen havsplan."
BASE = "/omraden/0180/radighet/"
CHANGE_URL = f"{BASE}delmal/14-2/andra/"
RESET_URL = f"{BASE}delmal/14-2/aterstall/"
GOAL_URL = f"{BASE}mal/14/"
HISTORY_URL = f"{BASE}historik/"


@pytest.fixture
def own_level_a(org_a, editor_a) -> MandateOverride:
    """A's own level 2 for 14.2, as if editor_a had set it (override and history row)."""
    MandateChange.objects.create(
        organisation=org_a,
        target_id=TARGET,
        from_level=DEFAULT,
        to_level=OWN,
        motivation=SECRET,
        changed_by=editor_a,
    )
    return MandateOverride.objects.create(
        organisation=org_a, target_id=TARGET, level=OWN, motivation=SECRET, updated_by=editor_a
    )


@pytest.fixture
def version(org_a):
    """``version()`` → organisation A's own data versions now (all parts together)."""
    return lambda: sum(versions_of(org_a.pk).own.values())
