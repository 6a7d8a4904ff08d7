"""Where ../shared/data lives beside the checkout; tests needing it skip when it is absent."""

import csv
from pathlib import Path

import pytest

SHARED_DATA = Path(__file__).resolve().parents[1].parent / "shared" / "data"
REAL_BUNDLE = SHARED_DATA / "kolada"


def read_shared_csv(relative: str) -> list[dict[str, str]]:
    """Rows of ``SHARED_DATA / relative`` as dicts, or skip the test if it is absent."""
    path = SHARED_DATA / relative
    if not path.is_file():
        pytest.skip(f"the shared data file {relative} is not at {SHARED_DATA}")
    with path.open(newline="", encoding="utf-8") as file:
        return list(csv.DictReader(file))
