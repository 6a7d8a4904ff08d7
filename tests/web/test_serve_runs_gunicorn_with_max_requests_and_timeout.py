"""``styra serve`` runs gunicorn with --max-requests and its jitter, and a timeout that
fits the heaviest request (reading an upload may take STYRA_UPLOAD_READ_SECONDS)."""

import pytest
from click.testing import CliRunner

from styra.cli import data


@pytest.fixture
def gunicorn_argv(monkeypatch):
    """The argv ``styra serve`` hands to exec, with collectstatic and the data step left out."""
    started: list[list[str]] = []
    monkeypatch.setattr("django.core.management.call_command", lambda *a, **k: None)
    monkeypatch.setattr(data, "prepare_analysis_data", lambda: None)
    monkeypatch.setattr(data, "refuse_development_key", lambda settings: None, raising=False)
    monkeypatch.setattr(data.os, "execvp", lambda file, argv: started.append(argv))

    def run(*args: str) -> list[str]:
        result = CliRunner().invoke(data.serve, list(args), catch_exceptions=False)
        assert result.exit_code == 0, result.output
        return started[-1]

    return run


def test_the_options_passed(gunicorn_argv):
    argv = gunicorn_argv("--workers", "3")
    assert argv[2:4] == ["gunicorn", "styra.web.wsgi:application"]
    assert {"--workers=3", "--max-requests=1000", "--max-requests-jitter=100"} <= set(argv)
    assert {"--timeout=60", "--graceful-timeout=30"} <= set(argv)
    assert "--config=python:styra.cli.serving" in argv


def test_a_longer_upload_time_lengthens_the_timeout(gunicorn_argv, settings):
    settings.STYRA_UPLOAD_READ_SECONDS = 45
    assert "--timeout=75" in gunicorn_argv()


def test_collectstatic_runs_under_a_lock_a_second_server_waits_for(monkeypatch, settings, tmp_path):
    """Two ``styra serve`` on one machine share STATIC_ROOT: while one collects the static
    files, the other cannot take the lock (it crashed on a file the first was writing,
    seen on a done-walk), and afterwards it can."""
    import fcntl

    settings.STATIC_ROOT = tmp_path / "static"
    monkeypatch.setattr("tempfile.gettempdir", lambda: str(tmp_path))
    taken_by_another = []

    def collectstatic(*args, **kwargs):
        (lock,) = tmp_path.glob("styra-collectstatic-*.lock")
        with open(lock, "a+b") as another:  # a second server's own open file
            try:
                fcntl.flock(another, fcntl.LOCK_EX | fcntl.LOCK_NB)
                taken_by_another.append(True)
            except BlockingIOError:
                taken_by_another.append(False)

    monkeypatch.setattr("django.core.management.call_command", collectstatic)
    monkeypatch.setattr(data, "prepare_analysis_data", lambda: None)
    monkeypatch.setattr(data, "refuse_development_key", lambda settings: None, raising=False)
    monkeypatch.setattr(data.os, "execvp", lambda file, argv: None)
    result = CliRunner().invoke(data.serve, [], catch_exceptions=False)
    assert result.exit_code == 0, result.output
    assert taken_by_another == [False]
    collectstatic()
    assert taken_by_another == [False, True]  # free once the first has collected
