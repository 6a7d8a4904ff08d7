"""The real Kolada bundle's values of the curated KPIs, read once for the package's
``bundle`` tests (they only read it)."""

import polars as pl
import pytest

from styra.agenda2030 import curated_kpis_frame
from styra.kolada.bundle import read_municipalities, read_values
from tests.shared_data import REAL_BUNDLE


@pytest.fixture(scope="package")
def bundle():
    """``(values, catalog, municipalities)``: the curated KPIs' values and catalog, the areas."""
    if not REAL_BUNDLE.is_dir():
        pytest.skip(f"the real Kolada bundle is not at {REAL_BUNDLE}")
    catalog = curated_kpis_frame()
    values = read_values(REAL_BUNDLE, all_kpis=True)
    values = values.filter(pl.col("kpi_id").is_in(catalog["kpi_id"].implode()))
    return values, catalog, read_municipalities(REAL_BUNDLE)
