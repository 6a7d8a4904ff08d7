"""``styra analyse`` prints the nulägesanalys as md, json or csv; bad ids exit non-zero."""

import csv
import io
import json
from pathlib import Path
from types import SimpleNamespace

import pytest
from click.testing import CliRunner

from styra.cli import main
from styra.cli.analyse import outlook_text
from tests.kolada.minibundle import write_mini_bundle
from tests.shared_data import REAL_BUNDLE


@pytest.fixture(scope="module")
def mini(tmp_path_factory) -> Path:
    return write_mini_bundle(tmp_path_factory.mktemp("bundle") / "kolada")


def run(*args: str):
    return CliRunner().invoke(main, ["analyse", *args])


def test_markdown_in_swedish_with_source(mini):
    result = run("0180", "--year", "2021", "--bundle", str(mini))
    assert result.exit_code == 0, result.output
    assert "# Nulägesanalys 2021: Stockholm (0180, kommun)" in result.output
    assert "Jämförelsegrupp: alla kommuner" in result.output
    assert "N00401" in result.output and "Mål 13" in result.output
    assert result.output.rstrip().endswith("Källa: Kolada (RKA)")


def test_json_carries_reference_and_kpis(mini):
    result = run("0180", "--year", "2021", "--format", "json", "--bundle", str(mini))
    document = json.loads(result.output)
    kpis = {k["kpi_id"]: k for k in document["kpis"]}
    assert kpis["N00401"]["value"] == 1.4 and kpis["N00401"]["reference_size"] == 1
    assert kpis["N00401"]["percentile"] is None  # 0114's 2021 value is missing: nobody to compare
    assert kpis["N00945"]["gender_gap"]["gap"] == pytest.approx(5.1)
    assert document["source"] == "Källa: Kolada (RKA)" and len(document["goals"]) == 17


def test_csv_has_one_row_per_kpi(mini):
    result = run("0180", "--year", "2021", "--format", "csv", "--bundle", str(mini))
    rows = list(csv.DictReader(io.StringIO(result.output)))
    assert {row["kpi_id"] for row in rows} >= {"N00401", "N00945"}
    assert all(row["source"] == "Källa: Kolada (RKA)" for row in rows)


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (["9999"], "unknown area '9999'"),
        (["0180", "--year", "1990"], "no values for year 1990"),
        (["0180", "--kpi", "X99999"], "unknown KPI 'X99999'"),
        (["0180", "--compare", "G404"], "unknown municipality group 'G404'"),
        (["0001", "--compare", "kommungrupp"], "applies to kommuner"),
    ],
)
def test_unknown_ids_exit_non_zero(mini, args, message):
    result = run(*args, "--bundle", str(mini))
    assert result.exit_code != 0
    assert message in result.output


@pytest.mark.bundle
def test_real_bundle_region_and_peers():
    if not REAL_BUNDLE.is_dir():
        pytest.skip(f"the real Kolada bundle is not at {REAL_BUNDLE}")
    region = run("0001", "--year", "2022", "--bundle", str(REAL_BUNDLE))
    assert region.exit_code == 0 and "alla regioner (21 områden" in region.output
    peers = run("2260", "--compare", "kommungrupp", "--kpi", "N00401", "--bundle", str(REAL_BUNDLE))
    assert peers.exit_code == 0 and "## Lär av andra: N00401 i kommungrupp C8" in peers.output


@pytest.mark.parametrize(
    ("status", "words"),
    [
        ("on_track", "I takt med målet (mål 30,0 år 2030; trendframskrivning 31,5)"),
        ("limited_progress", "Små framsteg (mål 30,0 år 2030; trendframskrivning 31,5)"),
    ],
)
def test_the_outlook_in_the_pages_words(status, words):
    outlook = SimpleNamespace(
        status=status, target_value=30, target_year=2030, projected_value=31.5
    )
    assert outlook_text(SimpleNamespace(outlook=outlook)) == words


def test_markdown_names_classes_with_the_pages_words(mini):
    output = run("0180", "--year", "2021", "--bundle", str(mini)).output
    assert "## 1. Mål 1 Ingen fattigdom — För lite data" in output
    assert "| Percentil, läge |" in output and "| – Inget värde |" in output
