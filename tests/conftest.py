"""Shared fixtures: where the real data lives, and a tiny hand-made bundle."""

from pathlib import Path

import pytest

from tests.shared_data import REAL_BUNDLE


@pytest.fixture
def real_bundle() -> Path:
    if not REAL_BUNDLE.is_dir():
        pytest.skip(f"the real Kolada bundle is not at {REAL_BUNDLE}")
    return REAL_BUNDLE
