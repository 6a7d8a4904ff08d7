"""A network's meetings (/natverk/<id>/moten/…): the list, one meeting with its tasks,
planning and changing (coordinators), the .ics file; and a member's own tasks
(/omraden/<id>/natverk/uppgifter/), which its users mark done.

Everyone in the network reads the meetings (``network.view_network``); coordinators
and platform admins change them (``network.manage_network``). A network that does
not exist, or a meeting or task of another network, is a 404; a user outside the
network gets 403.
"""

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.core.exceptions import PermissionDenied
from django.http import Http404
from django.shortcuts import get_object_or_404, redirect
from django.utils import timezone
from django.utils.text import slugify
from django.utils.translation import gettext as _
from django.views.decorators.http import require_POST

from styra.web.common.access import organisation_or_404
from styra.web.common.downloads import attachment
from styra.web.common.editing import posted
from styra.web.common.formerrors import render_form
from styra.web.organisations.models import Network

from . import services
from .forms import MeetingForm, TaskForm
from .models import Meeting, MeetingTask

VIEW = "network.view_network"
MANAGE = "network.manage_network"
VIEW_TASKS = "meetings.view_tasks"
MARK = "meetings.mark_task"
ICS = "text/calendar; charset=utf-8"


def network_or_404(request, network_id: int, permission: str) -> Network:
    network = get_object_or_404(Network, pk=network_id)
    if not request.user.has_perm(permission, network):
        raise PermissionDenied
    return network


def meeting_or_404(network: Network, pk: int) -> Meeting:
    return get_object_or_404(Meeting, pk=pk, network=network)


def task_or_404(network: Network, pk: int) -> MeetingTask:
    return get_object_or_404(
        MeetingTask.objects.select_related("meeting"), pk=pk, meeting__network=network
    )


@login_required
def meeting_list(request, network_id: int):
    network = network_or_404(request, network_id, VIEW)
    now = timezone.now()
    context = {
        "network": network,
        "upcoming": services.upcoming(network, now, limit=None),
        "past": services.past(network, now),
        "can_manage": request.user.has_perm(MANAGE, network),
    }
    return render_form(request, "meetings/meeting_list.html", context)


@login_required
def meeting_edit(request, network_id: int, pk: int | None = None):
    """Plan a meeting, or (``pk``) change one: also its notes and decisions afterwards."""
    network = network_or_404(request, network_id, MANAGE)
    meeting = None if pk is None else meeting_or_404(network, pk)
    form = MeetingForm(posted(request), instance=meeting)
    if request.method == "POST" and form.is_valid():
        form.instance.network = network
        if meeting is None:
            form.instance.created_by = request.user
        saved = form.save()
        messages.success(request, _("Mötet %(title)s har sparats.") % {"title": saved.title})
        return redirect("network-meeting", network.pk, saved.pk)
    context = {"network": network, "meeting": meeting, "form": form}
    return render_form(request, "meetings/meeting_form.html", context)


@login_required
@require_POST
def meeting_delete(request, network_id: int, pk: int):
    network = network_or_404(request, network_id, MANAGE)
    meeting = meeting_or_404(network, pk)
    meeting.delete()
    messages.success(request, _("Mötet %(title)s är borttaget.") % {"title": meeting.title})
    return redirect("network-meeting-list", network.pk)


def markable(user, network: Network) -> set[str]:
    """The members whose tasks the user may mark done."""
    return {org.pk for org in network.members.all() if user.has_perm(MARK, org)}


@login_required
def meeting_detail(request, network_id: int, pk: int):
    network = network_or_404(request, network_id, VIEW)
    meeting = meeting_or_404(network, pk)
    context = {
        "network": network,
        "meeting": meeting,
        "is_past": meeting.ends_at < timezone.now(),
        "tasks": services.task_rows(meeting),
        "can_manage": request.user.has_perm(MANAGE, network),
        "markable": markable(request.user, network),
    }
    return render_form(request, "meetings/meeting_detail.html", context)


@login_required
def meeting_ics(request, network_id: int, pk: int):
    network = network_or_404(request, network_id, VIEW)
    meeting = meeting_or_404(network, pk)
    data = services.calendar_file(meeting, timezone.now()).encode()
    return attachment(data, ICS, slugify(meeting.title) or "mote", "ics")


@login_required
def task_edit(request, network_id: int, meeting_pk: int | None = None, pk: int | None = None):
    """A new task of meeting ``meeting_pk``, or (``pk``) a change to one."""
    network = network_or_404(request, network_id, MANAGE)
    task = None if pk is None else task_or_404(network, pk)
    meeting = task.meeting if task else meeting_or_404(network, meeting_pk)
    form = TaskForm(posted(request), instance=task, network=network)
    if request.method == "POST" and form.is_valid():
        form.instance.meeting = meeting
        form.save()
        messages.success(request, _("Uppgiften har sparats."))
        return redirect("network-meeting", network.pk, meeting.pk)
    context = {"network": network, "meeting": meeting, "task": task, "form": form}
    return render_form(request, "meetings/task_form.html", context)


@login_required
@require_POST
def task_delete(request, network_id: int, pk: int):
    network = network_or_404(request, network_id, MANAGE)
    task = task_or_404(network, pk)
    task.delete()
    messages.success(request, _("Uppgiften är borttagen."))
    return redirect("network-meeting", network.pk, task.meeting_id)


@login_required
def organisation_tasks(request, kolada_id: str):
    """The organisation's tasks from its networks' meetings: open first, then done."""
    organisation = organisation_or_404(request, kolada_id, VIEW_TASKS)
    context = {
        "organisation": organisation,
        "open_tasks": services.open_tasks(organisation),
        "done_tasks": services.done_tasks(organisation),
        "can_mark": request.user.has_perm(MARK, organisation),
    }
    return render_form(request, "meetings/organisation_tasks.html", context)


@login_required
@require_POST
def task_mark(request, kolada_id: str, pk: int):
    """Mark the organisation's part of a task done (``klar=1``) or not done (``klar=0``)."""
    organisation = organisation_or_404(request, kolada_id, MARK)
    task = get_object_or_404(MeetingTask.objects.select_related("meeting__network"), pk=pk)
    if not services.task_applies_to(task, organisation):
        raise Http404
    done = request.POST.get("klar") != "0"
    services.mark(task, organisation, request.user, done)
    if done:
        messages.success(
            request, _("Uppgiften är markerad som klar för %(name)s.") % {"name": organisation.name}
        )
    else:
        messages.success(
            request, _("Uppgiften är öppen igen för %(name)s.") % {"name": organisation.name}
        )
    if request.POST.get("fran") == "mote":
        return redirect("network-meeting", task.meeting.network_id, task.meeting_id)
    return redirect("network-org-tasks", organisation.pk)
