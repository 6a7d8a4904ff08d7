"""The done-walk of issue 18: an editor changes a strategic weight (a priority) through
its page; the organisation's admin sees in the audit log who changed it, when, and the
weight before and after."""

from django.urls import reverse

from styra.web.audit.models import AuditEntry
from styra.web.priorities.decisions.models import StrategicWeight
from tests.web.audit.audit_helpers import entries_of, log_url
from tests.web.concurrent_edits import form_data

STRATEGIC = reverse("priorities-strategic", args=["0180"])


def test_the_admin_sees_who_changed_a_priority(client_for, editor_a, admin_a, org_a):
    StrategicWeight.objects.create(organisation=org_a, goal=13, weight=0.5)
    editor = client_for(editor_a)
    opened = form_data(editor.get(STRATEGIC))
    assert editor.post(STRATEGIC, opened | {"mal_13": "1"}).status_code == 302

    change = entries_of(StrategicWeight, action=AuditEntry.Action.UPDATE).get()
    assert change.actor == editor_a
    assert change.organisation_id == "0180"
    assert change.changes["weight"] == ["0.5", "1.0"]

    page = client_for(admin_a).get(log_url())
    assert page.status_code == 200
    html = page.content.decode()
    row = html[html.index("Strategisk vikt: 0180 mål 13") - 2000 :]
    assert "Erik Ek" in row
    assert "<dt>Strategisk vikt</dt>" in html and "<del>0.5</del>" in html
    assert "<ins>1.0</ins>" in html
    assert "ändrad" in row


def test_the_filters_narrow_the_log(client_for, editor_a, admin_a, org_a):
    StrategicWeight.objects.create(organisation=org_a, goal=13, weight=0.5)  # by the system
    editor = client_for(editor_a)
    opened = form_data(editor.get(STRATEGIC))
    editor.post(STRATEGIC, opened | {"mal_13": "0.25"})
    admin = client_for(admin_a)

    by_editor = admin.get(log_url(user=editor_a.pk)).context["page"]
    assert {entry.actor_id for entry in by_editor} == {editor_a.pk}
    by_words = admin.get(log_url(words="mål 13")).context["page"]
    assert len(by_words) == 2  # created, then changed
    assert len(admin.get(log_url(words="ingenting sådant")).context["page"]) == 0
    nothing_yet = admin.get(log_url(until="2001-01-01")).context["page"]
    assert len(nothing_yet) == 0
    kind = entries_of(StrategicWeight).first().content_type_id
    assert len(admin.get(log_url(object_type=kind)).context["page"]) == 2
