"""Where the shared Kolada files are; tests that need them skip when they are absent."""

import csv
from pathlib import Path

import pytest

KOLADA = Path(__file__).resolve().parents[2].parent / "shared" / "data" / "kolada"


def read_kolada_csv(name: str) -> list[dict[str, str]]:
    path = KOLADA / name
    if not path.is_file():
        pytest.skip(f"the shared Kolada file {name} is not at {KOLADA}")
    with path.open(newline="", encoding="utf-8") as file:
        return list(csv.DictReader(file))
