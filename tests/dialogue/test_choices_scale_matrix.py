"""Counts by hand for single and multiple choice, scale and matrix questions."""

import pytest

from styra.dialogue import InvalidAnswer, count_choices, count_matrix, summarise_scale


def test_single_choice_counts_and_shares():
    result = count_choices(["ja", "nej", "ja"], ["ja", "nej", "vet inte"])
    assert result.answered == 3
    assert [(o.option, o.count, o.share) for o in result.options] == [
        ("ja", 2, pytest.approx(2 / 3)),
        ("nej", 1, pytest.approx(1 / 3)),
        ("vet inte", 0, 0.0),
    ]


def test_multiple_choice_shares_are_of_those_answering_and_may_add_up_past_one():
    result = count_choices([["buss", "cykel"], ["buss"], ["buss", "buss"]], ["buss", "cykel"])
    assert [(o.count, o.share) for o in result.options] == [(3, 1.0), (1, pytest.approx(1 / 3))]


def test_an_option_no_longer_offered_is_counted_after_the_others():
    result = count_choices(["ja", "kanske", "ja"], ["nej", "ja"])
    assert [(o.option, o.count, o.offered) for o in result.options] == [
        ("nej", 0, True),
        ("ja", 2, True),
        ("kanske", 1, False),
    ]


def test_no_answers_gives_no_shares():
    result = count_choices([], ["ja", "nej"])
    assert [(o.count, o.share) for o in result.options] == [(0, None), (0, None)]


def test_a_choice_that_is_not_text_is_refused_naming_the_answer():
    with pytest.raises(ValueError, match="svar 2"):
        count_choices(["ja", 3], ["ja"])


def test_scale_count_mean_median_and_distribution():
    result = summarise_scale([1, 2, 2, 5], 1, 5)
    assert (result.answered, result.mean, result.median) == (4, 2.5, 2.0)
    assert [(v.value, v.count) for v in result.distribution] == [
        (1, 1),
        (2, 2),
        (3, 0),
        (4, 0),
        (5, 1),
    ]
    assert result.distribution[1].share == 0.5


def test_a_scale_value_outside_the_scale_is_still_counted():
    result = summarise_scale([3, 7], 1, 5)
    assert [v.value for v in result.distribution] == [1, 2, 3, 4, 5, 6, 7]
    assert result.distribution[-1].count == 1


def test_an_empty_scale_has_no_mean():
    result = summarise_scale([], 1, 3)
    assert (result.mean, result.median) == (None, None)
    assert [(v.count, v.share) for v in result.distribution] == [(0, None)] * 3


def test_a_scale_answer_that_is_not_a_whole_number_is_refused():
    with pytest.raises(InvalidAnswer) as refused:
        summarise_scale([3, "4"], 1, 5)
    assert refused.value.number == 2
    with pytest.raises(ValueError, match="low < high"):
        summarise_scale([], 5, 5)


def test_matrix_counts_per_row_of_those_answering_the_row():
    answers = [{"skola": "bra", "vård": "dålig"}, {"skola": "bra"}, {"vård": "bra", "park": "bra"}]
    result = count_matrix(answers, ["skola", "vård"], ["bra", "dålig"])
    assert result.answered == 3
    assert [(r.row, r.offered, r.result.answered) for r in result.rows] == [
        ("skola", True, 2),
        ("vård", True, 2),
        ("park", False, 1),
    ]
    assert result.row("skola").result.count("bra") == 2
    assert result.row("vård").result.count("dålig") == 1
    assert result.row("vård").result.options[0].share == 0.5


def test_a_matrix_answer_that_is_not_one_choice_per_row_is_refused():
    with pytest.raises(ValueError, match="svar 1"):
        count_matrix([["bra"]], ["skola"], ["bra"])
