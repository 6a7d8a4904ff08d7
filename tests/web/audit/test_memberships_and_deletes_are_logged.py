"""A role changed and a member removed through the members page are in the log with
who did it and the role before → after; a deleted object's entry keeps its name and
its organisation; objects several steps from their organisation (an answer of a
self-assessment) and many-to-many changes find their organisation too."""

from django.urls import reverse

from styra.web.accounts.models import Membership
from styra.web.actionplan.models import Action
from styra.web.audit.models import AuditEntry
from styra.web.maturity.models import Answer, Response, Round
from styra.web.samverkan.models import Actor
from tests.web.audit.audit_helpers import entries_of, log_url


def test_a_role_change_and_a_removal(client_for, admin_a, viewer_a):
    membership = Membership.objects.get(user=viewer_a)
    admin = client_for(admin_a)
    role_url = reverse("accounts-member-role", args=["0180", membership.pk])
    admin.post(role_url, {f"m{membership.pk}-role": "editor"})
    admin.post(reverse("accounts-member-remove", args=["0180", membership.pk]))

    changed, removed = entries_of(Membership, object_pk=str(membership.pk)).exclude(
        action=AuditEntry.Action.CREATE
    )
    assert (changed.action, changed.actor, changed.changes["role"]) == (
        AuditEntry.Action.UPDATE,
        admin_a,
        ["viewer", "editor"],
    )
    assert (removed.action, removed.actor, removed.organisation_id) == (
        AuditEntry.Action.DELETE,
        admin_a,
        "0180",
    )
    html = admin.get(log_url()).content.decode()
    assert "<del>Läsare</del>" in html and "<ins>Redaktör</ins>" in html  # Swedish roles
    assert "borttagen" in html and "Medlemskap: vera_lasare" in html


def test_a_deleted_actor_keeps_its_entry(client_for, editor_a, admin_a, org_a):
    actor = Actor.objects.create(
        organisation=org_a, name="Länsstyrelsen", kind="external", category="lansstyrelse"
    )
    actor.delete()
    created, deleted = entries_of(Actor)
    assert deleted.action == AuditEntry.Action.DELETE
    assert deleted.object_repr == "Länsstyrelsen" and deleted.organisation_id == "0180"


def test_nested_objects_and_many_to_many_changes_find_their_organisation(org_a, admin_a, viewer_a):
    round_ = Round.objects.create(organisation=org_a, title="2026", opened_on="2026-01-10")
    response = Response.objects.create(round=round_, respondent=viewer_a)
    Answer.objects.create(response=response, dimension_id="styrning", level=2)
    assert entries_of(Answer).get().organisation_id == "0180"

    action = Action.objects.create(organisation=org_a, title="Solceller", level="strategy")
    action.responsible.add(admin_a)
    m2m = entries_of(Action, action=AuditEntry.Action.UPDATE).get()
    assert m2m.organisation_id == "0180"
    assert m2m.changes["responsible"]["operation"] == "add"


def test_a_creation_lists_the_objects_own_fields_not_what_points_at_it(db):
    """An organisation has dozens of other models' keys pointing at it; its creation
    shows its own fields only."""
    from styra.web.audit.models import AuditEntry
    from styra.web.organisations.models import Organisation

    organisation = Organisation.objects.create(kolada_id="0764", name="Alvesta", type="K")
    entry = AuditEntry.objects.get(object_pk="0764", action=AuditEntry.Action.CREATE)
    own = {field.name for field in Organisation._meta.concrete_fields}
    assert set(entry.changes_dict) <= own and "name" in entry.changes_dict
    assert entry.organisation_id == organisation.pk
