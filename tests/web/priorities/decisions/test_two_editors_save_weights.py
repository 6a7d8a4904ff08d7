"""Two editors move the sliders on the prioritisation page and save the weights; the
second save does not silently replace the first's: it is refused with the first's
weights named, the second's stay in the sliders, and saving again then saves them."""

import re

from django.urls import reverse

from styra.web.priorities.decisions.models import WeightSet

PAGE = reverse("priorities-overview", args=["0180"])
SAVE = reverse("priorities-weights-save", args=["0180"])
FIRST = {"utmaning": 0, "fokusglapp": 0, "radighet": 10, "havstang": 0, "strategisk": 10}
SECOND = {"utmaning": 30, "fokusglapp": 0, "radighet": 10, "havstang": 0, "strategisk": 0}


def save_form(client, sliders: dict) -> dict:
    """The hidden fields of the page's save form after the sliders moved to ``sliders``."""
    page = client.get(PAGE, sliders | {"medborgare": 0}).content.decode()
    form = page[page.index('action="' + SAVE) :]
    form = form[: form.index("</form>")]
    return dict(re.findall(r'<input type="hidden" name="(\w+)" value="([^"]*)">', form))


def test_the_second_save_names_the_first_weights(client_for, editor_a, admin_a, org_a):
    first, second = client_for(editor_a), client_for(admin_a)
    opened_first, opened_second = save_form(first, FIRST), save_form(second, SECOND)
    assert "opened_at" in opened_second

    assert first.post(SAVE, opened_first).status_code == 302
    refused = second.post(SAVE, opened_second)

    assert WeightSet.objects.get().strategic == 0.1  # the first's
    page = second.get(refused["Location"])
    assert [str(m) for m in page.context["messages"]] == [
        "Någon annan sparade vikter medan du hade sidan öppen: rådighet 10, strategisk vikt 10, "
        "utmaning 0, fokusglapp 0, hävstång 0, medborgarnas prioritet 0. Dina vikter "
        "står kvar i reglagen men är inte sparade; spara igen för att ersätta deras."
    ]
    assert page.context["form"]["utmaning"].value() == "30"  # the second's stay

    assert second.post(SAVE, save_form(second, SECOND)).status_code == 302
    assert WeightSet.objects.latest().challenge == 0.3
