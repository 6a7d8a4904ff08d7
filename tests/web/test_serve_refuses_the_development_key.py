"""`styra serve` refuses the built-in development secret key outside debug mode."""

import pytest
from click.testing import CliRunner

from styra.cli import data
from styra.web.secretkey import DEVELOPMENT_SECRET_KEY


@pytest.fixture
def served(monkeypatch):
    """What `serve` would exec (gunicorn), without collectstatic, warming or exec."""
    started = []
    monkeypatch.setattr("django.core.management.call_command", lambda *args, **kwargs: None)
    monkeypatch.setattr(data, "prepare_analysis_data", lambda: None)
    monkeypatch.setattr(data.os, "execvp", lambda file, argv: started.append(argv))
    return started


def serve():
    return CliRunner().invoke(data.serve, ["--port", "8123"])


def test_serve_refuses_the_development_key(settings, served):
    settings.DEBUG, settings.SECRET_KEY = False, DEVELOPMENT_SECRET_KEY
    result = serve()
    assert result.exit_code == 1 and not served
    assert "STYRA_SECRET_KEY" in result.output
    assert "secret_key" in result.output  # where `make run` keeps its generated key


def test_serve_starts_with_a_real_key(settings, served):
    settings.DEBUG, settings.SECRET_KEY = False, "a-real-key-" + "x" * 50
    assert serve().exit_code == 0
    assert any("gunicorn" in part for part in served[0])


def test_debug_mode_may_use_the_development_key(settings, served):
    settings.DEBUG, settings.SECRET_KEY = True, DEVELOPMENT_SECRET_KEY
    assert serve().exit_code == 0 and served
