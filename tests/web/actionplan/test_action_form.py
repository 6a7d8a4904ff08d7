"""Creating and changing actions: the level rules, targets, codes, owners and dates."""

import pytest

from styra.web.actionplan.models import Action
from styra.web.samverkan.models import Actor

from .conftest import url

STRATEGY = {
    "level": "strategy",
    "title": "Energi",
    "targets": "7.2",
    "weight": "1",
    "status": "planned",
}


def post(client, data, name="actionplan-action-create", *args):
    return client.post(url(name, *args), data)


def test_a_strategy_gets_the_next_code_and_its_targets(client_for, editor_a, plan_a, unit_a):
    response = post(
        client_for(editor_a), STRATEGY | {"targets": "7.2; 7-3 7.2", "owner": unit_a.pk}
    )
    assert response.status_code == 302
    created = Action.objects.get(title="Energi")
    assert created.code == "S2" and created.targets == ["7.2", "7.3"]
    assert created.owner == unit_a
    assert response["Location"] == url("actionplan-action", created.pk)


def test_an_action_under_a_strategy_is_numbered_under_it(client_for, editor_a, plan_a):
    data = {"level": "action", "parent": plan_a["strategy"].pk, "title": "Ny", "weight": "2,5"}
    assert post(client_for(editor_a), data | {"status": "planned"}).status_code == 302
    created = Action.objects.get(title="Ny")
    assert created.code == "S1.3" and str(created.weight) == "2.50"


def test_the_form_under_a_parent_starts_with_the_next_level(client_for, editor_a, plan_a):
    response = client_for(editor_a).get(
        url("actionplan-action-create") + f"?forelder={plan_a['x'].pk}"
    )
    form = response.context["form"]
    assert form.initial == {"level": "activity", "parent": plan_a["x"].pk}


@pytest.mark.parametrize(
    ("data", "field", "message"),
    [
        ({"level": "action"}, "parent", "Välj vad den ligger under"),
        ({"level": "activity", "parent": "@strategy"}, "parent", "en aktivitet under en åtgärd"),
        ({"level": "strategy", "parent": "@strategy"}, "parent", "En strategi ligger högst upp"),
        ({"level": "strategy", "targets": ""}, "targets", "minst ett delmål"),
        ({"targets": "13.2, 18.1"}, "targets", "18.1 är inget delmål"),
        ({"code": "s1"}, "code", "Koden s1 används redan"),
        ({"code": "S 1"}, "code", "bara innehålla"),
        ({"start": "2025-06-01", "end": "2025-05-01"}, "end", "före startdatumet"),
        ({"budget_sek": "-100"}, "budget_sek", "inte vara negativt"),
        ({"budget_sek": "mycket"}, "budget_sek", "Skriv ett tal"),
        ({"weight": ""}, "weight", "måste fyllas i"),
        ({"owner": "@partner"}, "owner", "giltigt alternativ"),  # an external actor cannot own
        (
            {"owner": "@unit", "partners": ["@unit"]},
            "partners",
            "Ägaren kan inte också vara partner",
        ),
    ],
)
def test_bad_input_is_refused_on_its_field(
    client_for, editor_a, plan_a, unit_a, partner_a, data, field, message
):
    found = {"@strategy": plan_a["strategy"].pk, "@unit": unit_a.pk, "@partner": partner_a.pk}
    posted = STRATEGY | {
        k: [found.get(i, i) for i in v] if isinstance(v, list) else found.get(v, v)
        for k, v in data.items()
    }
    before = Action.objects.count()
    response = post(client_for(editor_a), posted)
    assert response.status_code == 400
    assert message in " ".join(response.context["form"].errors[field])
    html = response.content.decode()
    assert 'id="error-summary"' in html and f'id="id_{field}_error"' in html
    assert Action.objects.count() == before


def test_a_level_with_something_under_it_cannot_change(client_for, editor_a, plan_a):
    x = plan_a["x"]
    data = {"level": "activity", "parent": plan_a["y"].pk, "code": "S1.1", "title": x.title}
    response = post(client_for(editor_a), data | {"weight": "1", "status": "ongoing"},
                    "actionplan-action-edit", x.pk)  # fmt: skip
    assert response.status_code == 400
    assert "Nivån kan inte ändras" in response.context["form"].errors["level"][0]


def test_an_action_cannot_move_under_its_own_activity(client_for, editor_a, plan_a):
    form = client_for(editor_a).get(url("actionplan-action-edit", plan_a["x"].pk)).context["form"]
    choices = {a.pk for a in form.fields["parent"].queryset}
    assert plan_a["x"].pk not in choices and plan_a["activity"].pk not in choices
    assert plan_a["strategy"].pk in choices


def test_only_contributors_and_up_can_be_responsible(
    client_for, editor_a, viewer_a, contributor_a, plan_a
):
    form = client_for(editor_a).get(url("actionplan-action-create")).context["form"]
    people = set(form.fields["responsible"].queryset)
    assert contributor_a in people and editor_a in people and viewer_a not in people


def test_only_internal_actors_can_own(client_for, editor_a, unit_a, partner_a, plan_a):
    form = client_for(editor_a).get(url("actionplan-action-create")).context["form"]
    assert list(form.fields["owner"].queryset) == [unit_a]
    assert set(form.fields["partners"].queryset) == {unit_a, partner_a}


def test_deleting_a_strategy_takes_what_is_under_it(client_for, editor_a, plan_a):
    client = client_for(editor_a)
    page = client.get(url("actionplan-action-delete", plan_a["strategy"].pk))
    assert [a.code for a in page.context["below"]] == ["S1.1", "S1.2", "S1.1.1"]
    assert page.context["entry_count"] == 1
    client.post(url("actionplan-action-delete", plan_a["strategy"].pk))
    assert not Action.objects.filter(organisation=plan_a["x"].organisation).exists()


def test_an_actor_of_b_cannot_own_an_action_of_a(client_for, editor_a, plan_a, org_b):
    other = Actor.objects.create(
        organisation=org_b, name="Göteborgs förvaltning", category="forvaltning"
    )
    response = post(client_for(editor_a), STRATEGY | {"owner": other.pk})
    assert response.status_code == 400
    assert "owner" in response.context["form"].errors
