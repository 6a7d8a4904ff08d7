"""Going back to Styra's default is a change too: recorded with from, to, who and why."""

from styra.web.radighet.models import MandateChange, MandateOverride
from styra.web.radighet.services import reset_level

from .conftest import GOAL_URL, RESET_URL, text_of

WHY = "Havsplanen gäller inte längre."


def test_reset_removes_the_own_level_and_records_the_change(
    client_for, editor_a, org_a, own_level_a, version
):
    before = version()
    client = client_for(editor_a)
    response = client.post(RESET_URL, {"aterstall-14-2-motivation": WHY})
    assert response.status_code == 302 and response["Location"] == f"{GOAL_URL}#delmal-14-2"
    assert not MandateOverride.objects.exists()
    latest = MandateChange.objects.first()
    assert (latest.target_id, latest.from_level, latest.to_level) == ("14.2", 2, 1)
    assert (latest.to_default, latest.motivation, latest.changed_by) == (True, WHY, editor_a)
    assert MandateChange.objects.count() == 2  # the earlier change is kept
    assert version() == before + 1
    page = client.get(GOAL_URL)
    assert [str(m) for m in page.context["messages"]] == [
        "Delmål 14.2: nivån är nu Kan påverka. Styras standard gäller igen."
    ]
    section = text_of(page).split('id="delmal-14-2"')[1][:1500]
    assert "1 – Kan påverka" in section and "Styras standard" in section
    assert "aterstall" not in section  # nothing left to reset


def test_reset_of_an_own_level_equal_to_the_default_is_recorded(org_a, editor_a):
    """If a later release moves the default to the own level, going back still counts."""
    MandateOverride.objects.create(
        organisation=org_a, target_id="14.2", level=1, motivation="Samma som standard."
    )
    record = reset_level(org_a, "14-2", WHY, editor_a)
    assert (record.from_level, record.to_level, record.to_default) == (1, 1, True)
    assert not MandateOverride.objects.exists()
