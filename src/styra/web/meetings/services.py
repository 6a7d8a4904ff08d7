"""What the meeting pages read and change: upcoming and past meetings, the tasks with
each member's status, a member's open tasks, and marking a task done."""

import datetime as dt
from dataclasses import dataclass

from django.conf import settings
from django.db.models import Q
from django.urls import reverse

from styra.web.organisations.models import Network, Organisation

from . import ics
from .models import Meeting, MeetingTask, TaskDone

UPCOMING = 3  # how many meetings the network page shows


def upcoming(network: Network, now: dt.datetime, limit: int | None = UPCOMING) -> list[Meeting]:
    """The meetings that have not ended yet, the next first."""
    found = network.meetings.filter(ends_at__gte=now).order_by("starts_at", "pk")
    return list(found[:limit] if limit else found)


def past(network: Network, now: dt.datetime) -> list[Meeting]:
    """The meetings that have ended, the latest first."""
    return list(network.meetings.filter(ends_at__lt=now).order_by("-starts_at", "-pk"))


def task_applies_to(task: MeetingTask, organisation: Organisation) -> bool:
    """The task is the organisation's: its own, or one for all while it is a member."""
    if task.organisation_id is not None:
        return task.organisation_id == organisation.pk
    return task.meeting.network.members.filter(pk=organisation.pk).exists()


@dataclass(frozen=True)
class Status:
    organisation: Organisation
    done: TaskDone | None


def task_rows(meeting: Meeting) -> list[tuple[MeetingTask, list[Status]]]:
    """Each task of the meeting with the status of each member it is for."""
    members = list(meeting.network.members.order_by("name"))
    tasks = list(meeting.tasks.select_related("organisation").prefetch_related("done__done_by"))
    rows = []
    for task in tasks:
        done = {d.organisation_id: d for d in task.done.all()}
        whose = members if task.for_all else [task.organisation]
        rows.append((task, [Status(org, done.get(org.pk)) for org in whose]))
    return rows


def tasks_of(organisation: Organisation):
    """The tasks of the organisation's networks' meetings that are the organisation's."""
    return (
        MeetingTask.objects.filter(meeting__network__members=organisation)
        .filter(Q(organisation=organisation) | Q(organisation__isnull=True))
        .select_related("meeting__network")
        .order_by("due_on", "meeting__starts_at", "pk")
    )


def open_tasks(organisation: Organisation) -> list[MeetingTask]:
    return list(tasks_of(organisation).exclude(done__organisation=organisation))


def done_tasks(organisation: Organisation) -> list[MeetingTask]:
    return list(tasks_of(organisation).filter(done__organisation=organisation))


def mark(task: MeetingTask, organisation: Organisation, user, done: bool) -> None:
    """Mark the organisation's part of the task done, or (``done`` False) not done."""
    if done:
        TaskDone.objects.get_or_create(
            task=task, organisation=organisation, defaults={"done_by": user}
        )
    else:
        TaskDone.objects.filter(task=task, organisation=organisation).delete()


def calendar_file(meeting: Meeting, now: dt.datetime) -> str:
    """The meeting as an iCalendar file: title, time, place and agenda."""
    path = reverse("network-meeting", args=[meeting.network_id, meeting.pk])
    site = settings.STYRA_SITE_URL.rstrip("/")
    host = site.split("//")[-1].split("/")[0] or "styra"
    event = ics.Event(
        uid=f"meeting-{meeting.pk}@{host}",
        title=f"{meeting.title} ({meeting.network.name})",
        starts_at=meeting.starts_at,
        ends_at=meeting.ends_at,
        stamp=now,
        location=meeting.location,
        description=meeting.agenda,
        url=site + path,
    )
    return ics.calendar_text(event)
