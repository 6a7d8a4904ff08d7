"""Shared fixtures: where the real data lives, and a tiny hand-made bundle."""

from pathlib import Path

import pytest

SHARED_DATA = Path(__file__).resolve().parents[1].parent / "shared" / "data"
REAL_BUNDLE = SHARED_DATA / "kolada"


@pytest.fixture
def real_bundle() -> Path:
    if not REAL_BUNDLE.is_dir():
        pytest.skip(f"the real Kolada bundle is not at {REAL_BUNDLE}")
    return REAL_BUNDLE
