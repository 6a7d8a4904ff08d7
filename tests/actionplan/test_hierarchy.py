"""The levels (strategy → action → activity) and the goals a node inherits."""

import pytest

from styra.actionplan import effective_goals, goal_of_target, parent_level_error, tree_order


@pytest.mark.parametrize(
    ("level", "parent", "error"),
    [
        ("strategy", None, None),
        ("strategy", "strategy", "strategy_has_parent"),
        ("action", "strategy", None),
        ("action", None, "needs_parent"),
        ("action", "action", "wrong_parent_level"),
        ("activity", "action", None),
        ("activity", "strategy", "wrong_parent_level"),
        ("activity", None, "needs_parent"),
        ("programme", None, "unknown_level"),
        ("action", "programme", "unknown_level"),
    ],
)
def test_parent_levels(level, parent, error):
    assert parent_level_error(level, parent) == error


def test_goal_of_target():
    assert goal_of_target("13.2") == 13
    assert goal_of_target("1.a") == 1


def test_a_node_serves_its_own_goals_and_its_ancestors():
    parents = {"S1": None, "A1": "S1", "X1": "A1", "S2": None}
    targets = {"S1": ["13.2", "11.6"], "A1": ["7.2"], "S2": []}
    assert effective_goals(parents, targets) == {
        "S1": frozenset({13, 11}),
        "A1": frozenset({13, 11, 7}),
        "X1": frozenset({13, 11, 7}),
        "S2": frozenset(),
    }


def test_tree_order_puts_parents_first():
    order = tree_order({"X1": "A1", "A1": "S1", "S1": None, "S2": None})
    assert order.index("S1") < order.index("A1") < order.index("X1")
