"""The history page: every change, newest first, with who, when, from, to and why;
history rows are never edited or deleted."""

import pytest

from styra.web.radighet.models import AppendOnlyError, MandateChange
from styra.web.radighet.services import change_level, reset_level

from .conftest import HISTORY_URL, SECRET, text_of


def test_history_lists_changes_newest_first(client_for, org_a, editor_a, admin_a, viewer_a):
    change_level(org_a, "14.2", 2, SECRET, editor_a)
    change_level(org_a, "4.1", 2, "Friskolor driver hälften av skolorna.", admin_a)
    reset_level(org_a, "14.2", "Ingen havsplan ännu.", admin_a)
    response = client_for(viewer_a).get(HISTORY_URL)
    changes = [item["change"] for item in response.context["changes"]]
    assert [(c.target_id, c.from_level, c.to_level) for c in changes] == [
        ("14.2", 2, 1),
        ("4.1", 3, 2),
        ("14.2", 1, 2),
    ]
    text = text_of(response)
    assert text.index("Ingen havsplan ännu.") < text.index("Friskolor") < text.index(SECRET)
    assert "Anna Admin" in text and "Erik Ek" in text
    assert "3 – Eget ansvar (lagkrav, egen verksamhet)" in text
    assert "<caption>" in text and 'scope="col"' in text and 'scope="row"' in text
    assert 'style="' not in text


def test_history_keeps_changes_of_a_deleted_user(client_for, org_a, editor_a, viewer_a):
    change_level(org_a, "14.2", 2, SECRET, editor_a)
    editor_a.delete()
    text = text_of(client_for(viewer_a).get(HISTORY_URL))
    assert SECRET in text and "borttagen användare" in text


def test_empty_history_says_so(client_for, viewer_a):
    assert "Inga ändringar ännu" in text_of(client_for(viewer_a).get(HISTORY_URL))


def test_history_of_b_holds_nothing_of_a(client_for, org_a, editor_a, editor_b):
    change_level(org_a, "14.2", 2, SECRET, editor_a)
    text = text_of(client_for(editor_b).get("/omraden/1480/radighet/historik/"))
    assert SECRET not in text and "Inga ändringar ännu" in text


def test_a_history_row_cannot_be_edited_or_deleted(org_a, editor_a):
    record = change_level(org_a, "14.2", 2, SECRET, editor_a)
    record.motivation = "Ändrad i efterhand."
    with pytest.raises(AppendOnlyError):
        record.save()
    with pytest.raises(AppendOnlyError):
        record.delete()
    assert MandateChange.objects.get().motivation == SECRET
