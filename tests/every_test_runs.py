"""`make test` runs every test: with ``STYRA_REQUIRE_ALL=1`` (which it sets) a skip fails.

A test skips when something it needs is absent: Chromium, axe-core in
node_modules, the real Kolada data. On a developer's ``pytest`` that is a
skip; under ``make test`` it fails with the reason, since `make setup`
installs everything the suite needs. The one skip allowed is data from
``../shared/data`` that is truly absent (the reason names a path under it that
does not exist) — and then the summary says so loudly. In CI (``CI`` set) even
that fails. tests/conftest.py imports these hooks.
"""

import os
import re
from pathlib import Path

import pytest

from tests.shared_data import SHARED_DATA

ABSENT_PATH = re.compile(r"is not at (\S+)")
ABSENT_SHARED_DATA = pytest.StashKey[list[str]]()
HOW_TO_FIX = (
    "`make test` runs every test (STYRA_REQUIRE_ALL=1): `make system` installs the "
    "system packages (Chromium, poppler-utils, …) and `make setup` node_modules (npm ci)."
)


def skip_reason(report: pytest.TestReport) -> str:
    longrepr = report.longrepr
    reason = longrepr[2] if isinstance(longrepr, tuple) else str(longrepr)
    return reason.removeprefix("Skipped: ")


def names_absent_shared_data(reason: str, shared_data: Path = SHARED_DATA) -> bool:
    """Whether ``reason`` names a path under ../shared/data that really does not exist."""
    match = ABSENT_PATH.search(reason)
    if match is None:
        return False
    path = Path(match[1].rstrip(".,;:"))
    return path.is_relative_to(shared_data) and not path.exists()


def skip_allowed(reason: str) -> bool:
    return names_absent_shared_data(reason) and not os.environ.get("CI")


@pytest.hookimpl(wrapper=True)
def pytest_runtest_makereport(item: pytest.Item, call: pytest.CallInfo):
    report = yield
    if not report.skipped or hasattr(report, "wasxfail"):
        return report
    reason = skip_reason(report)
    if names_absent_shared_data(reason):
        item.config.stash.setdefault(ABSENT_SHARED_DATA, []).append(item.nodeid)
    if os.environ.get("STYRA_REQUIRE_ALL") and not skip_allowed(reason):
        report.outcome = "failed"
        report.longrepr = f"Skipped, and a skip fails here: {reason}\n{HOW_TO_FIX}"
    return report


def pytest_terminal_summary(terminalreporter, config: pytest.Config) -> None:
    absent = config.stash.get(ABSENT_SHARED_DATA, [])
    if not absent:
        return
    terminalreporter.section("THE REAL DATA IS ABSENT", sep="!", red=True, bold=True)
    terminalreporter.write_line(
        f"Tests that did not run: {len(absent)}. The shared data they read (the Kolada "
        f"bundle, the Weitz matrix, the benchmarks) is absent from {SHARED_DATA}: see "
        "SKIPPED below. With it beside the checkout, `make test` runs them all.",
        red=True,
        bold=True,
    )
