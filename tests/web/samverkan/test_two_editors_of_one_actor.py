"""Two editors open the same actor, or the same role; the second save is refused with
the first's change shown, and saving again after seeing it keeps both."""

from styra.web.samverkan.models import Actor, Involvement
from tests.web.concurrent_edits import conflicts, form_data

from .conftest import SECRET_A, url


def test_the_second_save_of_an_actor_shows_the_first_change(client_for, editor_a, admin_a, unit_a):
    edit = url("samverkan-actor-edit", unit_a.pk)
    first, second = client_for(editor_a), client_for(admin_a)
    opened_first, opened_second = form_data(first.get(edit)), form_data(second.get(edit))

    assert first.post(edit, opened_first | {"name": "Miljöförvaltningen"}).status_code == 302
    refused = second.post(edit, opened_second | {"contact": "bo@example.se"})

    assert refused.status_code == 400
    assert conflicts(refused) == {"Namn": ("Miljöförvaltningen", SECRET_A)}
    assert Actor.objects.get(pk=unit_a.pk).name == "Miljöförvaltningen"
    again = second.post(edit, form_data(refused) | {"name": "Miljöförvaltningen"})
    assert again.status_code == 302
    actor = Actor.objects.get(pk=unit_a.pk)
    assert (actor.name, actor.contact) == ("Miljöförvaltningen", "bo@example.se")


def test_the_second_save_of_a_role_shows_the_first_change(client_for, editor_a, admin_a, lead_a):
    edit = url("samverkan-involvement-edit", lead_a.pk)
    first, second = client_for(editor_a), client_for(admin_a)
    opened_first, opened_second = form_data(first.get(edit)), form_data(second.get(edit))

    assert first.post(edit, opened_first | {"note": "Leder arbetet"}).status_code == 302
    refused = second.post(edit, opened_second | {"role": "inform"})

    assert refused.status_code == 400
    assert conflicts(refused) == {"Kommentar": ("Leder arbetet", "Klimatplanen")}
    assert Involvement.objects.get(pk=lead_a.pk).note == "Leder arbetet"
    again = second.post(edit, form_data(refused) | {"note": "Leder arbetet"})
    assert again.status_code == 302
    role = Involvement.objects.get(pk=lead_a.pk)
    assert (role.role, role.note) == ("inform", "Leder arbetet")
