"""The environment chooses where uploads and sessions live (docs/several-servers.md):
settings.py read in a fresh process for each environment."""

import json
import os
import subprocess
import sys

import pytest

PRINT = (
    "import json, styra.web.settings as s; "
    "print(json.dumps({'storages': s.STORAGES, 'session': s.SESSION_ENGINE, "
    "'prefix': s.CACHES['default'].get('KEY_PREFIX')}))"
)


def settings_with(**env: str) -> dict:
    clean = {key: value for key, value in os.environ.items() if not key.startswith("STYRA_")}
    done = subprocess.run(
        [sys.executable, "-c", PRINT], env=clean | env, capture_output=True, text=True
    )
    if done.returncode:
        raise RuntimeError(done.stderr)
    return json.loads(done.stdout)


def test_without_a_bucket_uploads_stay_on_the_file_system():
    storages = settings_with()["storages"]
    assert storages["private"]["BACKEND"] == "styra.web.common.storage.PrivateStorage"
    assert storages["default"]["BACKEND"] == "django.core.files.storage.FileSystemStorage"


def test_a_bucket_moves_uploads_to_s3_privately():
    storages = settings_with(
        STYRA_S3_BUCKET="styra",
        STYRA_S3_ENDPOINT_URL="https://s3.example.se",
        STYRA_S3_REGION="eu-north-1",
        STYRA_S3_PREFIX="/kommun/",
    )["storages"]
    private = storages["private"]
    assert private["BACKEND"] == "storages.backends.s3.S3Storage"
    options = private["OPTIONS"]
    assert (options["bucket_name"], options["endpoint_url"]) == ("styra", "https://s3.example.se")
    assert options["location"] == "kommun/private"
    assert storages["default"]["OPTIONS"]["location"] == "kommun/media"
    assert options["default_acl"] is None and options["file_overwrite"] is False
    assert options["access_key"] is None  # boto3's own chain (AWS_* variables)


@pytest.mark.parametrize(
    ("env", "engine"),
    [
        ({}, "db"),
        ({"STYRA_REDIS_URL": "redis://127.0.0.1:6379/6"}, "cached_db"),
        ({"STYRA_REDIS_URL": "redis://127.0.0.1:6379/6", "STYRA_SESSION_ENGINE": "cache"}, "cache"),
        ({"STYRA_REDIS_URL": "redis://127.0.0.1:6379/6", "STYRA_SESSION_ENGINE": "db"}, "db"),
    ],
)
def test_the_session_engine(env, engine):
    assert settings_with(**env)["session"] == f"django.contrib.sessions.backends.{engine}"


@pytest.mark.parametrize("engine", ["cache", "files"])
def test_a_session_engine_that_cannot_work_is_refused(engine):
    with pytest.raises(RuntimeError, match="STYRA_SESSION_ENGINE"):
        settings_with(STYRA_SESSION_ENGINE=engine)  # "cache" without Redis: per process


def test_the_redis_key_prefix():
    env = {"STYRA_REDIS_URL": "redis://127.0.0.1:6379/6", "STYRA_REDIS_KEY_PREFIX": "kommun-a"}
    assert settings_with(**env)["prefix"] == "kommun-a"
