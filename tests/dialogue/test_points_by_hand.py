""" "Distribute 100 points" by hand, and what ``check_allocation`` says about bad answers.

answer   a     b     c
1        50    50    –
2        100   –     –
3        –     30    70
4        20    20    60
total    170   100   130    (= 4 · 100)
mean     42.5  25    32.5
>0       3     3     2
"""

import pytest

from styra.dialogue import InvalidAnswer, aggregate_points, check_allocation

OFFERED = ("a", "b", "c")
ANSWERS = [{"a": 50, "b": 50}, {"a": 100}, {"b": 30, "c": 70}, {"a": 20, "b": 20, "c": 60}]


def test_mean_total_and_supporters_per_item():
    result = aggregate_points(ANSWERS, OFFERED)
    assert result.participants == 4
    assert [p.item for p in result.items] == ["a", "c", "b"]  # by mean
    assert [(p.mean, p.total, p.supporters) for p in result.items] == [
        (42.5, 170, 3),
        (32.5, 130, 2),
        (25.0, 100, 3),
    ]
    for points in result.items:
        assert points.interval.contains(points.mean)
        assert 0 <= points.interval.lower <= points.interval.upper <= 100


def test_an_item_nobody_gave_points_is_listed_with_zero():
    result = aggregate_points(ANSWERS, (*OFFERED, "d"))
    d = result.item("d")
    assert (d.mean, d.total, d.supporters) == (0.0, 0, 0)
    assert d.interval.width == 0


def test_no_answers_gives_no_means():
    result = aggregate_points([], OFFERED)
    assert [(p.mean, p.interval, p.total) for p in result.items] == [(None, None, 0)] * 3


def test_a_good_allocation_has_no_problems():
    assert check_allocation({"a": 40, "c": 60.0}, OFFERED) == []


@pytest.mark.parametrize(
    ("allocation", "code", "item", "words"),
    [
        ({"a": 50, "b": 40}, "wrong_total", None, "ska bli 100 tillsammans, nu blir de 90"),
        ({"a": 101, "b": -1}, "negative", "b", "kan inte vara mindre än 0"),
        ({"a": 99.5}, "not_whole", "a", "måste vara ett heltal"),
        ({"a": "100"}, "not_whole", "a", "måste vara ett heltal"),
        ({"a": True}, "not_whole", "a", "måste vara ett heltal"),
        ({"x": 100}, "unknown_item", "x", "«x» finns inte att välja"),
        ([100], "not_a_mapping", None, "ge poäng"),
    ],
)
def test_check_allocation_says_what_is_wrong(allocation, code, item, words):
    (problem,) = check_allocation(allocation, OFFERED)
    assert (problem.code, problem.item) == (code, item)
    assert words in problem.message


def test_every_bad_item_is_named():
    problems = check_allocation({"a": -5, "x": 5, "b": 1.5}, OFFERED)
    assert [(p.code, p.item) for p in problems] == [
        ("negative", "a"),
        ("unknown_item", "x"),
        ("not_whole", "b"),
    ]


def test_another_total_can_be_asked_for():
    assert check_allocation({"a": 10}, OFFERED, total=10) == []


def test_a_bad_answer_is_refused_naming_its_number():
    with pytest.raises(InvalidAnswer) as refused:
        aggregate_points([*ANSWERS, {"a": 60}], OFFERED)
    assert refused.value.number == 5
    assert refused.value.problems[0].code == "wrong_total"
