"""Deleting a steering document through its page deletes its passages and their tags in
one cascade: each tag's entry still knows the organisation (noted before the cascade
deleted the passage it hangs on). A tag on an own goal finds it through the goal."""

from django.urls import reverse

from styra.web.audit.models import AuditEntry
from styra.web.focus import services as focus
from styra.web.focus.models import OwnGoal, Tag
from tests.web.audit.audit_helpers import entries_of
from tests.web.factories import budget_document


def test_tags_deleted_with_their_document(client_for, editor_a, org_a):
    document = budget_document(org_a, editor_a)
    tagged = Tag.objects.filter(passage__document=document).count()
    assert tagged

    delete = reverse("focus-document-delete", args=["0180", document.pk])
    assert client_for(editor_a).post(delete).status_code == 302

    deleted = entries_of(Tag, action=AuditEntry.Action.DELETE)
    assert deleted.count() == tagged
    assert set(deleted.values_list("organisation_id", flat=True)) == {"0180"}


def test_a_tag_on_an_own_goal(editor_a, org_a):
    own_goal = OwnGoal.objects.create(organisation=org_a, body="KF", text="Alla lyckas.")
    focus.tag_by_hand(own_goal, 4, "4.1", editor_a)
    assert entries_of(Tag).get().organisation_id == "0180"
