"""Taking part in a medborgardialog, logged out: the organisation's dialogues, the form
and the receipt (/offentligt/<id>/dialog/…). See docs/dialogue.md, "Taking part".

Every page is the participant's own (a CSRF token, a cookie): never cached. The form
posts through the robot checks (styra.web.common.antispam, one scope per dialogue);
anything refused answers 400 and stores nothing.
"""

from django.db.models import Exists, OuterRef
from django.http import Http404
from django.shortcuts import get_object_or_404, redirect, render
from django.urls import reverse
from django.views.decorators.cache import never_cache

from styra.web.common import antispam
from styra.web.common.formerrors import render_form
from styra.web.organisations.models import Organisation
from styra.web.public.pages import chosen_language, navigation, switch_language
from styra.web.public.publishing import published

from . import participation
from .answer_forms import AnswerForm
from .models import Dialogue, Kind, Question
from .services import CLOSED, NOT_OPEN, OPEN, state_of

ALREADY = "redan"  # the receipt's parameter: this participant had answered already


def organisation_or_404(kolada_id: str) -> Organisation:
    organisation = get_object_or_404(Organisation, pk=kolada_id)
    if organisation.is_riket:
        raise Http404
    return organisation


def dialogue_or_404(kolada_id: str, pk: int) -> Dialogue:
    """A dialogue of this organisation that the public may see: open, or closed with public
    results, or not yet open (a page that says when it opens)."""
    return get_object_or_404(
        Dialogue.objects.select_related("organisation"), pk=pk, organisation_id=kolada_id
    )


def frame(request, organisation: Organisation) -> dict:
    """The public frame's context (templates/public/frame.html): the organisation, and the
    navigation of its published pages when it has any."""
    publication = published(organisation.pk)
    links = []
    if publication is not None and publication.content:
        links = navigation(organisation.pk, publication.sections, request.path)
    return {
        "organisation": {"id": organisation.pk, "name": organisation.name},
        "kolada_id": organisation.pk,
        "navigation": links,
    }


def with_language(view):
    """``?lang=en`` sets the language cookie, as on every public page."""

    def wrapped(request, *args, **kwargs):
        asked = chosen_language(request)
        if asked:
            return switch_language(request, asked)
        return view(request, *args, **kwargs)

    wrapped.__name__ = view.__name__
    wrapped.__doc__ = view.__doc__
    return wrapped


@never_cache
@with_language
def index(request, kolada_id: str):
    organisation = organisation_or_404(kolada_id)
    proposals = Question.objects.filter(dialogue=OuterRef("pk"), kind=Kind.PROPOSALS)
    dialogues = participation.shown_dialogues(kolada_id).annotate(has_proposals=Exists(proposals))
    rows = [(dialogue, state_of(dialogue)) for dialogue in dialogues.order_by("closes_at")]
    context = {
        **frame(request, organisation),
        "open_dialogues": [dialogue for dialogue, state in rows if state == OPEN],
        "closed_dialogues": [dialogue for dialogue, state in rows if state == CLOSED],
    }
    return render(request, "dialogue/public/index.html", context)


@never_cache
@antispam.proof_of_work_page
@with_language
def answer(request, kolada_id: str, pk: int):
    """The form. Only an open dialogue takes answers; otherwise a page that says so
    (400 for an answer sent anyway)."""
    organisation = organisation_or_404(kolada_id)
    dialogue = dialogue_or_404(kolada_id, pk)
    state = state_of(dialogue)
    context = {**frame(request, organisation), "dialogue": dialogue, "state": state}
    if state != OPEN:
        status = 400 if request.method == "POST" else 200
        return render(request, "dialogue/public/not_open.html", context, status=status)
    token = participation.token_of(request) or participation.new_token()
    form = AnswerForm(request.POST or None, dialogue=dialogue)
    if request.method == "POST" and antispam.accepted(request, form, f"dialogue:{dialogue.pk}"):
        saved = participation.save_response(
            dialogue, participation.participant_of(dialogue, token), form.answers, form.background()
        )
        receipt = reverse("dialogue-public-receipt", args=[kolada_id, dialogue.pk])
        return participation.remember(
            redirect(receipt if saved else f"{receipt}?{ALREADY}=1"), token
        )
    context.update(form=form, has_proposals=has_proposals(dialogue))
    response = render_form(request, "dialogue/public/answer.html", context)
    return participation.remember(response, token)


def has_proposals(dialogue: Dialogue) -> bool:
    return dialogue.questions.filter(kind=Kind.PROPOSALS).exists()


@never_cache
@with_language
def receipt(request, kolada_id: str, pk: int):
    organisation = organisation_or_404(kolada_id)
    dialogue = dialogue_or_404(kolada_id, pk)
    context = {
        **frame(request, organisation),
        "dialogue": dialogue,
        "already": request.GET.get(ALREADY) == "1",
        "has_proposals": has_proposals(dialogue),
        "not_open": state_of(dialogue) == NOT_OPEN,
    }
    return render(request, "dialogue/public/receipt.html", context)
