"""Who opens which meeting page: the coordinator and the members' users read; only the
coordinator changes; a user of another network, a user of no organisation and an
anonymous visitor do not."""

import pytest
from django.conf import settings
from django.shortcuts import resolve_url
from django.urls import reverse

READ = ["network-meeting-list", "network-meeting", "network-meeting-ics"]
MANAGE = [
    "network-meeting-create",
    "network-meeting-edit",
    "network-meeting-task-create",
    "network-meeting-task-edit",
]
POST_ONLY = ["network-meeting-delete", "network-meeting-task-delete"]


def url(name, network, meeting, task) -> str:
    if name in ("network-meeting-list", "network-meeting-create"):
        return reverse(name, args=[network.pk])
    if name == "network-meeting-task-create":
        return reverse(name, args=[network.pk, meeting.pk])
    if name.startswith("network-meeting-task-"):
        return reverse(name, args=[network.pk, task.pk])
    return reverse(name, args=[network.pk, meeting.pk])


@pytest.fixture
def people(coordinator, editor_a, viewer_a, editor_b, user_c, outsider):
    return {
        "coordinator": coordinator,
        "editor_a": editor_a,
        "viewer_a": viewer_a,
        "editor_b": editor_b,
        "user_c": user_c,
        "outsider": outsider,
    }


READERS = {"coordinator", "editor_a", "viewer_a", "editor_b"}
MANAGERS = {"coordinator"}


@pytest.mark.parametrize("name", READ + MANAGE)
@pytest.mark.parametrize(
    "who", ["coordinator", "editor_a", "viewer_a", "editor_b", "user_c", "outsider"]
)
def test_each_page_answers_only_those_it_is_for(
    client_for, people, network, meeting, task_a, name, who
):
    allowed = MANAGERS if name in MANAGE else READERS
    response = client_for(people[who]).get(url(name, network, meeting, task_a))
    assert response.status_code == (200 if who in allowed else 403)


@pytest.mark.parametrize("name", READ + MANAGE + POST_ONLY)
def test_anonymous_visitors_are_sent_to_log_in(client_for, network, meeting, task_a, name):
    response = client_for(None).get(url(name, network, meeting, task_a))
    assert response.status_code == 302
    assert response["Location"].startswith(resolve_url(settings.LOGIN_URL))


@pytest.mark.parametrize("name", POST_ONLY)
@pytest.mark.parametrize("who", ["editor_a", "editor_b", "user_c", "outsider"])
def test_only_the_coordinator_deletes(client_for, people, network, meeting, task_a, name, who):
    response = client_for(people[who]).post(url(name, network, meeting, task_a))
    assert response.status_code == 403


def test_a_meeting_of_another_network_is_not_found(
    client_for, coordinator, network, other_network, meeting
):
    other = reverse("network-meeting", args=[other_network.pk, meeting.pk])
    other_network.coordinators.add(coordinator)
    assert client_for(coordinator).get(other).status_code == 404


def test_a_network_that_does_not_exist_is_not_found(client_for, coordinator, meeting):
    assert client_for(coordinator).get("/natverk/999999/moten/").status_code == 404


def test_a_platform_admin_manages_any_network(client_for, network, outsider):
    outsider.is_staff = True
    outsider.save()
    response = client_for(outsider).get(reverse("network-meeting-create", args=[network.pk]))
    assert response.status_code == 200
