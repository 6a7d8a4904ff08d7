"""``styra followup remind`` reminds those with unreported actions a few days before the
deadline and once after it; running it again sends nothing new."""

from datetime import date, timedelta

from django.core import mail
from django.core.management import call_command

from styra.web.followup import mail as followup_mail
from styra.web.followup import services
from styra.web.followup.models import ReminderSent, Report


def test_reminders_before_and_after_the_deadline_once_each(
    plan, cycles, contributor_a, other_contributor
):
    cycle = cycles["open"]  # deadline 14 September 2026
    Report.objects.create(cycle=cycle, action=plan["z"], status="done")  # Dan is done
    assert followup_mail.send_reminders(cycle.deadline - timedelta(days=4)) == 0
    assert followup_mail.send_reminders(cycle.deadline - timedelta(days=3)) == 1
    assert [m.to for m in mail.outbox] == [[contributor_a.email]]
    assert mail.outbox[0].subject == "Påminnelse: rapportera till Tertial 2 2026"
    assert "S1.1 Laddstolpar" in mail.outbox[0].body
    assert followup_mail.send_reminders(cycle.deadline) == 0  # sent already
    assert followup_mail.send_reminders(cycle.deadline + timedelta(days=1)) == 1
    assert mail.outbox[1].subject == "Sista dagen har passerat: rapportera till Tertial 2 2026"
    assert followup_mail.send_reminders(cycle.deadline + timedelta(days=5)) == 0
    assert sorted(ReminderSent.objects.values_list("kind", flat=True)) == ["after", "before"]


def test_closed_and_planned_cycles_remind_nobody(plan, cycles):
    cycles["open"].delete()
    for cycle in (cycles["closed"], cycles["planned"]):
        assert followup_mail.send_reminders(cycle.deadline + timedelta(days=1)) == 0
    assert not ReminderSent.objects.exists()


def test_the_command_runs_on_today(plan, cycles, capsys, monkeypatch):
    monkeypatch.setattr(services, "today", lambda: date(2026, 9, 20))
    call_command("followup_remind")
    assert "2 reminders sent" in capsys.readouterr().out
    monkeypatch.setattr(services, "today", lambda: date(2026, 9, 21))
    call_command("followup_remind")
    assert "0 reminders sent" in capsys.readouterr().out
