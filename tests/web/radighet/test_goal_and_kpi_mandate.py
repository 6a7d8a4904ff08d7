"""What the nulägesanalys pages show: a goal's rådighet, and the level a KPI inherits
(the highest among its targets, from the organisation's levels in force)."""

from styra.radighet import default_levels, goal_summary
from styra.web.indicators.models import OwnIndicator
from styra.web.radighet.services import change_level, goal_mandate, kpi_mandate, nearest_level


def test_goal_mandate_is_the_goal_summary_with_the_mean_in_words(org_a, editor_a):
    box = goal_mandate(org_a, 14)
    assert box.row.summary == goal_summary(default_levels("K"))[13]
    assert box.row.nearest_label == "Kan påverka"  # mean 0.6
    change_level(org_a, "14.2", 3, "Kustkommun.", editor_a)
    assert goal_mandate(org_a, 14).row.summary.count(3) == 1
    assert goal_mandate(org_a, 14).row.own == 1


def test_nearest_level_rounds_halves_up():
    assert [nearest_level(m) for m in (0, 0.49, 0.5, 1.5, 2.49, 2.5, 3)] == [0, 0, 1, 2, 2, 3, 3]


def test_kpi_inherits_the_highest_level_of_its_targets(org_a, editor_a):
    """N07549 follows 5.2 (kommun 3) and 16.1: the maximum is 3, from 5.2."""
    mandate = kpi_mandate(org_a, "N07549")
    assert (mandate.level, mandate.source, mandate.target_ids) == (3, "5.2", ("5.2", "16.1"))
    assert mandate.label == "Eget ansvar (lagkrav, egen verksamhet)"
    assert (mandate.source_goal, mandate.source_slug) == (5, "5-2")


def test_kpi_level_follows_the_organisations_own_levels(org_a, editor_a):
    change_level(org_a, "5.2", 1, "Kvinnofridsarbetet drivs av regionen här.", editor_a)
    mandate = kpi_mandate(org_a, "N07549")
    assert mandate.level == max(1, default_levels("K")["16.1"])


def test_kpi_without_targets_has_no_level(org_a):
    mandate = kpi_mandate(org_a, "N00923")  # curated, but follows no target
    assert (mandate.level, mandate.source, mandate.label) == (None, None, "")
    assert kpi_mandate(org_a, "X99999").level is None  # not in the curated set


def test_own_indicator_inherits_from_its_targets(org_a):
    indicator = OwnIndicator.objects.create(
        organisation=org_a, code="E1", title="Cykel", polarity=1, goal=11, targets="11.2, 11.6"
    )
    mandate = kpi_mandate(org_a, indicator.kpi_id)
    assert (mandate.level, mandate.source) == (3, "11.6")
    assert kpi_mandate(org_a, "egen-999999").level is None
