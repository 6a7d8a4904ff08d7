"""Two editors open the strategic weights; the second save does not silently put back
what the first changed. A goal both changed is refused with both weights shown (nothing
saved, what was typed stays), a goal only the first changed keeps the first's weight,
and saving again after seeing them keeps the second's."""

from django.urls import reverse

from styra.web.priorities.decisions.models import StrategicWeight
from tests.web.concurrent_edits import conflicts, form_data

URL = reverse("priorities-strategic", args=["0180"])


def weights() -> dict[int, float]:
    return dict(StrategicWeight.objects.values_list("goal", "weight"))


def test_a_goal_both_changed_shows_the_first(client_for, editor_a, admin_a, org_a):
    StrategicWeight.objects.create(organisation=org_a, goal=13, weight=0.5)
    first, second = client_for(editor_a), client_for(admin_a)
    opened_first, opened_second = form_data(first.get(URL)), form_data(second.get(URL))

    assert first.post(URL, opened_first | {"mal_13": "1", "mal_4": "0.75"}).status_code == 302
    refused = second.post(URL, opened_second | {"mal_13": "0.25", "mal_5": "0"})

    assert refused.status_code == 400
    assert conflicts(refused) == {
        "Mål 13: Bekämpa klimatförändringen": ("1 – högsta", "0,25 – låg")
    }
    assert weights() == {13: 1.0, 4: 0.75}  # nothing of the second's saved yet
    again = form_data(refused)
    assert (again["mal_13"], again["mal_5"]) == ("0.25", "0")  # what was typed stays
    assert again["mal_4"] == "0.75"  # the first's change shows

    assert second.post(URL, again).status_code == 302
    assert weights() == {13: 0.25, 4: 0.75, 5: 0.0}


def test_a_goal_only_the_first_changed_keeps_theirs(client_for, editor_a, admin_a, org_a):
    StrategicWeight.objects.create(organisation=org_a, goal=13, weight=0.5)
    first, second = client_for(editor_a), client_for(admin_a)
    opened_first, opened_second = form_data(first.get(URL)), form_data(second.get(URL))

    assert first.post(URL, opened_first | {"mal_13": ""}).status_code == 302
    assert second.post(URL, opened_second | {"mal_4": "0.75"}).status_code == 302
    assert weights() == {4: 0.75}
