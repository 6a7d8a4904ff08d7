"""Editors set the organisation's strategic weight per goal; it becomes the criterion."""

from styra.web.priorities.decisions.criteria import assemble
from styra.web.priorities.decisions.models import StrategicWeight

from .conftest import BASE, text_of

URL = f"{BASE}strategisk-vikt/"


def test_set_change_and_remove_strategic_weights(client_for, editor_a, org_a):
    client = client_for(editor_a)
    assert client.post(URL, {"mal_13": "1", "mal_4": "0.25", "mal_5": ""}).status_code == 302
    assert dict(StrategicWeight.objects.values_list("goal", "weight")) == {13: 1.0, 4: 0.25}
    strategic = assemble(org_a).criterion("strategic")
    assert strategic.values[13] == 1.0 and strategic.values[5] is None
    assert StrategicWeight.objects.get(goal=13).updated_by == editor_a

    form = text_of(client.get(URL))
    assert '<option value="1" selected>1 – högsta</option>' in form
    assert '<option value="0.25" selected>0,25 – låg</option>' in form

    client.post(URL, {"mal_13": "", "mal_4": "0.75"})
    assert dict(StrategicWeight.objects.values_list("goal", "weight")) == {4: 0.75}
    client.post(URL, {})
    assert not StrategicWeight.objects.exists()
    assert assemble(org_a).criterion("strategic").is_missing


def test_a_value_not_offered_is_refused_naming_the_goal(client_for, editor_a, org_a):
    StrategicWeight.objects.create(organisation=org_a, goal=4, weight=0.5)
    response = client_for(editor_a).post(URL, {"mal_13": "0.3", "mal_4": "1"})
    assert response.status_code == 400
    text = text_of(response)
    assert "<title>Fel: " in text
    assert 'href="#id_mal_13">Mål 13: Bekämpa klimatförändringen</a>:' in text
    assert dict(StrategicWeight.objects.values_list("goal", "weight")) == {4: 0.5}


def test_a_weight_set_some_other_way_is_shown_and_kept(client_for, editor_a, org_a):
    StrategicWeight.objects.create(organisation=org_a, goal=4, weight=0.3)
    client = client_for(editor_a)
    assert '<option value="0.3" selected>0.3</option>' in text_of(client.get(URL))
    assert client.post(URL, {"mal_4": "0.3"}).status_code == 302
    assert StrategicWeight.objects.get().weight == 0.3
