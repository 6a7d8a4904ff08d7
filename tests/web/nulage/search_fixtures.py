"""Fixtures for the search tests: Kolada's whole KPI catalog, and no search documents
left from an earlier test (they are kept per Kolada data, which a test changes here
without a new data version)."""

import pytest

from styra.kolada.bundle import read_kpis
from styra.web.indicators.models import Kpi
from styra.web.nulage import searchable
from tests.shared_data import REAL_BUNDLE


@pytest.fixture(autouse=True)
def _fresh_search_documents(monkeypatch):
    monkeypatch.setattr(searchable, "_open", None)
    yield
    searchable._open = None


@pytest.fixture
def kolada_catalog(kolada_sample):
    """Every KPI of Kolada's catalog (the sample has only Styra's curated ones)."""
    rows = read_kpis(REAL_BUNDLE).select(
        "kpi_id", "title", "description", "municipality_type", "operating_area", "retired"
    )
    Kpi.objects.bulk_create(
        [Kpi(**row) for row in rows.iter_rows(named=True)], ignore_conflicts=True
    )
    return rows
