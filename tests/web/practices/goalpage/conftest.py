"""Every area's real values, loaded once for this package (M2 scores, and so big challenges,
need them; tests/web/analysis_data.py), and an empty cache around each test."""

from tests.web.nulage.conftest import (  # noqa: F401  (the fixtures, as the analysis pages')
    _fresh_cache,
    all_areas_loaded,
    all_areas_org_a,
    all_areas_org_b,
    all_areas_sample,
)
