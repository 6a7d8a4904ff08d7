"""Two editors open the contact person; the second save does not silently put back
the old name: it is refused with both values shown, and saving again keeps both changes."""

from django.urls import reverse

from styra.web.organisations.models import ContactPerson
from tests.web.concurrent_edits import conflicts, form_data, second_save


def test_the_second_save_shows_the_first_change(client_for, editor_a, admin_a, org_a):
    ContactPerson.objects.create(organisation=org_a, name="Karin Ek", email="karin@stockholm.se")
    edit = reverse("organisations-contact-edit", args=["0180"])
    second = client_for(admin_a)
    refused = second_save(
        client_for(editor_a),
        second,
        edit,
        {"name": "Karin Ekholm"},
        {"email": "hallbarhet@stockholm.se"},
    )

    assert refused.status_code == 400
    assert conflicts(refused) == {"Namn": ("Karin Ekholm", "Karin Ek")}
    assert "Karin Ekholm" in refused.content.decode()
    assert ContactPerson.objects.get().name == "Karin Ekholm"

    again = second.post(edit, form_data(refused) | {"name": "Karin Ekholm"})
    assert again.status_code == 302
    contact = ContactPerson.objects.get()
    assert (contact.name, contact.email) == ("Karin Ekholm", "hallbarhet@stockholm.se")
