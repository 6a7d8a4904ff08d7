"""Deleting a row deletes its file, once the delete is committed (issue 12).

A leadership decision, a focus document and, through its organisation, every file of
an organisation (its decisions' documents and its focus documents) leave nothing on
disk; a delete that is rolled back keeps the file. Every model with a file field is
covered, so a new one cannot keep its files forever.
"""

from pathlib import Path

import pytest
from django.apps import apps
from django.db import transaction
from django.db.models.signals import post_delete

from styra.web.common.files import delete_files, file_fields
from styra.web.focus import services as focus
from styra.web.organisations.models import LeadershipDecision
from styra.web.priorities.decisions.models import Decision
from tests.web.factories import budget_document, priority_decision, with_document


@pytest.fixture
def files_of_a(org_a, editor_a) -> list[Path]:
    """A's leadership decision, priority decision and focus document, each with its file."""
    leadership = with_document(
        LeadershipDecision(organisation=org_a, decided_on="2025-03-12", reference="§ 1")
    )
    priority = priority_decision(org_a)
    document = budget_document(org_a, editor_a)
    paths = [Path(f.path) for f in (leadership.document, priority.document, document.file)]
    assert all(path.is_file() for path in paths)
    return paths


def test_a_deleted_leadership_decision_leaves_no_file(
    files_of_a, org_a, django_capture_on_commit_callbacks
):
    with django_capture_on_commit_callbacks(execute=True):
        LeadershipDecision.objects.get(organisation=org_a).delete()
    assert not files_of_a[0].exists()
    assert files_of_a[1].exists() and files_of_a[2].exists()


def test_a_deleted_focus_document_leaves_no_file(
    files_of_a, org_a, django_capture_on_commit_callbacks
):
    with django_capture_on_commit_callbacks(execute=True):
        focus.delete_document(org_a.focus_documents.get())
    assert not files_of_a[2].exists()


def test_a_deleted_organisation_leaves_no_file(
    files_of_a, org_a, django_capture_on_commit_callbacks
):
    with django_capture_on_commit_callbacks(execute=True):
        org_a.delete()
    assert not any(path.exists() for path in files_of_a)
    assert not Decision.objects.exists()


def test_a_rolled_back_delete_keeps_the_file(files_of_a, org_a):
    with pytest.raises(RuntimeError), transaction.atomic():
        org_a.delete()
        raise RuntimeError("the delete fails half-way")
    assert all(path.exists() for path in files_of_a)
    assert LeadershipDecision.objects.filter(organisation_id="0180").exists()


def test_every_model_with_a_file_is_covered():
    with_files = [model for model in apps.get_models() if file_fields(model)]
    assert len(with_files) >= 3
    for model in with_files:
        receivers = post_delete._live_receivers(model)
        receivers = receivers[0] if isinstance(receivers, tuple) else receivers
        assert delete_files in receivers, model._meta.label
