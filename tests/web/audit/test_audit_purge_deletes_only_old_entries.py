"""``styra audit purge`` (and ``manage.py audit_purge``) deletes entries and sign-in
events older than STYRA_AUDIT_RETENTION_DAYS, and only those; running it again deletes
nothing more."""

import datetime

import pytest
from click.testing import CliRunner
from django.core.management import call_command
from django.utils import timezone

from styra.cli.audit import audit
from styra.web.audit import retention
from styra.web.audit.models import AuditEntry, SignInEvent, SignInKind

NOW = datetime.datetime(2026, 6, 30, 12, tzinfo=datetime.UTC)


def aged(org, days_ago: float) -> None:
    org.name = f"Namn {days_ago}"
    org.save()
    when = NOW - datetime.timedelta(days=days_ago)
    AuditEntry.objects.filter(pk=AuditEntry.objects.latest("pk").pk).update(timestamp=when)
    SignInEvent.objects.create(kind=SignInKind.SIGNED_IN, timestamp=when)


@pytest.fixture
def entries(org_a):
    AuditEntry.objects.all().delete()
    for days in (1, 729.9, 730.1, 1000):
        aged(org_a, days)


def counts() -> tuple[int, int]:
    return AuditEntry.objects.count(), SignInEvent.objects.count()


def test_only_entries_older_than_the_period_are_deleted(entries):
    assert retention.purge(NOW) == 4
    assert counts() == (2, 2)
    assert retention.purge(NOW) == 0


def test_the_period_is_the_setting(entries, settings):
    settings.STYRA_AUDIT_RETENTION_DAYS = 30
    assert retention.purge(NOW) == 6
    assert counts() == (1, 1)


def test_the_cli_command(entries, monkeypatch):
    monkeypatch.setattr(timezone, "now", lambda: NOW)
    result = CliRunner().invoke(audit, ["purge"])
    assert result.exit_code == 0, result.output
    assert "4 audit entries deleted" in result.output


def test_the_cli_command_refuses_zero_days(entries):
    assert CliRunner().invoke(audit, ["purge", "--days", "0"]).exit_code != 0
    assert counts() == (4, 4)


def test_the_management_command(entries, monkeypatch, capsys):
    monkeypatch.setattr(timezone, "now", lambda: NOW)
    call_command("audit_purge", "--days", "2")
    assert "6 audit entries deleted" in capsys.readouterr().out
