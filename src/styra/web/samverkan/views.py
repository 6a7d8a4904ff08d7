"""Samverkan: the actor register, the roles per goal, the matrix goal × actor and suggestions.

Members of the organisation (any role) may read; editors and admins may change.
Anyone else gets 403 for the organisation's pages, and 404 for an actor or a
role that belongs to another organisation.
"""

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.core.exceptions import PermissionDenied
from django.shortcuts import get_object_or_404, redirect, render
from django.urls import reverse
from django.utils.translation import gettext as _
from django.views.decorators.http import require_POST

from styra.samverkan.suggestions import MIN_OPERATING_AREAS
from styra.sdg import load_catalog
from styra.web.common.access import organisation_or_404, owned_or_404
from styra.web.common.concurrency import save_unless_changed
from styra.web.common.downloads import download
from styra.web.common.editing import delete_page, edit_page, posted
from styra.web.common.goals import goal_title
from styra.web.nulage.default import goal_challenges

from . import services
from .forms import ActorForm, InvolvementEditForm, InvolvementForm
from .models import Actor, Involvement, Kind

VIEW = "samverkan.view_register"
CHANGE = "samverkan.change_register"


@login_required
def overview(request, kolada_id: str):
    organisation = organisation_or_404(request, kolada_id, VIEW)
    matrix = services.matrix_of(organisation)
    context = {
        "organisation": organisation,
        "actors": matrix.actors,
        "rows": [
            {"goal": row.goal, "title": goal_title(row.goal), "cells": row.cells}
            for row in matrix.rows
        ],
        "internal_count": sum(a.kind == Kind.INTERNAL for a in matrix.actors),
        "external_count": sum(a.kind == Kind.EXTERNAL for a in matrix.actors),
        "can_edit": request.user.has_perm(CHANGE, organisation),
    }
    context |= suggestion_context(
        services.suggestions_for(organisation, goal_challenges(organisation))
    )
    return render(request, "samverkan/overview.html", context)


def suggestion_context(found: services.Suggestions) -> dict:
    """The suggestions with goal titles, as the template lists them."""
    return {
        "suggestions": found,
        "min_areas": MIN_OPERATING_AREAS,
        "external": [
            {
                "goal": n.goal,
                "title": goal_title(n.goal),
                "mean_level": n.mean_level,
                "actors": n.external_actors,
            }
            for n in found.external
        ],
        "cross_unit": None
        if found.cross_unit is None
        else [
            {
                "goal": n.goal,
                "title": goal_title(n.goal),
                "areas": n.operating_areas,
                "actors": n.internal_actors,
            }
            for n in found.cross_unit
        ],
        "without_actors": [{"goal": g, "title": goal_title(g)} for g in found.without_actors],
        "without_lead": [{"goal": g, "title": goal_title(g)} for g in found.without_lead],
    }


@login_required
def matrix_export(request, kolada_id: str, fmt: str):
    organisation = organisation_or_404(request, kolada_id, VIEW)
    return download(services.matrix_table(organisation), fmt, f"samverkan-{organisation.pk}")


@login_required
def actor_list(request, kolada_id: str):
    organisation = organisation_or_404(request, kolada_id, VIEW)
    actors = services.actors_of(organisation)
    goals: dict[int, list[Involvement]] = {}
    for involvement in services.involvements_of(organisation):
        goals.setdefault(involvement.actor_id, []).append(involvement)
    rows = [{"actor": actor, "involvements": goals.get(actor.pk, [])} for actor in actors]
    context = {
        "organisation": organisation,
        "internal": [row for row in rows if row["actor"].kind == Kind.INTERNAL],
        "external": [row for row in rows if row["actor"].kind == Kind.EXTERNAL],
        "can_edit": request.user.has_perm(CHANGE, organisation),
    }
    return render(request, "samverkan/actor_list.html", context)


@login_required
def actor_edit(request, kolada_id: str, pk: int | None = None):
    """A new actor, or (``pk``) a change to one."""
    organisation = organisation_or_404(request, kolada_id, CHANGE)
    actor = None if pk is None else owned_or_404(Actor, organisation, pk)
    form = ActorForm(posted(request), instance=actor, organisation=organisation)

    def save():
        form.instance.organisation = organisation
        return form.save()

    def done(saved):
        messages.success(request, _("Aktören %(name)s har sparats.") % {"name": saved.name})
        return redirect("samverkan-actors", organisation.pk)

    context = {"organisation": organisation, "actor": actor}
    return edit_page(request, form, save, done, "samverkan/actor_form.html", context)


@login_required
def actor_delete(request, kolada_id: str, pk: int):
    organisation = organisation_or_404(request, kolada_id, CHANGE)
    actor = owned_or_404(Actor, organisation, pk)
    return delete_page(
        request,
        actor.delete,
        _("Aktören %(name)s har tagits bort.") % {"name": actor.name},
        reverse("samverkan-actors", args=[organisation.pk]),
        "samverkan/actor_confirm_delete.html",
        {
            "organisation": organisation,
            "actor": actor,
            "involvement_count": actor.involvements.count(),
        },
    )


@login_required
def goal_detail(request, kolada_id: str, goal: int):
    """The roles in one goal; editors add one here (POST)."""
    organisation = organisation_or_404(request, kolada_id, VIEW)
    can_edit = request.user.has_perm(CHANGE, organisation)
    if request.method == "POST" and not can_edit:
        raise PermissionDenied
    form = None
    status = 200
    if can_edit:
        data = request.POST if request.method == "POST" else None
        form = InvolvementForm(data, instance=Involvement(goal=goal), organisation=organisation)
        involvement = data and form.is_valid() and save_unless_changed(form, form.save)
        if involvement:
            message = _("%(actor)s har fått rollen ”%(role)s” för %(where)s.") % {
                "actor": involvement.actor.name,
                "role": involvement.get_role_display().lower(),
                "where": where(involvement),
            }
            messages.success(request, message)
            return redirect("samverkan-goal", organisation.pk, goal)
        status = 400 if data is not None else 200
    involvements = services.involvements_of(organisation, goal)
    targets = {t.target_id: t for t in load_catalog().targets_of_goal(goal)}
    for involvement in involvements:
        involvement.target = targets.get(involvement.target_id)
    context = {
        "organisation": organisation,
        "goal": load_catalog().goal(goal),
        "goal_title": goal_title(goal),
        "involvements": involvements,
        "form": form,
        "has_actors": Actor.objects.filter(organisation=organisation).exists(),
        "can_edit": can_edit,
        "previous_goal": goal - 1 if goal > 1 else None,
        "next_goal": goal + 1 if goal < 17 else None,
    }
    return render(request, "samverkan/goal_detail.html", context, status=status)


def where(involvement: Involvement) -> str:
    """ "delmål 13.2" or "mål 13", for messages."""
    if involvement.target_id:
        return _("delmål %(id)s") % {"id": involvement.target_id}
    return _("mål %(goal)s") % {"goal": involvement.goal}


def _involvement(organisation, pk: int) -> Involvement:
    return get_object_or_404(
        Involvement.objects.select_related("actor"), pk=pk, actor__organisation=organisation
    )


@login_required
def involvement_edit(request, kolada_id: str, pk: int):
    organisation = organisation_or_404(request, kolada_id, CHANGE)
    involvement = _involvement(organisation, pk)
    form = InvolvementEditForm(request.POST or None, instance=involvement)
    if request.method == "POST" and form.is_valid() and save_unless_changed(form, form.save):
        messages.success(request, _("Rollen har sparats."))
        return redirect("samverkan-goal", organisation.pk, involvement.goal)
    context = {
        "organisation": organisation,
        "involvement": involvement,
        "target": load_catalog().target(involvement.target_id) if involvement.target_id else None,
        "goal_title": goal_title(involvement.goal),
        "form": form,
    }
    status = 400 if request.method == "POST" else 200
    return render(request, "samverkan/involvement_form.html", context, status=status)


@login_required
@require_POST
def involvement_delete(request, kolada_id: str, pk: int):
    organisation = organisation_or_404(request, kolada_id, CHANGE)
    involvement = _involvement(organisation, pk)
    involvement.delete()
    message = _("%(actor)s har inte längre någon roll för %(where)s.") % {
        "actor": involvement.actor.name,
        "where": where(involvement),
    }
    messages.success(request, message)
    return redirect("samverkan-goal", organisation.pk, involvement.goal)
