"""The document's focus section reads the focus app: passages of A's steering documents and
A's own goals with their accepted or manual tags count, suggestions nobody accepted do not;
the blind spots follow M6 with the document's own challenge ranking, and the comparison
shows the blind spots a later version added."""

import datetime

from django.utils import timezone

from styra.focus import blind_spots
from styra.web.focus.models import Document, OwnGoal, Passage, Tag
from styra.web.reports.content import build_content

from .conftest import BASE, text_of

NOW = timezone.make_aware(datetime.datetime(2025, 3, 12, 9, 30))


def steering_content(organisation, goal: int, suggested: int):
    """A budget with nine passages (eight tagged ``goal``, one only with an unreviewed
    suggestion) and one own goal tagged ``goal`` by hand: enough material to judge."""
    document = Document.objects.create(
        organisation=organisation,
        title="Mål och budget 2025",
        kind="budget",
        file="focus/0180/budget.pdf",
        filename="budget.pdf",
        size=1000,
    )
    passages = [
        Passage.objects.create(document=document, index=i, text="…", word_count=50)
        for i in range(9)
    ]
    for passage in passages[:8]:
        Tag.objects.create(passage=passage, goal=goal, source="suggested", status="accepted")
    Tag.objects.create(passage=passages[8], goal=suggested, source="suggested", status="suggested")
    own = OwnGoal.objects.create(organisation=organisation, body="Kommunstyrelsen", text="…")
    Tag.objects.create(own_goal=own, goal=goal, source="manual", status="accepted")


def test_accepted_and_manual_tags_make_the_focus_and_the_blind_spots(org_a):
    steering_content(org_a, goal=8, suggested=13)
    content = build_content(org_a, NOW)
    focus = content["focus"]
    assert focus["available"] and focus["documents"] == ["Mål och budget 2025"]
    assert (focus["units"], focus["tagged_units"], focus["own_goals"]) == (10, 9, 1)
    values = {row["goal"]: row["focus"] for row in focus["goals"]}
    assert values[8] == 1.0 and values[13] == 0.0  # an unreviewed suggestion is no focus
    goals = content["challenges"]["goals"]
    ranks = {g["goal"]: g["rank"] for g in goals if g["level"] != "grey"}
    major = {g["goal"] for g in goals if g["level"] == "red"}
    expected = blind_spots(ranks, values, major)
    assert [row["goal"] for row in focus["blind_spots"]] == expected and expected
    assert 8 not in expected


def test_the_page_and_the_comparison_show_the_blind_spots(client_for, editor_a, org_a):
    client = client_for(editor_a)
    assert client.post(f"{BASE}frys/", {"label": "Före styrdokumenten"}).status_code == 302
    steering_content(org_a, goal=8, suggested=13)
    text = text_of(client.get(BASE))
    assert "Blinda fläckar:" in text and "Analyserade dokument: Mål och budget 2025." in text
    assert "Inga styrdokument är analyserade ännu" not in text
    compare = text_of(client.get(f"{BASE}jamfor/"))
    added = compare[compare.index("Nya blinda fläckar") : compare.index("Inte längre blinda")]
    assert "Mål " in added and "Inga" not in added
    assert "I den första versionen var inga styrdokument analyserade." in compare


def test_a_small_document_names_no_blind_spots(org_a):
    document = Document.objects.create(
        organisation=org_a, title="Kort program", kind="program", file="focus/0180/p.pdf",
        filename="p.pdf", size=100,
    )  # fmt: skip
    for i in range(3):
        passage = Passage.objects.create(document=document, index=i, text="…", word_count=50)
        Tag.objects.create(passage=passage, goal=16, source="manual", status="accepted")
    focus = build_content(org_a, NOW)["focus"]
    assert focus["available"] and not focus["enough_to_judge"] and focus["blind_spots"] == []
