"""The log shows values as a person reads them: no id row on a creation, ja/nej for a yes/no
field, a time in Swedish local time to the minute (auditlog stores it in UTC with
microseconds), a choice by its label. Found on a done-walk of the log."""

from django.utils import timezone

from styra.web.audit import services
from styra.web.audit.models import AuditEntry
from styra.web.radighet import services as radighet


def test_a_rådighet_change_reads_plainly(org_a, editor_a, client_for, admin_a):
    default = radighet.default_levels(radighet.area_type(org_a))["11.1"]
    record = radighet.change_level(org_a, "11.1", (default + 1) % 4, "Vi äger marken", editor_a)
    entry = AuditEntry.objects.get(object_pk=str(record.pk), content_type__model="mandatechange")
    fields = {change.field: change.after for change in services.field_changes(entry)}
    assert "ID" not in fields
    assert fields["Tillbaka till standard"] == "nej"
    assert fields["Tidpunkt"] == timezone.localtime(record.changed_at).strftime("%Y-%m-%d %H:%M")
    page = client_for(admin_a).get("/omraden/0180/logg/").content.decode()
    assert "False" not in page and "Vi äger marken" in page


def test_a_choice_shows_its_label(org_a, admin_a):
    from styra.web.accounts.models import Membership

    membership = Membership.objects.get(user=admin_a)
    entry = AuditEntry.objects.filter(object_pk=str(membership.pk)).latest("timestamp")
    fields = {change.field: change.after for change in services.field_changes(entry)}
    assert fields["Roll"] == "Administratör"
