"""The focus section from steering content (M6): the focus per goal and the blind spots,
worked out by hand; no content means no focus figures, never zero focus everywhere."""

from styra.web.reports.blindspots import FocusUnits, focus_section, section_from_units


def challenge_rows(levels=None) -> list[dict]:
    """Goal rows ranked 1–17 in goal order (goal 1 the biggest challenge), "viss utmaning"
    unless ``levels`` says otherwise (red: a major challenge, grey: too little data)."""
    levels = levels or {}
    return [{"goal": g, "rank": g, "level": levels.get(g, "yellow")} for g in range(1, 18)]


ENOUGH = (frozenset({11}), frozenset({11}), frozenset({11, 13}), frozenset({4}))
ENOUGH += (frozenset({11}), frozenset({13}), frozenset({4}), frozenset())


def test_focus_and_blind_spots_worked_by_hand():
    # 8 units, 7 tagged: goal 11 four times, 13 and 4 twice: focus 1, 0.5, 0.5, others 0.
    units = FocusUnits(documents=("Mål och budget 2025",), own_goals=1, tags=ENOUGH)
    section = section_from_units(units, challenge_rows())
    focus = {row["goal"]: row["focus"] for row in section["goals"]}
    assert focus[11] == 1.0 and focus[13] == 0.5 and focus[4] == 0.5 and focus[1] == 0.0
    assert section["units"] == 8 and section["tagged_units"] == 7 and section["own_goals"] == 1
    assert section["enough_to_judge"]
    assert section["documents"] == ["Mål och budget 2025"]
    # The worst third by challenge is goals 1–6; the lowest third by focus is every
    # goal with focus 0 (ties kept): goal 4 has focus, so it is no blind spot.
    assert [row["goal"] for row in section["blind_spots"]] == [1, 2, 3, 5, 6]
    assert section["blind_spots"][0]["title"] == "Ingen fattigdom"


def test_a_major_challenge_with_no_focus_is_a_blind_spot_whatever_its_rank():
    units = FocusUnits(("Budget",), 0, ENOUGH)
    section = section_from_units(units, challenge_rows({12: "red"}))
    assert [row["goal"] for row in section["blind_spots"]] == [1, 2, 3, 5, 6, 12]


def test_a_small_document_is_not_judged():
    units = FocusUnits(("Budget",), 0, ENOUGH[:5])
    section = section_from_units(units, challenge_rows({12: "red"}))
    assert not section["enough_to_judge"] and section["blind_spots"] == []


def test_goals_with_too_little_data_are_not_ranked():
    units = FocusUnits((), 0, (frozenset({17}),) * 6 + (frozenset(),) * 2)
    grey = {g: "grey" for g in (1, 2, 3)}
    section = section_from_units(units, challenge_rows(grey))
    spots = [row["goal"] for row in section["blind_spots"]]
    assert 1 not in spots and spots[0] == 4


def test_nothing_tagged_means_no_focus_figures():
    assert section_from_units(None, challenge_rows()) == {"available": False, "documents": []}
    untagged = FocusUnits(("Översiktsplan",), 0, (frozenset(), frozenset()))
    section = section_from_units(untagged, challenge_rows())
    assert section == {"available": False, "documents": ["Översiktsplan"]}


def test_without_the_analysis_there_are_focus_figures_but_no_blind_spots(monkeypatch):
    from styra.web.reports import blindspots

    units = FocusUnits(("Budget",), 0, (frozenset({3}),))
    monkeypatch.setattr(blindspots, "read_units", lambda organisation: units)
    section = focus_section(object(), {"available": False})
    assert section["available"] and section["blind_spots"] == []
