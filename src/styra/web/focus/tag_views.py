"""Review and tag: accept or reject a suggestion, tag a passage or own goal by hand, remove a
manual tag. Editors and admins only; all POST.

With HTMX the answer is the passage's (or own goal's) section, swapped in place
(status 400 when the manual form has errors: styra.js has htmx swap it in too).
Without JavaScript the browser is sent back to the page it came from, or, when
the manual form has errors, gets that page with the errors (status 400).
"""

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.db.models import Q
from django.http import HttpResponseBadRequest
from django.shortcuts import get_object_or_404, redirect
from django.urls import reverse
from django.utils.translation import gettext as _
from django.views.decorators.http import require_POST

from styra.web.common.access import organisation_or_404, owned_or_404
from styra.web.common.formerrors import render_form

from . import services
from .document_views import passage_or_404, render_document
from .forms import ReviewForm, TagForm
from .models import OwnGoal, Passage, Source, Status, Tag
from .own_goal_views import render_own_goals
from .presentation import PASSAGES_PER_PAGE, PageState, tag_form_prefix, unit_of, where

CHANGE = "focus.change_focus"


def is_htmx(request) -> bool:
    return bool(request.headers.get("HX-Request"))


def answer(request, organisation, unit: Passage | OwnGoal, message: str, form=None):
    """The unit's section (HTMX), else back to its page (or the page with the form's errors)."""
    state = PageState.of(request.POST)
    if is_htmx(request):
        context = {
            "organisation": organisation,
            "unit": unit_of(unit, True, form=form, message=message, state=state),
            "can_edit": True,
        }
        template = (
            "focus/_passage_row.html" if isinstance(unit, Passage) else "focus/_own_goal_row.html"
        )
        return render_form(request, template, context, form)
    if isinstance(unit, Passage):
        if form is not None:
            state = PageState("alla", unit.index // PASSAGES_PER_PAGE + 1)
            return render_document(
                request, organisation, unit.document, state, (unit.pk, form), 400
            )
        url = reverse("focus-document", args=[organisation.pk, unit.document_id]) + state.query
    else:
        if form is not None:
            return render_own_goals(request, organisation, (unit.pk, form), 400)
        url = reverse("focus-own-goals", args=[organisation.pk])
    messages.success(request, message)
    return redirect(f"{url}#{tag_form_prefix(unit)}")


def tag_or_404(organisation, pk: int) -> Tag:
    return get_object_or_404(
        Tag.objects.select_related("passage__document", "own_goal"),
        Q(passage__document__organisation=organisation) | Q(own_goal__organisation=organisation),
        pk=pk,
    )


def unit_of_tag(tag: Tag) -> Passage | OwnGoal:
    return tag.passage if tag.passage_id else tag.own_goal


@login_required
@require_POST
def tag_review(request, kolada_id: str, pk: int):
    """Accept or reject one suggestion (``status`` = accepted / rejected)."""
    organisation = organisation_or_404(request, kolada_id, CHANGE)
    tag = tag_or_404(organisation, pk)
    form = ReviewForm(request.POST)
    if not form.is_valid() or (
        tag.source == Source.MANUAL and form.cleaned_data["status"] != Status.ACCEPTED
    ):
        return HttpResponseBadRequest(_("Välj Godkänn eller Avvisa."))
    services.review(tag, form.cleaned_data["status"], request.user)
    if tag.status == Status.ACCEPTED:
        message = _("%(where)s är godkänt.") % {"where": where(tag)}
    else:
        message = _("%(where)s är avvisat.") % {"where": where(tag)}
    return answer(request, organisation, unit_of_tag(tag), message)


def tag_unit(request, organisation, unit: Passage | OwnGoal):
    form = TagForm(request.POST, prefix=tag_form_prefix(unit))
    if not form.is_valid():
        return answer(request, organisation, unit, "", form)
    tag, _created = services.tag_by_hand(
        unit, form.cleaned_data["goal"], form.cleaned_data["target_id"], request.user
    )
    message = _("%(where)s är tillagt och godkänt.") % {"where": where(tag)}
    return answer(request, organisation, unit, message)


@login_required
@require_POST
def passage_tag(request, kolada_id: str, pk: int):
    organisation = organisation_or_404(request, kolada_id, CHANGE)
    return tag_unit(request, organisation, passage_or_404(organisation, pk))


@login_required
@require_POST
def own_goal_tag(request, kolada_id: str, pk: int):
    organisation = organisation_or_404(request, kolada_id, CHANGE)
    return tag_unit(request, organisation, owned_or_404(OwnGoal, organisation, pk))


@login_required
@require_POST
def tag_delete(request, kolada_id: str, pk: int):
    """Remove a tag set by hand (a suggestion is rejected instead, so the reason stays)."""
    organisation = organisation_or_404(request, kolada_id, CHANGE)
    tag = tag_or_404(organisation, pk)
    if tag.source != Source.MANUAL:
        return HttpResponseBadRequest(_("Ett förslag tas inte bort: avvisa det i stället."))
    unit = unit_of_tag(tag)
    tag.delete()
    message = _("%(where)s är borttaget.") % {"where": where(tag)}
    return answer(request, organisation, unit, message)
