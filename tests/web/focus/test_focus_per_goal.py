"""Focus per goal (M6) on the result page and in its export is ``focus_per_goal`` over the
units — every passage and own goal — with only accepted and manual tags counting."""

import csv
import io

import pytest
from openpyxl import load_workbook

from styra.focus import focus_per_goal
from styra.web.focus.models import Tag, focus_units
from styra.web.focus.results import focus_result

from .conftest import url


@pytest.fixture
def reviewed(document_a, own_goal_a, editor_a):
    """Passages [4], [13], [11] and the own goal [13]; the other suggestions are left
    unreviewed or rejected and must not count."""
    passages = {p.section: p for p in document_a.passages.all()}
    Tag.objects.filter(passage=passages["Förskola och skola"], goal=4).update(status="accepted")
    Tag.objects.filter(passage=passages["Klimat och miljö"], goal=13).update(status="accepted")
    Tag.objects.filter(passage=passages["Klimat och miljö"], goal=7).update(status="rejected")
    Tag.objects.filter(passage=passages["Bostäder"], goal=11).update(status="accepted")
    Tag.objects.create(own_goal=own_goal_a, goal=13, source="manual", status="accepted")
    return document_a


def test_the_units_are_every_passage_and_own_goal_with_their_accepted_goals(org_a, reviewed):
    titles, own_goals, units = focus_units(org_a)
    assert titles == [reviewed.title] and own_goals == 1
    assert units == [{4}, {13}, {11}, {13}]


def test_focus_is_worked_out_by_hand(org_a, reviewed):
    expected = dict.fromkeys(range(1, 18), 0.0) | {13: 1.0, 4: 0.5, 11: 0.5}
    assert focus_result(org_a).focus == expected == focus_per_goal([{4}, {13}, {11}, {13}])


def test_the_page_shows_the_core_s_focus(client_for, viewer_a, org_a, reviewed):
    response = client_for(viewer_a).get(url("focus-overview"))
    result = response.context["result"]
    assert {row.goal: row.focus for row in result.rows} == focus_per_goal(focus_units(org_a)[2])
    assert {row.goal: row.units for row in result.rows if row.units} == {4: 1, 11: 1, 13: 2}
    assert (result.units, result.tagged_units, result.passages, result.own_goals) == (4, 4, 3, 1)
    page = response.content.decode()
    assert "4 av 4 avsnitt och egna mål" in page
    assert "1,00" in page and "0,50" in page


def test_suggestions_not_reviewed_are_counted_as_such_and_not_as_focus(
    client_for, viewer_a, org_a, reviewed
):
    unreviewed = Tag.objects.filter(status="suggested").count()
    assert unreviewed > 0
    response = client_for(viewer_a).get(url("focus-overview"))
    assert response.context["result"].unreviewed == unreviewed
    assert (
        f"{unreviewed} förslag är inte granskade ännu och räknas inte som fokus."
        in response.content.decode()
    )


def test_without_accepted_tags_there_is_no_focus_and_the_page_says_so(
    client_for, viewer_a, org_a, document_a
):
    assert focus_result(org_a).focus == {}
    response = client_for(viewer_a).get(url("focus-overview"))
    assert response.context["result"].focus == {}
    assert response.context["chart"] is None
    page = response.content.decode()
    assert "Inget avsnitt och inget eget mål har något godkänt mål ännu" in page
    assert all(row.blind_spot_text == "Kan inte bedömas" for row in response.context["result"].rows)


def test_without_kolada_data_the_page_says_so_and_still_shows_focus(client_for, viewer_a, reviewed):
    response = client_for(viewer_a).get(url("focus-overview"))
    assert response.context["result"].challenges is None
    assert response.context["chart"] is None
    page = response.content.decode()
    assert "Inga värden från Kolada är inlästa" in page
    assert "Källa: Kolada (RKA)" not in page


def test_the_csv_export_has_the_page_s_rows(client_for, viewer_a, org_a, reviewed):
    response = client_for(viewer_a).get(url("focus-export", "csv"))
    assert (
        response["Content-Disposition"]
        == 'attachment; filename="styra-stockholm-fokus-per-mal.csv"'
    )
    assert response["Cache-Control"] == "private, no-store"
    rows = list(csv.reader(io.StringIO(response.content.decode("utf-8-sig")), delimiter=";"))
    assert rows[0] == [
        "Mål",
        "Namn",
        "Avsnitt och egna mål med målet",
        "Avsnitt och egna mål totalt",
        "Fokus (0–1)",
        "Utmaning, rang (1 = störst)",
        "Utmaning",
        "Poäng (0–100)",
        "Blind fläck",
    ]
    by_goal = {row[0]: row for row in rows[1:18]}
    assert by_goal["13"][2:5] == ["2", "4", "1,0"]
    assert by_goal["4"][2:5] == ["1", "4", "0,5"]
    assert by_goal["1"][2:5] == ["0", "4", "0,0"]
    assert by_goal["13"][8] == "Kan inte bedömas"  # no Kolada data: no challenge
    assert any("Bara godkända" in row[0] for row in rows[18:] if row)


def test_the_excel_export_has_real_numbers(client_for, viewer_a, reviewed):
    response = client_for(viewer_a).get(url("focus-export", "xlsx"))
    sheet = load_workbook(io.BytesIO(response.content)).active
    rows = {row[0]: row for row in sheet.iter_rows(values_only=True) if isinstance(row[0], int)}
    assert rows[13][4] == 1.0 and rows[11][4] == 0.5 and rows[2][4] == 0.0


def test_the_prioritisation_reads_the_same_focus(org_a, reviewed):
    from styra.web.priorities.decisions.criteria import load_focus_gap

    gap = load_focus_gap(org_a)
    assert gap.values[13] == pytest.approx(0.0) and gap.values[4] == pytest.approx(0.5)
    assert gap.values[1] == pytest.approx(1.0)


def test_the_document_report_reads_the_same_units(org_a, reviewed):
    from styra.web.reports.blindspots import read_units

    units = read_units(org_a)
    assert units.documents == (reviewed.title,) and units.own_goals == 1
    assert list(units.tags) == [frozenset({4}), frozenset({13}), frozenset({11}), frozenset({13})]
