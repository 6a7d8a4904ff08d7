"""The docs of the web apps, for the tests that fail when something is not documented."""

from pathlib import Path

DOCS = Path(__file__).resolve().parents[2] / "docs"


def doc_text(name: str) -> str:
    """The text of ``docs/<name>``."""
    return (DOCS / name).read_text(encoding="utf-8")
