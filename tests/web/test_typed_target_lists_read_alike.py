"""The three forms where targets are typed (own indicator, action, prioritisation
decision) read a list alike: the UN order, each once, and one message naming
every target that does not exist."""

from types import SimpleNamespace

import pytest

from styra.web.actionplan.forms import ActionForm
from styra.web.indicators.forms import OwnIndicatorForm
from styra.web.organisations.models import Organisation
from styra.web.priorities.decisions.forms import DecisionForm

pytestmark = pytest.mark.django_db


def form_with(name: str, targets: str):
    data = {"targets": targets}
    if name == "decision":
        return DecisionForm(data, ranking=SimpleNamespace(in_use=[], goals=[]))
    organisation = Organisation.objects.create(kolada_id="0180", name="Stockholm", type="K")
    if name == "action":
        return ActionForm(data, organisation=organisation)
    return OwnIndicatorForm(data, organisation=organisation)


def as_list(name: str, cleaned) -> list[str]:
    return cleaned.split(", ") if name == "indicator" else cleaned


@pytest.mark.parametrize("name", ["indicator", "action", "decision"])
def test_targets_in_un_order_each_once(name):
    form = form_with(name, "8.a; 8-10 3.4, 8.2 3.4")
    form.is_valid()
    assert "targets" not in form.errors
    assert as_list(name, form.cleaned_data["targets"]) == ["3.4", "8.2", "8.10", "8.a"]


@pytest.mark.parametrize("name", ["indicator", "action", "decision"])
@pytest.mark.parametrize(
    ("typed", "message"),
    [
        ("11.1, 18.1", "18.1 är inget delmål i Agenda 2030. Skriv t.ex. 11.1 eller 1.a."),
        (
            "tolv 11.1 11.99",
            "tolv, 11.99 är inga delmål i Agenda 2030. Skriv t.ex. 11.1 eller 1.a.",
        ),
    ],
)
def test_one_message_names_every_unknown_target(name, typed, message):
    form = form_with(name, typed)
    assert not form.is_valid()
    assert form.errors["targets"] == [message]
