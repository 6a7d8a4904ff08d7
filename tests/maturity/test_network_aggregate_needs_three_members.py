"""The network's aggregate of members' medians (styra.maturity.network), worked by hand."""

from styra.maturity.network import MIN_MEMBERS, NetworkDimension, summarise_members


def test_three_members_give_mean_median_spread_and_distribution():
    values = {"A": {"d1": 1.0, "d2": 3.0}, "B": {"d1": 2.5, "d2": 3.0}, "C": {"d1": 4.0}}
    d1, d2 = summarise_members(values, ["d1", "d2"])
    # d1: 1, 2.5, 4 → mean 2.5, median 2.5, hinges (1+2.5)/2 and (2.5+4)/2; 2.5 on level 2
    assert d1 == NetworkDimension(
        "d1",
        3,
        mean=2.5,
        median=2.5,
        minimum=1.0,
        maximum=4.0,
        q1=1.75,
        q3=3.25,
        distribution=(0, 1, 1, 0, 1),
    )
    assert d1.shown
    # d2: C has no value there, so only two members: nothing but their number
    assert d2 == NetworkDimension("d2", 2) and not d2.shown


def test_fewer_than_three_members_show_only_their_number():
    assert MIN_MEMBERS == 3
    values = {"A": {"d1": 0.0}, "B": {"d1": 4.0}}
    assert summarise_members(values, ["d1"]) == [NetworkDimension("d1", 2)]
    assert summarise_members({}, ["d1"]) == [NetworkDimension("d1", 0)]


def test_the_mean_is_rounded_to_two_decimals():
    values = {m: {"d1": v} for m, v in zip("ABC", (1.0, 1.0, 2.0), strict=True)}
    (d1,) = summarise_members(values, ["d1"])
    assert d1.mean == 1.33 and d1.median == 1.0 and d1.distribution == (0, 2, 1, 0, 0)
