"""Properties of the roll-up on random trees (hypothesis)."""

from hypothesis import given
from hypothesis import strategies as st

from styra.actionplan import Node, roll_up

progress = st.one_of(st.none(), st.floats(min_value=0, max_value=100))
weight = st.one_of(st.just(0.0), st.floats(min_value=1e-3, max_value=1e6))


@st.composite
def trees(draw, max_size=30):
    """Random forests: node i's parent is None or an earlier node."""
    size = draw(st.integers(min_value=1, max_value=max_size))
    nodes = []
    for i in range(size):
        parent = draw(st.one_of(st.none(), st.integers(0, i - 1))) if i else None
        nodes.append(Node(i, parent, draw(weight), draw(progress)))
    return nodes


def children_of(nodes):
    found: dict = {}
    for node in nodes:
        if node.parent_id is not None:
            found.setdefault(node.parent_id, []).append(node)
    return found


@given(trees())
def test_every_value_lies_in_0_to_100(nodes):
    assert all(0 <= value <= 100 for value in roll_up(nodes).values())


@given(trees())
def test_a_leaf_keeps_its_own_progress(nodes):
    result, parents = roll_up(nodes), children_of(nodes)
    for node in nodes:
        if node.id not in parents:
            assert result[node.id] == (node.progress or 0.0)


@given(trees())
def test_a_parent_lies_between_its_childrens_values(nodes):
    result = roll_up(nodes)
    for parent, kids in children_of(nodes).items():
        counted = [result[k.id] for k in kids if k.weight > 0]
        if counted:
            assert min(counted) - 1e-9 <= result[parent] <= max(counted) + 1e-9


@given(trees(), st.floats(min_value=1e-3, max_value=1e3))
def test_scaling_every_weight_changes_nothing(nodes, factor):
    scaled = [Node(n.id, n.parent_id, n.weight * factor, n.progress) for n in nodes]
    before, after = roll_up(nodes), roll_up(scaled)
    for node_id, value in before.items():
        assert abs(after[node_id] - value) < 1e-6


@given(trees())
def test_the_order_of_the_nodes_does_not_matter(nodes):
    before, after = roll_up(nodes), roll_up(list(reversed(nodes)))
    for node_id, value in before.items():
        assert abs(after[node_id] - value) < 1e-9
