"""The real data of the curated KPIs, loaded once for this package's tests (they only read it).

The fixtures ``_kolada_loaded`` (package scope), ``kolada_sample``, ``org_a`` and ``org_b``
come from tests/web/analysis_data.py. Each test still runs in a transaction that is
rolled back; what the package loaded is deleted after the last test, so other tests
see an empty database.
"""

import pytest
from django.core.cache import cache

from tests.web.analysis_data import (  # noqa: F401  (the fixtures of the real data)
    all_areas_loaded,
    all_areas_org_a,
    all_areas_org_b,
    all_areas_sample,
)


@pytest.fixture(autouse=True)
def _fresh_cache():
    """Each test starts and ends with an empty cache (pages and analyses are cached)."""
    cache.clear()
    yield
    cache.clear()
