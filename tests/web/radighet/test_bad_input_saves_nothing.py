"""A missing motivation, a missing or bad level, or the level already in force: the page
comes back with the error on the field (linked with aria-describedby and from the
summary at the top) and nothing is saved."""

import pytest

from styra.web.radighet.models import MandateChange, MandateOverride
from tests.web.pages import field_error_shown

from .conftest import CHANGE_URL, RESET_URL, text_of

LEVEL, MOTIVATION = "delmal-14-2-level", "delmal-14-2-motivation"


@pytest.mark.parametrize(
    ("data", "field", "message"),
    [
        ({LEVEL: "2"}, MOTIVATION, "Skriv en motivering: varför ska nivån ändras?"),
        ({LEVEL: "2", MOTIVATION: "   "}, MOTIVATION, "Skriv en motivering"),
        ({LEVEL: "2", MOTIVATION: "x" * 1001}, MOTIVATION, "som mest 1000 tecken"),
        ({MOTIVATION: "Kustkommun."}, LEVEL, "Välj en nivå."),
        ({LEVEL: "4", MOTIVATION: "Kustkommun."}, LEVEL, "Välj en av nivåerna 0, 1, 2 eller 3."),
        ({LEVEL: "-1", MOTIVATION: "Kustkommun."}, LEVEL, "Välj en av nivåerna"),
        ({LEVEL: "två", MOTIVATION: "Kustkommun."}, LEVEL, "Välj en av nivåerna"),
        ({LEVEL: "1", MOTIVATION: "Kustkommun."}, LEVEL, "Nivån är redan Kan påverka."),
    ],
)
def test_the_error_names_the_field_and_nothing_is_saved(
    client_for, editor_a, version, data, field, message
):
    before = version()
    text = field_error_shown(client_for(editor_a).post(CHANGE_URL, data), field, message)
    anchor = f"id_{field}_0" if field == LEVEL else f"id_{field}"
    assert f'href="#{anchor}"' in text  # the summary links to the field
    assert text.startswith("<!doctype html>") and "<title>Fel: " in text
    assert "<details open>" in text
    assert not MandateOverride.objects.exists() and not MandateChange.objects.exists()
    assert version() == before


def test_the_radio_group_is_described_by_its_error(client_for, editor_a):
    text = text_of(client_for(editor_a).post(CHANGE_URL, {MOTIVATION: "Kustkommun."}))
    assert f'<fieldset aria-describedby="id_{LEVEL}_error">' in text
    assert "<legend>Ny nivå för delmål 14.2:</legend>" in text


def test_reset_without_motivation_saves_nothing(client_for, editor_a, own_level_a, version):
    before = version()
    response = client_for(editor_a).post(RESET_URL, {"aterstall-14-2-motivation": ""})
    assert response.status_code == 400
    text = text_of(response)
    assert 'aria-describedby="id_aterstall-14-2-motivation_helptext' in text
    assert 'id="id_aterstall-14-2-motivation_error"' in text
    assert 'href="#id_aterstall-14-2-motivation"' in text
    assert MandateOverride.objects.get().level == 2 and MandateChange.objects.count() == 1
    assert version() == before


def test_reset_where_the_default_already_applies_saves_nothing(client_for, editor_a):
    response = client_for(editor_a).post(RESET_URL, {"aterstall-14-2-motivation": "Varför?"})
    assert response.status_code == 400
    assert "Styras standard gäller redan" in text_of(response)
    assert not MandateChange.objects.exists()
