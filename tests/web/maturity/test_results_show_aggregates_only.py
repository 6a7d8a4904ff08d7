"""The results page: per dimension n, median, min–max, quartiles and flags in words;
suggestions for low dimensions; the user's own answers and no one else's."""

import datetime
import json
import re

import pytest
from django.urls import reverse

from styra.maturity import dimension_ids
from styra.web.maturity.models import Round

from .conftest import answer

# Three respondents; per dimension the levels of (admin_a, editor_a, viewer_a).
LEVELS = {
    "political_decision": (1, 1, 2),  # median 1, Q1 1, Q3 1.5 → low
    "steering_group": (0, 4, 2),  # median 2, Q1 1, Q3 3, IQR 2 → disagreement; level 2
    "budget_integration": (3, 3, 3),  # median 3 → no flag, no suggestions
    "follow_up": (2, 2, 3),  # median 2 → level 2
    "competence": (0, 1, 0),  # median 0 → low
    "staff_engagement": (4, 4, 3),  # median 4
    "citizens_partners": (1, 3, 0),  # median 1, Q1 0.5, Q3 2 → low
}
EXPECTED = {  # n, median, min, max, q1, q3, flags
    "political_decision": (3, 1.0, 1, 2, 1.0, 1.5, "Låg nivå"),
    "steering_group": (3, 2.0, 0, 4, 1.0, 3.0, "Oenighet"),
    "budget_integration": (3, 3.0, 3, 3, 3.0, 3.0, "Ingen flagga"),
    "follow_up": (3, 2.0, 2, 3, 2.0, 2.5, "Ingen flagga"),
    "competence": (3, 0.0, 0, 1, 0.0, 0.5, "Låg nivå"),
    "staff_engagement": (3, 4.0, 3, 4, 3.5, 4.0, "Ingen flagga"),
    "citizens_partners": (3, 1.0, 0, 3, 0.5, 2.0, "Låg nivå"),
}
OTHERS_COMMENT = "Styrgruppen har inte träffats i år"
OWN_COMMENT = "Min egen anteckning"


def levels_of(index):
    return {d: levels[index] for d, levels in LEVELS.items()}


@pytest.fixture
def answered(round_a, admin_a, editor_a, viewer_a):
    answer(round_a, admin_a, levels_of(0), "styrgrupp", comment=OTHERS_COMMENT)
    answer(round_a, editor_a, levels_of(1), "styrgrupp")
    answer(round_a, viewer_a, levels_of(2), "arbetsgrupp", comment=OWN_COMMENT)
    return round_a


def results(client, round):
    return client.get(reverse("maturity-results", args=[round.organisation_id, round.pk]))


def cells(html, dimension_id):
    row = re.search(rf'<tr data-dimension="{dimension_id}">(.*?)</tr>', html, re.S).group(1)
    return [
        re.sub(r"<[^>]+>", "", cell).strip()
        for cell in re.findall(r"<t[hd][^>]*>(.*?)</t[hd]>", row, re.S)
    ]


def test_each_dimension_with_its_statistics(client_for, viewer_a, answered):
    response = results(client_for(viewer_a), answered)
    assert response.status_code == 200
    rows = {row["id"]: row for row in response.context["rows"]}
    assert list(rows) == list(dimension_ids())
    for dimension_id, (n, med, low, high, q1, q3, flags) in EXPECTED.items():
        s = rows[dimension_id]["summary"]
        assert (s.n, s.median, s.minimum, s.maximum, s.q1, s.q3) == (n, med, low, high, q1, q3)
        assert rows[dimension_id]["flags"] == flags


def test_the_table_in_words_and_numbers(client_for, viewer_a, answered):
    html = results(client_for(viewer_a), answered).content.decode()
    # dimension, n, median, min–max, Q1–Q3, IQR, flags, your answer (viewer_a's)
    assert cells(html, "political_decision") == [
        "Politiskt beslut och ägarskap",
        "3",
        "1",
        "1–2",
        "1–1,5",
        "0,5",
        "Låg nivå",
        "2",
    ]
    assert cells(html, "steering_group") == [
        "Styrgrupp och mandat",
        "3",
        "2",
        "0–4",
        "1–3",
        "2",
        "Oenighet",
        "2",
    ]
    assert cells(html, "citizens_partners")[1:7] == ["3", "1", "0–3", "0,5–2", "1,5", "Låg nivå"]
    assert '<dd id="respondents">3 (styrgrupp 2, arbetsgrupp 1, annan 0)</dd>' in html


def test_suggestions_for_low_dimensions_first_then_level_2(client_for, viewer_a, answered):
    response = results(client_for(viewer_a), answered)
    suggested = [row["id"] for row in response.context["suggested"]]
    assert suggested == [
        "competence",
        "political_decision",
        "citizens_partners",
        "steering_group",
        "follow_up",
    ]
    html = response.content.decode()
    assert "Kompetens: låg nivå" in html and "Uppföljning och analys: nästa steg" in html
    assert "Ta fram ett förslag till kommunledningsbeslut" in html  # low, political decision
    assert "Ge styrgruppen en årsplan som följer budgetprocessen" in html  # middle, steering
    assert "Skriv in Agenda 2030 i ägardirektiven" not in html  # budget integration is at 3


def test_a_member_sees_their_own_answers_and_no_one_elses(client_for, viewer_a, editor_a, answered):
    html = results(client_for(viewer_a), answered).content.decode()
    assert OWN_COMMENT in html and OTHERS_COMMENT not in html
    assert "Dina svar" in html
    editor_html = results(client_for(editor_a), answered).content.decode()
    assert OWN_COMMENT not in editor_html and OTHERS_COMMENT not in editor_html
    assert "vera_lasare" not in editor_html and "Vera Vik" not in editor_html
    assert cells(editor_html, "steering_group")[-1] == "4"  # the editor's own level


def test_a_member_who_has_not_answered_sees_no_own_column_values(client_for, org_a, answered):
    from styra.web.accounts.models import Role
    from tests.web.factories import make_member

    newcomer = make_member("nils_ny", org_a, Role.VIEWER)
    html = results(client_for(newcomer), answered).content.decode()
    assert cells(html, "competence")[-1] == "–"
    assert "Dina svar" not in html
    assert "Svara på självskattningen" in html


def test_the_chart_spec_has_the_same_numbers_as_the_table(client_for, viewer_a, answered):
    response = results(client_for(viewer_a), answered)
    html = response.content.decode()
    assert '<figure class="chart" data-spec="maturity-spread"' in html
    spec = json.loads(
        re.search(
            r'<script id="maturity-spread" type="application/json">(.*?)</script>', html, re.S
        ).group(1)
    )
    values = {v["dimension"]: v for v in spec["data"]["values"]}
    assert values["Styrgrupp och mandat"] == {
        "dimension": "Styrgrupp och mandat",
        "median": 2.0,
        "minimum": 0,
        "maximum": 4,
        "q1": 1.0,
        "q3": 3.0,
        "n": 3,
    }
    assert "vendor/vega-lite/vega-lite.min.js" in html
    assert "maturity-history" not in html  # one round: no history yet


def test_a_round_without_answers_says_so(client_for, viewer_a, round_a):
    response = results(client_for(viewer_a), round_a)
    html = response.content.decode()
    assert "Ingen har svarat ännu." in html
    assert 'data-spec="maturity-spread"' not in html and "vega" not in html
    assert response.context["suggested"] == []


def test_history_and_change_since_the_previous_round(
    client_for, viewer_a, admin_a, editor_a, org_a, answered
):
    earlier = Round.objects.create(
        organisation=org_a, title="Våren 2024", opened_on=datetime.date(2024, 3, 1)
    )
    for user in (admin_a, editor_a, viewer_a):  # enough respondents to show the median
        answer(earlier, user, 1)
    Round.objects.filter(pk=earlier.pk).update(closed=True)
    later = Round.objects.create(
        organisation=org_a, title="Våren 2026", opened_on=datetime.date(2026, 3, 1)
    )
    answer(later, admin_a, 4)
    response = results(client_for(viewer_a), answered)
    changes = {row["id"]: row["change"] for row in response.context["rows"]}
    assert changes == {
        "political_decision": 0.0,
        "steering_group": 1.0,
        "budget_integration": 2.0,
        "follow_up": 1.0,
        "competence": -1.0,
        "staff_engagement": 3.0,
        "citizens_partners": 0.0,
    }
    html = response.content.decode()
    assert cells(html, "competence")[7] == "-1"
    assert cells(html, "staff_engagement")[7] == "+3"
    history = response.context["history"]
    assert [r.title for r in history["rounds"]] == ["Våren 2024", answered.title]
    assert history["rows"][0][0] == "Politiskt beslut och ägarskap"
    assert [s.median for s in history["rows"][1][1]] == [1.0, 2.0]
    assert 'data-spec="maturity-history"' in html
    # the earlier round's page shows no later round
    earlier_page = results(client_for(viewer_a), earlier)
    assert earlier_page.context["history"] is None and earlier_page.context["previous"] is None
    latest = results(client_for(viewer_a), later).context["history"]
    assert [r.title for r in latest["rounds"]] == ["Våren 2024", answered.title, "Våren 2026"]


def test_the_results_are_in_english_with_english_dimension_names(client_for, viewer_a, answered):
    client = client_for(viewer_a)
    client.cookies["django_language"] = "en"
    rows = results(client, answered).context["rows"]
    assert rows[0]["name"] == "Political decision and ownership"
