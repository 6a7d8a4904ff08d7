"""End to end: the editor sets and opens a cycle, the contributor gets the e-mail and
reports, the editor sees who has not reported and closes the cycle; the report page is
frozen after. The report also records the action's progress at the scale's percent."""

from django.core import mail

from styra.web.actionplan.models import ProgressEntry
from styra.web.actionplan.services import load_plan
from styra.web.followup.models import Cycle, Report

from .conftest import url

NEW = {
    "name": "Tertial 1 2027",
    "kind": "tertial",
    "period_start": "1 jan 2027",
    "period_end": "30/4 2027",
    "opens_on": "2027-05-02",
    "deadline": "15.5.2027",
}


def test_open_report_see_who_has_not_close_and_freeze(
    client_for, editor_a, contributor_a, other_contributor, plan, settings
):
    settings.STYRA_SITE_URL = "https://styra.example.se"
    editor, cilla = client_for(editor_a), client_for(contributor_a)
    response = editor.post(url("followup-cycle-create"), NEW)
    cycle = Cycle.objects.get(name="Tertial 1 2027")
    assert response.status_code == 302 and str(cycle.deadline) == "2027-05-15"

    response = editor.post(url("followup-cycle-open", cycle.pk), follow=True)
    assert "2 personer har fått e-post" in response.content.decode()
    to_cilla = next(m for m in mail.outbox if m.to == [contributor_a.email])
    assert to_cilla.subject == "Dags att rapportera: Tertial 1 2027, Stockholm"
    assert "S1.1 Laddstolpar" in to_cilla.body and "S1.3" not in to_cilla.body
    assert "https://styra.example.se/omraden/0180/uppfoljning/att-rapportera/" in to_cilla.body
    assert "15 maj 2027" in to_cilla.body

    todo = cilla.get(url("followup-todo")).content.decode()
    assert "S1.1 Laddstolpar" in todo and "inte rapporterad" in todo and "Bilpooler" not in todo
    report_url = url("followup-report", cycle.pk, plan["x"].pk)
    form = cilla.get(report_url).content.decode()
    assert "Genomförd" in form and "Ej relevant" in form and "N00401" in form
    response = cilla.post(
        report_url, {"status": "more_than_half", "comment": "Hälften klart", "matt_N00401": "0,4"}
    )
    assert response.status_code == 302
    report = Report.objects.get(cycle=cycle, action=plan["x"])
    assert (report.status, report.measures, report.updated_by) == (
        "more_than_half",
        {"N00401": 0.4},
        contributor_a,
    )
    entry = ProgressEntry.objects.get(cycle_report=report)
    assert entry.percent == 75 and entry.note == "Tertial 1 2027: Hälften klart"
    # the roll-up runs as before: S1.1's activity has its own entry (40 %), so S1.1
    # shows that; the report's 75 % stays as S1.1's own latest entry
    assert load_plan(plan["x"].organisation).by_id[plan["x"].pk].latest == entry

    # changing the report moves the same progress entry, not a new one
    cilla.post(report_url, {"status": "done", "comment": "Klart"})
    assert ProgressEntry.objects.filter(action=plan["x"]).count() == 1 + 0  # activity's aside
    assert ProgressEntry.objects.get(cycle_report=report).percent == 100

    page = editor.get(url("followup-cycle", cycle.pk)).content.decode()
    assert "1 av 2 åtgärder" in page
    assert "Dan Dal" in page and "1 saknas" in page
    assert "Inte rapporterad" in page  # S1.3

    response = editor.post(url("followup-cycle-close", cycle.pk), follow=True)
    assert "Tertial 1 2027 är stängd. Rapporterna är låsta." in response.content.decode()
    frozen = cilla.get(report_url)
    assert frozen.status_code == 200
    assert "Rapporten är låst och kan inte ändras." in frozen.content.decode()
    assert '<form method="post" class="form' not in frozen.content.decode()
    refused = cilla.post(report_url, {"status": "not_started"})
    assert refused.status_code == 403
    assert "Tertial 1 2027 är stängd och kan inte längre ändras." in refused.content.decode()
    assert Report.objects.get(pk=report.pk).status == "done"
    assert editor.get(url("followup-cycle-edit", cycle.pk)).status_code == 403
    assert editor.post(url("followup-cycle-close", cycle.pk)).status_code == 400


def test_not_relevant_records_no_progress(client_for, contributor_a, plan, cycles):
    cilla = client_for(contributor_a)
    report_url = url("followup-report", cycles["open"].pk, plan["x"].pk)
    cilla.post(report_url, {"status": "started"})
    assert ProgressEntry.objects.filter(action=plan["x"], percent=25).exists()
    cilla.post(report_url, {"status": "not_relevant", "comment": "Flyttad"})
    assert not ProgressEntry.objects.filter(action=plan["x"]).exists()
    assert Report.objects.get(action=plan["x"]).progress is None


def test_a_planned_cycle_takes_no_reports(client_for, contributor_a, plan, cycles):
    response = client_for(contributor_a).post(
        url("followup-report", cycles["planned"].pk, plan["x"].pk), {"status": "done"}
    )
    assert response.status_code == 403
    assert "Delår 2026 är inte öppnad ännu." in response.content.decode()
    assert not Report.objects.exists()


def test_opening_twice_is_refused(client_for, editor_a, plan, cycles):
    response = client_for(editor_a).post(url("followup-cycle-open", cycles["open"].pk))
    assert response.status_code == 400
    assert "Tertial 2 2026 är redan öppnad." in response.content.decode()
