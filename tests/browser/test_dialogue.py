"""A medborgardialog of Växjö end to end in Chromium (issue 16).

An editor creates a dialogue (free text moderated before it is shown) with three
questions: rank the 17 goals, free text, 100 points over three goals. A logged-out
citizen answers by keyboard alone: Tab from field to field, typing each goal's place
into its numbered select and the points and the text into theirs, Enter on the
button; the browser solves the proof of work (ALTCHA, the tests' low difficulty). A
POST of the same form without a proof of work is refused with 400 and stores nothing.
The editor, as moderator, hides the text answer with a reason; the results show the
ranking table. Once the dialogue has closed (``closes_at`` set in the past through
the ORM) and is chosen for the priorities, the prioritisation's citizens criterion
names it instead of "no dialogue results", and its values decide the ranking when
they are the only criterion that weighs.

axe-core finds no violation on the dialogue's form (Swedish and English), the list of
proposals, the results (the staff's and the public's) and the staff pages used.
"""

import re
import time
from datetime import timedelta

import pytest
from django.conf import settings
from django.urls import reverse
from django.utils import timezone, translation
from playwright.sync_api import expect

from styra.web.common.antispam import HONEYPOT_FIELD, SHOWN_FIELD, widget_strings
from styra.web.common.goals import goal_title
from styra.web.dialogue.models import Dialogue, Kind, Response, Visibility
from tests.web.antispam_helpers import antispam, shown_ago  # noqa: F401 (a fixture)

from .conftest import check_axe, login
from .test_public_site import VAXJO, editor_v, vaxjo  # noqa: F401 (fixtures)

pytestmark = pytest.mark.bundle  # the prioritisation of Växjö: the real Kolada sample

TITLE = "Vad ska Växjö satsa på?"
RANKING = "Vilka mål är viktigast för dig?"
FREE_TEXT = "Något mer du vill säga till kommunen?"
POINTS = "Fördela 100 poäng på de här målen"
POINT_GOALS = (3, 11, 13)
# The citizen's places: goal 13 first, then 11, 7, 3, …; every goal a place of its own.
ORDER = (13, 11, 7, 3, 6, 15, 2, 4, 1, 5, 8, 9, 10, 12, 14, 16, 17)
SAID = "Bygg fler cykelbanor, och Kalle på kontoret är en idiot."
MIN_SECONDS = 1  # the minimum fill time in these tests


@pytest.fixture
def dialogue_settings(antispam, settings):  # noqa: F811 (a fixture)
    """The proof of work easy, no rate limits, a form may be sent a second after it showed."""
    settings.STYRA_ANTISPAM_MIN_SECONDS = MIN_SECONDS


def answer_path(dialogue: Dialogue) -> str:
    return reverse("dialogue-public-answer", args=[VAXJO, dialogue.pk])


def staff_path(name: str, dialogue: Dialogue) -> str:
    return reverse(name, args=[VAXJO, dialogue.pk])


def prioritisation(page, only_citizens: bool = False) -> None:
    """Växjö's prioritisation page; ``only_citizens``: every other weight 0."""
    query = "?utmaning=0&fokusglapp=0&radighet=0&havstang=0&strategisk=0&medborgare=100"
    page.goto(f"/omraden/{VAXJO}/prioritera/" + (query if only_citizens else ""))
    expect(page.get_by_role("heading", level=1)).to_contain_text("Prioritera")


def citizens_row(page):
    weights = page.locator("#main .prio-results table").first
    return weights.get_by_role("row", name=re.compile("^Medborgarnas prioritet"))


def first_goal(page):
    """The goal in first place of the ranking table (the weights' table comes first)."""
    return page.locator("table.prio-table").nth(1).locator("tbody tr").first.locator("th")


# --- the editor ---------------------------------------------------------------------------


def create_dialogue(page) -> Dialogue:
    today = timezone.localdate()
    page.goto(f"/omraden/{VAXJO}/dialog/ny/")
    form = page.locator("#main form.form")
    form.get_by_label("Rubrik").fill(TITLE)
    form.get_by_label("Inledning").fill("Hjälp oss att välja vad kommunen gör först.")
    form.get_by_label("Öppnar, datum").fill((today - timedelta(days=1)).isoformat())
    form.get_by_label("Öppnar, klockslag").fill("08:00")
    form.get_by_label("Stänger, datum").fill((today + timedelta(days=14)).isoformat())
    form.get_by_label("Stänger, klockslag").fill("17:00")
    form.get_by_label("Granskas innan det visas").check()
    form.get_by_label("Resultatet visas för alla").check()
    check_axe(page)
    form.get_by_role("button", name="Spara").click()
    expect(page.get_by_role("heading", level=1)).to_have_text(TITLE)
    dialogue = Dialogue.objects.get(organisation_id=VAXJO, title=TITLE)
    assert page.url.endswith(staff_path("dialogue-detail", dialogue))
    return dialogue


def add_question(page, dialogue: Dialogue, kind: str, text: str, goals=()) -> None:
    page.goto(staff_path("dialogue-add-question", dialogue))
    form = page.locator("#main form.form")
    form.get_by_label("Slag av fråga").select_option(label=kind)
    form.get_by_label(re.compile(r"^Fråga\b")).fill(text)
    if goals:
        form.get_by_label("De mål som är valda nedan").check()
        for goal in goals:
            form.get_by_label(f"Mål {goal}: {goal_title(goal)}", exact=True).check()
    form.get_by_role("button", name="Spara").click()
    expect(page.locator("#main table").first).to_contain_text(text)


# --- the citizen, by keyboard --------------------------------------------------------------

FOCUSED_NAME = "() => document.activeElement && document.activeElement.getAttribute('name')"


def tab_to(page, name: str, most: int = 200) -> None:
    """Press Tab until the field ``name`` has the focus."""
    for _ in range(most):
        page.keyboard.press("Tab")
        if page.evaluate(FOCUSED_NAME) == name:
            return
    raise AssertionError(f"Tab never reached the field {name}")


def choose_place(page, place: int) -> None:
    """Type the place into the focused select. Typing the same digit twice steps
    through the options that start with it ("1", "1": 10), so 11 is "10" and ↓."""
    digits = str(place)
    if len(set(digits)) == len(digits):
        page.keyboard.type(digits)
    else:
        page.keyboard.type(str(place - 1))
        page.keyboard.press("ArrowDown")


def answer_by_keyboard(page, dialogue: Dialogue) -> None:
    questions = {question.kind: question for question in dialogue.questions.all()}
    ranking, points, text = (
        questions[Kind.RANK_GOALS],
        questions[Kind.POINTS],
        questions[Kind.TEXT],
    )
    page.goto(answer_path(dialogue))
    shown = time.monotonic()
    expect(page.get_by_role("heading", level=1)).to_contain_text(TITLE)
    place = {goal: n for n, goal in enumerate(ORDER, start=1)}
    tab_to(page, f"q{ranking.pk}_1")
    for goal in range(1, 18):  # the selects in goal order: type the place, Tab on
        assert page.evaluate(FOCUSED_NAME) == f"q{ranking.pk}_{goal}"
        choose_place(page, place[goal])
        expect(page.locator(f"select[name=q{ranking.pk}_{goal}]")).to_have_value(str(place[goal]))
        page.keyboard.press("Tab")
    tab_to(page, f"q{text.pk}")
    page.keyboard.type(SAID)
    for n, share in enumerate((20, 30, 50)):
        tab_to(page, f"q{points.pk}_{n}")
        page.keyboard.type(str(share))
    # The check that this is no robot, then the button: Space, Enter.
    page.keyboard.press("Tab")
    checkbox = page.locator("altcha-widget").get_by_role("checkbox")
    expect(checkbox).to_be_focused()
    page.keyboard.press("Space")
    expect(page.locator("altcha-widget input[name=altcha]")).not_to_have_value("", timeout=15_000)
    page.keyboard.press("Tab")
    expect(page.get_by_role("button", name="Skicka svaret")).to_be_focused()
    time.sleep(max(0.0, shown + MIN_SECONDS + 0.1 - time.monotonic()))
    page.keyboard.press("Enter")
    page.wait_for_url(
        re.compile(re.escape(reverse("dialogue-public-receipt", args=[VAXJO, dialogue.pk])))
    )


def post_without_proof_of_work(new_page, dialogue: Dialogue):
    """A robot's POST: the form's own fields, filled in, the proof of work left out."""
    robot = new_page()
    robot.goto(answer_path(dialogue))
    form = robot.locator("form").filter(has=robot.locator("altcha-widget"))
    ranking = dialogue.questions.get(kind=Kind.RANK_GOALS)
    data = {
        "csrfmiddlewaretoken": form.locator("input[name=csrfmiddlewaretoken]").input_value(),
        HONEYPOT_FIELD: "",
        SHOWN_FIELD: shown_ago(),
    }
    data |= {f"q{ranking.pk}_{goal}": str(goal) for goal in range(1, 18)}
    return robot.request.post(answer_path(dialogue), form=data)


# --- the journey ---------------------------------------------------------------------------


def test_a_dialogue_from_creation_to_the_priorities(
    new_page,
    vaxjo,  # noqa: F811 (a fixture)
    editor_v,  # noqa: F811 (a fixture)
    dialogue_settings,
):
    editor = new_page()
    login(editor, editor_v)
    prioritisation(editor)
    expect(citizens_row(editor)).to_contain_text("räknas inte")

    dialogue = create_dialogue(editor)
    add_question(editor, dialogue, "Rangordna mål", RANKING)
    add_question(editor, dialogue, "Fritext", FREE_TEXT)
    add_question(editor, dialogue, "Fördela 100 poäng", POINTS, goals=POINT_GOALS)
    check_axe(editor)

    citizen = new_page()
    answer_by_keyboard(citizen, dialogue)
    check_axe(citizen)
    response = Response.objects.get(dialogue=dialogue)
    assert response.channel == "web"
    values = {answer.question.kind: answer for answer in response.answers.all()}
    assert values[Kind.RANK_GOALS].value == list(ORDER)
    assert values[Kind.POINTS].value == {"3": 20, "11": 30, "13": 50}
    said = values[Kind.TEXT]
    assert (said.value, said.visibility) == (SAID, Visibility.PENDING)

    refused = post_without_proof_of_work(new_page, dialogue)
    assert refused.status == 400, refused.status
    assert Response.objects.filter(dialogue=dialogue).count() == 1

    # The moderator hides the text answer, with the reason kept.
    editor.goto(staff_path("dialogue-moderation", dialogue))
    check_axe(editor)
    editor.locator("#main table").get_by_role("link", name=re.compile("^Granska")).click()
    check_axe(editor)
    form = editor.locator("#main form.form")
    form.get_by_label("Dölj").check()
    form.get_by_label("Skäl").fill("Personangrepp")
    form.get_by_role("button", name=re.compile("Spara")).click()
    expect(editor.get_by_text("Beslutet är sparat med sitt skäl.")).to_be_visible()
    said.refresh_from_db()
    assert said.visibility == Visibility.HIDDEN
    assert said.moderationentry_set.get().reason == "Personangrepp"

    # The results: the ranking table, goal 13 first; the hidden text nowhere.
    for results in (
        staff_path("dialogue-results", dialogue),
        reverse("dialogue-public-results", args=[VAXJO, dialogue.pk]),
    ):
        editor.goto(results)
        ranking = editor.locator("#main table").filter(has_text=goal_title(13)).first
        expect(ranking).to_be_visible()
        expect(ranking.locator("tbody tr").first).to_contain_text(goal_title(13))
        expect(editor.locator("#main")).not_to_contain_text("Kalle")
        check_axe(editor)

    # Closed, and chosen for the priorities.
    Dialogue.objects.filter(pk=dialogue.pk).update(closes_at=timezone.now() - timedelta(minutes=1))
    editor.goto(staff_path("dialogue-detail", dialogue))
    editor.get_by_role("button", name="Använd i prioriteringen").click()
    expect(editor.get_by_text("Prioriteringen räknar nu med")).to_be_visible()
    check_axe(editor)

    prioritisation(editor)
    expect(citizens_row(editor)).to_contain_text(TITLE)
    expect(citizens_row(editor)).not_to_contain_text("räknas inte")
    check_axe(editor)
    prioritisation(editor, only_citizens=True)
    expect(first_goal(editor)).to_have_text(f"Mål 13: {goal_title(13)}")


def an_open_dialogue(vaxjo) -> Dialogue:  # noqa: F811 (a fixture's value)
    now = timezone.now()
    dialogue = Dialogue.objects.create(
        organisation=vaxjo,
        title=TITLE,
        opens_at=now - timedelta(days=1),
        closes_at=now + timedelta(days=14),
        results_public=True,
    )
    for position, (kind, text) in enumerate(
        [(Kind.RANK_GOALS, RANKING), (Kind.TEXT, FREE_TEXT), (Kind.PROPOSALS, "Dina förslag")]
    ):
        dialogue.questions.create(position=position, kind=kind, text=text)
    return dialogue


@pytest.mark.parametrize("language", ["sv", "en"])
def test_the_dialogues_public_pages_pass_axe(
    page,
    live_server,
    vaxjo,  # noqa: F811 (a fixture)
    dialogue_settings,
    language,
):
    dialogue = an_open_dialogue(vaxjo)
    page.context.add_cookies(
        [{"name": settings.LANGUAGE_COOKIE_NAME, "value": language, "url": live_server.url}]
    )
    for name in ("dialogue-public-answer", "dialogue-public-proposals", "dialogue-public-results"):
        path = reverse(name, args=[VAXJO, dialogue.pk])
        assert page.goto(path).status == 200, path
        expect(page.locator("html")).to_have_attribute("lang", language)
        if name == "dialogue-public-answer":  # the robot check speaks the page's language
            with translation.override(language):
                label = widget_strings()["label"]
            expect(page.locator("altcha-widget label")).to_have_text(label)
        check_axe(page)
