"""Goal rankings aggregated by hand: 3 goals, 4 participants, one ranking only one goal.

Offered (3, 7, 13), m = 3; Borda points m − place (2, 1, 0); a goal left out
is tied last with the mean of the shared places' points.

    participant   ranking        points 3 / 7 / 13
    1             3, 7, 13       2    1    0
    2             7, 3, 13       1    2    0
    3             3, 13, 7       2    0    1
    4             13             ½    ½    2     (3 and 7 share places 2–3: (1 + 0) / 2)
    total                        5½   3½   3     (= 4 · (2 + 1 + 0) = 12)

Borda share = total / (4 · 2): 0.6875, 0.4375, 0.375. Mean rank (places 1, 2, 1,
2½ for goal 3) = 3 − mean points: 1.625, 2.125, 2.25.
"""

import pytest

from styra.dialogue import InvalidAnswer, aggregate_rankings, check_ranking

OFFERED = (3, 7, 13)
RANKINGS = [[3, 7, 13], [7, 3, 13], [3, 13, 7], [13]]


def test_borda_share_mean_rank_rankers_and_firsts():
    result = aggregate_rankings(RANKINGS, OFFERED)
    assert result.participants == 4
    assert result.order == (3, 7, 13)
    expected = {  # goal: (share, mean rank, rankers, first places)
        3: (0.6875, 1.625, 3, 2),
        7: (0.4375, 2.125, 3, 1),
        13: (0.375, 2.25, 4, 1),
    }
    for goal, (share, mean_rank, rankers, first) in expected.items():
        rank = result.goal(goal)
        assert rank.borda == pytest.approx(share)
        assert rank.mean_rank == pytest.approx(mean_rank)
        assert (rank.rankers, rank.first) == (rankers, first)


def test_mean_rank_is_the_mean_place_with_the_tie_rule():
    result = aggregate_rankings(RANKINGS, OFFERED)
    places_of_3 = [1, 2, 1, (2 + 3) / 2]
    assert result.goal(3).mean_rank == pytest.approx(sum(places_of_3) / 4)


def test_ties_in_share_are_ordered_by_goal_number():
    result = aggregate_rankings([[5, 2], [2, 5]], (5, 2))
    assert result.order == (2, 5)
    assert result.goal(2).borda == result.goal(5).borda == 0.5


def test_the_default_offer_is_all_17_goals():
    result = aggregate_rankings([[17, 1]])
    assert len(result.goals) == 17
    assert result.goal(17).borda == 1.0
    assert result.goal(1).borda == pytest.approx(15 / 16)
    assert result.goal(9).borda == pytest.approx(7 / 16)  # 15 goals share places 3–17: 7 points


def test_no_answers_gives_no_values():
    result = aggregate_rankings([], OFFERED)
    assert result.participants == 0
    assert [r.borda for r in result.goals] == [None, None, None]
    assert result.goal(7).borda_interval is None and result.goal(7).rankers == 0


@pytest.mark.parametrize(
    ("ranking", "codes"),
    [
        ([3, 3], ["repeated"]),
        ([3, 18], ["unknown_goal"]),
        (["3"], ["unknown_goal"]),
        ([True], ["unknown_goal"]),
        ([], ["empty"]),
        ({"3": 1}, ["not_a_list"]),
    ],
)
def test_check_ranking_says_what_is_wrong(ranking, codes):
    assert [p.code for p in check_ranking(ranking, OFFERED)] == codes


def test_a_bad_ranking_is_refused_naming_its_number():
    with pytest.raises(InvalidAnswer) as refused:
        aggregate_rankings([[3, 7], [7, 7]], OFFERED)
    assert refused.value.number == 2
    assert "mål 7 står mer än en gång" in str(refused.value)


def test_fewer_than_two_goals_offered_is_refused():
    with pytest.raises(ValueError, match="at least 2"):
        aggregate_rankings([[3]], (3,))
