"""Where the shared Kolada files are; tests that need them skip when they are absent."""

from tests.shared_data import REAL_BUNDLE, read_shared_csv

KOLADA = REAL_BUNDLE


def read_kolada_csv(name: str) -> list[dict[str, str]]:
    return read_shared_csv(f"kolada/{name}")
