"""Breakdown by background only for groups of at least 10 answers (k-anonymity)."""

import pytest

from styra.dialogue import MIN_GROUP, OTHER, group_table, split_groups


def answers(**sizes: int) -> list[tuple[str | None, int]]:
    rows: list[tuple[str | None, int]] = []
    for label, size in sizes.items():
        rows += [(None if label == "none" else label, i) for i in range(size)]
    return rows


def test_the_threshold_is_10():
    assert MIN_GROUP == 10


def test_a_group_of_10_is_shown_and_one_of_9_is_not():
    shown = split_groups(answers(a=10, b=10, c=10))
    assert [(g.label, g.size) for g in shown.groups] == [("a", 10), ("b", 10), ("c", 10)]
    assert (shown.other, shown.left_out) == (None, 0)
    alone = split_groups(answers(a=9))
    assert (alone.groups, alone.other, alone.left_out, alone.left_out_groups) == (
        (),
        None,
        9,
        ("a",),
    )


def test_small_groups_are_merged_into_other_when_together_at_least_10():
    result = split_groups(answers(a=12, b=6, c=4))
    assert [g.label for g in result.groups] == ["a"]
    assert (result.other.label, result.other.size, result.other.merged) == (OTHER, 10, ("b", "c"))
    assert result.left_out == 0
    assert [g.label for g in result.shown] == ["a", OTHER]


def test_small_groups_together_under_10_are_left_out_and_counted():
    result = split_groups(answers(a=15, b=12, c=5, d=4, none=1))  # 9 + 1 hidden: enough
    assert [g.label for g in result.groups] == ["a", "b"]
    assert (result.other, result.left_out, result.left_out_groups) == (None, 9, ("c", "d"))


def test_answers_left_out_are_never_the_difference_of_the_total_and_few_groups():
    # a 10 shown, c 1 left out: total − a would be c's one answer. So a (the smallest
    # shown) joins the small ones: "other" = a + c, nothing left out.
    result = split_groups(answers(a=10, c=1))
    assert result.groups == ()
    assert (result.other.merged, result.left_out) == (("a", "c"), 0)
    # Of two equal smallest groups, the last in order joins "other".
    result = split_groups(answers(a=10, b=10, c=9))
    assert [g.label for g in result.groups] == ["a"]
    assert result.other.merged == ("b", "c")


def test_not_stated_answers_hide_those_left_out():
    enough = split_groups(answers(a=10, c=3, none=7))  # 3 + 7 = 10 not in a group shown
    assert [g.label for g in enough.groups] == ["a"]
    assert (enough.left_out, enough.not_stated) == (3, 7)
    too_few = split_groups(answers(a=10, c=3, none=6))
    assert too_few.groups == () and too_few.other.merged == ("a", "c")


def test_an_empty_label_is_not_stated():
    result = split_groups([("", 1), (None, 2)] + answers(a=10))
    assert result.not_stated == 2
    assert result.groups[0].answers == tuple(range(10))


def test_groups_follow_the_order_given_then_first_met():
    result = split_groups(answers(x=10, b=10, a=10), order=["a", "b", "unused"])
    assert [g.label for g in result.groups] == ["a", "b", "x"]


def test_another_threshold_can_be_asked_for():
    assert [g.label for g in split_groups(answers(a=3, b=2, none=1), minimum=3).groups] == ["a"]
    with pytest.raises(ValueError):
        split_groups([], minimum=0)


def test_a_group_table_summarises_each_group_shown_as_the_whole():
    """Groups a (12) and b (10) shown, c (3) left out (with the 7 not stated, enough to
    hide it); each group's mean and largest per row."""
    rows = [("a", 2)] * 12 + [("b", 4)] * 10 + [("c", 100)] * 3 + [(None, 7)] * 7

    def summarise(values: list[int]) -> dict:
        return {"mean": sum(values) / len(values), "max": max(values)}

    table = group_table(rows, summarise, ["mean", "max", "absent"], order=["b", "a"])
    assert table.groups == (("b", 10), ("a", 12))
    assert table.rows == (("mean", (4.0, 2.0)), ("max", (4, 2)), ("absent", (None, None)))
    assert (table.left_out, table.not_stated) == (3, 7)
    alone = group_table([("a", 1)] * 9, summarise, ["mean"])
    assert (alone.groups, alone.rows, alone.left_out) == ((), (("mean", ()),), 9)
