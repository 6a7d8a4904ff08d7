"""The suggestion rules as pure functions on hand-made inputs (no database)."""

from styra.samverkan.suggestions import (
    LOW_MANDATE,
    MIN_OPERATING_AREAS,
    CrossUnitNeed,
    ExternalNeed,
    goals_without_actors,
    goals_without_lead,
    needs_cross_unit_work,
    needs_external_partners,
    operating_areas_by_goal,
)


def test_thresholds_are_the_documented_ones():
    assert (LOW_MANDATE, MIN_OPERATING_AREAS) == (1.5, 3)


def test_external_partners_need_a_major_challenge_and_low_mandate():
    challenge = {2: True, 7: True, 9: True, 14: False, 17: True}
    mandate = {2: 1.5, 7: 1.51, 9: 0.4, 14: 0.2, 17: 0.5}
    found = needs_external_partners(challenge, mandate, {9: {"Länsstyrelsen", "KTH"}})
    assert found == (
        ExternalNeed(2, 1.5, ()),  # 1.5 is low (≤)
        ExternalNeed(9, 0.4, ("KTH", "Länsstyrelsen")),
        ExternalNeed(17, 0.5, ()),
    )


def test_a_goal_without_an_analysis_or_a_mandate_is_not_judged():
    assert needs_external_partners({3: True}, {}) == ()
    assert needs_external_partners({}, {3: 0.0}) == ()


def test_operating_areas_leave_out_blanks_unknown_kpis_and_overarching_areas():
    kpi_goals = {"N1": 3, "N2": 3, "N3": 3, "N4": 3, "N5": 3, "N6": 4, "N7": 4}
    areas = {
        "N1": "Hälso- och sjukvård",
        "N2": "Kultur och fritid",
        "N3": "Kommunen, övergripande",
        "N4": "",
        "N6": "Befolkning",
        "N7": "Förskoleverksamhet",
    }
    assert operating_areas_by_goal(kpi_goals, areas) == {
        3: ("Hälso- och sjukvård", "Kultur och fritid"),
        4: ("Förskoleverksamhet",),
    }


def test_cross_unit_work_from_three_distinct_areas():
    areas = {
        3: ("Arbetsmarknad", "Hälso- och sjukvård", "Kultur och fritid"),
        4: ("Förskoleverksamhet", "Gymnasieskola"),
        11: ("Infrastruktur", "Hälso- och sjukvård", "Infrastruktur", "Arbetsmarknad"),
    }
    found = needs_cross_unit_work(areas, {3: {"Kulturförvaltningen"}})
    assert found == (
        CrossUnitNeed(
            3,
            ("Arbetsmarknad", "Hälso- och sjukvård", "Kultur och fritid"),
            ("Kulturförvaltningen",),
        ),
        CrossUnitNeed(11, ("Arbetsmarknad", "Hälso- och sjukvård", "Infrastruktur"), ()),
    )


def test_goals_without_actors_and_without_a_lead():
    roles = {1: {"lead"}, 2: {"contribute", "inform"}, 3: set(), 13: {"inform", "lead"}}
    assert goals_without_actors(roles) == (3, *range(4, 13), *range(14, 18))
    assert goals_without_lead(roles) == (2,)
    assert goals_without_actors({}) == tuple(range(1, 18))
    assert goals_without_lead({}) == ()
