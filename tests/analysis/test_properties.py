"""Properties of M1 and M2 on random frames (hypothesis)."""

import polars as pl
from hypothesis import given, settings
from hypothesis import strategies as st

from styra.analysis import AnalysisSettings, analyse_all, compute_positions
from tests.analysis.frames import areas, by_area, catalog, membership, one_year, polarity, values

finite = st.floats(min_value=-1e6, max_value=1e6, allow_nan=False).map(lambda x: round(x, 2))
value_lists = st.lists(st.one_of(finite, st.none()), min_size=1, max_size=30)
S = AnalysisSettings()


def percentiles(raw: list, sign: int = 1) -> dict:
    ids = [f"{i:04d}" for i in range(len(raw))]
    frame = values(one_year("N1", 2022, dict(zip(ids, raw, strict=True))))
    return by_area(compute_positions(frame, polarity(N1=sign), membership(ids), S), "percentile")


@given(value_lists)
def test_percentiles_lie_in_0_to_100(raw):
    assert all(p is None or 0 <= p <= 100 for p in percentiles(raw).values())


@given(value_lists)
def test_flipping_polarity_mirrors_the_percentile(raw):
    up, down = percentiles(raw, 1), percentiles(raw, -1)
    assert up.keys() == down.keys()
    for area, p in up.items():
        assert (p is None and down[area] is None) or abs(down[area] - (100 - p)) < 1e-9


@given(st.lists(finite, min_size=1, max_size=30), st.sampled_from([1, -1]))
def test_adding_a_worse_area_never_lowers_another_percentile(raw, sign):
    before = percentiles(raw, sign)
    worst = min(raw) - 1 if sign == 1 else max(raw) + 1
    after = percentiles([*raw, worst], sign)
    for area, p in before.items():
        assert p is None or after[area] >= p - 1e-9


@settings(max_examples=50, deadline=None)
@given(
    st.lists(st.lists(finite, min_size=6, max_size=6), min_size=1, max_size=4),
    st.sampled_from([1, -1]),
)
def test_scores_lie_in_0_to_100(years, sign):
    ids = [f"{i:04d}" for i in range(6)]
    rows = []
    for offset, year_values in enumerate(years):
        rows += one_year("N1", 2015 + offset, dict(zip(ids, year_values, strict=True)))
    kpis = catalog({"kpi_id": "N1", "goal": 1, "polarity": sign})
    result = analyse_all(values(rows), kpis, areas(ids), "K", S).rows
    scores = result.filter(pl.col("score").is_not_null())["score"]
    assert ((scores >= 0) & (scores <= 100)).all()
