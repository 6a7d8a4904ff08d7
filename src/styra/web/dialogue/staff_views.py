"""The staff's pages of the medborgardialog: the organisation's dialogues, one dialogue,
creating, changing and deleting one, and choosing the one that feeds the priorities.

Members read (``dialogue.view_dialogue``); editors and admins change
(``dialogue.change_dialogue``). Anyone else gets 403 for the organisation's pages,
and a dialogue of another organisation under its address is a 404.
"""

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.shortcuts import get_object_or_404, redirect, render
from django.urls import reverse
from django.utils.translation import gettext as _
from django.views.decorators.http import require_POST

from styra.web.accounts.rules import roles_of
from styra.web.accounts.services import memberships_of
from styra.web.common.access import organisation_or_404, owned_or_404
from styra.web.common.editing import edit_page, posted
from styra.web.organisations.models import Organisation

from . import services
from .forms import DialogueForm
from .models import Dialogue

VIEW, CHANGE = "dialogue.view_dialogue", "dialogue.change_dialogue"


def member_organisation_or_404(request, kolada_id: str, permission: str):
    """``organisation_or_404`` without a query of its own for a member: the user's roles
    (one plain query, which the permission reads anyway) name the organisation, given as
    an ``Organisation`` of its id alone (``drawn_organisation`` gives all of it when a
    page is drawn). Anyone else's is looked up as usual."""
    if kolada_id in roles_of(request.user):
        known = {kolada_id: Organisation(kolada_id=kolada_id)}
        return organisation_or_404(request, kolada_id, permission, known=known)
    return organisation_or_404(request, kolada_id, permission)


def drawn_organisation(request, organisation):
    """The member's organisation from the memberships the page's header reads anyway;
    any other as it is."""
    for membership in memberships_of(request.user):
        if membership.organisation_id == organisation.pk:
            return membership.organisation
    return organisation


def dialogue_of(organisation, pk: int) -> Dialogue:
    return owned_or_404(Dialogue, organisation, pk)


def owned_part(model, organisation, pk: int, dialogue_path: str):
    """A question, answer or proposal of one of the organisation's dialogues; else 404."""
    return get_object_or_404(model, pk=pk, **{f"{dialogue_path}__organisation": organisation})


def base_context(request, organisation, dialogue: Dialogue | None = None) -> dict:
    context = {
        "organisation": organisation,
        "can_change": request.user.has_perm(CHANGE, organisation),
    }
    if dialogue is not None:
        context |= {"dialogue": dialogue, "state": services.state_of(dialogue)}
    return context


def refused(request, organisation, dialogue, message: str, status: int = 403):
    """The page that says why nothing was changed."""
    context = base_context(request, organisation, dialogue) | {"message": message}
    return render(request, "dialogue/staff/refused.html", context, status=status)


@login_required
def dialogue_list(request, kolada_id: str):
    organisation = organisation_or_404(request, kolada_id, VIEW)
    dialogues = services.with_counts(Dialogue.objects.filter(organisation=organisation))
    rows = [(dialogue, services.state_of(dialogue)) for dialogue in dialogues]
    context = base_context(request, organisation) | {"rows": rows}
    return render(request, "dialogue/staff/dialogue_list.html", context)


@login_required
def dialogue_detail(request, kolada_id: str, pk: int):
    organisation = organisation_or_404(request, kolada_id, VIEW)
    dialogue = dialogue_of(organisation, pk)
    counted = services.with_counts(Dialogue.objects.filter(pk=dialogue.pk)).get()
    context = base_context(request, organisation, dialogue) | {
        "questions": list(dialogue.questions.all()),
        "answer_count": counted.answer_count,
        "proposal_count": counted.proposal_count,
        "locked": counted.answer_count > 0,
        "waiting": len(services.queue_of(dialogue)),
        "can_feed": services.can_feed(dialogue),
    }
    return render(request, "dialogue/staff/dialogue_detail.html", context)


def _dialogue_form(request, organisation, dialogue: Dialogue):
    locked = bool(dialogue.pk) and services.has_answers(dialogue)
    form = DialogueForm(posted(request), instance=dialogue, locked=locked)

    def save():
        saved = form.save(commit=False)
        saved.organisation = organisation
        if saved.created_by_id is None:
            saved.created_by = request.user
        saved.save()
        return saved

    def done(saved):
        messages.success(request, _("Dialogen ”%(title)s” har sparats.") % {"title": saved.title})
        return redirect("dialogue-detail", organisation.pk, saved.pk)

    context = base_context(request, organisation, dialogue if dialogue.pk else None)
    return edit_page(request, form, save, done, "dialogue/staff/dialogue_form.html", context)


@login_required
def dialogue_create(request, kolada_id: str):
    organisation = organisation_or_404(request, kolada_id, CHANGE)
    return _dialogue_form(request, organisation, Dialogue(organisation=organisation))


@login_required
def dialogue_edit(request, kolada_id: str, pk: int):
    organisation = organisation_or_404(request, kolada_id, CHANGE)
    return _dialogue_form(request, organisation, dialogue_of(organisation, pk))


@login_required
def dialogue_delete(request, kolada_id: str, pk: int):
    organisation = organisation_or_404(request, kolada_id, CHANGE)
    dialogue = dialogue_of(organisation, pk)
    if services.has_answers(dialogue):
        return refused(
            request,
            organisation,
            dialogue,
            _("Dialogen har svar och kan inte tas bort. Stäng den i stället."),
        )
    if request.method == "POST":
        dialogue.delete()
        messages.success(
            request, _("Dialogen ”%(title)s” är borttagen.") % {"title": dialogue.title}
        )
        return redirect("dialogue-list", organisation.pk)
    context = base_context(request, organisation, dialogue)
    return render(request, "dialogue/staff/dialogue_delete.html", context)


@login_required
@require_POST
def dialogue_feeds(request, kolada_id: str, pk: int):
    """``anvand=1``: the dialogue feeds the priorities; ``anvand=0``: it no longer does."""
    organisation = organisation_or_404(request, kolada_id, CHANGE)
    dialogue = dialogue_of(organisation, pk)
    feeds = request.POST.get("anvand") == "1"
    if feeds and not services.can_feed(dialogue):
        return refused(
            request,
            organisation,
            dialogue,
            _(
                "Bara en stängd dialog med en fråga där målen rangordnas kan användas i "
                "prioriteringen."
            ),
            status=400,
        )
    services.choose_for_priorities(dialogue, feeds)
    if feeds:
        message = _("Prioriteringen räknar nu med medborgarnas rangordning från ”%(title)s”.")
    else:
        message = _("Prioriteringen räknar inte längre med ”%(title)s”.")
    messages.success(request, message % {"title": dialogue.title})
    return redirect(reverse("dialogue-detail", args=[organisation.pk, dialogue.pk]))
