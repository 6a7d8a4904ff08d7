"""Two editors open the same own indicator; the second save is refused with the
first's change shown, and saving again after seeing it keeps both."""

from django.urls import reverse

from styra.web.indicators.models import OwnIndicator
from tests.web.concurrent_edits import conflicts, form_data, second_save


def test_the_second_save_shows_the_first_change(client_for, editor_a, admin_a, org_a):
    indicator = OwnIndicator.objects.create(
        organisation=org_a, code="E1", title="Gröna tak", unit="st", goal=11
    )
    edit = reverse("indicators-own-edit", args=["0180", indicator.pk])
    second = client_for(admin_a)
    refused = second_save(
        client_for(editor_a), second, edit, {"title": "Gröna tak och väggar"}, {"unit": "m²"}
    )

    assert refused.status_code == 400
    assert conflicts(refused) == {"Titel": ("Gröna tak och väggar", "Gröna tak")}
    assert OwnIndicator.objects.get().title == "Gröna tak och väggar"

    again = second.post(edit, form_data(refused) | {"title": "Gröna tak och väggar"})
    assert again.status_code == 302
    saved = OwnIndicator.objects.get()
    assert (saved.title, saved.unit) == ("Gröna tak och väggar", "m²")
