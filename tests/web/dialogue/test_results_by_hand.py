"""The results page and its download with numbers worked out by hand.

Three rankings of goals 3, 11 and 13 (m = 3; place p gives 3 − p points, unranked goals
share the last places): [13, 3] gives 13: 2, 3: 1, 11: 0; [11] gives 11: 2, 3 and 13:
0.5 each; [13, 11, 3] gives 13: 2, 11: 1, 3: 0. Mean points 13: 1.5, 11: 1, 3: 0.5, so
Borda shares (mean / 2) 75, 50 and 25 per cent and mean places (3 − mean) 1.5, 2, 2.5.
"""

import re

import pytest
from django.core.cache import cache

from styra.web.common.goals import goal_title
from styra.web.dialogue.models import AGE, Visibility
from tests.web.pages import text_of

from .staff_helpers import open_dialogue, respond, url  # noqa: F401


@pytest.fixture(autouse=True)
def _empty_cache():
    cache.clear()


@pytest.fixture
def three(open_dialogue):  # noqa: F811
    rank, choice, text = open_dialogue.questions.all()
    respond(open_dialogue, {rank: [13, 3], choice: "Buss", text: "Fler träd"})
    respond(open_dialogue, {rank: [11], choice: "Buss", text: "Hemligt"})
    respond(open_dialogue, {rank: [13, 11, 3], choice: "Cykel"})
    text.answers.filter(value="Hemligt").update(visibility=Visibility.HIDDEN)
    return open_dialogue


def row_of(text: str, label: str) -> list[str]:
    start = text.index(f'<th scope="row">{label}</th>')
    row = text[start : text.index("</tr>", start)]
    return re.findall(r'<td class="number">([^<]*)</td>', row)


def test_the_ranking_choices_and_free_text(client_for, viewer_a, three):
    text = text_of(client_for(viewer_a).get(url("dialogue-results", three.pk)))
    assert "3 svar" in text
    goal = {n: f"Mål {n}: {goal_title(n)}" for n in (3, 11, 13)}
    assert row_of(text, goal[13])[0] == "75" and row_of(text, goal[13])[3] == "1,5"
    assert row_of(text, goal[11])[0] == "50" and row_of(text, goal[11])[3] == "2"
    assert row_of(text, goal[3])[0] == "25" and row_of(text, goal[3])[3] == "2,5"
    assert row_of(text, goal[13])[-2:] == ["2", "2"]  # placed by two, first for two
    assert text.index(goal[13]) < text.index(goal[11]) < text.index(goal[3])  # by share
    assert row_of(text, "Buss") == ["2", "66,7"] and row_of(text, "Cykel") == ["1", "33,3"]
    assert "Fler träd" in text and "Hemligt" not in text  # hidden by a moderator
    assert "Visas: 1. Väntar på granskning: 0. Dolda: 1." in text
    assert text.count('<img src="data:image/svg+xml;base64,') == 2  # ranking, choice
    assert 'alt="Stapeldiagram: varje måls Bordaandel' in text


def test_the_download_holds_the_same_numbers(client_for, viewer_a, three):
    response = client_for(viewer_a).get(url("dialogue-results-file", three.pk, "csv"))
    assert response.status_code == 200 and response["Cache-Control"] == "private, no-store"
    body = response.content.decode("utf-8-sig")
    line = next(line for line in body.splitlines() if f"Mål 13: {goal_title(13)}" in line)
    assert ";75,0;" in line and ";1,5;" in line
    assert "Källa: medborgardialogen ”Stockholms mål”, 3 svar." in body
    assert "Hemligt" not in body
    excel = client_for(viewer_a).get(url("dialogue-results-file", three.pk, "xlsx"))
    assert excel.status_code == 200 and excel.content[:2] == b"PK"
    assert (
        client_for(viewer_a).get(url("dialogue-results-file", three.pk, "pdf")).status_code == 404
    )


def test_a_new_answer_or_decision_changes_the_cached_page(client_for, viewer_a, three):
    client = client_for(viewer_a)
    assert "3 svar" in text_of(client.get(url("dialogue-results", three.pk)))
    rank, choice, text = three.questions.all()
    respond(three, {choice: "Cykel"})
    page = text_of(client.get(url("dialogue-results", three.pk)))
    assert "4 svar" in page and row_of(page, "Cykel") == ["2", "50"]


def test_groups_of_fewer_than_ten_are_not_shown(client_for, viewer_a, open_dialogue):  # noqa: F811
    open_dialogue.ask_age, open_dialogue.age_purpose = True, "Nå fler unga"
    open_dialogue.save()
    rank = open_dialogue.questions.first()
    for band, count, ranking in (("20-39", 12, [3]), ("40-64", 10, [13]), ("65-", 3, [11])):
        for _ in range(count):
            respond(open_dialogue, {rank: ranking}, background={AGE: band})
    text = text_of(client_for(viewer_a).get(url("dialogue-results", open_dialogue.pk)))
    assert "Bordaandel per grupp: Ålder" in text
    assert '20–39 år <span class="meta">(12 svar)</span>' in text
    # 65+ alone (3) would let anyone work out the rest: 40–64 is merged with it
    assert 'Övriga grupper <span class="meta">(13 svar)</span>' in text
    assert "40–64 år <span" not in text
    goal3 = f"Mål 3: {goal_title(3)}"
    shares = [cells for cells in re.findall(rf"<th scope=\"row\">{goal3}</th>(.*?)</tr>", text)]
    assert re.findall(r">([^<]*)</td>", shares[-1]) == ["100", "25"]  # 20–39 all put 3 first


def test_without_answers_the_page_says_so(client_for, viewer_a, open_dialogue):  # noqa: F811
    text = text_of(client_for(viewer_a).get(url("dialogue-results", open_dialogue.pk)))
    assert text.count("Inga svar på frågan ännu.") == 2 and "0 svar" in text
