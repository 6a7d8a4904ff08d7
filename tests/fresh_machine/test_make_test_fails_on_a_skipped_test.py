"""Under `make test` (STYRA_REQUIRE_ALL=1) a skipped test fails — a browser test
without Chromium, say — except when the shared data it reads is truly absent,
which the summary then says loudly (and CI fails too)."""

import os
import re
import subprocess
import sys

from tests.every_test_runs import names_absent_shared_data
from tests.fresh_machine.fake_system import REPO

SKIPPING_TESTS = """
import pytest
from tests.shared_data import SHARED_DATA

def test_without_chromium():
    pytest.skip("/nowhere/chromium is absent: `make system` installs Debian's chromium")

def test_without_shared_data():
    pytest.skip(f"the bundle is not at {SHARED_DATA / 'no-such-bundle'}")
"""


def run_pytest(tmp_path, **env: str) -> subprocess.CompletedProcess:
    (tmp_path / "test_skipping.py").write_text(SKIPPING_TESTS)
    (tmp_path / "pytest.ini").write_text("[pytest]\n")
    environ = {k: v for k, v in os.environ.items() if k not in ("STYRA_REQUIRE_ALL", "CI")}
    return subprocess.run(
        [sys.executable, "-m", "pytest", "-p", "tests.every_test_runs", "-p", "no:django",
         "-p", "no:cacheprovider", "-c", str(tmp_path / "pytest.ini"), "-rA", str(tmp_path)],
        cwd=REPO, env=environ | env, capture_output=True, text=True, timeout=120,
    )  # fmt: skip


def test_a_missing_browser_fails_under_make_test(tmp_path):
    result = run_pytest(tmp_path, STYRA_REQUIRE_ALL="1")

    assert result.returncode == 1, result.stdout
    assert re.search(r"FAILED \S*test_skipping.py::test_without_chromium", result.stdout)
    assert "Skipped, and a skip fails here: /nowhere/chromium is absent" in result.stdout
    assert "no-such-bundle" in result.stdout  # the absent shared data: skipped, said loudly
    assert "THE REAL DATA IS ABSENT" in result.stdout
    assert "1 failed, 1 skipped" in result.stdout


def test_a_plain_pytest_still_skips(tmp_path):
    result = run_pytest(tmp_path)

    assert result.returncode == 0, result.stdout
    assert "2 skipped" in result.stdout


def test_absent_shared_data_fails_in_ci(tmp_path):
    result = run_pytest(tmp_path, STYRA_REQUIRE_ALL="1", CI="true")

    assert "2 failed" in result.stdout


def test_only_a_truly_absent_path_under_the_shared_data_may_be_skipped(tmp_path):
    (tmp_path / "kolada").mkdir()

    assert names_absent_shared_data(f"the bundle is not at {tmp_path / 'gone'}", tmp_path)
    assert not names_absent_shared_data(f"the bundle is not at {tmp_path / 'kolada'}", tmp_path)
    assert not names_absent_shared_data("the bundle is not at /elsewhere/kolada", tmp_path)
    assert not names_absent_shared_data("/usr/bin/chromium is absent", tmp_path)
