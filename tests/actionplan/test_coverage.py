"""Coverage: every prioritised goal needs an action and an indicator."""

from styra.actionplan import CoverageItem, IndicatorLink, coverage, gaps

# S1 serves goals 13 and 11 (targets 13.2, 11.6); its action A1 inherits them
# and adds goal 7; the strategy S2 for goal 3 has no action yet.
ITEMS = [
    CoverageItem("S1", frozenset({13, 11}), counts_as_action=False),
    CoverageItem("A1", frozenset({13, 11, 7})),
    CoverageItem("S2", frozenset({3}), counts_as_action=False),
]
INDICATORS = [IndicatorLink("S1", "N00401"), IndicatorLink("S2", "N00923")]


def test_each_prioritised_goal_once_with_its_actions_and_indicators():
    result = coverage([13, 7, 3, 5, 13], ITEMS, INDICATORS)
    assert [(c.goal, c.actions, c.indicators) for c in result] == [
        (13, ("A1",), ("N00401",)),
        (7, ("A1",), ()),
        (3, (), ("N00923",)),
        (5, (), ()),
    ]


def test_gaps_are_the_goals_lacking_an_action_or_an_indicator():
    found = {
        c.goal: (c.lacks_action, c.lacks_indicator) for c in gaps([13, 7, 3, 5], ITEMS, INDICATORS)
    }
    assert found == {7: (False, True), 3: (True, False), 5: (True, True)}


def test_an_indicator_counts_once_per_goal():
    links = [IndicatorLink("S1", "N00401"), IndicatorLink("A1", "N00401")]
    assert coverage([13], ITEMS, links)[0].indicators == ("N00401",)


def test_no_prioritised_goals_no_gaps():
    assert gaps([], ITEMS, INDICATORS) == ()
