"""A member's users mark their own organisation's part of a task done, on the member's
task page or the meeting's page; nobody marks another organisation's task."""

import pytest
from django.urls import reverse

from styra.web.meetings.models import MeetingTask, TaskDone


def mark(client, organisation, task, done="1", **extra):
    url = reverse("network-org-task-mark", args=[organisation.pk, task.pk])
    return client.post(url, {"klar": done, **extra})


def test_a_member_marks_its_task_done_and_open_again(client_for, editor_a, org_a, task_a):
    client = client_for(editor_a)
    response = mark(client, org_a, task_a)
    assert response.status_code == 302
    assert response["Location"] == reverse("network-org-tasks", args=[org_a.pk])
    done = TaskDone.objects.get(task=task_a)
    assert (done.organisation, done.done_by) == (org_a, editor_a)
    mark(client, org_a, task_a, "0")
    assert not TaskDone.objects.filter(task=task_a).exists()


def test_marking_from_the_meeting_page_goes_back_there(client_for, contributor_a, org_a, task_a):
    response = mark(client_for(contributor_a), org_a, task_a, fran="mote")
    meeting = task_a.meeting
    assert response["Location"] == reverse("network-meeting", args=[meeting.network_id, meeting.pk])


def test_another_member_cannot_mark_a_task_that_is_not_its_own(client_for, editor_b, org_b, task_a):
    assert mark(client_for(editor_b), org_b, task_a).status_code == 404
    assert not TaskDone.objects.exists()


@pytest.mark.parametrize("who", ["editor_b", "coordinator", "outsider", "viewer_a"])
def test_only_the_organisations_contributors_mark_for_it(client_for, request, org_a, task_a, who):
    assert mark(client_for(request.getfixturevalue(who)), org_a, task_a).status_code == 403
    assert not TaskDone.objects.exists()


def test_a_task_for_all_is_marked_by_each_member_for_itself(
    client_for, editor_a, editor_b, org_a, org_b, task_all
):
    mark(client_for(editor_a), org_a, task_all)
    assert set(TaskDone.objects.values_list("organisation_id", flat=True)) == {org_a.pk}
    mark(client_for(editor_b), org_b, task_all)
    assert set(TaskDone.objects.values_list("organisation_id", flat=True)) == {org_a.pk, org_b.pk}


def test_a_task_for_all_is_not_a_non_members(client_for, user_c, org_c, task_all):
    assert mark(client_for(user_c), org_c, task_all).status_code == 404


def test_marking_only_by_post(client_for, editor_a, org_a, task_a):
    url = reverse("network-org-task-mark", args=[org_a.pk, task_a.pk])
    assert client_for(editor_a).get(url).status_code == 405


def test_the_member_sees_its_open_tasks_and_not_others(
    client_for, editor_a, viewer_a, org_a, org_b, meeting, task_a, task_all
):
    MeetingTask.objects.create(meeting=meeting, organisation=org_b, text="Göteborgs egen uppgift")
    url = reverse("network-org-tasks", args=[org_a.pk])
    page = client_for(viewer_a).get(url).content.decode()
    assert "Frys analysen" in page and "Dela prioriteringarna" in page
    assert "Göteborgs egen uppgift" not in page
    assert "Markera som klar" not in page  # a viewer reads only
    mark(client_for(editor_a), org_a, task_a)
    page = client_for(editor_a).get(url).content.decode()
    open_part, done_part = page.split('id="done-heading"')
    assert "Frys analysen" in done_part and "Frys analysen" not in open_part


@pytest.mark.parametrize("who", ["editor_b", "coordinator", "outsider"])
def test_the_task_page_is_the_members_only(client_for, request, org_a, who):
    url = reverse("network-org-tasks", args=[org_a.pk])
    assert client_for(request.getfixturevalue(who)).get(url).status_code == 403


def test_the_meeting_page_shows_each_members_status(
    client_for, coordinator, editor_a, org_a, task_all, network
):
    mark(client_for(editor_a), org_a, task_all)
    page = (
        client_for(coordinator)
        .get(reverse("network-meeting", args=[network.pk, task_all.meeting_id]))
        .content.decode()
    )
    assert "Stockholm: <strong>Klar</strong>" in page
    assert "Göteborg: Inte klar" in page
