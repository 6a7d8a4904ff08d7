"""Two editors open the same target; the second save does not silently overwrite the
first's level: it is refused with both levels and motivations shown, what was typed stays
in the form, and saving again after seeing them keeps the second's."""

from django.urls import reverse

from styra.web.radighet.models import MandateOverride
from tests.web.concurrent_edits import conflicts, posted

from .conftest import TARGET, text_of

GOAL_URL = reverse("radighet-goal", args=["0180", 14])
CHANGE_URL = reverse("radighet-target-change", args=["0180", "14-2"])
RESET_URL = reverse("radighet-target-reset", args=["0180", "14-2"])


def opened(response, kind: str = "level") -> dict:
    """The target's form (``level`` or ``reset``) as the browser posts it back unchanged."""
    page = response.content.decode()
    item = next(t for t in response.context["targets"] if t["mandate"].target.target_id == TARGET)
    form = item["forms"][kind]
    for field in form:
        assert f'name="{field.html_name}"' in page, f"{field.html_name} is not on the page"
    return {field.html_name: posted(field.value()) for field in form}


def typed(level: int, motivation: str) -> dict:
    return {"delmal-14-2-level": str(level), "delmal-14-2-motivation": motivation}


def second_save(first, second, first_level: dict, second_change: dict, kind: str = "level"):
    """Both open goal 14's page; ``first`` sets 14.2's level (``first_level``, and must
    succeed), then ``second`` posts ``second_change`` from its ``kind`` form (``level``
    or ``reset``) as it opened it: the answer."""
    opened_first = opened(first.get(GOAL_URL))
    opened_second = opened(second.get(GOAL_URL), kind)
    assert first.post(CHANGE_URL, opened_first | first_level).status_code == 302
    return second.post(CHANGE_URL if kind == "level" else RESET_URL, opened_second | second_change)


def test_the_second_level_shows_the_first(client_for, editor_a, admin_a):
    first, second = client_for(editor_a), client_for(admin_a)
    refused = second_save(
        first, second, typed(2, "Vi har en havsplan."), typed(3, "Vi äger hamnen.")
    )

    assert refused.status_code == 400
    assert conflicts(refused, "error_form") == {
        "Nivå": (
            "2 – Äger, köper eller planerar (egen nivå)",
            "3 – Eget ansvar (lagkrav, egen verksamhet) (egen nivå)",
        ),
        "Motivering": ("Vi har en havsplan.", "Vi äger hamnen."),
    }
    assert "Vi äger hamnen." in text_of(refused)  # what was typed stays in the form
    assert MandateOverride.objects.get().level == 2

    again = second.post(CHANGE_URL, opened(refused) | typed(3, "Vi äger hamnen."))
    assert again.status_code == 302
    override = MandateOverride.objects.get()
    assert (override.level, override.motivation) == (3, "Vi äger hamnen.")


def test_a_reset_after_another_change_shows_it(client_for, editor_a, admin_a, own_level_a):
    first, second = client_for(editor_a), client_for(admin_a)
    motivation = {"aterstall-14-2-motivation": "Havsplanen gäller inte längre."}
    refused = second_save(first, second, typed(3, "Hamnen är vår."), motivation, "reset")

    assert refused.status_code == 400
    assert conflicts(refused, "error_form") == {
        "Nivå": (
            "3 – Eget ansvar (lagkrav, egen verksamhet) (egen nivå)",
            "1 – Kan påverka (Styras standard)",
        ),
        "Motivering": ("Hamnen är vår.", "Havsplanen gäller inte längre."),
    }
    assert MandateOverride.objects.get().level == 3

    assert second.post(RESET_URL, opened(refused, "reset") | motivation).status_code == 302
    assert not MandateOverride.objects.exists()
