"""`styra sdg goals` and `styra kpis --agenda2030` print the shipped catalogs."""

import json

from click.testing import CliRunner

from styra.cli import main


def test_sdg_goals_json_lists_17_goals_with_colours():
    result = CliRunner().invoke(main, ["sdg", "goals", "--json"])
    assert result.exit_code == 0, result.output
    goals = json.loads(result.stdout)
    assert [goal["number"] for goal in goals] == list(range(1, 18))
    assert goals[0]["colour"].upper() == "#E5243B"


def test_kpis_json_has_goal_and_polarity_for_every_kpi():
    result = CliRunner().invoke(main, ["kpis", "--agenda2030", "--json"])
    assert result.exit_code == 0, result.output
    kpis = json.loads(result.stdout)
    assert len(kpis) >= 79
    assert all(1 <= kpi["goal"] <= 17 and kpi["polarity"] in (-1, 0, 1) for kpi in kpis)
    assert {kpi["goal"] for kpi in kpis} >= set(range(1, 17))


def test_kpis_text_filtered_by_goal():
    result = CliRunner().invoke(main, ["kpis", "--agenda2030", "--goal", "13"])
    assert result.exit_code == 0, result.output
    assert "N00401" in result.stdout and "Styras egen" in result.stdout


def test_kpis_without_the_set_flag_is_an_error():
    result = CliRunner().invoke(main, ["kpis"])
    assert result.exit_code != 0
