"""The organisation's own goals (e.g. nämndmål): list, create, change, delete.

Styra suggests SDG goals for each own goal's text; editors review them and tag
by hand on the list page, as for a document's passages (tag_views).
"""

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.shortcuts import redirect, render
from django.urls import reverse
from django.utils.translation import gettext as _

from styra.web.common.access import organisation_or_404, owned_or_404
from styra.web.common.editing import delete_page, edit_page, posted

from . import services
from .forms import OwnGoalForm
from .models import OwnGoal, Status
from .presentation import tag_form_prefix, unit_of

VIEW, CHANGE = "focus.view_focus", "focus.change_focus"


@login_required
def own_goal_list(request, kolada_id: str):
    organisation = organisation_or_404(request, kolada_id, VIEW)
    return render_own_goals(request, organisation)


def render_own_goals(request, organisation, bound=None, status=200):
    """All own goals with their tags; ``bound``: (own goal pk, manual form with errors)."""
    can_edit = request.user.has_perm(CHANGE, organisation)
    own_goals = OwnGoal.objects.filter(organisation=organisation).prefetch_related("tags")
    units = [
        unit_of(own_goal, can_edit, form=bound[1] if bound and bound[0] == own_goal.pk else None)
        for own_goal in own_goals
    ]
    context = {
        "organisation": organisation,
        "units": units,
        "can_edit": can_edit,
        "form": OwnGoalForm() if can_edit else None,
        "error_form": bound[1] if bound else None,
    }
    return render(request, "focus/own_goal_list.html", context, status=status)


@login_required
def own_goal_edit(request, kolada_id: str, pk: int | None = None):
    """A new own goal, or (``pk``) a change to one."""
    organisation = organisation_or_404(request, kolada_id, CHANGE)
    own_goal = None if pk is None else owned_or_404(OwnGoal, organisation, pk)
    form = OwnGoalForm(posted(request), instance=own_goal)

    def save():
        form.instance.organisation = organisation
        return services.save_own_goal(form.instance)

    def done(saved):
        suggestions = saved.tags.filter(status=Status.SUGGESTED).count()
        messages.success(
            request,
            _("Målet för %(body)s är sparat. Styra föreslår %(n)s av de 17 målen att granska.")
            % {"body": saved.body, "n": suggestions},
        )
        url = reverse("focus-own-goals", args=[organisation.pk])
        return redirect(f"{url}#{tag_form_prefix(saved)}")

    context = {"organisation": organisation, "own_goal": own_goal}
    return edit_page(request, form, save, done, "focus/own_goal_form.html", context)


@login_required
def own_goal_delete(request, kolada_id: str, pk: int):
    organisation = organisation_or_404(request, kolada_id, CHANGE)
    own_goal = owned_or_404(OwnGoal, organisation, pk)
    return delete_page(
        request,
        own_goal.delete,
        _("Målet för %(body)s har tagits bort.") % {"body": own_goal.body},
        reverse("focus-own-goals", args=[organisation.pk]),
        "focus/own_goal_confirm_delete.html",
        {"organisation": organisation, "own_goal": own_goal},
    )
