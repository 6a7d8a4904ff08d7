"""`make run` writes a secret key once into the git-ignored data folder; settings read it."""

import os
import stat
import subprocess
import sys
from pathlib import Path

from styra.web.secretkey import DEVELOPMENT_SECRET_KEY, ensure_secret_key, read_secret_key

REPO = Path(__file__).resolve().parents[2]


def test_the_key_is_written_once_and_kept(tmp_path):
    path = ensure_secret_key(tmp_path)
    key = path.read_text().strip()
    assert len(key) >= 50 and key != DEVELOPMENT_SECRET_KEY
    assert stat.S_IMODE(path.stat().st_mode) == 0o600
    assert ensure_secret_key(tmp_path).read_text().strip() == key


def test_the_environment_wins_over_the_file(tmp_path, monkeypatch):
    monkeypatch.delenv("STYRA_SECRET_KEY", raising=False)
    assert read_secret_key(tmp_path) == DEVELOPMENT_SECRET_KEY
    key = ensure_secret_key(tmp_path).read_text().strip()
    assert read_secret_key(tmp_path) == key
    monkeypatch.setenv("STYRA_SECRET_KEY", "from-the-environment")
    assert read_secret_key(tmp_path) == "from-the-environment"


def test_make_run_writes_the_key_that_settings_then_read(tmp_path):
    env = {**os.environ, "STYRA_DATA_DIR": str(tmp_path), "DJANGO_SETTINGS_MODULE": ""}
    env.pop("STYRA_SECRET_KEY", None)
    subprocess.run([sys.executable, "-m", "styra.web.secretkey"], env=env, check=True)
    read = "from styra.web import settings; print(settings.SECRET_KEY)"
    shown = subprocess.run([sys.executable, "-c", read], env=env, check=True, capture_output=True)
    assert shown.stdout.decode().strip() == (tmp_path / "secret_key").read_text().strip()
    run_target = (REPO / "Makefile").read_text().split("\nrun:", 1)[1].split("\n\n", 1)[0]
    assert "python -m styra.web.secretkey" in run_target
    assert run_target.index("secretkey") < run_target.index("styra serve")
    assert "/var/" in (REPO / ".gitignore").read_text().split()
