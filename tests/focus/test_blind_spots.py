"""M6 blind spots: worst third by challenge and lowest third by focus (ceil(n/3), ties kept)."""

from styra.focus import blind_spots

ALL = range(1, 18)


def test_blind_spots_for_all_17_goals():
    # challenge rank: goal g is ranked g (1 = biggest challenge); a third is ceil(17/3) = 6
    challenge = {g: g for g in ALL}
    # focus rises with the goal number except goals 2 and 5, which have the least focus
    focus = {g: g / 17 for g in ALL} | {2: 0.0, 5: 0.01}
    # lowest third by focus: 2, 5, 1, 3, 4, 6; worst third by challenge: 1–6
    assert blind_spots(challenge, focus) == [1, 2, 3, 4, 5, 6]
    focus |= {1: 0.9, 3: 0.9, 4: 0.9}
    # now lowest by focus: 2, 5, 6, 7, 8, 9 -> with challenge 1–6: 2, 5, 6
    assert blind_spots(challenge, focus) == [2, 5, 6]


def test_ties_at_the_edge_of_a_third_are_kept():
    challenge = {1: 1, 2: 2, 3: 3, 4: 4, 5: 5, 6: 6}  # third: ceil(6/3) = 2 -> goals 1, 2
    focus = {1: 0.0, 2: 0.0, 3: 0.0, 4: 0.5, 5: 1.0, 6: 0.7}  # lowest: 1, 2, 3 (tied)
    assert blind_spots(challenge, focus) == [1, 2]
    challenge[3] = 2  # goal 3 ties with goal 2 for the edge of the worst third
    assert blind_spots(challenge, focus) == [1, 2, 3]


def test_only_goals_with_both_figures_count():
    challenge = {1: 1, 2: 2, 3: 3}  # goals without data have no rank
    focus = {g: 1.0 for g in ALL} | {1: 0.0, 2: 0.0}
    assert blind_spots(challenge, focus) == [1]
    assert blind_spots(challenge, {}) == []
    assert blind_spots({}, focus) == []
