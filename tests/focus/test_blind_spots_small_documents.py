"""Blind spots on small documents: too little material is not judged, and the 8-passage
budget of issue 11 gives the answer a reader expects (a whole trygghet section is focus;
a big challenge nobody writes about is a blind spot)."""

from styra.focus import blind_spots, focus_per_goal
from styra.focus.focus import MIN_TAGGED_UNITS, MIN_UNITS, enough_to_judge

# A budget of eight passages, each with the goals an editor accepted.
EIGHT_PASSAGE_BUDGET = [
    [],  # Inledning: skattesats, resultatmål, investeringar
    [4, 10],  # Förskola och skola: kompensatoriskt uppdrag
    [3, 1],  # Socialtjänst och äldreomsorg: försörjningsstöd, hemtjänst
    [13, 7, 6],  # Klimat och miljö: växthusgaser, solceller, dagvatten
    [11, 9],  # Samhällsbyggnad: bostäder, bredband
    [8, 4],  # Arbete och näringsliv: feriearbeten, vuxenutbildning
    [16, 5],  # Trygghet: brottsförebyggande arbete, våld i nära relationer
    [3, 11],  # Kultur och fritid: fysisk aktivitet, mötesplatser
]
# The nulägesanalys: goal 16 ranked 3rd; goal 12 ranked 7th but a major challenge.
RANKS = {2: 1, 15: 2, 16: 3, 14: 4, 10: 5, 5: 6, 12: 7, 1: 8, 3: 9, 4: 10, 6: 11}
RANKS |= {7: 12, 8: 13, 9: 14, 11: 15, 13: 16, 17: 17}
MAJOR = {2, 15, 16, 12}


def test_the_eight_passage_budget_is_big_enough_to_judge():
    tagged = sum(bool(goals) for goals in EIGHT_PASSAGE_BUDGET)
    assert enough_to_judge(len(EIGHT_PASSAGE_BUDGET), tagged)


def test_a_trygghet_section_tied_at_half_focus_is_not_a_blind_spot():
    focus = focus_per_goal(EIGHT_PASSAGE_BUDGET)
    assert focus[16] == 0.5 and sum(value == 0.5 for value in focus.values()) == 9
    assert 16 not in blind_spots(RANKS, focus, MAJOR)


def test_a_major_challenge_with_no_focus_is_a_blind_spot_whatever_its_rank():
    focus = focus_per_goal(EIGHT_PASSAGE_BUDGET)
    assert focus[12] == 0.0 and RANKS[12] > 6
    assert blind_spots(RANKS, focus, MAJOR) == [2, 15, 14, 12]


def test_fewer_units_or_tagged_units_than_the_minimum_are_not_judged():
    assert not enough_to_judge(MIN_UNITS - 1, MIN_UNITS - 1)
    assert not enough_to_judge(40, MIN_TAGGED_UNITS - 1)
    assert enough_to_judge(MIN_UNITS, MIN_TAGGED_UNITS)
