"""``styra kolada sync`` against the fake server, and its errors."""

import json
import socket

from click.testing import CliRunner

from styra.cli import main


def run(*args):
    return CliRunner().invoke(main, ["kolada", "sync", *args])


def test_sync_writes_a_bundle(fake_kolada, tmp_path):
    out = tmp_path / "bundle"

    result = run("--out", str(out), "--base-url", fake_kolada.base_url, "--concurrency", "2")

    assert result.exit_code == 0, result.output
    assert (out / "values_agenda2030.parquet").is_file()
    manifest = json.loads((out / "manifest.json").read_text())
    assert manifest["source"] == fake_kolada.base_url
    assert manifest["synced_at"].endswith("+00:00")
    assert "Fetching the catalogs" in result.stderr
    assert "Källa: Kolada (RKA" in result.stdout


def test_sync_of_some_kpis_and_years(fake_kolada, tmp_path):
    out = tmp_path / "bundle"

    result = run(
        "--out", str(out), "--base-url", fake_kolada.base_url,
        "--kpis", "n00401,N01951", "--years", "2018-2020",
    )  # fmt: skip

    assert result.exit_code == 0, result.output
    assert json.loads((out / "manifest.json").read_text())["years"] == [2018, 2019, 2020]


def test_bad_kpis_are_refused(tmp_path):
    result = run("--out", str(tmp_path / "b"), "--kpis", "agenda,N1")

    assert result.exit_code == 2
    assert "not 'agenda2030', 'all' or KPI ids like N00401: AGENDA, N1" in result.stderr


def test_bad_years_are_refused(tmp_path):
    result = run("--out", str(tmp_path / "b"), "--years", "2022-2015")

    assert result.exit_code == 2
    assert "not a year range" in result.stderr


def test_an_unreachable_server_fails_with_a_message(tmp_path):
    with socket.socket() as probe:  # a port nobody listens on
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]

    result = run(
        "--out", str(tmp_path / "b"), "--base-url", f"http://127.0.0.1:{port}/v3",
        "--max-retries", "0",
    )  # fmt: skip

    assert result.exit_code == 1
    assert "sync failed, nothing written" in result.stderr
    assert "connection failed" in result.stderr
    assert list(tmp_path.iterdir()) == []
