"""Own indicators of organisation A (Stockholm) for the view tests."""

import pytest

from styra.web.indicators.models import OwnIndicator, OwnValue
from styra.web.indicators.versions import versions_of

SECRET_TITLE = "Andel cyklister över Slussen"


@pytest.fixture
def cycling_a(org_a) -> OwnIndicator:
    return OwnIndicator.objects.create(
        organisation=org_a,
        code="E1",
        title=SECRET_TITLE,
        unit="%",
        polarity=1,
        goal=11,
        targets="11.2",
    )


@pytest.fixture
def value_a(cycling_a, org_a) -> OwnValue:
    return OwnValue.objects.create(
        indicator=cycling_a, area=org_a, year=2020, gender="T", value=10.0
    )


@pytest.fixture
def version(org_a):
    """``version()`` → organisation A's own data versions now (all parts together)."""
    return lambda: sum(versions_of(org_a.pk).own.values())
