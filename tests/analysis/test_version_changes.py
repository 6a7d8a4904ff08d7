"""The version diff (styra.analysis.changes) on hand-made data versions: improved, worsened,
revised, turned red or green, new years; rounding is no revision; the ranking before/after."""

import polars as pl

from styra.analysis import analyse_area
from styra.analysis.changes import (
    IMPROVED,
    NEW_YEARS,
    REVISED,
    TURNED_GREEN,
    TURNED_RED,
    WORSENED,
    area_changes,
    compare_values,
)
from tests.analysis.frames import areas, catalog, one_year, polarity, series, values

AREAS = areas(["a", "b", "c", "d", "e"])
CATALOG = catalog(
    {"kpi_id": "N1", "title": "Ett", "goal": 3, "polarity": 1, "unit": "%"},
    {"kpi_id": "N2", "title": "Två", "goal": 13, "polarity": -1, "unit": "ton"},
    {"kpi_id": "N3", "title": "Tre", "goal": 5, "polarity": 1, "unit": "%"},
    {"kpi_id": "N4", "title": "Fyra", "goal": 5, "polarity": 0, "unit": "st"},
    {"kpi_id": "N5", "title": "Fem", "goal": 4, "polarity": 1, "unit": "%"},
)
OTHERS = {"b": 2.0, "c": 3.0, "d": 4.0, "e": 5.0}
OLD_ROWS = (
    one_year("N1", 2021, {"a": 1.0, **OTHERS})  # a worst: red
    + one_year("N2", 2021, {"a": 1.0, **OTHERS})  # lower is better: a best, green
    + series("N3", "a", {2020: 10.0, 2021: 11.0})
    + one_year("N3", 2021, {"b": 1.0, "c": 12.0, "d": 13.0, "e": 14.0})
    + series("N4", "a", {2021: 7.0})
    + one_year("N5", 2021, {"a": 3.0, **OTHERS})
)
NEW_ROWS = (
    OLD_ROWS[:5]
    + one_year("N1", 2022, {"a": 6.0, **OTHERS})  # a best now: improved, green, a new year
    + one_year("N2", 2021, {"a": 1.0, **OTHERS})
    + one_year("N2", 2022, {"a": 9.0, **OTHERS})  # a worst now: worsened, red, a new year
    + series("N3", "a", {2020: 10.4, 2021: 11.004})  # 2020 revised; 2021 only rounding
    + one_year("N3", 2021, {"b": 1.0, "c": 12.0, "d": 13.0, "e": 14.0})
    + series("N4", "a", {2021: 7.0, 2022: 9.0})  # neutral: a new year, no judgement
    + one_year("N5", 2021, {"a": 3.0, **OTHERS})  # unchanged
)
OLD, NEW = values(OLD_ROWS), values(NEW_ROWS)


def analyse(frame, year):
    return analyse_area(frame, CATALOG, AREAS, "a", year)


def test_compare_values_counts_new_and_revised_years_and_orients_the_change():
    compared = compare_values(OLD, NEW, polarity(N1=1, N2=-1, N3=1, N4=0, N5=1), ["a"])
    rows = {row["kpi_id"]: row for row in compared.iter_rows(named=True)}
    assert {k: (r["new_years"], r["revised"], r["direction"]) for k, r in rows.items()} == {
        "N1": (1, 0, 1),
        "N2": (1, 0, -1),
        "N3": (0, 1, 0),  # 11.0 → 11.004 is rounding
        "N4": (1, 0, 0),
        "N5": (0, 0, 0),
    }
    assert (rows["N1"]["year_before"], rows["N1"]["value_before"]) == (2021, 1.0)
    assert (rows["N1"]["year_after"], rows["N1"]["value_after"]) == (2022, 6.0)


def test_compare_values_covers_every_area_and_ignores_other_genders():
    split = values([("N1", "b", 2021, "K", 99.0)])
    compared = compare_values(OLD, pl.concat([NEW, split]), polarity(N1=1))
    assert compared["area_id"].to_list() == ["a", "b", "c", "d", "e"]
    assert compared.filter(pl.col("area_id") == "b")["new_years"].item() == 1


def test_a_value_only_in_the_new_version_has_no_direction():
    new = pl.concat([OLD, values([("N1", "f", 2022, 3.0)])])
    compared = compare_values(OLD, new, polarity(N1=1), ["f"])
    assert compared.select("new_years", "direction").row(0) == (1, None)


def test_each_kpi_lands_in_its_classes():
    changes = area_changes(OLD, NEW, analyse(OLD, 2021), analyse(NEW, 2022))
    classes = {kpi.kpi_id: kpi.classes for kpi in changes.kpis}
    assert classes == {
        "N1": (IMPROVED, TURNED_GREEN, NEW_YEARS),
        "N2": (TURNED_RED, WORSENED, NEW_YEARS),
        "N3": (REVISED,),
        "N4": (NEW_YEARS,),
    }
    assert (changes.year_before, changes.year_after) == (2021, 2022)
    assert changes.count(NEW_YEARS) == 3 and changes.count(TURNED_RED) == 1


def test_a_change_says_what_it_was_before_and_after():
    changes = area_changes(OLD, NEW, analyse(OLD, 2021), analyse(NEW, 2022))
    by_id = {kpi.kpi_id: kpi for kpi in changes.kpis}
    n2 = by_id["N2"]
    assert (n2.value_before, n2.year_before, n2.value_after, n2.year_after) == (
        1.0,
        2021,
        9.0,
        2022,
    )
    assert (n2.colour_before, n2.colour_after, n2.new_years) == ("green", "red", (2022,))
    (revision,) = by_id["N3"].revisions
    assert (revision.year, revision.before, revision.after) == (2020, 10.0, 10.4)


def test_kpis_are_grouped_by_goal_with_the_ranking_before_and_after():
    before, after = analyse(OLD, 2021), analyse(NEW, 2022)
    changes = area_changes(OLD, NEW, before, after)
    goals = {g.goal: g for g in changes.goals}
    assert [g.goal for g in changes.goals] == [g.goal for g in after.goals]
    assert [k.kpi_id for k in goals[5].kpis] == ["N3", "N4"]
    assert goals[4].kpis == () and goals[13].of_class(TURNED_RED)[0].kpi_id == "N2"
    ranks = {g.goal: g.rank for g in before.goals if not g.too_little_data}
    assert {g.goal: g.rank_before for g in changes.goals if g.rank_before} == ranks
    assert goals[13].rank_after < goals[13].rank_before  # a bigger challenge now
    assert changes.ranking_changed and changes.anything


def test_the_same_version_twice_changed_nothing():
    analysis = analyse(OLD, 2021)
    changes = area_changes(OLD, OLD, analysis, analysis)
    assert changes.kpis == () and not changes.anything
