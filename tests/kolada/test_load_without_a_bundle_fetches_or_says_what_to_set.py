"""`make run` (``styra load --fetch``) without a bundle beside the checkout: it fetches
one from Kolada when Kolada answers, else stops saying exactly what to set."""

import socket

import pytest
from click.testing import CliRunner

from styra.cli import data, fetch, main


@pytest.fixture
def no_bundle(monkeypatch, tmp_path):
    """No STYRA_BUNDLE, nothing beside the checkout; --fetch writes into tmp_path."""
    monkeypatch.setattr(data, "default_bundle_path", lambda: None)
    monkeypatch.setattr(fetch, "fetched_bundle_path", lambda: tmp_path / "kolada")
    return tmp_path / "kolada"


def unreachable_url() -> str:
    with socket.socket() as probe:  # a port nobody listens on
        probe.bind(("127.0.0.1", 0))
        return f"http://127.0.0.1:{probe.getsockname()[1]}/v3"


def test_without_kolada_it_says_exactly_what_to_set(no_bundle, monkeypatch):
    monkeypatch.setattr(fetch, "KOLADA_URL", unreachable_url())

    result = CliRunner().invoke(main, ["load", "--fetch"])

    assert result.exit_code == 1
    assert "Kolada could not be reached to fetch one (" in result.stderr
    assert "connection failed" in result.stderr
    assert "\n    STYRA_BUNDLE=/path/to/bundle make run\n" in result.stderr
    assert f"    styra kolada sync --out {no_bundle}" in result.stderr
    assert not no_bundle.exists()


def test_without_fetch_it_does_not_ask_kolada(no_bundle, monkeypatch):
    monkeypatch.setattr(fetch, "kolada_unreachable", pytest.fail)

    result = CliRunner().invoke(main, ["load"])

    assert result.exit_code == 1
    assert "STYRA_BUNDLE=/path/to/bundle make run" in result.stderr


def test_with_kolada_it_fetches_the_bundle(no_bundle, fake_kolada):
    fetched = fetch.fetch_missing_bundle(fake_kolada.base_url)

    assert fetched == no_bundle
    assert (no_bundle / "values_agenda2030.parquet").is_file()
    assert (no_bundle / "manifest.json").is_file()
