"""Shared fixtures: where the real data lives, and a tiny hand-made bundle.

Under `make test` a skipped test fails (tests/every_test_runs.py).
"""

from pathlib import Path

import pytest

from tests.every_test_runs import (  # noqa: F401  (hooks pytest finds here)
    pytest_runtest_makereport,
    pytest_terminal_summary,
)
from tests.shared_data import REAL_BUNDLE


@pytest.fixture
def real_bundle() -> Path:
    if not REAL_BUNDLE.is_dir():
        pytest.skip(f"the real Kolada bundle is not at {REAL_BUNDLE}")
    return REAL_BUNDLE
