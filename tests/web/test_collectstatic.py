"""`collectstatic` (run by `styra serve` and `make run`) succeeds with the vendored files."""

import os
import subprocess
import sys
from pathlib import Path

MANAGE = Path(__file__).resolve().parents[2] / "manage.py"


def test_collectstatic_hashes_and_compresses(tmp_path):
    env = {**os.environ, "STYRA_STATIC_ROOT": str(tmp_path)}
    command = [sys.executable, str(MANAGE), "collectstatic", "--noinput", "-v0"]
    result = subprocess.run(command, env=env, capture_output=True, text=True)
    assert result.returncode == 0, result.stderr
    manifest = (tmp_path / "staticfiles.json").read_text()
    assert "vendor/vega-embed/vega-embed.min.js" in manifest
    assert list(tmp_path.glob("vendor/htmx/htmx.min.*.js.gz"))
