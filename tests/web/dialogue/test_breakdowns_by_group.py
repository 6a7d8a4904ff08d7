"""Every closed question kind broken down by background group, with the same rule as
the goal ranking (only groups of at least 10 answers; styra.dialogue.groups), numbers
worked out by hand.

Age 20–39 (12 answers): points Skola 80, Vård 20; choice Buss; scale 4.
Age 40–64 (10 answers): points Skola 20, Vård 80; choice 6 Cykel, 4 Buss; scale 2.
Age 65+ (3 answers): Skola 50, Vård 50; Cykel; scale 5; too few alone, and merged with
40–64 into "Övriga grupper" (13) so that 65+ cannot be worked out from the whole.
"""

import re

import pytest
from django.core.cache import cache

from styra.web.dialogue.models import AGE, Kind
from tests.web.pages import text_of

from .staff_helpers import add, make_dialogue, respond, url


@pytest.fixture(autouse=True)
def _empty_cache():
    cache.clear()


@pytest.fixture
def by_age(org_a):
    dialogue = make_dialogue(org_a, ask_age=True, age_purpose="Nå fler unga")
    points = add(dialogue, Kind.POINTS, "Fördela poängen", options=["Skola", "Vård"])
    choice = add(dialogue, Kind.SINGLE, "Hur reser du?", options=["Buss", "Cykel"])
    scale = add(dialogue, Kind.SCALE, "Hur nöjd är du?", scale_min=1, scale_max=5)
    people = [("20-39", 80, "Buss", 4)] * 12 + [("40-64", 20, "Cykel", 2)] * 6
    people += [("40-64", 20, "Buss", 2)] * 4 + [("65-", 50, "Cykel", 5)] * 3
    for band, school, travel, content in people:
        answers = {points: {"Skola": school, "Vård": 100 - school}, choice: travel, scale: content}
        respond(dialogue, answers, background={AGE: band})
    return dialogue


def table_after(text: str, heading: str) -> dict[str, list[str]]:
    """The rows of the table under ``heading``: row heading → cells."""
    start = text.index(heading)
    table = text[start : text.index("</table>", start)]
    found = re.findall(r'<th scope="row">([^<]*)</th>(.*?)</tr>', table, re.S)
    return {label: re.findall(r'<td class="number">([^<]*)</td>', cells) for label, cells in found}


def test_points_choice_and_scale_by_age(client_for, viewer_a, by_age):
    text = text_of(client_for(viewer_a).get(url("dialogue-results", by_age.pk)))
    assert '20–39 år <span class="meta">(12 svar)</span>' in text
    assert 'Övriga grupper <span class="meta">(13 svar)</span>' in text
    assert "40–64 år <span" not in text and "65 år eller äldre <span" not in text
    # Övriga grupper: Skola (10 × 20 + 3 × 50) / 13 = 26.9, Vård 73.1
    points = table_after(text, "Medelpoäng per grupp: Ålder")
    assert points == {"Skola": ["80", "26,9"], "Vård": ["20", "73,1"]}
    # Övriga grupper: Buss 4 of 13 = 30.8 %, Cykel 9 of 13 = 69.2 %
    choice = table_after(text, "Andel som valde per grupp: Ålder")
    assert choice == {"Buss": ["100", "30,8"], "Cykel": ["0", "69,2"]}
    # Övriga grupper: (10 × 2 + 3 × 5) / 13 = 2.7, median 2
    scale = table_after(text, "Medelvärde och median per grupp: Ålder")
    assert scale == {"Medelvärde": ["4", "2,7"], "Median": ["4", "2"]}
    assert "Bordaandel per grupp" not in text  # no ranking asked


def test_the_public_page_shows_the_same_groups(client, by_age):
    by_age.results_public = True
    by_age.save()
    text = text_of(client.get(url("dialogue-public-results", by_age.pk)))
    assert table_after(text, "Medelpoäng per grupp: Ålder")["Skola"] == ["80", "26,9"]


def test_groups_of_fewer_than_ten_are_not_shown(client_for, viewer_a, org_a):
    dialogue = make_dialogue(org_a, ask_age=True, age_purpose="Nå fler unga")
    scale = add(dialogue, Kind.SCALE, "Hur nöjd är du?", scale_min=1, scale_max=5)
    for band, count in (("20-39", 6), ("40-64", 3)):  # together fewer than 10
        for _ in range(count):
            respond(dialogue, {scale: 3}, background={AGE: band})
    text = text_of(client_for(viewer_a).get(url("dialogue-results", dialogue.pk)))
    assert "Medelvärde och median per grupp: Ålder" in text
    assert "Ingen grupp har minst 10 svar ännu, så inga grupper visas." in text
