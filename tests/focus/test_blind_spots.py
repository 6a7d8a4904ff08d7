"""M6 blind spots: big challenge (worst third or M5 major) and little focus (lowest third or 0).

A third is ceil(n/3) goals by rank with ties; a tie group across its edge is left out whole.
"""

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


def test_a_tie_group_across_the_edge_of_a_third_is_left_out_whole():
    challenge = {1: 1, 2: 2, 3: 3, 4: 4, 5: 5, 6: 6}  # third: ceil(6/3) = 2 -> goals 1, 2
    focus = {1: 0.0, 2: 0.0, 3: 0.0, 4: 0.5, 5: 1.0, 6: 0.7}  # 1, 2, 3: no focus at all
    assert blind_spots(challenge, focus) == [1, 2]
    challenge[3] = 2  # goals 2 and 3 tie across the edge of the worst third: both out
    assert blind_spots(challenge, focus) == [1]


def test_goals_tied_on_some_focus_across_the_edge_are_not_little_focus():
    challenge = {1: 1, 2: 3, 3: 2, 4: 4, 5: 5, 6: 6}  # worst third: goals 1 and 3
    focus = {1: 0.25, 2: 0.5, 3: 0.5, 4: 0.5, 5: 1.0, 6: 0.75}
    # lowest third (2 goals): goal 1, then 2, 3, 4 tie at 0.5 across the edge -> only goal 1
    assert blind_spots(challenge, focus) == [1]


def test_no_focus_at_all_is_little_focus_however_many_goals_share_it():
    challenge = {g: g for g in ALL}
    focus = {g: 1.0 for g in ALL} | {g: 0.0 for g in range(1, 11)}  # ten goals untouched
    assert blind_spots(challenge, focus) == [1, 2, 3, 4, 5, 6]


def test_a_major_challenge_counts_as_big_whatever_its_rank():
    challenge = {g: g for g in ALL}
    focus = {g: 1.0 for g in ALL} | {12: 0.0, 2: 0.0}
    assert blind_spots(challenge, focus) == [2]  # goal 12 is ranked 12th: not in the worst third
    assert blind_spots(challenge, focus, major={12, 14}) == [2, 12]  # 14 has focus


def test_only_goals_with_both_figures_count():
    challenge = {1: 1, 2: 2, 3: 3}  # goals without data have no rank
    focus = {g: 1.0 for g in ALL} | {1: 0.0, 2: 0.0}
    assert blind_spots(challenge, focus) == [1]
    assert blind_spots(challenge, {}) == []
    assert blind_spots({}, focus) == []
