"""For a person's data export and erasure: ``entries_about_actor`` lists what the person
did and their sign-ins (JSON-serialisable); ``pseudonymise_actor`` replaces the person
by a stable pseudonym as actor, in sign-in events and inside diffs and object names."""

import json

from auditlog.context import set_actor

from styra.web.accounts.models import Membership
from styra.web.audit.models import AuditEntry, SignInEvent, SignInKind
from styra.web.audit.persons import entries_about_actor, pseudonym_of, pseudonymise_actor
from styra.web.samverkan.models import Actor


def make_history(org_a, editor_a):
    with set_actor(editor_a):
        actor = Actor.objects.create(
            organisation=org_a, name="Miljöförvaltningen", kind="internal", category="forvaltning"
        )
        actor.contact = "Erik Ek, erik@example.se"
        actor.save()
    SignInEvent.objects.create(kind=SignInKind.SIGNED_IN, user=editor_a, username="erik_redaktor")


def test_entries_about_actor(org_a, editor_a):
    editor_a.email = "erik@example.se"
    editor_a.save()
    make_history(org_a, editor_a)
    found = entries_about_actor(editor_a)
    json.dumps(found)  # serialisable
    assert [item["kind"] for item in found] == ["change", "change", "sign_in"]
    assert (
        found[1]["changes"]
        == [{"field": "kontaktuppgifter", "before": "", "after": "Erik Ek, erik@example.se"}]
        or found[1]["object"] == "Miljöförvaltningen"
    )
    assert found[2]["event"] == "inloggning"


def test_pseudonymise_actor(org_a, editor_a, admin_a):
    editor_a.email = "erik@example.se"
    editor_a.save()
    make_history(org_a, editor_a)
    pseudonym = pseudonym_of(editor_a)
    assert pseudonym.startswith("person-") and len(pseudonym) == len("person-") + 8

    changed = pseudonymise_actor(editor_a)

    # the membership's creation (name in the object), 2 actor entries, 1 sign-in
    assert changed == 4
    assert not AuditEntry.objects.filter(actor=editor_a).exists()
    texts = json.dumps(
        list(AuditEntry.objects.values("object_repr", "changes", "actor_email")), ensure_ascii=False
    )
    for trace in ("Erik Ek", "erik@example.se", "erik_redaktor"):
        assert trace not in texts
    assert pseudonym in texts
    event = SignInEvent.objects.get()
    assert (event.user_id, event.username) == (None, pseudonym)
    assert Membership.objects.filter(user=admin_a).exists()  # others untouched
    assert AuditEntry.objects.filter(actor_email=pseudonym).count() == 2
    assert pseudonymise_actor(editor_a) == 0  # nothing left
    assert pseudonym_of(editor_a) == pseudonym  # stable
