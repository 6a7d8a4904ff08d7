"""Two editors open the same action; the second save does not revert the first's change:
it is refused with both values shown, and saving again after seeing them keeps the second's."""

from styra.web.actionplan.models import Action
from tests.web.concurrent_edits import conflicts, form_data, second_save

from .conftest import url


def test_the_second_save_shows_the_first_change_and_loses_nothing(
    client_for, editor_a, admin_a, plan_a
):
    action = plan_a["x"]
    first, second = client_for(editor_a), client_for(admin_a)
    edit = url("actionplan-action-edit", action.pk)
    refused = second_save(
        first, second, edit, {"title": "Laddstolpar i alla stadsdelar"}, {"end": "2027-06-30"}
    )

    assert refused.status_code == 400
    assert conflicts(refused) == {"Titel": ("Laddstolpar i alla stadsdelar", "Laddstolpar")}
    assert "Laddstolpar i alla stadsdelar" in refused.content.decode()
    action.refresh_from_db()
    assert action.title == "Laddstolpar i alla stadsdelar" and str(action.end) == "2026-12-31"

    again = second.post(edit, form_data(refused) | {"title": "Laddstolpar i alla stadsdelar"})
    assert again.status_code == 302
    action.refresh_from_db()
    assert action.title == "Laddstolpar i alla stadsdelar" and str(action.end) == "2027-06-30"


def test_saving_twice_in_a_row_by_the_same_person_is_no_conflict(client_for, editor_a, plan_a):
    client, edit = client_for(editor_a), url("actionplan-action-edit", plan_a["y"].pk)
    data = form_data(client.get(edit))
    assert client.post(edit, data | {"title": "Cykelbanor 2026"}).status_code == 302
    data = form_data(client.get(edit))
    assert client.post(edit, data | {"title": "Cykelbanor 2027"}).status_code == 302
    assert Action.objects.get(pk=plan_a["y"].pk).title == "Cykelbanor 2027"
