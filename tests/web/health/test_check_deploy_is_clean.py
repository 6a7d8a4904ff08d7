"""``manage.py check --deploy`` finds nothing with the production settings of
docs/deployment.md, and the development defaults still run over plain HTTP."""

import os
import re
import secrets
import subprocess
import sys
from pathlib import Path

import pytest

from tests.web.docs_check import doc_text

MANAGE = [str(Path(__file__).resolve().parents[3] / "manage.py")]
PRODUCTION = {
    "STYRA_DEBUG": "0",
    "STYRA_HTTPS": "1",
    "STYRA_SECRET_KEY": secrets.token_urlsafe(50),
    "STYRA_ALLOWED_HOSTS": "styra.example.se",
    # Several processes share the robot checks' replay protection (altcha.W017 without it).
    "STYRA_REDIS_URL": "redis://127.0.0.1:6379/7",
}


def manage(args: list[str], env: dict[str, str], tmp_path) -> subprocess.CompletedProcess:
    # Not the suite's own settings, nor DJANGO_ALLOW_ASYNC_UNSAFE, which the browser tests
    # set for their live server in this process (check --deploy rightly refuses it).
    leave_out = ("STYRA_", "DATABASE_URL", "DJANGO_ALLOW_ASYNC_UNSAFE")
    clean = {k: v for k, v in os.environ.items() if not k.startswith(leave_out)}
    clean.update({"STYRA_DATA_DIR": str(tmp_path), **env})
    return subprocess.run(
        [sys.executable, *MANAGE, *args], env=clean, capture_output=True, text=True, timeout=120
    )


def test_check_deploy_is_clean_in_production(tmp_path):
    result = manage(["check", "--deploy", "--fail-level", "WARNING"], PRODUCTION, tmp_path)
    assert result.returncode == 0, result.stdout + result.stderr
    assert "System check identified no issues (0 silenced)." in result.stdout


def test_the_documented_production_environment_is_the_one_checked():
    text = doc_text("deployment.md")
    for name in PRODUCTION:
        assert re.search(rf"^{name}=", text, re.MULTILINE), f"docs/deployment.md: set {name}"


@pytest.mark.parametrize(
    ("env", "expected"),
    [
        ({}, {"SECURE_SSL_REDIRECT": False, "SESSION_COOKIE_SECURE": False, "HSTS": 0}),
        (
            PRODUCTION,
            {"SECURE_SSL_REDIRECT": True, "SESSION_COOKIE_SECURE": True, "HSTS": 31536000},
        ),
    ],
    ids=["development", "production"],
)
def test_https_settings_follow_styra_https(env, expected, tmp_path):
    code = (
        "from django.conf import settings as s; "
        "print(s.SECURE_SSL_REDIRECT, s.SESSION_COOKIE_SECURE, s.SECURE_HSTS_SECONDS)"
    )
    result = manage(["shell", "-c", code], env, tmp_path)
    assert result.returncode == 0, result.stderr
    assert result.stdout.splitlines()[-1].split() == [str(value) for value in expected.values()]
