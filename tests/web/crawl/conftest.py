"""The real data of the curated KPIs for every area, loaded once for the crawl
(tests/web/analysis_data.py); each test runs in a transaction that is rolled back."""

from tests.web.analysis_data import (  # noqa: F401  (the fixtures of the real data)
    all_areas_loaded,
    all_areas_org_a,
    all_areas_org_b,
    all_areas_sample,
)
