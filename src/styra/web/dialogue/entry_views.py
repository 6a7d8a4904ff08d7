"""Paper and phone answers (editors): one person's answers typed in by staff, so that
people without internet count too. Each is a new response, marked paper or phone."""

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.shortcuts import redirect
from django.utils.translation import gettext as _

from styra.web.common.access import organisation_or_404
from styra.web.common.editing import posted
from styra.web.common.formerrors import render_form

from . import services
from .entry_forms import EntryForm
from .staff_views import CHANGE, base_context, dialogue_of, refused


@login_required
def entry(request, kolada_id: str, pk: int):
    organisation = organisation_or_404(request, kolada_id, CHANGE)
    dialogue = dialogue_of(organisation, pk)
    if not dialogue.questions.exists():
        return refused(
            request, organisation, dialogue, _("Dialogen har inga frågor att svara på ännu.")
        )
    form = EntryForm(posted(request), dialogue=dialogue)
    if request.method == "POST" and form.is_valid():
        if not form.answers:
            form.add_error(None, _("Svaret är tomt: fyll i minst en fråga."))
        else:
            services.enter_response(
                dialogue,
                form.cleaned_data["channel"],
                form.answers,
                form.background(),
                request.user,
            )
            messages.success(request, _("Svaret är sparat. Du kan fylla i nästa."))
            return redirect("dialogue-entry", organisation.pk, dialogue.pk)
    context = base_context(request, organisation, dialogue) | {"form": form}
    return render_form(request, "dialogue/staff/entry.html", context)
