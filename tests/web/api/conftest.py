"""Shared fixtures of the API's tests (kept minimal: each module imports the real-data
fixtures it needs from tests/web/analysis_data.py).

``no_rate_limits``: the limits (H4's throttling) set so high that a test making many
calls — schemathesis, paging through every value — never meets them.
"""

import pytest


@pytest.fixture
def no_rate_limits(settings):
    settings.STYRA_API_RATE_ANON = "100000/m"
    settings.STYRA_API_RATE_TOKEN = "100000/m"
