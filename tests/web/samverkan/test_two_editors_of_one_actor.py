"""Two editors open the same actor, or the same role; the second save is refused with
the first's change shown, and saving again after seeing it keeps both."""

from styra.web.samverkan.models import Actor, Involvement
from tests.web.concurrent_edits import conflicts, form_data, second_save

from .conftest import SECRET_A, url


def test_the_second_save_of_an_actor_shows_the_first_change(client_for, editor_a, admin_a, unit_a):
    edit = url("samverkan-actor-edit", unit_a.pk)
    second = client_for(admin_a)
    refused = second_save(
        client_for(editor_a),
        second,
        edit,
        {"name": "Miljöförvaltningen"},
        {"contact": "bo@example.se"},
    )

    assert refused.status_code == 400
    assert conflicts(refused) == {"Namn": ("Miljöförvaltningen", SECRET_A)}
    assert Actor.objects.get(pk=unit_a.pk).name == "Miljöförvaltningen"
    again = second.post(edit, form_data(refused) | {"name": "Miljöförvaltningen"})
    assert again.status_code == 302
    actor = Actor.objects.get(pk=unit_a.pk)
    assert (actor.name, actor.contact) == ("Miljöförvaltningen", "bo@example.se")


def test_the_second_save_of_a_role_shows_the_first_change(client_for, editor_a, admin_a, lead_a):
    edit = url("samverkan-involvement-edit", lead_a.pk)
    second = client_for(admin_a)
    refused = second_save(
        client_for(editor_a), second, edit, {"note": "Leder arbetet"}, {"role": "inform"}
    )

    assert refused.status_code == 400
    assert conflicts(refused) == {"Kommentar": ("Leder arbetet", "Klimatplanen")}
    assert Involvement.objects.get(pk=lead_a.pk).note == "Leder arbetet"
    again = second.post(edit, form_data(refused) | {"note": "Leder arbetet"})
    assert again.status_code == 302
    role = Involvement.objects.get(pk=lead_a.pk)
    assert (role.role, role.note) == ("inform", "Leder arbetet")
