"""With too little material the result page says so ("underlaget är för litet för att
bedöma fokus") instead of naming blind spots; the table and export say "Kan inte bedömas"."""

from styra.focus.focus import MIN_UNITS
from styra.web.focus.models import OwnGoal, Tag

from .conftest import url


def tag_own_goals(organisation, goals: list[int]) -> None:
    for number, goal in enumerate(goals):
        own_goal = OwnGoal.objects.create(
            organisation=organisation, body=f"Nämnd {number}", text="Ett mål."
        )
        Tag.objects.create(own_goal=own_goal, goal=goal, source="manual", status="accepted")


def test_a_small_material_is_not_judged(client_for, viewer_a, org_a):
    tag_own_goals(org_a, [4, 11, 13])
    response = client_for(viewer_a).get(url("focus-overview"))
    result = response.context["result"]
    assert result.focus and result.too_small and result.blind_spots == []
    assert {row.blind_spot_text for row in result.rows} == {"Kan inte bedömas"}
    page = response.content.decode()
    assert "Underlaget är för litet för att bedöma fokus: 3 av 3 avsnitt och egna mål" in page
    assert f"minst {MIN_UNITS} avsnitt och egna mål" in page
    assert "focus-blind-list" not in page


def test_enough_material_is_judged(client_for, viewer_a, org_a):
    tag_own_goals(org_a, [4, 11, 13, 3, 8, 16, 4, 11])
    response = client_for(viewer_a).get(url("focus-overview"))
    assert not response.context["result"].too_small
    assert "Underlaget är för litet" not in response.content.decode()
