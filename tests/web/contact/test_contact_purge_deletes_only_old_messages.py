"""``styra contact purge`` (and ``manage.py contact_purge``) deletes the messages older
than the retention period, and only those; running it again deletes nothing more."""

import datetime

import pytest
from click.testing import CliRunner
from django.core.management import call_command
from django.utils import timezone

from styra.cli.contact import contact
from styra.web.contact import retention
from styra.web.contact.models import ContactMessage

NOW = datetime.datetime(2026, 6, 30, 12, tzinfo=datetime.UTC)


def message(organisation, days_ago: float) -> ContactMessage:
    found = ContactMessage.objects.create(
        organisation=organisation, name="V", email="v@example.org", subject="S", message="M"
    )
    ContactMessage.objects.filter(pk=found.pk).update(
        created_at=NOW - datetime.timedelta(days=days_ago)
    )
    return found


@pytest.fixture
def messages(org_a, org_b) -> dict[str, ContactMessage]:
    return {
        "new": message(org_a, 1),
        "just_kept": message(org_a, 179.9),
        "old": message(org_a, 180.1),
        "very_old_b": message(org_b, 400),
    }


def kept() -> set[int]:
    return set(ContactMessage.objects.values_list("pk", flat=True))


def test_only_messages_older_than_the_period_are_deleted(messages):
    assert retention.purge(NOW) == 2
    assert kept() == {messages["new"].pk, messages["just_kept"].pk}
    assert retention.purge(NOW) == 0  # safe to run daily


def test_the_period_is_the_setting(messages, settings):
    settings.STYRA_CONTACT_RETENTION_DAYS = 30
    assert retention.purge(NOW) == 3
    assert kept() == {messages["new"].pk}


def test_the_cli_command(messages, monkeypatch):
    monkeypatch.setattr(timezone, "now", lambda: NOW)
    result = CliRunner().invoke(contact, ["purge"])
    assert result.exit_code == 0, result.output
    assert "2 contact messages deleted" in result.output
    assert len(kept()) == 2


def test_the_cli_command_refuses_zero_days(messages):
    result = CliRunner().invoke(contact, ["purge", "--days", "0"])
    assert result.exit_code != 0 and len(kept()) == 4


def test_the_management_command(messages, monkeypatch, capsys):
    monkeypatch.setattr(timezone, "now", lambda: NOW)
    call_command("contact_purge", "--days", "2")
    assert "3 contact messages deleted" in capsys.readouterr().out
    assert kept() == {messages["new"].pk}
