"""A dialogue's questions (editors): add, change, delete and move one up or down.

Once a dialogue has answers its questions are fixed: every change is refused with a
page that says why (the answers would no longer match their questions).
"""

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.shortcuts import redirect, render
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy
from django.views.decorators.http import require_POST

from styra.web.actionplan.services import prioritised_goals
from styra.web.common.access import organisation_or_404
from styra.web.common.editing import edit_page, posted

from . import services
from .forms import QuestionForm
from .models import Question
from .staff_views import CHANGE, base_context, dialogue_of, owned_part, refused

LOCKED = gettext_lazy("Dialogen har redan svar, så frågorna kan inte ändras längre.")


def locked_page(request, organisation, dialogue):
    return refused(request, organisation, dialogue, str(LOCKED))


def _question_form(request, organisation, dialogue, question: Question):
    form = QuestionForm(
        posted(request), instance=question, prioritised=prioritised_goals(organisation)
    )

    def save():
        saved = form.save(commit=False)
        saved.dialogue = dialogue
        if saved.pk is None:
            saved.position = services.next_position(dialogue)
        saved.save()
        return saved

    def done(saved):
        messages.success(request, _("Frågan har sparats."))
        return redirect("dialogue-detail", organisation.pk, dialogue.pk)

    context = base_context(request, organisation, dialogue) | {
        "question": question if question.pk else None
    }
    return edit_page(request, form, save, done, "dialogue/staff/question_form.html", context)


@login_required
def question_create(request, kolada_id: str, pk: int):
    organisation = organisation_or_404(request, kolada_id, CHANGE)
    dialogue = dialogue_of(organisation, pk)
    if services.has_answers(dialogue):
        return locked_page(request, organisation, dialogue)
    return _question_form(request, organisation, dialogue, Question(dialogue=dialogue))


@login_required
def question_edit(request, kolada_id: str, pk: int):
    organisation = organisation_or_404(request, kolada_id, CHANGE)
    question = owned_part(Question, organisation, pk, "dialogue")
    dialogue = question.dialogue
    if services.has_answers(dialogue):
        return locked_page(request, organisation, dialogue)
    return _question_form(request, organisation, dialogue, question)


@login_required
def question_delete(request, kolada_id: str, pk: int):
    organisation = organisation_or_404(request, kolada_id, CHANGE)
    question = owned_part(Question, organisation, pk, "dialogue")
    dialogue = question.dialogue
    if services.has_answers(dialogue):
        return locked_page(request, organisation, dialogue)
    if request.method == "POST":
        question.delete()
        messages.success(request, _("Frågan är borttagen."))
        return redirect("dialogue-detail", organisation.pk, dialogue.pk)
    context = base_context(request, organisation, dialogue) | {"question": question}
    return render(request, "dialogue/staff/question_delete.html", context)


@login_required
@require_POST
def question_move(request, kolada_id: str, pk: int):
    """``riktning=upp`` or ``ned``: one place earlier or later in the dialogue."""
    organisation = organisation_or_404(request, kolada_id, CHANGE)
    question = owned_part(Question, organisation, pk, "dialogue")
    dialogue = question.dialogue
    if services.has_answers(dialogue):
        return locked_page(request, organisation, dialogue)
    step = {"upp": -1, "ned": 1}.get(request.POST.get("riktning", ""))
    if step is not None:
        services.move_question(question, step)
    return redirect("dialogue-detail", organisation.pk, dialogue.pk)
