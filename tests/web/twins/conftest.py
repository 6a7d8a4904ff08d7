"""The real data of the curated KPIs and of the twins' structure KPIs, for every area,
loaded once for this package's tests (they only read it; deleted after the last)."""

import pytest
from django.core.cache import cache as django_cache

from tests.shared_data import REAL_BUNDLE
from tests.web.analysis_data import (  # noqa: F401  (the fixtures of the real data)
    all_areas_org_a,
    all_areas_org_b,
    all_areas_sample,
    delete_loaded,
)

from .data import twins_bundle


@pytest.fixture(scope="package", name="_kolada_loaded")
def twins_data_loaded(django_db_setup, django_db_blocker):
    if not REAL_BUNDLE.is_dir():
        pytest.skip(f"the real Kolada bundle is not at {REAL_BUNDLE}")
    from styra.web.indicators.bundle_loader import load_bundle
    from styra.web.nulage import data

    with django_db_blocker.unblock():
        load_bundle(twins_bundle(all_areas=True))
    data._current = None
    yield twins_bundle(all_areas=True)
    with django_db_blocker.unblock():
        delete_loaded()


@pytest.fixture(autouse=True)
def _fresh(monkeypatch):
    """No page, analysis, twins or snapshot left by an earlier test."""
    from styra.web.nulage import data

    django_cache.clear()
    monkeypatch.setattr(data, "_current", None)
    yield
    django_cache.clear()
