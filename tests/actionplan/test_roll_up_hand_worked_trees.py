"""Roll-up on small trees worked out by hand (docs/actionplan.md, "Roll-up")."""

import pytest

from styra.actionplan import CycleError, HierarchyError, Node, roll_up


def test_a_lone_node_shows_its_own_progress():
    assert roll_up([Node("S1", progress=40)]) == {"S1": 40.0}


def test_no_report_yet_counts_as_zero():
    assert roll_up([Node("S1")]) == {"S1": 0.0}


def test_equal_weights_give_the_plain_mean():
    # S1 ← A1 (50), A2 (100), A3 (no report: 0) → (50 + 100 + 0) / 3 = 50
    nodes = [
        Node("S1"),
        Node("A1", "S1", progress=50),
        Node("A2", "S1", progress=100),
        Node("A3", "S1"),
    ]
    assert roll_up(nodes) == {"S1": 50.0, "A1": 50.0, "A2": 100.0, "A3": 0.0}


def test_weights_tilt_the_mean():
    # S1 ← A1 (weight 3, 20 %), A2 (weight 1, 100 %) → (3·20 + 1·100) / 4 = 40
    nodes = [Node("S1"), Node("A1", "S1", 3, 20), Node("A2", "S1", 1, 100)]
    assert roll_up(nodes)["S1"] == 40.0


def test_three_levels_roll_up_step_by_step():
    # A1 ← X1 (80), X2 (40): A1 = 60.  A2 (weight 2) has no children: 30.
    # S1 ← A1 (60, weight 1), A2 (30, weight 2) → (60 + 60) / 3 = 40.
    nodes = [
        Node("S1", progress=99),  # its own entry does not count: it has children
        Node("A1", "S1", progress=10),  # nor does this one
        Node("A2", "S1", 2, 30),
        Node("X1", "A1", progress=80),
        Node("X2", "A1", progress=40),
    ]
    result = roll_up(nodes)
    assert result["A1"] == 60.0
    assert result["S1"] == 40.0
    assert result["X1"] == 80.0


def test_children_weighing_nothing_leave_the_parents_own_progress():
    # A1's only activity is cancelled (weight 0): A1 shows its own 25 %.
    nodes = [Node("S1"), Node("A1", "S1", progress=25), Node("X1", "A1", 0, 100)]
    assert roll_up(nodes) == {"S1": 25.0, "A1": 25.0, "X1": 100.0}


def test_two_separate_trees():
    nodes = [Node(1, progress=10), Node(2), Node(3, 2, progress=70)]
    assert roll_up(nodes) == {1: 10.0, 2: 70.0, 3: 70.0}


def test_a_cycle_is_refused_naming_it():
    nodes = [Node("S1"), Node("A", "C"), Node("B", "A"), Node("C", "B")]
    with pytest.raises(CycleError) as caught:
        roll_up(nodes)
    assert sorted(caught.value.cycle) == ["A", "B", "C"]
    assert "cycle" in str(caught.value)


def test_a_node_that_is_its_own_parent_is_a_cycle():
    with pytest.raises(CycleError, match="A → A"):
        roll_up([Node("A", "A")])


def test_an_unknown_parent_is_refused():
    with pytest.raises(HierarchyError, match="'X'"):
        roll_up([Node("A", "X")])


def test_a_duplicate_id_is_refused():
    with pytest.raises(HierarchyError, match="two nodes"):
        roll_up([Node("A"), Node("A")])


@pytest.mark.parametrize(
    ("node", "message"),
    [
        (Node("A", weight=-1), "weight"),
        (Node("A", weight=float("nan")), "weight"),
        (Node("A", progress=101), "progress"),
        (Node("A", progress=-0.5), "progress"),
        (Node("A", progress=float("inf")), "progress"),
    ],
)
def test_bad_numbers_are_refused_naming_the_node(node, message):
    with pytest.raises(ValueError, match=f"node 'A'.*{message}"):
        roll_up([node])


def test_a_deep_chain_needs_no_recursion():
    nodes = [Node(0, progress=None)] + [Node(i, i - 1) for i in range(1, 5000)]
    nodes[-1] = Node(4999, 4998, progress=42)
    assert roll_up(nodes)[0] == 42.0
