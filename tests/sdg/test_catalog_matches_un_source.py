"""The shipped SDG catalog holds exactly the UN goals, targets and indicators."""

import re

from styra.sdg import load_catalog
from tests.shared_data import read_shared_csv


def read_source(name: str) -> list[dict[str, str]]:
    return read_shared_csv(f"sdg/{name}")


def test_seventeen_goals_with_un_and_swedish_texts():
    catalog = load_catalog()
    english = read_source("sdg_goals_en.csv")
    swedish = read_source("sdg_goals_sv.csv")
    assert [goal.number for goal in catalog.goals] == list(range(1, 18))
    assert [goal.short_en for goal in catalog.goals] == [row["short_en"] for row in english]
    assert [goal.title_en for goal in catalog.goals] == [row["title_en"] for row in english]
    assert [goal.short_sv for goal in catalog.goals] == [row["short_sv"] for row in swedish]
    assert [goal.title_sv for goal in catalog.goals] == [row["title_sv"] for row in swedish]


def test_169_targets_in_un_order_with_un_texts():
    source = read_source("sdg_targets_en.csv")
    targets = load_catalog().targets
    assert len(targets) == len(source) == 169
    assert [t.target_id for t in targets] == [row["target"] for row in source]
    assert [t.goal for t in targets] == [int(row["goal"]) for row in source]
    assert [t.title_en for t in targets] == [row["title_en"] for row in source]


def test_indicators_as_in_the_un_source():
    source = read_source("sdg_indicators_en.csv")
    indicators = load_catalog().indicators
    assert len(indicators) == len(source) == 252
    assert [(i.indicator_id, i.target_id, i.goal, i.title_en) for i in indicators] == [
        (row["indicator"], row["target"], int(row["goal"]), row["title_en"]) for row in source
    ]


def test_every_target_and_indicator_points_to_an_existing_parent():
    catalog = load_catalog()
    goals = {goal.number for goal in catalog.goals}
    target_ids = {target.target_id for target in catalog.targets}
    assert all(target.goal in goals for target in catalog.targets)
    assert all(target.target_id.split(".")[0] == str(target.goal) for target in catalog.targets)
    for indicator in catalog.indicators:
        assert indicator.target_id in target_ids
        assert catalog.target(indicator.target_id).goal == indicator.goal


def test_targets_of_a_goal_come_numbered_then_lettered():
    ids = [target.target_id for target in load_catalog().targets_of_goal(17)]
    assert ids[0] == "17.1" and ids[-1] == "17.19" and len(ids) == 19
    assert [t.target_id for t in load_catalog().targets_of_goal(1)] == [
        "1.1", "1.2", "1.3", "1.4", "1.5", "1.a", "1.b"
    ]  # fmt: skip


def test_colours_are_the_official_hex_colours():
    catalog = load_catalog()
    assert all(re.fullmatch(r"#[0-9A-F]{6}", goal.colour) for goal in catalog.goals)
    assert catalog.goal(1).colour == "#E5243B"
    assert catalog.goal(17).colour == "#19486A"
    assert len({goal.colour for goal in catalog.goals}) == 17


def test_every_target_has_a_short_swedish_summary_and_no_invented_official_text():
    for target in load_catalog().targets:
        assert 0 < len(target.short_sv) <= 90, target.target_id
        assert target.title_sv == ""
    assert load_catalog().target("1.1").label_sv == "1.1 Utrota extrem fattigdom"
