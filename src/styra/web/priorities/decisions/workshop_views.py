"""Workshops: editors open one, members take part on its shared link, everyone sees the
aggregate refresh every few seconds (HTMX polling of ``priorities-workshop-results``).
"""

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.db.models import Count, Q
from django.shortcuts import get_object_or_404, redirect, render
from django.utils.translation import gettext as _
from django.views.decorators.http import require_POST

from styra.priorities import CRITERIA
from styra.web.common.access import organisation_or_404

from .criteria import assemble
from .forms import VotesForm, WeightsForm, WorkshopForm, slider_params
from .models import Workshop, WorkshopEntry
from .presentation import LABELS, goal_list
from .services import VOTE_POINTS, save_entry, starting_weights, workshop_summary
from .views import is_fragment

VIEW = "priorities.view_prioritisation"
TAKE_PART = "priorities.take_part_in_workshop"
RUN = "priorities.run_workshop"
POLL_SECONDS = 3


def render_list(request, organisation, form=None, status=200):
    can_run = request.user.has_perm(RUN, organisation)
    answered = Q(entries__weights__isnull=False) | Q(entries__votes__isnull=False)
    workshops = Workshop.objects.filter(organisation=organisation).annotate(
        participants=Count("entries", filter=answered, distinct=True)
    )
    context = {
        "organisation": organisation,
        "workshops": workshops,
        "can_run": can_run,
        "form": form or (WorkshopForm() if can_run else None),
    }
    return render(request, "priorities/decisions/workshop_list.html", context, status=status)


@login_required
def workshop_list(request, kolada_id: str):
    return render_list(request, organisation_or_404(request, kolada_id, VIEW))


@login_required
@require_POST
def workshop_create(request, kolada_id: str):
    organisation = organisation_or_404(request, kolada_id, RUN)
    form = WorkshopForm(request.POST)
    if not form.is_valid():
        return render_list(request, organisation, form, status=400)
    workshop = form.save(commit=False)
    workshop.organisation = organisation
    workshop.created_by = request.user
    workshop.save()
    messages.success(request, _("Workshoppen är skapad. Dela länken till sidan med deltagarna."))
    return redirect("priorities-workshop", organisation.pk, workshop.token)


def workshop_of(request, kolada_id: str, token: str, perm: str):
    organisation = organisation_or_404(request, kolada_id, perm)
    return organisation, get_object_or_404(Workshop, organisation=organisation, token=token)


def render_workshop(request, organisation, workshop, forms=None, status=200):
    entry = WorkshopEntry.objects.filter(workshop=workshop, user=request.user).first()
    criteria = assemble(organisation)
    saved, _set = starting_weights(organisation, criteria.in_use)
    weights = entry.weights if entry and entry.weights else saved
    votes = entry.votes if entry and entry.votes else {}
    forms = forms or {}
    context = {
        "organisation": organisation,
        "workshop": workshop,
        "entry": entry,
        "weights_form": forms.get("weights")
        or WeightsForm(initial=slider_params(weights), in_use=criteria.in_use),
        "votes_form": forms.get("votes")
        or VotesForm(initial={f"mal_{goal}": points for goal, points in votes.items()}),
        "error_form": next((f for f in forms.values() if f.errors), None),
        "summary": workshop_summary(workshop, criteria),
        "share_url": request.build_absolute_uri(request.path),
        "paused": "pausa" in request.GET,
        "poll_seconds": POLL_SECONDS,
        "vote_points": VOTE_POINTS,
        "can_run": request.user.has_perm(RUN, organisation),
        "left_out": [str(LABELS[key]) for key in CRITERIA if key not in criteria.in_use],
    }
    return render(request, "priorities/decisions/workshop_detail.html", context, status=status)


@login_required
def workshop_detail(request, kolada_id: str, token: str):
    organisation, workshop = workshop_of(request, kolada_id, token, TAKE_PART)
    return render_workshop(request, organisation, workshop)


@login_required
def workshop_results(request, kolada_id: str, token: str):
    """The aggregate alone, for the page's polling (a plain visit gets the whole page)."""
    organisation, workshop = workshop_of(request, kolada_id, token, TAKE_PART)
    if not is_fragment(request):
        return redirect("priorities-workshop", organisation.pk, workshop.token)
    context = {
        "organisation": organisation,
        "workshop": workshop,
        "summary": workshop_summary(workshop, assemble(organisation)),
    }
    return render(request, "priorities/decisions/_workshop_results.html", context)


def answer(request, kolada_id: str, token: str, key: str, make_form, save):
    """A participant's posted ``key`` form (``weights`` or ``votes``): refused while the
    workshop is closed, the page with the errors (400) when invalid, else
    ``save(workshop, form)``, which says what was saved."""
    organisation, workshop = workshop_of(request, kolada_id, token, TAKE_PART)
    if not workshop.is_open:
        messages.error(request, _("Workshoppen är stängd: inga fler svar tas emot."))
        return redirect("priorities-workshop", organisation.pk, workshop.token)
    form = make_form(request.POST, organisation)
    if not form.is_valid():
        return render_workshop(request, organisation, workshop, {key: form}, status=400)
    messages.success(request, save(workshop, form))
    return redirect("priorities-workshop", organisation.pk, workshop.token)


@login_required
@require_POST
def workshop_weights(request, kolada_id: str, token: str):
    def make_form(data, organisation):
        return WeightsForm(data, in_use=assemble(organisation).in_use)

    def save(workshop, form) -> str:
        save_entry(workshop, request.user, weights=form.weights())
        return _("Dina vikter är sparade.")

    return answer(request, kolada_id, token, "weights", make_form, save)


@login_required
@require_POST
def workshop_votes(request, kolada_id: str, token: str):
    def save(workshop, form) -> str:
        votes = form.votes()
        save_entry(workshop, request.user, votes=votes)
        given = [goal for goal, points in votes.items() if points]
        return _("Dina poäng är sparade (mål %(goals)s).") % {"goals": goal_list(given)}

    return answer(request, kolada_id, token, "votes", lambda data, _org: VotesForm(data), save)


@login_required
@require_POST
def workshop_status(request, kolada_id: str, token: str):
    organisation, workshop = workshop_of(request, kolada_id, token, RUN)
    workshop.is_open = request.POST.get("oppen") == "1"
    workshop.save(update_fields=["is_open"])
    if workshop.is_open:
        messages.success(request, _("Workshoppen är öppen igen."))
    else:
        messages.success(request, _("Workshoppen är stängd. Sammanställningen finns kvar."))
    return redirect("priorities-workshop", organisation.pk, workshop.token)
