"""The contact form of an organisation's public site, and its messages for the members.

The form (``contact-form``) is there only while the organisation has something
published (else 404), like the rest of its public site; it is never cached (it holds
a CSRF token and a fresh proof-of-work challenge). See docs/contact.md.
"""

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.core.paginator import Paginator
from django.shortcuts import redirect, render
from django.urls import reverse
from django.utils.translation import gettext as _
from django.views.decorators.cache import never_cache
from django.views.decorators.http import require_POST

from styra.web.common import antispam
from styra.web.common.access import organisation_or_404, owned_or_404
from styra.web.common.formerrors import render_form
from styra.web.organisations.models import ContactPerson
from styra.web.public.pages import (
    chosen_language,
    frame_context,
    page_language,
    publication_or_404,
    switch_language,
)
from styra.web.public.publishing import published

from . import mail
from .forms import ContactForm
from .models import ContactMessage

VIEW, DELETE = "contact.view_messages", "contact.delete_messages"
PER_PAGE = 50


def public_frame(request, publication) -> dict:
    """The public frame of the organisation's site, without the published version's
    provenance (these pages show none of its data)."""
    context = frame_context(request, publication, page_language(request))
    context["publication"] = None
    context["retention_days"] = mail.retention_days()
    return context


@never_cache
@antispam.proof_of_work_page
def contact_form(request, kolada_id: str):
    asked = chosen_language(request)
    if asked:
        return switch_language(request, asked)
    publication = publication_or_404(kolada_id)  # nothing published: no form either
    form = ContactForm(request.POST or None)
    scope = f"contact:{publication.organisation_id}"
    if request.method == "POST" and antispam.accepted(request, form, scope):
        fields = form.message_fields()
        mail.receive(publication.organisation, fields, page_language(request))
        return redirect("contact-sent", kolada_id)
    context = {**public_frame(request, publication), "form": form}
    return render_form(request, "contact/contact_form.html", context)


@never_cache
def sent(request, kolada_id: str):
    asked = chosen_language(request)
    if asked:
        return switch_language(request, asked)
    publication = publication_or_404(kolada_id)
    return render(request, "contact/contact_sent.html", public_frame(request, publication))


@login_required
def messages_list(request, kolada_id: str):
    organisation = organisation_or_404(request, kolada_id, VIEW)
    received = ContactMessage.objects.filter(organisation=organisation)
    context = {
        "organisation": organisation,
        "page": Paginator(received, PER_PAGE).get_page(request.GET.get("sida")),
        "can_delete": request.user.has_perm(DELETE, organisation),
        "retention_days": mail.retention_days(),
        "recipients": mail.recipients_of(organisation),
        "has_contact_person": ContactPerson.objects.filter(organisation=organisation).exists(),
        "public_form": reverse("contact-form", args=[organisation.pk])
        if published(organisation.pk)
        else "",
    }
    return render(request, "contact/message_list.html", context)


@login_required
@require_POST
def message_delete(request, kolada_id: str, pk: int):
    organisation = organisation_or_404(request, kolada_id, DELETE)
    owned_or_404(ContactMessage, organisation, pk).delete()
    messages.success(request, _("Meddelandet är borttaget."))
    return redirect("contact-messages", kolada_id)
